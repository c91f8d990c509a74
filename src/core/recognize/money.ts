import { isBlank, isDigit, isLetter, isRangeDash, skipSpace, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { FIRST_DIGIT, FIRST_UPPER, Words } from '../text/words';
import { numberValue, readNumber, type ParsedNumber } from './numbers';

/** Currency symbols written before an amount. */
const SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };

/** Letters written straight before "$" that name another dollar. */
const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', NT: 'TWD', S: 'SGD', SG: 'SGD',
  NZ: 'NZD', R: 'BRL', MX: 'MXN',
};

/** ISO codes (and common variants) written as a word before or after an amount. */
const CODES: Record<string, string> = {
  USD: 'USD', EUR: 'EUR', CHF: 'CHF', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CAD: 'CAD', AUD: 'AUD',
  SEK: 'SEK', DKK: 'DKK', NOK: 'NOK', KRW: 'KRW', INR: 'INR', HKD: 'HKD', SGD: 'SGD', NZD: 'NZD', BRL: 'BRL',
  ILS: 'ILS', TWD: 'TWD',
};

/** Currency words written after an amount ("25 million dollars"). Keys are lower case. */
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', won: 'KRW', francs: 'CHF', rupees: 'INR', kronor: 'SEK', kroner: 'DKK',
};

/** Scale words and abbreviations, as powers of ten. */
const SCALES: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, mn: 6, mln: 6, bn: 9, mil: 6, lakh: 5, lakhs: 5, crore: 7, crores: 7,
  k: 3, K: 3, m: 6, M: 6, MM: 6, b: 9, B: 9, bln: 9,
};
/** Abbreviations that must follow the number directly ("$25M"), never after a space ("$5 M" is unusual). */
const ATTACHED_ONLY = new Set(['k', 'K', 'm', 'M', 'MM', 'b', 'B']);

interface Scale {
  exponent: number;
  end: number;
}

function readScale(text: string, pos: number): Scale | undefined {
  // Attached abbreviation: "$25M", "$1.2bn".
  const attachedEnd = wordEnd(text, pos, 12);
  if (attachedEnd > pos) {
    const w = text.slice(pos, attachedEnd);
    const e = SCALES[w] ?? SCALES[w.toLowerCase()];
    return e === undefined ? undefined : { exponent: e, end: attachedEnd };
  }
  const start = skipSpace(text, pos);
  if (start === pos) return undefined;
  const end = wordEnd(text, start, 12);
  if (end === start) return undefined;
  const w = text.slice(start, end);
  if (ATTACHED_ONLY.has(w)) return undefined;
  const e = SCALES[w.toLowerCase()];
  if (e === undefined) return undefined;
  return { exponent: e, end };
}

/** A currency word or code after an amount: "dollars", "Swiss francs", "USD". */
/** Hundredths written after a number: "42 pence", "50 cents". */
const SUBUNITS: Record<string, string> = { pence: 'GBP', cents: 'USD' };

function readTrailingCurrency(text: string, pos: number): { currency: string; end: number; subunit?: boolean } | undefined {
  const start = skipSpace(text, pos, false);
  if (start === pos) return undefined;
  let end = wordEnd(text, start, 12);
  let w = text.slice(start, end);
  if (CODES[w]) return { currency: CODES[w]!, end };
  let prefixCurrency: string | undefined;
  if (w === 'US' || w === 'U' || w === 'Swiss' || w === 'Canadian' || w === 'Australian' || w === 'Singapore' || w === 'Hong') {
    prefixCurrency = { US: 'USD', U: 'USD', Swiss: 'CHF', Canadian: 'CAD', Australian: 'AUD', Singapore: 'SGD', Hong: 'HKD' }[w];
    let next = end;
    if (w === 'U' && text.startsWith('.S.', end)) next = end + 3;
    if (w === 'Hong' && text.startsWith(' Kong', end)) next = end + 5;
    const s2 = skipSpace(text, next, false);
    const e2 = wordEnd(text, s2, 12);
    const w2 = text.slice(s2, e2).toLowerCase();
    if (CURRENCY_WORDS[w2]) return { currency: prefixCurrency!, end: e2 };
    return undefined;
  }
  w = w.toLowerCase();
  if (CURRENCY_WORDS[w] && !(w === 'won' || w === 'euro' || w === 'dollar')) return { currency: CURRENCY_WORDS[w]!, end };
  if (SUBUNITS[w]) return { currency: SUBUNITS[w]!, end, subunit: true };
  return undefined;
}

