import { codeAt, isBlank, isDigit, isLetter, isRangeDash, isWordChar, skipSpace, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { FIRST_DIGIT, FIRST_UPPER, HAS_DIGIT, HAS_LOWER, HAS_UPPER, NON_ASCII, Words } from '../text/words';
import { ABSENT, FoldedWordSet, WordMap, WordTable } from '../text/wordTable';
import { MAX_NUMBER_LENGTH, numberValue, readNumber, type ParsedNumber } from './numbers';
import { NextOf } from '../text/nextOf';

/** Currency symbols written before an amount. */
const SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };

/** The signs, each looked for with indexOf (see NextOf; faster than a pattern over the whole text). */
const SIGN_CHARACTERS = Object.keys(SYMBOLS);

/** Letters written straight before "$" that name another dollar. */
const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', NT: 'TWD', S: 'SGD', SG: 'SGD',
  NZ: 'NZD', R: 'BRL', MX: 'MXN', CDN: 'CAD', Cdn: 'CAD', USD: 'USD', CAD: 'CAD', AUD: 'AUD', NZD: 'NZD', SGD: 'SGD',
  HKD: 'HKD',
};

/** ISO codes (and common variants) written as a word before or after an amount. */
const CODES: Record<string, string> = {
  USD: 'USD', EUR: 'EUR', CHF: 'CHF', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CAD: 'CAD', AUD: 'AUD',
  SEK: 'SEK', DKK: 'DKK', NOK: 'NOK', KRW: 'KRW', INR: 'INR', HKD: 'HKD', SGD: 'SGD', NZD: 'NZD', BRL: 'BRL',
  ILS: 'ILS', TWD: 'TWD', NTD: 'TWD', MXN: 'MXN', PLN: 'PLN', CZK: 'CZK', HUF: 'HUF', THB: 'THB', IDR: 'IDR',
  ZAR: 'ZAR', MYR: 'MYR', AED: 'AED', RUB: 'RUB',
};

/** Currency words written after an amount ("25 million dollars"). Keys are lower case. */
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', won: 'KRW', francs: 'CHF', rupees: 'INR', kronor: 'SEK', kroner: 'DKK',
};

/** Scale words and abbreviations, as powers of ten. */
const SCALES: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, mn: 6, mln: 6, bn: 9, mil: 6, lakh: 5, lakhs: 5, crore: 7, crores: 7,
  k: 3, K: 3, m: 6, M: 6, MM: 6, mm: 6, b: 9, B: 9, bln: 9, mio: 6, mrd: 9, milliard: 9, milliards: 9,
};
/**
 * Abbreviations that must follow the number directly ("$25M"), never after a space ("$5 M" is
 * unusual, "M&A" is not). A lower-case "m" may ("SEK 250 m", "£4.2 m").
 */
const ATTACHED_ONLY = new Set(['k', 'K', 'M', 'MM', 'mm', 'b', 'B']);

/** readScale and readTrailingCurrency read at most this much of a word. */
const MAX_AMOUNT_WORD = 12;

interface Scale {
  exponent: number;
  end: number;
}

/** The word lists above, looked up straight from the text (see WordMap). */
const SCALE_WORDS = new WordMap(Object.entries(SCALES), 'none');
const SCALE_WORDS_LOWER = new WordMap(Object.entries(SCALES), 'lower');
const ATTACHED_ONLY_WORDS = new FoldedWordSet(ATTACHED_ONLY, 'none');
const CODE_WORDS = new WordMap(Object.entries(CODES), 'none');
const CURRENCY_WORDS_LOWER = new WordMap(Object.entries(CURRENCY_WORDS), 'lower');

// The two readers below are shared by the amount readers: a scale met first by one of them (code-first
// amounts are rare) is read by code that the others have run already, not compiled again for it.

/** Where an amount ends: after its scale, if any, else at `end`. */
function endWithScale(scale: Scale | undefined, end: number): number {
  return scale ? scale.end : end;
}

function exponentOf(scale: Scale | undefined): number {
  return scale ? scale.exponent : 0;
}

