import { formatColumns, PROGRAM_FACT_COLUMNS, toCsv, type TableColumn } from './format';
import type { Program } from './programs/merge';
import { phaseWithDate } from './programs/phase';
import type { ReleaseStore, WorkspaceTransaction } from './releaseStore';

/**
 * The program table and the deals table, as plain rows and as versioned JSON documents. Version 1;
 * tests pin these shapes: change them only with a new version.
 */

export interface ExportOptions {
  /** How a file is named in the output (the index keys files by URI or path). */
  fileLabel?: (file: string) => string;
}

export interface ProgramRow {
  id: string;
  aliases: string[];
  target: string | null;
  modality: string | null;
  payload: string | null;
  /** Latest phase ("2", "1b/2"), with the date and place of the release that states it. */
  phase: string | null;
  phaseDate: string | null;
  phaseSource: { file: string; line: number } | null;
  indications: string[];
  companies: { name: string; role: string }[];
  releaseCount: number;
  /** Release dates of the oldest and newest dated releases that mention the program. */
  firstMentioned: string | null;
  lastMentioned: string | null;
}

export interface ProgramsExport {
  version: 1;
  kind: 'programs';
  programs: ProgramRow[];
}

export interface DealRow {
  /** A date the sentence gives, else the release date. */
  date: string | null;
  kind: string;
  financing: string | null;
  parties: { name: string; role: string }[];
  /** The merged program id; `programText` is the name the release used. */
  program: string | null;
  programText: string | null;
  /** Currency units and ISO 4217 code, from the money mention; `amountText` as written, `amountLabel` short ("$1.2B"). */
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  amountLabel: string | null;
  status: string | null;
  file: string;
  line: number;
  offset: number;
  length: number;
  /** Headline and date of the release. */
  release: string | null;
  releaseDate: string | null;
}

export interface DealsExport {
  version: 1;
  kind: 'deals';
  deals: DealRow[];
}

const identity = (file: string) => file;

export function programRows(index: ReleaseStore, options: ExportOptions = {}): ProgramRow[] {
  const label = options.fileLabel ?? identity;
  return index.programs().map((p) => programRow(index, p, label));
}

function programRow(index: ReleaseStore, p: Program, label: (file: string) => string): ProgramRow {
  let first: string | undefined;
  let last: string | undefined;
  for (const file of p.releases) {
    const date = index.get(file)?.date;
    if (!date) continue;
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
  }
  return {
    id: p.id,
    aliases: [...p.aliases],
    target: p.target?.value ?? null,
    modality: p.modality?.value ?? null,
    payload: p.payload?.value ?? null,
    phase: p.phase?.value ?? null,
    phaseDate: p.phase?.source.date ?? null,
    phaseSource: p.phase ? { file: label(p.phase.source.file), line: p.phase.source.line } : null,
    indications: p.indications.map((f) => f.value),
    companies: p.companies.map((f) => ({ name: f.value.name, role: f.value.role })),
    releaseCount: p.releases.length,
    firstMentioned: first ?? null,
    lastMentioned: last ?? null,
  };
}

export function dealRows(index: ReleaseStore, options: ExportOptions = {}): DealRow[] {
  const label = options.fileLabel ?? identity;
  return index.transactions().map((t) => dealRow(index, t, label));
}

function dealRow(index: ReleaseStore, t: WorkspaceTransaction, label: (file: string) => string): DealRow {
  const release = index.get(t.file);
  return {
    date: t.date ?? null,
    kind: t.kind,
    financing: t.financing ?? null,
    parties: t.parties.map((p) => ({ name: p.name, role: p.role })),
    program: t.programId ?? t.program ?? null,
    programText: t.program ?? null,
    amount: t.amount ?? null,
    currency: t.currency ?? null,
    amountText: t.amountText ?? null,
    amountLabel: t.amount !== undefined ? formatAmount(t.amount, t.currency) : null,
    status: t.status ?? null,
    file: label(t.file),
    line: t.line,
    offset: t.offset,
    length: t.length,
    release: release?.title ?? null,
    releaseDate: release?.date ?? null,
  };
}

export function buildProgramsExport(index: ReleaseStore, options: ExportOptions = {}): ProgramsExport {
  return { version: 1, kind: 'programs', programs: programRows(index, options) };
}

export function buildDealsExport(index: ReleaseStore, options: ExportOptions = {}): DealsExport {
  return { version: 1, kind: 'deals', deals: dealRows(index, options) };
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', KRW: '₩', INR: '₹', CAD: 'C$', AUD: 'A$', HKD: 'HK$',
  SGD: 'S$', NZD: 'NZ$', TWD: 'NT$', BRL: 'R$', MXN: 'MX$',
};
const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** A short amount for a table cell: "$1.2B", "€20M", "CHF 8M", "$600K"; up to three decimals, none trailing. */
export function formatAmount(amount: number, currency?: string | null): string {
  const [scale, suffix] = SCALES.find(([s]) => Math.abs(amount) >= s) ?? [1, ''];
  const figure = `${Number((amount / scale).toFixed(3))}${suffix}`;
  if (!currency) return figure;
  const symbol = CURRENCY_SYMBOLS[currency];
  return symbol ? `${symbol}${figure}` : `${currency} ${figure}`;
}

