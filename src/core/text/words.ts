import { isLetter } from './chars';

/** Bits describing a word, so recognizers can skip words that cannot start their kind. */
export const HAS_DIGIT = 1;
export const HAS_UPPER = 2;
export const HAS_LOWER = 4;
export const FIRST_DIGIT = 8;
export const FIRST_UPPER = 16;
export const FIRST_LOWER = 32;
/** A letter outside ASCII (Greek in "FRα", accented names). */
export const NON_ASCII = 64;

/**
 * The words of a text (maximal runs of letters and digits), found in one pass and shared by all
 * recognizers. Word strings are sliced on demand and cached.
 */
export class Words {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint8Array;
  private readonly cache: (string | undefined)[];

  constructor(readonly text: string) {
    const n = text.length;
    const capacity = (n >> 1) + 1;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      // Fast path over ASCII non-word characters.
      if (c < 128 ? !((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) : !isLetter(c)) {
        i++;
        continue;
      }
      const start = i;
      let f = 0;
      if (c >= 48 && c <= 57) f |= FIRST_DIGIT;
      else if (c >= 65 && c <= 90) f |= FIRST_UPPER;
      else if (c >= 97 && c <= 122) f |= FIRST_LOWER;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) f |= HAS_DIGIT;
        else if (c >= 65 && c <= 90) f |= HAS_UPPER;
        else if (c >= 97 && c <= 122) f |= HAS_LOWER;
        else if (c >= 128 && isLetter(c)) f |= NON_ASCII;
        else break;
        i++;
      }
      starts[count] = start;
      ends[count] = i;
      flags[count] = f;
      count++;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.cache = new Array(count);
  }

  word(k: number): string {
    return (this.cache[k] ??= this.text.slice(this.starts[k], this.ends[k]));
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

