import { codeAt, digitsIn, isDigit } from '../text/chars';

/** A scale word after a number with a decimal comma. */
const DECIMAL_COMMA_SCALE = /^ ?(?:million|milliards?|billion|mio|mrd|mn|bn|m)\b/i;

/** Longest number read, in characters. */
export const MAX_NUMBER_LENGTH = 32;

export interface ParsedNumber {
  start: number;
  end: number;
  /** Number of fraction digits. */
  decimals: number;
}

/**
 * Reads a number written with optional thousands commas and an optional decimal part
 * ("5", "159,964", "21.5", "1,200.75") starting at `pos`. Bounded length keeps callers linear.
 * Only positions are read: most numbers turn out to be no amount, so their digits are never needed.
 */
export function readNumber(text: string, pos: number): ParsedNumber | undefined {
  if (!isDigit(codeAt(text, pos))) return undefined;
  const limit = Math.min(text.length, pos + MAX_NUMBER_LENGTH);
  let p = pos;
  while (p < limit && isDigit(codeAt(text, p))) p++;
  if (p >= limit && p < text.length && isDigit(text.charCodeAt(p))) return undefined;
  // Thousands groups: only after a 1-3 digit lead, each exactly three digits.
  if (p - pos <= 3) {
    while (
      p + 3 < limit + 1 &&
      codeAt(text, p) === 44 &&
      isDigit(codeAt(text, p + 1)) &&
      isDigit(codeAt(text, p + 2)) &&
      isDigit(codeAt(text, p + 3)) &&
      !isDigit(codeAt(text, p + 4))
    ) {
      p += 4;
    }
  }
  let decimals = 0;
  // A decimal comma before a scale word ("€2,5 milliards", "SEK 1,25 billion"): one or two digits,
  // which a thousands group never has.
  if (codeAt(text, p) === 44 && isDigit(codeAt(text, p + 1)) && p - pos <= 3) {
    let q = p + 1;
    while (q < limit && q - p <= 3 && isDigit(codeAt(text, q))) q++;
    if (q - p <= 3 && DECIMAL_COMMA_SCALE.test(text.slice(q, q + 10))) return { start: pos, end: q, decimals: q - p - 1 };
  }
  if (codeAt(text, p) === 46 && isDigit(codeAt(text, p + 1))) {
    let q = p + 1;
    while (q < limit && isDigit(codeAt(text, q))) q++;
    decimals = q - p - 1;
    p = q;
  }
  if (p >= limit && p < text.length && isDigit(text.charCodeAt(p))) return undefined;
  return { start: pos, end: p, decimals };
}

/** Integer and fraction digits of a read number without separators, e.g. "21.5" -> "215". */
export function numberDigits(text: string, n: ParsedNumber): string {
  return digitsIn(text, n.start, n.end);
}

/** Powers of ten that doubles hold exactly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The exact value of the number `n` in `text` times 10^exponent: the digits parsed as
 * "<digits>e<power>". When the digits make an integer a double holds exactly and the power of ten
 * is exact too, one multiplication or division rounds the same way the parse does, without strings.
 */
export function numberValue(text: string, n: ParsedNumber, exponent = 0): number {
  const power = exponent - n.decimals;
  let digits = 0;
  let count = 0;
  for (let p = n.start; p < n.end; p++) {
    const c = codeAt(text, p);
    if (c < 48 || c > 57) continue;
    digits = digits * 10 + (c - 48);
    count++;
  }
  if (count <= 15 && power >= -22 && power <= 22) return power >= 0 ? digits * EXACT_POWERS_OF_TEN[power]! : digits / EXACT_POWERS_OF_TEN[-power]!;
  return Number(`${numberDigits(text, n)}e${power}`);
}
