import { dimmedLines } from './dimmedLines';
import { programKey } from './programKey';
import { isBlank, isCodeHyphen, isDigit, isLineBreak, isWordChar } from './text/chars';
import { NON_ASCII, Words } from './text/words';

/** Semantic token types and modifiers for program names; a match's `flags` are bits in this modifier order. */
export const PROGRAM_TOKEN_TYPES = ['drugProgram'] as const;
export const PROGRAM_TOKEN_MODIFIERS = ['alias', 'inn'] as const;
/** The name is not the program's id ("velumab pelidotin" or "ZR-77" for QX-501). */
export const NAME_ALIAS = 1;
/** The name is a generic name (no digits), not a development code. */
export const NAME_INN = 2;

/** Where a known program name stands in a text. */
export interface ProgramNameMatch {
  offset: number;
  length: number;
  programId: string;
  /** NAME_ALIAS | NAME_INN bits. */
  flags: number;
}

/** What the dictionary needs of a program: its id and other names (a core `Program` fits). */
export interface NamedProgram {
  id: string;
  aliases: readonly string[];
}

interface NameEntry {
  programId: string;
  flags: number;
}

/** Longer names are left out: the work per word of text is bounded by the longest key. */
const MAX_KEY_LENGTH = 40;

const isCode = (name: string) => /\d/.test(name);
/** Keys the word scan can match: letters and digits only (programKey has removed spaces and hyphens). */
const isMatchable = (key: string) => key.length >= 2 && key.length <= MAX_KEY_LENGTH && [...key].every((ch) => isWordChar(ch.charCodeAt(0)));

function entriesOf(programs: Iterable<NamedProgram>, visit: (key: string, entry: NameEntry) => boolean): void {
  for (const p of programs) {
    const idKey = programKey(p.id);
    for (const name of [p.id, ...p.aliases]) {
      const key = programKey(name);
      if (!isMatchable(key)) continue;
      const flags = (key === idKey ? 0 : NAME_ALIAS) | (isCode(name) ? 0 : NAME_INN);
      if (!visit(key, { programId: p.id, flags })) return;
    }
  }
}

/**
 * Every name of every program in the workspace (codes, generic names, aliases), for finding them in
 * any text. Names are compared by `programKey`, so case, spaces and hyphens do not matter: "QX-501",
 * "qx 501" and "QX501" are one name. The keys are kept sorted and a text is matched character by
 * character, narrowing the range of keys that share the characters read so far, rather than keyed
 * by first word, because a code's first word depends on how it is written ("QX-501" starts with
 * "QX", "QX501" does not).
 */
export class ProgramNameDictionary {
  private readonly keys: string[];
  private readonly entries: NameEntry[];
  private readonly byKey: Map<string, NameEntry>;
  /** For each ASCII first character, the range of keys starting with it: [lo, hi) at 2c, 2c+1. */
  private readonly firstRange = new Int32Array(256);

