import { asciiTable, codeAt, digitsIn, isBlank, isDigit, isLetter, isLineBreak, isRangeDash, skipSpace, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { APPROVED, PRECLINICAL } from '../programs/phase';
import { FIRST_DIGIT, HAS_LOWER, HAS_UPPER, NON_ASCII, Words } from '../text/words';
import { numberValue, readNumber } from './numbers';

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

/** One phase step: "1", "I", "1b", "Ib", "2a", "III". */
function readPhaseStep(text: string, pos: number): { value: string; end: number } | undefined {
  const end = wordEnd(text, pos, 6);
  const m = /^(\d|I{1,3}|IV)([ab])?$/.exec(text.slice(pos, end));
  if (!m) return undefined;
  const n = ROMAN[m[1]!] ?? m[1]!;
  if (Number(n) < 0 || Number(n) > 4) return undefined;
  return { value: n + (m[2] ?? ''), end };
}

/** "Phase 1", "Phase III", "phase Ib/II", "Phase 1b/2", "Phase 2/3"; then the preclinical stage and the approved status. */
export function recognizePhases(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /phase/gi;
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const hit = re.exec(text);
    if (!hit) break;
    const i = hit.index;
    from = i + 5;
    if (i > 0 && isLetter(text.charCodeAt(i - 1))) continue;
    let p = i + 5;
    if (codeAt(text, p) === 45) p++;
    else if (isBlank(codeAt(text, p))) p = skipSpace(text, p, true);
    else continue;
    const first = readPhaseStep(text, p);
    if (!first) continue;
    let value = first.value;
    let end = first.end;
    const sep = codeAt(text, end);
    if (sep === 47 /* / */ || (isRangeDash(sep) && codeAt(text, end + 1) !== 32)) {
      const second = readPhaseStep(text, end + 1);
      if (second) {
        value += '/' + second.value;
        end = second.end;
      }
    }
    out.push({ kind: 'phase', start: i, end, value });
    from = end;
  }
  // recognizeAll orders every recognizer's candidates by start: these are added as found.
  for (const c of recognizePreclinical(text)) out.push(c);
  for (const c of recognizeApprovedStatus(text)) out.push(c);
  return out;
}

/** "approved in", "approved for": found first, as few sentences have them; the verb before is read after. */
const APPROVED_IN_OR_FOR = /\bapproved\s+(?:in|for)\s/gi;
/** The verb before "approved" that makes it a status: "is approved", "has been approved", "are now approved". */
const STATUS_VERB_BEFORE = /\b(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|currently|also)\s+)?$/i;
/** Words in the clause before that make the status a condition or a prospect: "if X is approved in …", "once X is approved for …". */
const CONDITION_BEFORE = /\b(?:if|once|until|unless|whether|when|should|before|after|upon|expects?|expected|anticipates?|hopes?)\b[^.;:]*$/i;

/** What a company's board, shareholders or exchange approve: "The merger has been approved for …", "shares are approved for listing". */
const CORPORATE_SUBJECT_BEFORE = /\b(?:board|directors|shareholders?|stockholders?|resolutions?|proposals?|budget|plan|merger|transaction|agreement|shares|stock|financing|offering|loan|grant|application|protocol|study|trial)\s*$/i;
const CORPORATE_USE_AFTER = /^\s*(?:listing|trading|quotation|issuance)\b/i;

/**
 * "X is approved in the United States for …": a program's phase stated without an agency's
 * approval as news. Not in a condition or a prospect ("if X is approved for …"), nor what a board
 * or an exchange approves.
 */
function recognizeApprovedStatus(text: string): Candidate[] {
  const out: Candidate[] = [];
  APPROVED_IN_OR_FOR.lastIndex = 0;
  for (let hit = APPROVED_IN_OR_FOR.exec(text); hit; hit = APPROVED_IN_OR_FOR.exec(text)) {
    const start = hit.index;
    const after = start + hit[0].length;
    const verb = STATUS_VERB_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
    if (!verb) continue;
    const subjectEnd = start - verb[0].length;
    if (CONDITION_BEFORE.test(text.slice(Math.max(0, subjectEnd - 60), subjectEnd)) || CORPORATE_SUBJECT_BEFORE.test(text.slice(Math.max(0, subjectEnd - 24), subjectEnd))) continue;
    if (CORPORATE_USE_AFTER.test(text.slice(after, after + 12))) continue;
    out.push({ kind: 'phase', start, end: start + 8, value: APPROVED });
  }
  return out;
}