/** What a deal row is, in words: "upfront payment", "private placement", "financing". */
export function dealKindLabel(row: Pick<DealRow, 'kind' | 'financing'>): string {
  switch (row.kind) {
    case 'upfront':
      return 'upfront payment';
    case 'milestone':
      return 'milestone payment';
    case 'equity':
      return 'equity investment';
    case 'financing':
      return row.financing ?? 'financing';
    default:
      return row.kind;
  }
}

export function partiesLabel(row: Pick<DealRow, 'parties'>): string {
  return row.parties.map((p) => `${p.name} (${p.role})`).join('; ');
}

const PROGRAM_CSV_HEADER = ['id', 'aliases', 'target', 'modality', 'payload', 'phase', 'phase_date', 'phase_source', 'indications', 'companies', 'release_count', 'first_mentioned', 'last_mentioned'];

/** The program table as CSV (see `toCsv`): lists joined with "; ", the phase source as "file:line". */
export function programsCsv(rows: readonly ProgramRow[]): string {
  return toCsv(
    PROGRAM_CSV_HEADER,
    rows.map((r) => [
      r.id,
      r.aliases.join('; '),
      r.target ?? '',
      r.modality ?? '',
      r.payload ?? '',
      r.phase ?? '',
      r.phaseDate ?? '',
      r.phaseSource ? `${r.phaseSource.file}:${r.phaseSource.line}` : '',
      r.indications.join('; '),
      r.companies.map((c) => `${c.name} (${c.role})`).join('; '),
      String(r.releaseCount),
      r.firstMentioned ?? '',
      r.lastMentioned ?? '',
    ]),
  );
}

const DEAL_CSV_HEADER = ['date', 'kind', 'financing', 'parties', 'program', 'amount', 'currency', 'amount_text', 'status', 'file', 'line', 'release'];

/** The deals table as CSV: one row per transaction, amounts in currency units. */
export function dealsCsv(rows: readonly DealRow[]): string {
  return toCsv(
    DEAL_CSV_HEADER,
    rows.map((r) => [
      r.date ?? '',
      r.kind,
      r.financing ?? '',
      partiesLabel(r),
      r.program ?? '',
      r.amount !== null ? String(r.amount) : '',
      r.currency ?? '',
      r.amountText ?? '',
      r.status ?? '',
      r.file,
      String(r.line),
      r.release ?? '',
    ]),
  );
}

type ProgramTableKey = 'id' | 'target' | 'modality' | 'phase' | 'indications' | 'companies' | 'releases' | 'first' | 'last';
const PROGRAM_TABLE: TableColumn<ProgramTableKey>[] = [
  ...PROGRAM_FACT_COLUMNS,
  { key: 'releases', header: 'RELEASES', max: 8 },
  { key: 'first', header: 'FIRST', max: 10 },
  { key: 'last', header: 'LAST', max: 10 },
];

/** The program table for a terminal, fitted to `width` columns. */
export function programsTable(rows: readonly ProgramRow[], width = 120): string {
  const cells = rows.map((r) => ({
    id: r.id,
    target: r.target ?? '',
    modality: r.modality ?? '',
    phase: r.phase ? phaseWithDate(r.phase, r.phaseDate) : '',
    indications: r.indications.join('; '),
    companies: r.companies.map((c) => c.name).join('; '),
    releases: String(r.releaseCount),
    first: r.firstMentioned ?? '',
    last: r.lastMentioned ?? '',
  }));
  const out = formatColumns(PROGRAM_TABLE, cells, width);
  out.push('', `${rows.length} program${rows.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}

type DealTableKey = 'date' | 'kind' | 'parties' | 'program' | 'amount' | 'status' | 'release';
const DEAL_TABLE: TableColumn<DealTableKey>[] = [
  { key: 'date', header: 'DATE', max: 10 },
  { key: 'kind', header: 'KIND', max: 18 },
  { key: 'parties', header: 'PARTIES', max: 40, flexible: true },
  { key: 'program', header: 'PROGRAM', max: 16 },
  { key: 'amount', header: 'AMOUNT', max: 12 },
  { key: 'status', header: 'STATUS', max: 9 },
  { key: 'release', header: 'RELEASE', max: 40, flexible: true },
];

/** The deals table for a terminal, fitted to `width` columns. */
export function dealsTable(rows: readonly DealRow[], width = 120): string {
  const cells = rows.map((r) => ({
    date: r.date ?? '',
    kind: dealKindLabel(r),
    parties: r.parties.map((p) => p.name).join(', '),
    program: r.program ?? '',
    amount: r.amountLabel ?? '',
    status: r.status ?? '',
    release: `${r.file}:${r.line}`,
  }));
  const out = formatColumns(DEAL_TABLE, cells, width);
  const releases = new Set(rows.map((r) => r.file)).size;
  out.push('', `${rows.length} deal${rows.length === 1 ? '' : 's'} in ${releases} release${releases === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
