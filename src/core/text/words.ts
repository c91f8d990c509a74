import { isCodeHyphen, isLetter } from './chars';

/** Bits describing a word, so recognizers can skip words that cannot start their kind. */
export const HAS_DIGIT = 1;
export const HAS_UPPER = 2;
export const HAS_LOWER = 4;
export const FIRST_DIGIT = 8;
export const FIRST_UPPER = 16;
export const FIRST_LOWER = 32;
/** A letter outside ASCII (Greek in "FRα", accented names). */
export const NON_ASCII = 64;
/** The word is followed by a hyphen that joins code parts (hyphen-minus, hyphen, non-breaking hyphen). */
export const HYPHEN_AFTER = 128;
/** The word follows a hyphen-minus ("Hodgkin" in "non-Hodgkin"). */
export const HYPHEN_BEFORE = 256;
/** The word is followed by a hyphen-minus or an apostrophe, straight or curly, that may join it to more ("Crohn's"). */
export const JOINER_AFTER = 512;
/** The word has LONG_WORD_LENGTH characters or more (generic drug names do). */
export const LONG_WORD = 1024;
export const LONG_WORD_LENGTH = 7;

/** The bits a word's next character sets. */
function followedBy(c: number): number {
  if (c === 45) return HYPHEN_AFTER | JOINER_AFTER;
  if (c === 39 || c === 0x2019) return JOINER_AFTER;
  return isCodeHyphen(c) ? HYPHEN_AFTER : 0;
}

/**
 * The kind of every UTF-16 unit as a word character: HAS_DIGIT, HAS_UPPER, HAS_LOWER, NON_ASCII for
 * other letters, 0 for the rest. Units above ASCII are classified when first seen (UNKNOWN until then),
 * so the scan reads one table entry per character.
 */
const UNKNOWN = 255;
const CHAR_KIND = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) CHAR_KIND[c] = 0;
for (let c = 48; c <= 57; c++) CHAR_KIND[c] = HAS_DIGIT;
for (let c = 65; c <= 90; c++) CHAR_KIND[c] = HAS_UPPER;
for (let c = 97; c <= 122; c++) CHAR_KIND[c] = HAS_LOWER;

function charKind(c: number): number {
  const kind = CHAR_KIND[c]!;
  return kind !== UNKNOWN ? kind : (CHAR_KIND[c] = isLetter(c) ? NON_ASCII : 0);
}

interface Columns {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint16Array;
}

/** A word list's columns, in one buffer: one allocation per text rather than three. */
function columns(capacity: number): Columns {
  const buffer = new ArrayBuffer(capacity * 10);
  return { starts: new Int32Array(buffer, 0, capacity), ends: new Int32Array(buffer, capacity * 4, capacity), flags: new Uint16Array(buffer, capacity * 8, capacity) };
}

/** Larger columns holding `from`'s words first. */
function grown(from: Columns, capacity: number): Columns {
  const into = columns(capacity);
  into.starts.set(from.starts);
  into.ends.set(from.ends);
  into.flags.set(from.flags);
  return into;
}

/**
 * The words of a text (maximal runs of letters and digits), found in one pass and shared by all
 * recognizers. Word strings are sliced on demand.
 */
export class Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint16Array;

  constructor(readonly text: string) {
    const n = text.length;
    // Room for a word per four characters (releases average one per six or seven), grown when a text has more.
    let capacity = (n >> 2) + 16;
    let { starts, ends, flags } = columns(capacity);
    let count = 0;
    let start = -1;
    let f = 0;
    let before = -1;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const kind = charKind(c);
      if (kind !== 0) {
        if (start < 0) {
          start = i;
          // The first character's kind shifted by three is its FIRST_* bit (HAS_DIGIT << 3 === FIRST_DIGIT).
          f = (kind === NON_ASCII ? 0 : kind << 3) | (before === 45 ? HYPHEN_BEFORE : 0);
        }
        f |= kind;
      } else {
        if (start >= 0) {
          if (count === capacity) {
            capacity *= 2;
            ({ starts, ends, flags } = grown({ starts, ends, flags }, capacity));
          }
          starts[count] = start;
          ends[count] = i;
          flags[count++] = f | followedBy(c) | (i - start >= LONG_WORD_LENGTH ? LONG_WORD : 0);
          start = -1;
        }
        before = c;
      }
    }
    if (start >= 0) {
      if (count === capacity) ({ starts, ends, flags } = grown({ starts, ends, flags }, capacity + 1));
      starts[count] = start;
      ends[count] = n;
      flags[count++] = f | (n - start >= LONG_WORD_LENGTH ? LONG_WORD : 0);
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /** The string of word `k`, sliced when asked: few words are (a cache would cost more than the slices). */
  word(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** Index of the first word starting at or after `offset` (binary search). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