/** After "preclinical": a word that makes it the stage a program is in, not the kind of a study or its data. */
const PRECLINICAL_STAGE = /[\s-]{1,3}(?:(?:stage|phase)(?![\s-]{1,3}(?:compan|biotech|biopharma|pharma|life|firm|developer|organi[sz]ation))|development|candidates?|programs?|assets?|compounds?|molecules?|pipeline)(?![\w-])/iy;
/** After "IND-enabling", the word it qualifies, taken into the span when there. */
const IND_ENABLING_WORD = /\s{1,2}(?:studies|study|activities|work|toxicology|stage|development|program)(?![\w-])/iy;

/**
 * The stage before the clinic: "preclinical development", "a preclinical candidate", "IND-enabling
 * studies". "Preclinical studies showed …" and "preclinical data" tell evidence, not a stage, and "a
 * preclinical-stage company" tells the company's stage.
 */
function recognizePreclinical(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /pre-?clinical|IND-enabling/gi;
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const start = hit.index;
    const wordEnd = start + hit[0].length;
    if (start > 0 && isLetter(text.charCodeAt(start - 1))) continue;
    const after = (text.charCodeAt(start) | 32) === 105 /* i */ ? IND_ENABLING_WORD : PRECLINICAL_STAGE;
    after.lastIndex = wordEnd;
    const word = after.exec(text);
    if (!word && after === PRECLINICAL_STAGE) continue;
    const end = word ? after.lastIndex : wordEnd;
    out.push({ kind: 'phase', start, end, value: PRECLINICAL });
    re.lastIndex = end;
  }
  return out;
}

/**
 * Can the number word `k` (digits alone) start a percentage? Only when followed by "%", a space and
 * "per", or what continues it: a comma or period ("1,250", "12.5") or a range dash ("25-30%").
 */
function mayBePercent(text: string, words: Words, k: number): boolean {
  const end = words.ends[k]!;
  const c = codeAt(text, end);
  return c === 37 || c === 44 || c === 46 || isRangeDash(c) || (c === 32 && text.startsWith(' per', end));
}

/** "17%", "25-30%", "10 percent". The value is the (first) number. */
export function recognizePercents(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (let k = nextPercentStart(text, words, 0, 0); k < words.count; k = nextPercentStart(text, words, k + 1, next)) {
    const found = percentAt(text, words.starts[k]!);
    if (found === undefined) continue;
    out.push(found);
    next = found.end;
  }
  return out;
}

/**
 * The first word from word `from` (starting at `next` or later) that may start a percentage. Every
 * word is looked at here and few pass: compiled early, this loop meets no case it has not seen.
 */
function nextPercentStart(text: string, words: Words, from: number, next: number): number {
  const { starts, flags, count } = words;
  for (let k = from; k < count; k++) {
    // Only a number of digits alone starts one.
    if ((flags[k]! & (FIRST_DIGIT | HAS_UPPER | HAS_LOWER | NON_ASCII)) !== FIRST_DIGIT) continue;
    if (starts[k]! >= next && mayBePercent(text, words, k)) return k;
  }
  return count;
}

/** The percentage whose number starts at `i`, if a mark follows it. */
function percentAt(text: string, i: number): Candidate | undefined {
  const prev = codeAt(text, i - 1);
  if (prev === 46 || prev === 44) return undefined;
  const n = readNumber(text, i);
  if (!n) return undefined;
  let end = n.end;
  // Range "25-30%": the mark spans both numbers.
  if (isRangeDash(codeAt(text, end)) && isDigit(codeAt(text, end + 1))) {
    const m = readNumber(text, end + 1);
    if (m && (codeAt(text, m.end) === 37 || text.startsWith(' percent', m.end))) end = m.end;
  }
  let markEnd = -1;
  if (codeAt(text, end) === 37) markEnd = end + 1;
  else if (text.startsWith(' percent', end) && !isLetter(codeAt(text, end + 8))) markEnd = end + 8;
  else if (text.startsWith(' per cent', end) && !isLetter(codeAt(text, end + 9))) markEnd = end + 9;
  return markEnd > 0 ? { kind: 'percent', start: i, end: markEnd, value: numberValue(text, n) } : undefined;
}