function readScale(text: string, pos: number): Scale | undefined {
  // Attached abbreviation: "$25M", "$1.2bn".
  const attachedEnd = wordEnd(text, pos, MAX_AMOUNT_WORD);
  if (attachedEnd > pos) {
    const e = SCALE_WORDS.getRange(text, pos, attachedEnd) ?? SCALE_WORDS_LOWER.getRange(text, pos, attachedEnd);
    return e === undefined ? undefined : { exponent: e, end: attachedEnd };
  }
  // "$1.1-billion": a scale word, not an abbreviation, after a hyphen.
  if (codeAt(text, pos) === 45) {
    const wordEndPos = wordEnd(text, pos + 1, MAX_AMOUNT_WORD);
    const e = SCALE_WORDS_LOWER.getRange(text, pos + 1, wordEndPos);
    return e !== undefined && wordEndPos - pos > 5 ? { exponent: e, end: wordEndPos } : undefined;
  }
  const start = skipSpace(text, pos);
  if (start === pos) return undefined;
  const end = wordEnd(text, start, MAX_AMOUNT_WORD);
  if (end === start) return undefined;
  if (ATTACHED_ONLY_WORDS.hasRange(text, start, end)) return undefined;
  const e = SCALE_WORDS_LOWER.getRange(text, start, end);
  if (e === undefined) return undefined;
  return { exponent: e, end };
}

/** Hundredths written after a number: "42 pence", "50 cents". */
const SUBUNITS: Record<string, string> = { pence: 'GBP', penny: 'GBP', cents: 'USD' };
const SUBUNIT_WORDS = new WordMap(Object.entries(SUBUNITS), 'lower');
/** Words before a currency word that say which: "Swiss francs", "U.S. dollars", "Hong Kong dollars". */
const CURRENCY_PREFIX_NAMES: Record<string, string> = {
  US: 'USD', U: 'USD', Swiss: 'CHF', Canadian: 'CAD', Australian: 'AUD', Singapore: 'SGD', Hong: 'HKD', Swedish: 'SEK',
  Danish: 'DKK', Norwegian: 'NOK', Japanese: 'JPY', Chinese: 'CNY', Korean: 'KRW', Indian: 'INR',
};
const CURRENCY_PREFIXES = new WordMap(Object.entries(CURRENCY_PREFIX_NAMES), 'none');
/** Currency words too common as other words to stand after an amount alone. */
const AMBIGUOUS_CURRENCY_WORDS = new FoldedWordSet(['won', 'euro', 'dollar'], 'lower');

/**
 * Every word readScale or readTrailingCurrency looks for, case ignored. A number followed by none of
 * them (most numbers: "12 months", "2017 and") is no amount unless it is written "15.0p".
 */
const AFTER_NUMBER_WORDS = new WordTable(
  [...new Set([...Object.keys(SCALES), ...Object.keys(CODES), ...Object.keys(CURRENCY_PREFIX_NAMES), ...Object.keys(CURRENCY_WORDS), ...Object.keys(SUBUNITS)].map((w) => w.toLowerCase()))],
  true,
);

/**
 * Can an amount word (scale or currency) follow the number ending at `pos`, which starts in word `k`?
 * See AFTER_NUMBER_WORDS.
 */
function mayHaveAmountWord(text: string, words: Words, k: number, pos: number): boolean {
  // Most numbers are one word followed by a space and the next word: that word is known already.
  if (pos === words.ends[k] && codeAt(text, pos) === 32 && k + 1 < words.count && words.starts[k + 1] === pos + 1) {
    const end = Math.min(words.ends[k + 1]!, pos + 1 + MAX_AMOUNT_WORD);
    if (!(words.flags[k + 1]! & NON_ASCII)) return AFTER_NUMBER_WORDS.findAscii(text, pos + 1, end) >= 0;
  }
  // The word readScale reads: attached ("25M") or after spaces; readTrailingCurrency reads the same or nothing.
  const start = isWordChar(codeAt(text, pos)) ? pos : skipSpace(text, pos);
  return AFTER_NUMBER_WORDS.find(text, start, wordEnd(text, start, MAX_AMOUNT_WORD)) !== ABSENT;
}

/**
 * A currency word after an amount; `scaled`: a scale word came between ("120 billion won"), which makes
 * the words too common to stand alone a currency. Every result has the same fields: compiled code then
 * meets one shape.
 */