  constructor(programs: Iterable<NamedProgram>) {
    const byKey = new Map<string, NameEntry>();
    entriesOf(programs, (key, entry) => {
      // The workspace index joins programs that share a key, so a key names one program; first wins.
      if (!byKey.has(key)) byKey.set(key, entry);
      return true;
    });
    this.byKey = byKey;
    this.keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.entries = this.keys.map((k) => byKey.get(k)!);
    for (let c = 0; c < 128; c++) {
      const lo = this.narrow(0, this.keys.length, 0, c);
      this.firstRange[2 * c] = lo;
      this.firstRange[2 * c + 1] = this.narrow(lo, this.keys.length, 0, c + 1);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Would these programs give the same dictionary? Linear, without building it. */
  sameAs(programs: Iterable<NamedProgram>): boolean {
    let same = true;
    const seen = new Set<string>();
    entriesOf(programs, (key, entry) => {
      if (seen.has(key)) return true;
      seen.add(key);
      const mine = this.byKey.get(key);
      same = !!mine && mine.programId === entry.programId && mine.flags === entry.flags;
      return same;
    });
    return same && seen.size === this.byKey.size;
  }

  /**
   * Within keys[lo, hi), which share their first `depth` characters, the first index whose
   * character at `depth` is at least `c` (a key that ends at `depth` counts as lowest).
   */
  private narrow(lo: number, hi: number, depth: number, c: number): number {
    const keys = this.keys;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const key = keys[mid]!;
      const at = key.length > depth ? key.charCodeAt(depth) : -1;
      if (at < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The known names in `text`, in order, without overlaps; at each word the longest name wins.
   * A name starts and ends on word boundaries, its words are joined only by blanks, hyphens and
   * at most one line break, and it is not the tail of a hyphenated word ("ado-…") nor followed by
   * more digits of a longer code ("QX-501-002"). From each word at most MAX_KEY_LENGTH characters
   * are read, each narrowing a range of keys by binary search, so the scan is linear in the text.
   */
  find(text: string, words: Words = new Words(text)): ProgramNameMatch[] {
    const out: ProgramNameMatch[] = [];
    const keys = this.keys;
    if (keys.length === 0) return out;
    const { starts, ends, flags, count } = words;
    for (let k = 0; k < count; k++) {
      let lo = 0;
      let hi = keys.length;
      let depth = 0;
      let best = -1;
      let bestEntry: NameEntry | undefined;
      for (let j = k; ; ) {
        // Upper-case as programKey does; outside ASCII that may change the length ("ß" → "SS").
        const upper = flags[j]! & NON_ASCII ? text.slice(starts[j]!, ends[j]!).toUpperCase() : undefined;
        const from = upper ? 0 : starts[j]!;
        const to = upper ? upper.length : ends[j]!;
        for (let p = from; p < to && lo < hi; p++) {
          let c = upper ? upper.charCodeAt(p) : text.charCodeAt(p);
          if (c >= 97 && c <= 122) c -= 32;
          if (depth === 0 && c < 128) {
            lo = this.firstRange[2 * c]!;
            hi = this.firstRange[2 * c + 1]!;
          } else if (hi - lo === 1) {
            // One key left: compare directly.
            if (keys[lo]!.charCodeAt(depth) !== c) hi = lo;
          } else {
            lo = this.narrow(lo, hi, depth, c);
            hi = this.narrow(lo, hi, depth, c + 1);
          }
          depth++;
        }
        if (lo >= hi) break;
        // The key equal to the characters read, if any, sorts first in the range.
        if (keys[lo]!.length === depth) {
          best = j;
          bestEntry = this.entries[lo];
          if (hi - lo === 1) break;
        }
        if (j + 1 >= count || !isNameGap(text, ends[j]!, starts[j + 1]!)) break;
        j++;
      }
      if (!bestEntry) continue;
      const start = starts[k]!;
      const end = ends[best]!;
      if (continuesCompound(text, start, end)) continue;
      out.push({ offset: start, length: end - start, programId: bestEntry.programId, flags: bestEntry.flags });
      k = best;
    }
    return out;
  }
}

/** Between two words of one name: blanks and hyphens, with at most one line break (no blank line). */
function isNameGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isBlank(c) || isCodeHyphen(c)) continue;
    if (!isLineBreak(c)) return false;
    if (c === 13 && text.charCodeAt(p + 1) === 10) p++;
    if (++breaks > 1) return false;
  }
  return true;
}

/** Is text[start, end) part of a longer compound: "ado-" before it, or "-002" / ".5" / "/5" after it? */
function continuesCompound(text: string, start: number, end: number): boolean {
  if (start >= 2 && isCodeHyphen(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start - 2))) return true;
  const after = text.charCodeAt(end);
  return (isCodeHyphen(after) || after === 46 || after === 44 || after === 47) && isDigit(text.charCodeAt(end + 1));
}

/**
 * The semantic tokens of the program names in a release (see `encodeNameTokens`), leaving out the
 * lines the grammar dims (boilerplate, contacts), where it dims drug codes too.
 */
export function programNameTokens(text: string, dictionary: ProgramNameDictionary): Uint32Array {
  const matches = dictionary.find(text);
  if (matches.length === 0) return new Uint32Array(0);
  const dimmed = dimmedLines(text);
  return encodeNameTokens(text, matches, (line) => dimmed[line] === true);
}

/**
 * Encodes matches as VS Code semantic tokens (5 numbers each: line delta, start delta, length,
 * type 0, modifier bits), relative to the previous token. A name broken over two lines becomes one
 * token per line, as tokens cannot span lines; lines for which `skipLine` (0-based) says so get
 * none. One pass over the text up to the last match.
 */
export function encodeNameTokens(text: string, matches: readonly ProgramNameMatch[], skipLine: (line: number) => boolean = () => false): Uint32Array {
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  let pos = 0;
  let lastLine = 0;
  let lastChar = 0;
  const push = (from: number, to: number, flags: number) => {
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (to <= from || skipLine(line)) return;
    const char = from - lineStart;
    data.push(line - lastLine, line === lastLine ? char - lastChar : char, to - from, 0, flags);
    lastLine = line;
    lastChar = char;
  };
  /** Moves `pos` to `to`, counting line breaks; calls `onBreak(breakOffset)` before each. */
  const advance = (to: number, onBreak?: (at: number) => void) => {
    for (; pos < to; pos++) {
      const c = text.charCodeAt(pos);
      if (c !== 10 && c !== 13) continue;
      onBreak?.(pos);
      if (c === 13 && text.charCodeAt(pos + 1) === 10) pos++;
      line++;
      lineStart = pos + 1;
    }
  };
  for (const m of matches) {
    advance(m.offset);
    let pieceStart = m.offset;
    advance(m.offset + m.length, (at) => {
      push(pieceStart, at, m.flags);
      pieceStart = -1;
    });
    if (pieceStart < 0) {
      pieceStart = lineStart;
      while (isBlank(text.charCodeAt(pieceStart))) pieceStart++;
    }
    push(pieceStart, m.offset + m.length, m.flags);
  }
  return Uint32Array.from(data);
}