/** A table of the ASCII characters in `chars`, letters and digits always included. */
const asciiSet = (chars: string) => asciiTable('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' + chars);
const inSet = (table: Uint8Array, c: number) => c < 128 && table[c] === 1;
const URL_CHARS = asciiSet("-._~:/?#[]@!$&'()*+,;=%");
const EMAIL_LOCAL_CHARS = asciiSet('._%+-');
const DOMAIN_CHARS = asciiSet('.-');
const TRAILING_PUNCT = /[.,;:!?)\]'"]+$/;

type UrlTrigger = 'www' | 'http' | '@';

/** Where "www.", "http://", "https://" and "@" occur, in text order (no two can overlap). */
function urlTriggers(text: string): { index: number; trigger: UrlTrigger }[] {
  const found: { index: number; trigger: UrlTrigger }[] = [];
  for (let i = text.indexOf('www.'); i >= 0; i = text.indexOf('www.', i + 4)) found.push({ index: i, trigger: 'www' });
  for (let i = text.indexOf('http'); i >= 0; i = text.indexOf('http', i + 4)) {
    if (text.startsWith('://', i + 4) || text.startsWith('s://', i + 4)) found.push({ index: i, trigger: 'http' });
  }
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) found.push({ index: i, trigger: '@' });
  return found.sort((a, b) => a.index - b.index);
}

/** "https://…", "www.example.com", and e-mail addresses. */
export function recognizeUrlsAndEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Only where "www.", "http" or "@" occur.
  let next = 0;
  for (const { index: i, trigger } of urlTriggers(text)) {
    if (i < next) continue;
    if (trigger !== '@') {
      const isWww = trigger === 'www';
      if (i > 0 && (isLetter(text.charCodeAt(i - 1)) || (isWww && text.charCodeAt(i - 1) === 46))) continue;
      let e = i;
      while (e < text.length && e - i < 2048 && inSet(URL_CHARS, text.charCodeAt(e))) e++;
      let url = text.slice(i, e).replace(TRAILING_PUNCT, '');
      // An unbalanced ")" belongs to the sentence: "(see www.x.com)".
      if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
      if (url.length > (isWww ? 6 : 9) && url.includes('.')) {
        out.push({ kind: 'url', start: i, end: i + url.length, value: isWww ? `https://${url}` : url });
        next = i + url.length;
      }
      continue;
    }
    let s = i;
    while (s > 0 && i - s < 64 && inSet(EMAIL_LOCAL_CHARS, text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < text.length && e - i < 255 && inSet(DOMAIN_CHARS, text.charCodeAt(e))) e++;
    while (e > i + 1 && text[e - 1] === '.') e--;
    while (s < i && text[s] === '.') s++;
    const domain = text.slice(i + 1, e);
    if (s < i && /\.[A-Za-z]{2,}$/.test(domain)) {
      // Drop an overlapping url candidate for the same span ("www" rarely starts an address).
      while (out.length && out[out.length - 1]!.end > s) out.pop();
      out.push({ kind: 'email', start: s, end: e, value: text.slice(s, e).toLowerCase() });
      next = e;
    }
  }
  return out;
}

/**
 * Can a telephone number start at number word `k` (digits alone)? Its first group (the word: five digits at most,
 * closed by ")" when opened by one) must be followed by a separator and another group: one group
 * alone is no telephone number, so most numbers are dismissed here.
 */
function mayStartPhone(text: string, words: Words, k: number, parenthesised: boolean): boolean {
  if (words.ends[k]! - words.starts[k]! > 5) return false;
  // The ")" is looked at, and stepped over by adding 0 or 1, for every number: an operation first
  // met on a rare "(617)" would throw the compiled code away.
  const closed = codeAt(text, words.ends[k]!) === 41;
  if (parenthesised && !closed) return false;
  const p = words.ends[k]! + (parenthesised ? 1 : 0);
  const separator = codeAt(text, p);
  const next = codeAt(text, p + 1);
  return (separator === 45 || separator === 46 || separator === 32) && (isDigit(next) || next === 40);
}