function readTrailingCurrency(text: string, pos: number, scaled: boolean): { currency: string; end: number; subunit: boolean } | undefined {
  const start = skipSpace(text, pos, false);
  if (start === pos) return undefined;
  const end = wordEnd(text, start, MAX_AMOUNT_WORD);
  const code = CODE_WORDS.getRange(text, start, end);
  if (code) return { currency: code, end, subunit: false };
  const prefixCurrency = CURRENCY_PREFIXES.getRange(text, start, end);
  if (prefixCurrency !== undefined) {
    let next = end;
    if (end - start === 1 && text.startsWith('.S.', end)) next = end + 3; // "U.S."
    if (end - start === 4 && text.startsWith(' Kong', end)) next = end + 5; // "Hong Kong"
    const s2 = skipSpace(text, next, false);
    const e2 = wordEnd(text, s2, MAX_AMOUNT_WORD);
    if (CURRENCY_WORDS_LOWER.getRange(text, s2, e2)) return { currency: prefixCurrency, end: e2, subunit: false };
    return undefined;
  }
  const currency = CURRENCY_WORDS_LOWER.getRange(text, start, end);
  if (currency && (scaled || !AMBIGUOUS_CURRENCY_WORDS.hasRange(text, start, end))) return { currency, end, subunit: false };
  const subunit = SUBUNIT_WORDS.getRange(text, start, end);
  if (subunit) return { currency: subunit, end, subunit: true };
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
  if (codeAt(text, p) === 40 /* ( */) {
    negative = true;
    p++;
  }
  const number = readNumber(text, p);
  if (!number) return undefined;
  let end = number.end;
  if (negative) {
    if (codeAt(text, end) !== 41 /* ) */) return undefined;
    end++;
  }
  return { number, negative, end };
}

/**
 * The scale of an amount: after its number ("$25M", "$25 million"), or, for a negative one in
 * parentheses, a word after the parenthesis ("$(33.2) million").
 */
function amountScale(text: string, amount: Amount): Scale | undefined {
  if (!amount.negative) return readScale(text, amount.number.end);
  return isBlank(codeAt(text, amount.end)) ? readScale(text, amount.end) : undefined;
}

function isWordBoundaryAfter(text: string, pos: number): boolean {
  return !isWordChar(codeAt(text, pos));
}

function makeMoney(text: string, start: number, end: number, a: Amount, exponent: number, currency: string): Candidate {
  const value = numberValue(text, a.number, exponent) * (a.negative ? -1 : 1);
  return { kind: 'money', start, end, value, currency };
}

/**
 * After an amount without a scale ("$70"), a range like "to $75 million", "-75 million" or, after
 * "between", "and $75 million" lends the first amount its scale. Returns the exponent to use and,
 * when the second amount has no currency sign, that amount as a candidate of its own.
 */
function borrowRangeScale(text: string, pos: number, currency: string, between: boolean): { exponent: number; second: Candidate | undefined } | undefined {
  let p = pos;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  if (isRangeDash(codeAt(text, p))) p++;
  else if (text.startsWith('to ', p)) p += 3;
  else if (between && text.startsWith('and ', p)) p += 4;
  else return undefined;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  const hasSign = text[p] !== undefined && SYMBOLS[text[p]!] !== undefined;
  const numberStart = hasSign ? p + 1 : p;
  const n = readNumber(text, numberStart);
  if (!n) return undefined;
  const scale = readScale(text, n.end);
  if (!scale) return undefined;
  if (hasSign) return { exponent: scale.exponent, second: undefined };
  return {
    exponent: scale.exponent,
    second: { kind: 'money', start: p, end: scale.end, value: numberValue(text, n, scale.exponent), currency },
  };
}

/**
 * The words an amount may start at, besides currency signs: numbers, and capitalised words that can
 * be a currency code (three capitals, then no more letters: "USD", "EUR10m"). A word of letters with
 * a lower-case one ("Company") cannot.
 */
function amountStarters(words: Words): number[] {
  const { flags, count } = words;
  const list: number[] = [];
  for (let k = 0; k < count; k++) {
    const f = flags[k]!;
    if ((f & FIRST_DIGIT) !== 0 || ((f & FIRST_UPPER) !== 0 && ((f & (HAS_LOWER | HAS_DIGIT)) !== HAS_LOWER || isRupeeWord(words, k)))) list.push(k);
  }
  return list;
}

/**
 * "No further position": past the end of any string, and a small integer where Infinity is a double,
 * which would make compiled code that mixed the two treat every position as a double.
 */
const NOWHERE = 0x3fffffff;