interface Amount {
  number: ParsedNumber;
  negative: boolean;
  /** End of the amount including a closing parenthesis. */
  end: number;
}

/** Reads "25", " 5,076", "(33,227)", " (0.38)" after a currency sign. */
function readSignedAmount(text: string, pos: number): Amount | undefined {
  let p = pos;
  while (p < text.length && p - pos < 3 && isBlank(text.charCodeAt(p))) p++;
  let negative = false;
  if (text.charCodeAt(p) === 40 /* ( */) {
    negative = true;
    p++;
  }
  const number = readNumber(text, p);
  if (!number) return undefined;
  let end = number.end;
  if (negative) {
    if (text.charCodeAt(end) !== 41 /* ) */) return undefined;
    end++;
  }
  return { number, negative, end };
}

function isWordBoundaryAfter(text: string, pos: number): boolean {
  return pos >= text.length || !isLetter(text.charCodeAt(pos)) && !isDigit(text.charCodeAt(pos));
}

function makeMoney(start: number, end: number, a: Amount, exponent: number, currency: string): Candidate {
  const value = numberValue(a.number, exponent) * (a.negative ? -1 : 1);
  return { kind: 'money', start, end, value, currency };
}

/**
 * After an amount without a scale ("$70"), a range like "to $75 million" or "-75 million" lends the
 * first amount its scale. Returns the exponent to use and, when the second amount has no currency sign,
 * that amount as a candidate of its own.
 */
function borrowRangeScale(text: string, pos: number, currency: string): { exponent: number; second?: Candidate } | undefined {
  let p = pos;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  if (isRangeDash(text.charCodeAt(p))) p++;
  else if (text.startsWith('to ', p)) p += 3;
  else return undefined;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  const hasSign = text[p] !== undefined && SYMBOLS[text[p]!] !== undefined;
  const numberStart = hasSign ? p + 1 : p;
  const n = readNumber(text, numberStart);
  if (!n) return undefined;
  const scale = readScale(text, n.end);
  if (!scale) return undefined;
  if (hasSign) return { exponent: scale.exponent };
  return {
    exponent: scale.exponent,
    second: { kind: 'money', start: p, end: scale.end, value: numberValue(n, scale.exponent), currency },
  };
}