/** Telephone numbers: "781-895-0600", "(617) 555-0142", "+1 617 555 0142", "+41 21 321 01 11". */
export function recognizePhones(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  const { starts, flags, count } = words;
  for (let k = 0; k < count; k++) {
    // Only a number of digits alone starts one.
    if ((flags[k]! & (FIRST_DIGIT | HAS_UPPER | HAS_LOWER | NON_ASCII)) !== FIRST_DIGIT) continue;
    const w = starts[k]!;
    // The number may open with "+" ("+41 21 …") or "(" ("(617) 555-0142").
    const lead = codeAt(text, w - 1);
    const i = lead === 43 || lead === 40 ? w - 1 : w;
    if (i < next || !mayStartPhone(text, words, k, lead === 40)) continue;
    const before = codeAt(text, i - 1);
    if (i > 0 && (isDigit(before) || isLetter(before) || before === 36 || before === 45 || before === 46 || before === 44)) continue;
    const m = matchPhone(text, i);
    if (m) {
      out.push({ kind: 'phone', start: i, end: m.end, value: m.digits });
      next = m.end;
    }
  }
  return out;
}

/** Most digit groups a telephone number is read in. */
const MAX_PHONE_GROUPS = 7;
/** Group sizes, one decimal digit each, of the North American shapes NNN-NNN-NNNN and 1-NNN-NNN-NNNN. */
const NORTH_AMERICAN_SHAPES = [334, 1334];

/**
 * Groups of digits joined by single separators; accepted on North American or "+CC" shapes. Groups
 * are measured in place; the digits are gathered only for an accepted number.
 */
function matchPhone(text: string, start: number): { end: number; digits: string } | undefined {
  const international = codeAt(text, start) === 43;
  const first = international ? start + 1 : start;
  let p = first;
  let groups = 0;
  let shape = 0;
  let digitCount = 0;
  let parenthesised = false;
  while (p < text.length && groups < MAX_PHONE_GROUPS) {
    const open = codeAt(text, p) === 40;
    p += open ? 1 : 0;
    let e = p;
    while (e < text.length && e - p < 5 && isDigit(text.charCodeAt(e))) e++;
    if (e === p || isDigit(codeAt(text, e))) break;
    groups++;
    shape = shape * 10 + (e - p);
    digitCount += e - p;
    // Parentheses are stepped over by sums run for every group: a step first taken late (most
    // numbers have none) would have this compiled again.
    const closes = codeAt(text, e) === 41;
    if (open && !closes) return undefined;
    if (open) parenthesised = true;
    p = e + (open ? 1 : 0);
    const sep = codeAt(text, p);
    const next = codeAt(text, p + 1);
    if ((sep === 45 || sep === 46 || sep === 32) && (isDigit(next) || next === 40)) {
      p++;
      continue;
    }
    break;
  }
  // Walk back over a trailing separator consumed by the loop.
  let end = p;
  while (end > start && !isDigit(text.charCodeAt(end - 1)) && text.charCodeAt(end - 1) !== 41) end--;
  if (isLetter(codeAt(text, end)) || isDigit(codeAt(text, end))) return undefined;
  if (international) {
    if (digitCount >= 8 && digitCount <= 15 && groups >= 3) return { end, digits: '+' + digitsIn(text, first, end) };
    return undefined;
  }
  if (NORTH_AMERICAN_SHAPES.includes(shape)) {
    // Space-only separation is too easily a list of numbers; require a hyphen, dot or parentheses.
    if (!parenthesised && !hasHyphenOrDot(text, start, end)) return undefined;
    return { end, digits: digitsIn(text, first, end) };
  }
  return undefined;
}

function hasHyphenOrDot(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = codeAt(text, p);
    if (c === 45 || c === 46) return true;
  }
  return false;
}

const EXCHANGES: Record<string, string> = {
  nasdaq: 'NASDAQ', nasdag: 'NASDAQ', 'nasdaq gs': 'NASDAQ', 'nasdaq gm': 'NASDAQ', 'nasdaq cm': 'NASDAQ', nyse: 'NYSE',
  'nyse american': 'NYSE American', 'nyse mkt': 'NYSE American', amex: 'NYSE American', tsx: 'TSX', tsxv: 'TSXV',
  'tsx-v': 'TSXV', asx: 'ASX', lse: 'LSE', aim: 'AIM', six: 'SIX', 'six swiss exchange': 'SIX', euronext: 'Euronext',
  'euronext paris': 'Euronext Paris', 'euronext brussels': 'Euronext Brussels', 'euronext amsterdam': 'Euronext Amsterdam',
  xetra: 'XETRA', fse: 'FSE', fwb: 'FWB', hkex: 'HKEX', sehk: 'HKEX', hkse: 'HKEX', kosdaq: 'KOSDAQ', kospi: 'KOSPI',
  krx: 'KRX', tse: 'TSE', tyo: 'TSE', sse: 'SSE', szse: 'SZSE', otcqb: 'OTCQB', otcqx: 'OTCQX', otc: 'OTC',
  otcmkts: 'OTC', 'otc markets': 'OTC', 'nasdaq stockholm': 'Nasdaq Stockholm', 'nasdaq copenhagen': 'Nasdaq Copenhagen',
  'nasdaq helsinki': 'Nasdaq Helsinki', omx: 'OMX', sgx: 'SGX', tase: 'TASE', bse: 'BSE', nse: 'NSE', jse: 'JSE',
  'ose': 'OSE', 'ams': 'Euronext Amsterdam', 'ebr': 'Euronext Brussels', 'epa': 'Euronext Paris', 'swx': 'SIX',
};

