import * as z from './zod';
import { EMPTY_CATALOG, type Catalog, type CatalogParse, type CatalogProblem, type CatalogProgram } from './catalog';
import { once } from './once';
import { programKey } from './programKey';
import { APPROVED, PRECLINICAL } from './programs/phase';
import { elementPath, locateJsonValues, memberPath, type JsonSpan } from './text/jsonLocations';
import { LineIndex } from './text/lines';
import { WordMatcher } from './text/wordAutomaton';
import { MAX_PATTERN_POSITIONS, parseWordPattern, positionCount } from './text/wordPattern';
import type { Modality } from './types';

/**
 * Reading `.release-lens.json` (see catalog.ts for what a catalog is). Parsing never fails: a bad
 * entry gives one located problem and is left out, the rest applies.
 */

/** Larger catalogs are not read (characters). */
export const MAX_CATALOG_LENGTH = 1_000_000;
/** All code patterns of a workspace together expand to at most this many positions. */
export const MAX_TOTAL_PATTERN_POSITIONS = 2 * MAX_PATTERN_POSITIONS;

export const MODALITIES = [
  'ADC', 'antibody', 'bispecific antibody', 'small molecule', 'cell therapy', 'gene therapy', 'RNA therapeutic', 'vaccine', 'peptide', 'payload',
] as const satisfies readonly Modality[];

/** "2", "1b/2", "Phase 2", "Phase III", "phase Ib/II", "preclinical", "approved": what the text's own phases look like. */
export const PHASE_INPUT = /^(?:(?:[Pp]hase|PHASE)[ -]?)?([0-4]|I{1,3}|IV)([ab]?)(?:\/([0-4]|I{1,3}|IV)([ab]?))?$|^(?:[Pp]re-?clinical|PRE-?CLINICAL)$|^(?:[Aa]pproved|APPROVED)$/;
const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

/** The catalog's schemas, built when the first catalog is read rather than when the module loads. */
export const catalogSchemas = once(() => {
  /** A name or fact: any text with something besides spaces. */
  const text = z.string().check(z.regex(/\S/));

  /** One pinned program. Only `code` is required. */
  const programEntry = z.object({
    code: text,
    aliases: z.optional(z.array(text)),
    target: z.optional(text),
    modality: z.optional(z.enum(MODALITIES)),
    payload: z.optional(text),
    company: z.optional(text),
    phase: z.optional(z.string().check(z.regex(PHASE_INPUT))),
    indications: z.optional(z.array(text)),
  });

  /**
   * The whole file. schemas/release-lens.schema.json (the editor's completion and validation) says
   * the same; a unit test keeps the two in agreement. Entries are validated one by one with the
   * schemas above, so that one bad entry does not discard the others.
   */
  const catalog = z.object({
    $schema: z.optional(z.string()),
    programs: z.optional(z.array(programEntry)),
    codePatterns: z.optional(z.array(z.string())),
    ignore: z.optional(z.array(text)),
  });
  return { text, programEntry, catalog };
});

type ProgramEntry = z.infer<ReturnType<typeof catalogSchemas>['programEntry']>;

/** What a valid value is, for messages, by field of a program entry. */
const EXPECTED: Record<keyof ProgramEntry, string> = {
  code: 'a string, the development code',
  aliases: 'an array of strings',
  target: 'a string such as "HER3"',
  modality: `one of ${MODALITIES.map((m) => `"${m}"`).join(', ')}`,
  payload: 'a string such as "MMAE"',
  company: 'a string, the company that owns the program',
  phase: 'a phase such as "preclinical", "1", "1b/2", "Phase 2", "Phase III" or "approved"',
  indications: 'an array of strings',
};
const TOP_LEVEL = ['$schema', 'programs', 'codePatterns', 'ignore'] as const;
const ENTRY_FIELDS = Object.keys(EXPECTED) as (keyof ProgramEntry)[];

