import type { ScanReport } from './report';

const COLUMNS = ['id', 'aliases', 'target', 'modality', 'payload', 'phase', 'indications', 'companies', 'deals', 'mentions', 'releases'] as const;

function programRow(p: ScanReport['programs'][number]): Record<(typeof COLUMNS)[number], string> {
  return {
    id: p.id,
    aliases: p.aliases.join('; '),
    target: p.target?.value ?? '',
    modality: p.modality?.value ?? '',
    payload: p.payload?.value ?? '',
    phase: p.phase ? `Phase ${p.phase.value}${p.phase.date ? ` (${p.phase.date})` : ''}` : '',
    indications: p.indications.map((i) => i.value).join('; '),
    companies: p.companies.map((c) => `${c.name} (${c.role})`).join('; '),
    deals: p.deals.map((d) => (d.amountText ? `${d.kind} ${d.amountText}` : d.kind)).join('; '),
    mentions: String(p.mentions.length),
    releases: String(p.releases.length),
  };
}

/** RFC 4180 quoting. */
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per program, with a header. */
export function formatCsv(report: ScanReport): string {
  const rows = [COLUMNS.join(',')];
  for (const p of report.programs) {
    const r = programRow(p);
    rows.push(COLUMNS.map((c) => csvCell(r[c])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(0, width - 1)) + '…';
}

/** A program table for a terminal, fitted to `width` columns. */
export function formatTable(report: ScanReport, width = 120): string {
  const shown = ['id', 'target', 'modality', 'phase', 'indications', 'companies', 'deals', 'mentions'] as const;
  const rows = report.programs.map(programRow);
  const header: Record<string, string> = { id: 'PROGRAM', target: 'TARGET', modality: 'MODALITY', phase: 'PHASE', indications: 'INDICATIONS', companies: 'COMPANIES', deals: 'DEALS', mentions: 'MENTIONS' };
  const max: Record<string, number> = { id: 24, target: 10, modality: 14, phase: 22, indications: 34, companies: 30, deals: 30, mentions: 8 };
  const widths = shown.map((c) => Math.min(max[c]!, Math.max(header[c]!.length, ...rows.map((r) => r[c].length))));
  // Shrink the widest text columns until the table fits.
  let total = widths.reduce((a, b) => a + b + 2, 0);
  const flexible = [4, 5, 6];
  while (total > width && flexible.some((k) => widths[k]! > 10)) {
    const k = flexible.reduce((best, x) => (widths[x]! > widths[best]! ? x : best), flexible[0]!);
    widths[k]!--;
    total--;
  }
  const line = (cells: string[]) => cells.map((c, k) => truncate(c, widths[k]!).padEnd(widths[k]!)).join('  ').trimEnd();
  const out = [line(shown.map((c) => header[c]!)), line(widths.map((w) => '─'.repeat(w)))];
  for (const r of rows) out.push(line(shown.map((c) => r[c])));
  out.push('', `${report.programs.length} programs in ${report.releases.length} releases`);
  return out.join('\n') + '\n';
}