/** Finds amounts of money: "$25 million", "$(33,227)", "€10 million", "CHF 5 million", "25 million dollars". */
export function recognizeMoney(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  // Asked only when a "15.0p" shows up: does this release deal in pounds?
  const pounds: PoundsQuestion = { text, answer: undefined };
  let lastEnd = 0;
  // Visit, in text order, the currency signs and the starts of words (codes, numbers).
  // The next sign, kept while it lies ahead (the text's length: none further on).
  const signs = new NextOf(text, SIGN_CHARACTERS);
  let nextSign = signs.next(0);
  const starters = amountStarters(words);
  let v = 0;
  for (;;) {
    if (nextSign < lastEnd) nextSign = signs.next(lastEnd);
    while (v < starters.length && words.starts[starters[v]!]! < lastEnd) v++;
    const wordStart = v < starters.length ? words.starts[starters[v]!]! : NOWHERE;
    if (nextSign === text.length && wordStart === NOWHERE) break;
    const found = out.length;
    if (nextSign <= wordStart) {
      const i = nextSign;
      nextSign = signs.next(i + 1);
      readSignFirst(text, i, SYMBOLS[text[i]!]!, out);
    } else {
      const k = starters[v++]!;
      const i = wordStart;
      const code = text.charCodeAt(i);
      // The amount may start here when no letter comes before a code, nor a digit, letter, "." or "," before a number.
      const before = codeAt(text, i - 1);
      if (code >= 65 && code <= 90) {
        // A code or "Rs" right after a letter is inside a word.
        if (!isLetter(before)) {
          if (isRupeeWord(words, k)) readRupees(text, i, out);
          else readCodeFirst(text, i, out);
        }
      } else if (isDigit(code) && !isDigit(before) && !isLetter(before) && before !== 46 && before !== 44) {
        readNumberFirst(text, words, k, i, pounds, out);
      }
    }
    // Whatever a reader found ends where the next search starts.
    if (out.length > found) lastEnd = out[out.length - 1]!.end;
  }
  return out;
}

/** Whether a release deals in pounds, asked once and only when a "15.0p" shows up. */
interface PoundsQuestion {
  text: string;
  answer: boolean | undefined;
}

/** "15.0p": pence, in a release that deals in pounds. */
function isPence(text: string, n: ParsedNumber, pounds: PoundsQuestion): boolean {
  return n.decimals > 0 && codeAt(text, n.end) === 112 /* p */ && !isLetter(codeAt(text, n.end + 1)) && !isDigit(codeAt(text, n.end + 1)) && (pounds.answer ??= text.includes('£') || /\bpence\b/.test(text));
}

/** Sign-first amounts at the sign at `i`: "$25 million", "US$3 billion", "€10-12 million" (two amounts). */
function readSignFirst(text: string, i: number, symbolCurrency: string, out: Candidate[]): void {
  const ch = text[i]!;
  let start = i;
  let currency = symbolCurrency;
  if (ch === '$') {
    // "US$", "C$", "HK$", "U.S.$": the prefix is part of the amount.
    let q = i;
    while (q > 0 && i - q < 4 && (isLetter(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 46)) q--;
    const prefix = text.slice(q, i);
    if (q < i && DOLLAR_PREFIXES[prefix] && (q === 0 || !isLetter(codeAt(text, q - 1)))) {
      currency = DOLLAR_PREFIXES[prefix]!;
      start = q;
    } else if (q === i) {
      // "CAD $3 million": a dollar's code, one space before the sign.
      const code = codeBeforeDollar(text, i);
      if (code) {
        currency = code;
        start = i - 4;
      }
    }
  } else if (ch === '¥' && /RMB\s?$|CNY\s?$/.test(text.slice(Math.max(0, i - 4), i))) {
    currency = 'CNY';
  }
  const amount = readSignedAmount(text, i + 1);
  if (!amount) return;
  let exponent = 0;
  let end = amount.end;
  const scale = amountScale(text, amount);
  let second: Candidate | undefined;
  if (scale) {
    exponent = scale.exponent;
    end = scale.end;
  } else if (!amount.negative) {
    // "between $40 and $50 million" as well as "$40 to $50 million".
    const borrowed = borrowRangeScale(text, amount.end, currency, /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 9), start)));
    if (borrowed) {
      exponent = borrowed.exponent;
      second = borrowed.second;
    }
  }
  if (!isWordBoundaryAfter(text, end) && !scale) return;
  out.push(makeMoney(text, start, end, amount, exponent, currency));
  if (second) out.push(second);
}

