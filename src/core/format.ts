import type { ScanReport } from './report';
import { phaseWithDate } from './programs/phase';

const COLUMNS = ['id', 'aliases', 'target', 'modality', 'payload', 'phase', 'indications', 'companies', 'deals', 'mentions', 'releases'] as const;

function programRow(p: ScanReport['programs'][number]): Record<(typeof COLUMNS)[number], string> {
  return {
    id: p.id,
    aliases: p.aliases.join('; '),
    target: p.target?.value ?? '',
    modality: p.modality?.value ?? '',
    payload: p.payload?.value ?? '',
    phase: p.phase ? phaseWithDate(p.phase.value, p.phase.date) : '',
    indications: p.indications.map((i) => i.value).join('; '),
    companies: p.companies.map((c) => `${c.name} (${c.role})`).join('; '),
    deals: p.deals.map((d) => (d.amountText ? `${d.kind} ${d.amountText}` : d.kind)).join('; '),
    mentions: String(p.mentions.length),
    releases: String(p.releases.length),
  };
}

/** A cell a spreadsheet would run as a formula: "=", "+", "-", "@", or a tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * One CSV cell: RFC 4180 quoting (quotes around a cell holding a comma, quote or line break; quotes
 * doubled). Text that starts like a formula gets a leading apostrophe so that opening the file in a
 * spreadsheet cannot run it (OWASP's advice for CSV injection); a plain number such as "-5" is data
 * and stays as it is.
 */
export function csvCell(s: string): string {
  const safe = FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a header row, then one row per record; CRLF after every row (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** One row per program, with a header. */
export function formatCsv(report: ScanReport): string {
  return toCsv(
    COLUMNS,
    report.programs.map((p) => {
      const r = programRow(p);
      return COLUMNS.map((c) => r[c]);
    }),
  );
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(0, width - 1)) + '…';
}

export interface TableColumn<K extends string> {
  key: K;
  header: string;
  /** Widest the column grows. */
  max: number;
  /** Shrunk first (down to 10) when the table is wider than the terminal. */
  flexible?: boolean;
}

/** Rows of text cells as a terminal table fitted to `width`: header, a rule, then the rows. */
export function formatColumns<K extends string>(columns: readonly TableColumn<K>[], rows: readonly Record<K, string>[], width: number): string[] {
  const widths = columns.map((c) => Math.min(c.max, Math.max(c.header.length, ...rows.map((r) => r[c.key].length))));
  // Shrink the widest flexible columns until the table fits.
  let total = widths.reduce((a, b) => a + b + 2, 0);
  const flexible = columns.flatMap((c, k) => (c.flexible ? [k] : []));
  while (total > width && flexible.some((k) => widths[k]! > 10)) {
    const k = flexible.reduce((best, x) => (widths[x]! > widths[best]! ? x : best), flexible[0]!);
    widths[k]!--;
    total--;
  }
  const line = (cells: string[]) => cells.map((c, k) => truncate(c, widths[k]!).padEnd(widths[k]!)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w)))];
  for (const r of rows) out.push(line(columns.map((c) => r[c.key])));
  return out;
}

/** The columns every program table starts with (the scan's and the programs command's). */
export const PROGRAM_FACT_COLUMNS: TableColumn<'id' | 'target' | 'modality' | 'phase' | 'indications' | 'companies'>[] = [
  { key: 'id', header: 'PROGRAM', max: 24 },
  { key: 'target', header: 'TARGET', max: 10 },
  { key: 'modality', header: 'MODALITY', max: 14 },
  { key: 'phase', header: 'PHASE', max: 22 },
  { key: 'indications', header: 'INDICATIONS', max: 34, flexible: true },
  { key: 'companies', header: 'COMPANIES', max: 30, flexible: true },
];

const SCAN_TABLE: TableColumn<(typeof COLUMNS)[number]>[] = [
  ...PROGRAM_FACT_COLUMNS,
  { key: 'deals', header: 'DEALS', max: 30, flexible: true },
  { key: 'mentions', header: 'MENTIONS', max: 8 },
];

/** A program table for a terminal, fitted to `width` columns. */
export function formatTable(report: ScanReport, width = 120): string {
  const out = formatColumns(SCAN_TABLE, report.programs.map(programRow), width);
  out.push('', `${report.programs.length} programs in ${report.releases.length} releases`);
  return out.join('\n') + '\n';
}