/** Finds amounts of money: "$25 million", "$(33,227)", "€10 million", "CHF 5 million", "25 million dollars". */
export function recognizeMoney(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = 0;
  // Asked only when a "15.0p" shows up: does this release deal in pounds?
  let pounds: boolean | undefined;
  const usesPounds = () => (pounds ??= text.includes('£') || /\bpence\b/.test(text));
  const push = (c: Candidate) => {
    out.push(c);
    lastEnd = c.end;
  };
  // Visit, in text order, the currency signs and the starts of words (codes, numbers).
  const signs = /[$€£¥₩₹]/g;
  let nextSign = -1;
  const findSign = (from: number) => {
    signs.lastIndex = from;
    const m = signs.exec(text);
    nextSign = m ? m.index : Infinity;
  };
  findSign(0);
  let k = 0;
  for (;;) {
    if (nextSign < lastEnd) findSign(lastEnd);
    while (k < words.count && words.starts[k]! < lastEnd) k++;
    const wordStart = k < words.count ? words.starts[k]! : Infinity;
    if (nextSign === Infinity && wordStart === Infinity) break;
    let i: number;
    if (nextSign <= wordStart) {
      i = nextSign;
      findSign(i + 1);
    } else {
      i = wordStart;
      const f = words.flags[k]!;
      k++;
      if (!(f & (FIRST_DIGIT | FIRST_UPPER))) continue;
    }
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    // Sign-first amounts.
    const symbolCurrency = SYMBOLS[ch];
    if (symbolCurrency !== undefined) {
      let start = i;
      let currency = symbolCurrency;
      if (ch === '$') {
        // "US$", "C$", "HK$", "U.S.$": the prefix is part of the amount.
        let q = i;
        while (q > 0 && i - q < 4 && (isLetter(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 46)) q--;
        const prefix = text.slice(q, i);
        if (q < i && DOLLAR_PREFIXES[prefix] && (q === 0 || !isLetter(text.charCodeAt(q - 1)))) {
          currency = DOLLAR_PREFIXES[prefix]!;
          start = q;
        }
      } else if (ch === '¥' && /RMB\s?$|CNY\s?$/.test(text.slice(Math.max(0, i - 4), i))) {
        currency = 'CNY';
      }
      const amount = readSignedAmount(text, i + 1);
      if (!amount) continue;
      let exponent = 0;
      let end = amount.end;
      const scale = amount.negative ? undefined : readScale(text, amount.number.end);
      let second: Candidate | undefined;
      if (scale) {
        exponent = scale.exponent;
        end = scale.end;
      } else if (!amount.negative) {
        const borrowed = borrowRangeScale(text, amount.end, currency);
        if (borrowed) {
          exponent = borrowed.exponent;
          second = borrowed.second;
        }
      }
      if (!isWordBoundaryAfter(text, end) && !scale) continue;
      push(makeMoney(start, end, amount, exponent, currency));
      if (second) push(second);
      continue;
    }
    // Code-first amounts: "CHF 5 million", "USD 3.5 million", "EUR10m".
    if (code >= 65 && code <= 90 && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
      // Letters only: the amount may follow directly ("RMB412.6 million").
      let wEnd = i;
      while (wEnd < text.length && wEnd - i < 4 && text.charCodeAt(wEnd) >= 65 && text.charCodeAt(wEnd) <= 90) wEnd++;
      if (wEnd - i !== 3) continue;
      const w = text.slice(i, wEnd);
      const cur = CODES[w];
      if (cur && !isLetter(text.charCodeAt(wEnd))) {
        const amount = readSignedAmount(text, wEnd);
        if (!amount || amount.number.start > wEnd + 1) continue;
        const scale = amount.negative ? undefined : readScale(text, amount.number.end);
        const end = scale ? scale.end : amount.end;
        if (!isWordBoundaryAfter(text, end)) continue;
        push(makeMoney(i, end, amount, scale ? scale.exponent : 0, cur));
      }
      continue;
    }
    // Number-first amounts: "25 million dollars", "10 million Swiss francs", "3.5 million USD".
    if (isDigit(code) && (i === 0 || (!isDigit(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 46 && text.charCodeAt(i - 1) !== 44))) {
      const n = readNumber(text, i);
      if (!n) continue;
      const scale = readScale(text, n.end);
      const afterNumber = scale ? scale.end : n.end;
      const trailing = readTrailingCurrency(text, afterNumber);
      if (trailing) {
        const exponent = (scale ? scale.exponent : 0) - (trailing.subunit ? 2 : 0);
        push({ kind: 'money', start: i, end: trailing.end, value: numberValue(n, exponent), currency: trailing.currency });
      } else if (n.decimals > 0 && text.charCodeAt(n.end) === 112 /* p */ && !isLetter(text.charCodeAt(n.end + 1)) && !isDigit(text.charCodeAt(n.end + 1)) && usesPounds()) {
        // "15.0p": pence, in a release that deals in pounds.
        push({ kind: 'money', start: i, end: n.end + 1, value: numberValue(n, -2), currency: 'GBP' });
      }
    }
  }
  return out;
}