/** The ISO code of a dollar written with one space before the "$" at `i` ("CAD $3 million"), else undefined. */
function codeBeforeDollar(text: string, i: number): string | undefined {
  if (i < 4 || codeAt(text, i - 1) !== 32 || isLetter(codeAt(text, i - 5))) return undefined;
  const code = CODE_WORDS.getRange(text, i - 4, i - 1);
  return code !== undefined && DOLLAR_CODES.has(code) ? code : undefined;
}

/** The currencies called dollars, whose code may stand before a "$". */
const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD']);

/** "Rs. 100 crore", "Rs 2,500 million": rupees written with their abbreviation. */
function readRupees(text: string, i: number, out: Candidate[]): void {
  const after = codeAt(text, i + 2) === 46 /* . */ ? i + 3 : i + 2;
  const amount = readSignedAmount(text, after);
  if (!amount || amount.negative || amount.number.start > after + 1) return;
  pushAmountAfterWord(text, i, amount, 'INR', out);
}

/** Is word `k` "Rs", the rupee's abbreviation? */
const isRupeeWord = (words: Words, k: number) => words.ends[k]! - words.starts[k]! === 2 && words.text.startsWith('Rs', words.starts[k]!);

/** Code-first amounts at the capital at `i`: "CHF 5 million", "USD 3.5 million", "EUR10m", "RMB (380.5) million". */
function readCodeFirst(text: string, i: number, out: Candidate[]): void {
  // Letters only: the amount may follow directly ("RMB412.6 million").
  let wEnd = i;
  while (wEnd < text.length && wEnd - i < 4 && text.charCodeAt(wEnd) >= 65 && text.charCodeAt(wEnd) <= 90) wEnd++;
  if (wEnd - i !== 3) return;
  const cur = CODE_WORDS.getRange(text, i, wEnd);
  if (!cur || isLetter(codeAt(text, wEnd))) return;
  const amount = readSignedAmount(text, wEnd);
  // One blank at most before the number, or before its parenthesis ("USD (5.2) million").
  if (!amount || amount.number.start > wEnd + 1 + (amount.negative ? 1 : 0)) return;
  pushAmountAfterWord(text, i, amount, cur, out);
}

/**
 * The money of an amount written after a currency word that starts at `start` ("CHF 5 million",
 * "Rs. 100 crore"): up to its scale, if any (see amountScale), and only where a word ends.
 */
function pushAmountAfterWord(text: string, start: number, amount: Amount, currency: string, out: Candidate[]): void {
  const scale = amountScale(text, amount);
  const end = endWithScale(scale, amount.end);
  if (!isWordBoundaryAfter(text, end)) return;
  out.push(makeMoney(text, start, end, amount, exponentOf(scale), currency));
}

/** Number-first amounts at word `k`, starting at `i`: "25 million dollars", "10 million Swiss francs", "3.5 million USD". */
function readNumberFirst(text: string, words: Words, k: number, i: number, pounds: PoundsQuestion, out: Candidate[]): void {
  // A whole word of digits not continued by "," or "." is a number ending with the word: most are
  // dismissed here, before being read.
  const digitsEnd = words.ends[k]!;
  const next = codeAt(text, digitsEnd);
  if (!(words.flags[k]! & (HAS_UPPER | HAS_LOWER | NON_ASCII)) && digitsEnd - i <= MAX_NUMBER_LENGTH && next !== 44 && next !== 46) {
    if (!mayHaveAmountWord(text, words, k, digitsEnd)) return;
  }
  const n = readNumber(text, i);
  if (!n) return;
  if (!mayHaveAmountWord(text, words, k, n.end)) {
    if (isPence(text, n, pounds)) out.push({ kind: 'money', start: i, end: n.end + 1, value: numberValue(text, n, -2), currency: 'GBP' });
    return;
  }
  const scale = readScale(text, n.end);
  const afterNumber = endWithScale(scale, n.end);
  const trailing = readTrailingCurrency(text, afterNumber, afterNumber > n.end);
  if (trailing) {
    const exponent = exponentOf(scale) - (trailing.subunit ? 2 : 0);
    out.push({ kind: 'money', start: i, end: trailing.end, value: numberValue(text, n, exponent), currency: trailing.currency });
  } else if (isPence(text, n, pounds)) {
    out.push({ kind: 'money', start: i, end: n.end + 1, value: numberValue(text, n, -2), currency: 'GBP' });
  }
}