const EXCHANGE_NAMES = new Map(Object.entries(EXCHANGES));

/** What may stand before an exchange name: "(", ";", ",", "/", "[" or a line break. */
function isExchangeOpener(c: number): boolean {
  return c === 40 || c === 59 || c === 44 || c === 47 || c === 10 || c === 13 || c === 91;
}

/** A character of a ticker symbol: ASCII letter, digit or period. */
function isSymbolChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** "(Nasdaq: IMGN)", "(NYSE:BMY)", "(SIX: DEBIO)", "(TSE: 4502)". The value is "EXCHANGE:SYMBOL". */
export function recognizeTickers(text: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf(':', from);
    if (colon < 0) break;
    from = colon + 1;
    // No exchange name ends in a digit: "10:00" is a time.
    if (isDigit(codeAt(text, colon - 1))) continue;
    // Exchange: up to three words back to "(" or ";" or "," or "/".
    let s = colon;
    while (s > 0 && colon - s < 32 && !isExchangeOpener(text.charCodeAt(s - 1))) s--;
    const opener = text[s - 1];
    if (opener !== '(' && opener !== ';' && opener !== ',' && opener !== '/') continue;
    const exchangeText = text.slice(s, colon).trim();
    const exchange = EXCHANGE_NAMES.get(exchangeText.toLowerCase().replace(/\s+/g, ' '));
    if (!exchange) continue;
    let p = colon + 1;
    while (isBlank(codeAt(text, p))) p++;
    let e = p;
    while (e < text.length && e - p < 10 && isSymbolChar(text.charCodeAt(e))) e++;
    while (e > p && text[e - 1] === '.') e--;
    const symbol = text.slice(p, e);
    if (!symbol || !/[A-Z0-9]/.test(symbol[0]!) || isLineBreak(codeAt(text, p))) continue;
    const start = s + (text.slice(s, colon).length - text.slice(s, colon).trimStart().length);
    out.push({ kind: 'ticker', start, end: e, value: `${exchange}:${symbol.toUpperCase()}` });
    from = e;
  }
  return out;
}

/** The registry names trial ids start with, and where "CT" falls in each. */
const REGISTRY_NAMES: [name: string, ct: number][] = [['ISRCTN', 3], ['ChiCTR', 3], ['jRCT', 2], ['ACTRN', 1], ['CTRI', 0], ['EudraCT', 5], ['KCT', 1]];

/** Does the text hold a registry name? Each holds "CT", which indexOf finds faster than a pattern of all seven. */
function namesTrialRegistry(text: string): boolean {
  for (let at = text.indexOf('CT'); at >= 0; at = text.indexOf('CT', at + 1)) {
    for (const [name, ct] of REGISTRY_NAMES) if (text.startsWith(name, at - ct)) return true;
  }
  return false;
}

/** Registry trial ids other than NCT (found with codes): EudraCT, ISRCTN, ChiCTR, jRCT, ACTRN, CTRI, Korea's KCT. */
export function recognizeTrialIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most releases name none of these registries: skip the scan.
  if (!namesTrialRegistry(text)) return out;
  const re = /\b(?:ISRCTN\d{8}|ChiCTR[-\d]{6,20}|jRCT\d{10}|ACTRN\d{14}|CTRI\/\d{4}\/\d{2,3}\/\d{6}|KCT\d{7}|EudraCT(?: No\.?| number)?:? ?\d{4}-\d{6}-\d{2})/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const id = /\d{4}-\d{6}-\d{2}$/.exec(raw);
    const start = id && raw.startsWith('EudraCT') ? m.index + raw.length - id[0].length : m.index;
    out.push({ kind: 'trial-id', start, end: m.index + raw.length, value: text.slice(start, m.index + raw.length) });
  }
  return out;
}

