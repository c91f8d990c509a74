import { isDigit } from '../text/chars';

const MAX_NUMBER_LENGTH = 32;

export interface ParsedNumber {
  start: number;
  end: number;
  /** Integer and fraction digits without separators, e.g. "21.5" -> "215". */
  digits: string;
  /** Number of fraction digits. */
  decimals: number;
}

/**
 * Reads a number written with optional thousands commas and an optional decimal part
 * ("5", "159,964", "21.5", "1,200.75") starting at `pos`. Bounded length keeps callers linear.
 */
export function readNumber(text: string, pos: number): ParsedNumber | undefined {
  if (!isDigit(text.charCodeAt(pos))) return undefined;
  const limit = Math.min(text.length, pos + MAX_NUMBER_LENGTH);
  let p = pos;
  while (p < limit && isDigit(text.charCodeAt(p))) p++;
  if (p >= limit && p < text.length && isDigit(text.charCodeAt(p))) return undefined;
  let digits = text.slice(pos, p);
  // Thousands groups: only after a 1-3 digit lead, each exactly three digits.
  if (p - pos <= 3) {
    while (
      p + 3 < limit + 1 &&
      text.charCodeAt(p) === 44 &&
      isDigit(text.charCodeAt(p + 1)) &&
      isDigit(text.charCodeAt(p + 2)) &&
      isDigit(text.charCodeAt(p + 3)) &&
      !isDigit(text.charCodeAt(p + 4))
    ) {
      digits += text.slice(p + 1, p + 4);
      p += 4;
    }
  }
  let decimals = 0;
  if (text.charCodeAt(p) === 46 && isDigit(text.charCodeAt(p + 1))) {
    let q = p + 1;
    while (q < limit && isDigit(text.charCodeAt(q))) q++;
    decimals = q - p - 1;
    digits += text.slice(p + 1, q);
    p = q;
  }
  if (p >= limit && p < text.length && isDigit(text.charCodeAt(p))) return undefined;
  return { start: pos, end: p, digits, decimals };
}

/** The exact value of `digits` with `decimals` fraction digits times 10^exponent. */
export function numberValue(n: Pick<ParsedNumber, 'digits' | 'decimals'>, exponent = 0): number {
  return Number(`${n.digits}e${exponent - n.decimals}`);
}
