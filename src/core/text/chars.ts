/** Character classes used by the recognizers; all O(1). */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** An ASCII capital as its lower-case letter; any other unit as it is. */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A table of the ASCII characters in `chars`, by character code, for per-character tests (units past ASCII read as undefined). */
export function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

const LETTER = /\p{L}/u;
/**
 * What the regex said about each UTF-16 unit above ASCII: 0 not asked yet, 1 a letter, 2 not. Text
 * is full of curly quotes and dashes; asking the regex once per unit avoids a string per character.
 */
const NON_ASCII_LETTER = new Uint8Array(0x10000);

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isNonAsciiLetter(c);
}

/** isLetter beyond ASCII: apart, so that the copies of isLetter compiled into its many callers stay small. */
function isNonAsciiLetter(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (!(c < 0x10000)) return false; // NaN past the end of the text
  let known = NON_ASCII_LETTER[c]!;
  if (known === 0) NON_ASCII_LETTER[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isAsciiLetter(c: number): boolean {
  return isAsciiUpper(c) || isAsciiLower(c);
}

/** A word character as a regex's `\w` and `\b` see it (no u flag): [A-Za-z0-9_]. */
export function isRegexWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || isAsciiLetter(c) || c === 95;
}

export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/**
 * The UTF-16 unit at `pos`, or -1 outside the text. Compiled code that reads past the end with
 * charCodeAt (NaN) is thrown away and compiled again; -1 fails every character test as NaN does.
 */
export function codeAt(text: string, pos: number): number {
  return pos >= 0 && pos < text.length ? text.charCodeAt(pos) : -1;
}

/** Space or tab (or no-break space), not a line break. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** A small Greek letter, α to ω: an isoform's or a chain's mark in a target's name ("PI3Kα", "THR-β"). */
export function isGreekSmall(c: number): boolean {
  return c >= 0x3b1 && c <= 0x3c9;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Hyphen-like characters that join the parts of a code: hyphen-minus, hyphen, non-breaking hyphen. */
export function isCodeHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Dashes used in ranges: hyphen-minus, en dash, em dash. */
export function isRangeDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011;
}

/**
 * Skips blanks, and at most one line break with the blanks around it, from `pos`.
 * Returns the new position; a paragraph break (two line breaks) is not skipped.
 */
export function skipSpace(text: string, pos: number, allowLineBreak = true): number {
  let p = pos;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  if (allowLineBreak && p < text.length && isLineBreak(text.charCodeAt(p))) {
    const q = text.charCodeAt(p) === 13 && codeAt(text, p + 1) === 10 ? p + 2 : p + 1;
    let r = q;
    while (r < text.length && isBlank(text.charCodeAt(r))) r++;
    if (r < text.length && isLineBreak(text.charCodeAt(r))) return p; // blank line: stop
    return r;
  }
  return p;
}

/** End of the word (letters and digits) starting at `pos`. */
export function wordEnd(text: string, pos: number, max = 64): number {
  let p = pos;
  const limit = Math.min(text.length, pos + max);
  while (p < limit && isWordChar(text.charCodeAt(p))) p++;
  return p;
}

/** Start of the word that ends at `end` (exclusive), scanning back at most `max`. */
export function wordStartBefore(text: string, end: number, max = 64): number {
  let p = end;
  const limit = Math.max(0, end - max);
  while (p > limit && isWordChar(text.charCodeAt(p - 1))) p--;
  return p;
}

/** The word just before `pos`, skipping blanks (and one line break). */
export function previousWord(text: string, pos: number): { start: number; end: number; text: string } | undefined {
  let p = pos;
  let breaks = 0;
  while (p > 0) {
    const c = text.charCodeAt(p - 1);
    if (isBlank(c)) p--;
    else if (isLineBreak(c) && breaks < 2) {
      p--;
      breaks++;
    } else break;
  }
  const end = p;
  const start = wordStartBefore(text, end);
  if (start === end) return undefined;
  return { start, end, text: text.slice(start, end) };
}

/** Value of the `count` digits at `pos`, or -1 when one of them is no digit. */
export function digitsValue(text: string, pos: number, count: number): number {
  let value = 0;
  for (let p = pos; p < pos + count; p++) {
    const c = codeAt(text, p);
    if (!(c >= 48 && c <= 57)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** The digits of text[start, end), in order, taken a run at a time: "+1 (555) 010-2000" -> "15550102000". */
export function digitsIn(text: string, start: number, end: number): string {
  let digits = '';
  let runStart = start;
  for (let p = start; p < end; p++) {
    if (isDigit(codeAt(text, p))) continue;
    digits += text.slice(runStart, p);
    runStart = p + 1;
  }
  return digits + text.slice(runStart, end);
}