/** Words of any release: a pattern that matches one would turn ordinary text into codes. */
const ORDINARY_WORDS = ['a', 'I', 'the', 'and', 'of', 'to', 'in', 'is', 'today', 'announced', 'company', 'patients', 'million', 'Phase', 'Inc', '2024', '10'];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A known name close to an unknown one ("aliasses" → "aliases"), by edit distance. */
function suggestion(unknown: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  if (unknown.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(unknown, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Phase as the core writes it: "Phase 1b/II" → "1b/2", "Preclinical" → "preclinical", "Approved" → "approved". */
export function normalizePhase(input: string): string | undefined {
  const phase = input.trim();
  const m = PHASE_INPUT.exec(phase);
  if (!m) return undefined;
  if (!m[1]) return /^a/i.test(phase) ? APPROVED : PRECLINICAL;
  const step = (n: string, sub: string) => (ROMAN[n] ?? n) + sub;
  return step(m[1]!, m[2]!) + (m[3] ? `/${step(m[3], m[4]!)}` : '');
}

/** Reads a catalog file's text. `file` names it in problems and in the sources of pinned facts. */
export function parseCatalog(text: string, file: string): CatalogParse {
  const problems: CatalogProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text; // offsets stay those of the text
  let lines: LineIndex | undefined;
  let spans: Map<string, JsonSpan> | undefined;
  const problem = (path: string, message: string, severity: CatalogProblem['severity'] = 'error', where: 'value' | 'key' = 'value') => {
    lines ??= new LineIndex(text);
    const span = findSpan(spans, path);
    const useKey = where === 'key' && span?.keyStart !== undefined;
    const offset = span ? (useKey ? span.keyStart! : span.start) : 0;
    const end = span ? (useKey ? span.keyEnd! : span.end) : Math.min(text.length, 1);
    const start = lines.position(offset);
    const stop = lines.position(end);
    problems.push({ file, path, message, severity, offset, length: end - offset, line: start.line, column: start.column, endLine: stop.line, endColumn: stop.column });
  };

  if (body.trim() === '') return { catalog: EMPTY_CATALOG, problems };
  if (body.length > MAX_CATALOG_LENGTH) {
    problem('', `is larger than ${MAX_CATALOG_LENGTH.toLocaleString('en-US')} characters; the catalog is not used`);
    return { catalog: EMPTY_CATALOG, problems };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    lines = new LineIndex(text);
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), text.length) : text.length;
    const { line, column } = lines.position(offset);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    problems.push({ file, path: '', message: `is not valid JSON (${reason}, line ${line}, column ${column}); the catalog is not used`, severity: 'error', offset, length: 1, line, column, endLine: line, endColumn: column + 1 });
    return { catalog: EMPTY_CATALOG, problems };
  }
  spans = locateJsonValues(body);
  const lineOf = (path: string) => {
    lines ??= new LineIndex(text);
    const span = findSpan(spans, path);
    return span ? lines.position(span.start).line : 1;
  };
  if (!isPlainObject(data)) {
    problem('', 'expected an object with "programs", "codePatterns" and "ignore"; the catalog is not used');
    return { catalog: EMPTY_CATALOG, problems };
  }
  for (const key of Object.keys(data)) {
    if ((TOP_LEVEL as readonly string[]).includes(key)) continue;
    const near = suggestion(key, TOP_LEVEL);
    problem(memberPath('', key), `unknown field${near ? ` (did you mean "${near}"?)` : ''}; ignored`, 'warning', 'key');
  }
  const arrayAt = (key: (typeof TOP_LEVEL)[number], what: string): unknown[] => {
    const value = data[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problem(key, `expected an array of ${what}; ignored`);
    return [];
  };
  if (data.$schema !== undefined && typeof data.$schema !== 'string') problem('$schema', 'expected a string; ignored', 'warning');

  const catalog: Catalog = { programs: [], codePatterns: [], ignore: [] };
  // Which entry each name belongs to: two entries naming one program are a mistake to point out.
  const owner = new Map<string, { index: number; name: string }>();
  arrayAt('programs', 'program entries').forEach((entry, index) => {
    const path = elementPath('programs', index);
    const program = readProgram(entry, path, index, file, owner, problem, lineOf);
    if (program) catalog.programs.push(program);
  });

  let positions = 0;
  arrayAt('codePatterns', 'regular expressions (strings)').forEach((source, index) => {
    const path = elementPath('codePatterns', index);
    if (typeof source !== 'string') return problem(path, 'expected a string (a regular expression); ignored');
    const parsed = parseWordPattern(source);
    if (!parsed.ok) return problem(path, `${quote(source)} ${parsed.reason}; ignored`);
    const matcher = new WordMatcher([parsed.pattern]);
    const ordinary = ORDINARY_WORDS.find((w) => matcher.matchesWhole(w));
    if (ordinary) return problem(path, `${quote(source)} also matches ordinary words such as "${ordinary}"; ignored`);
    const size = positionCount(parsed.pattern.root);
    if (positions + size > MAX_TOTAL_PATTERN_POSITIONS) return problem(path, `${quote(source)}: the patterns together are too large (at most ${MAX_TOTAL_PATTERN_POSITIONS} character positions); ignored`);
    positions += size;
    catalog.codePatterns.push({ source, file, pattern: parsed.pattern });
  });

  arrayAt('ignore', 'strings').forEach((value, index) => {
    const path = elementPath('ignore', index);
    if (!catalogSchemas().text.safeParse(value).success) return problem(path, 'expected a non-empty string; ignored');
    catalog.ignore.push(clean(value as string));
  });
  return { catalog, problems };
}

function findSpan(spans: Map<string, JsonSpan> | undefined, path: string): JsonSpan | undefined {
  if (!spans) return undefined;
  // A path deeper than the spans recorded points at its nearest recorded parent.
  for (let p = path; ; p = p.replace(/(?:\.[^.[]+|\[[^\]]*\])$/, '')) {
    const span = spans.get(p);
    if (span || p === '') return span;
  }
}

type Report = (path: string, message: string, severity?: CatalogProblem['severity'], where?: 'value' | 'key') => void;

function readProgram(
  entry: unknown,
  path: string,
  index: number,
  file: string,
  owner: Map<string, { index: number; name: string }>,
  problem: Report,
  lineOf: (path: string) => number,
): CatalogProgram | undefined {
  if (!isPlainObject(entry)) {
    problem(path, 'expected an object with at least a "code"; ignored');
    return undefined;
  }
  const parsed = catalogSchemas().programEntry.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as keyof ProgramEntry;
    const where = issue.path.reduce<string>((p, k) => (typeof k === 'number' ? elementPath(p, k) : memberPath(p, String(k))), path);
    const expected = issue.path.length > 1 ? 'a non-empty string' : EXPECTED[field];
    const message = entry[field] === undefined ? `missing; every program needs a "${field}"` : `expected ${expected}`;
    problem(where, `${message}; entry ignored`);
    return undefined;
  }
  for (const key of Object.keys(entry)) {
    if ((ENTRY_FIELDS as string[]).includes(key)) continue;
    const near = suggestion(key, ENTRY_FIELDS);
    problem(memberPath(path, key), `unknown field${near ? ` (did you mean "${near}"?)` : ''}; ignored`, 'warning', 'key');
  }
  const e = parsed.data;
  const code = clean(e.code);
  const codeKey = programKey(code);
  if (codeKey === '') {
    problem(memberPath(path, 'code'), `${quote(code)} has no letters or digits; entry ignored`);
    return undefined;
  }
  const taken = owner.get(codeKey);
  if (taken) {
    problem(memberPath(path, 'code'), `${quote(code)} is already a name of programs[${taken.index}] (${quote(taken.name)}); entry ignored`);
    return undefined;
  }
  owner.set(codeKey, { index, name: code });
  const aliases: string[] = [];
  const own = new Set([codeKey]);
  (e.aliases ?? []).forEach((raw, i) => {
    const alias = clean(raw);
    const key = programKey(alias);
    if (own.has(key)) return; // the code again, or a repeated alias
    const other = owner.get(key);
    if (key === '' || other) {
      const why = key === '' ? 'has no letters or digits' : `is already a name of programs[${other!.index}] (${quote(other!.name)})`;
      problem(elementPath(memberPath(path, 'aliases'), i), `${quote(alias)} ${why}; ignored`);
      return;
    }
    own.add(key);
    owner.set(key, { index, name: code });
    aliases.push(alias);
  });
  const program: CatalogProgram = { code, aliases, indications: [], file, line: lineOf(path), lines: {}, indicationLines: [] };
  for (const field of ['target', 'payload', 'company'] as const) {
    const value = e[field];
    if (value === undefined) continue;
    program[field] = clean(value);
    program.lines[field] = lineOf(memberPath(path, field));
  }
  if (e.modality) {
    program.modality = e.modality;
    program.lines.modality = lineOf(memberPath(path, 'modality'));
  }
  if (e.phase) {
    program.phase = normalizePhase(e.phase)!;
    program.lines.phase = lineOf(memberPath(path, 'phase'));
  }
  const seen = new Set<string>();
  (e.indications ?? []).forEach((raw, i) => {
    const indication = clean(raw);
    if (seen.has(indication.toLowerCase())) return;
    seen.add(indication.toLowerCase());
    program.indications.push(indication);
    program.indicationLines.push(lineOf(elementPath(memberPath(path, 'indications'), i)));
  });
  return program;
}

/**
 * One catalog from several (one per workspace folder, in folder order). The same program pinned in
 * two files is one program: the first file's facts come first. Code patterns beyond the size
 * bound are left out with a problem.
 */
export function combineCatalogs(parts: readonly Catalog[]): CatalogParse {
  if (parts.length === 1) return { catalog: parts[0]!, problems: [] };
  const catalog: Catalog = { programs: [], codePatterns: [], ignore: [] };
  const problems: CatalogProblem[] = [];
  let positions = 0;
  for (const part of parts) {
    catalog.programs.push(...part.programs);
    catalog.ignore.push(...part.ignore);
    for (const p of part.codePatterns) {
      const size = positionCount(p.pattern.root);
      if (positions + size > MAX_TOTAL_PATTERN_POSITIONS) {
        problems.push({
          file: p.file, path: 'codePatterns', severity: 'error', offset: 0, length: 0, line: 1, column: 1, endLine: 1, endColumn: 1,
          message: `${quote(p.source)}: the patterns of all catalogs together are too large (at most ${MAX_TOTAL_PATTERN_POSITIONS} character positions); ignored`,
        });
        continue;
      }
      positions += size;
      catalog.codePatterns.push(p);
    }
  }
  return { catalog, problems };
}

