import { isBlank, isDigit, isLetter, isLineBreak, isRangeDash, skipSpace, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { FIRST_DIGIT, Words } from '../text/words';
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

/** "Phase 1", "Phase III", "phase Ib/II", "Phase 1b/2", "Phase 2/3". */
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
    if (text.charCodeAt(p) === 45) p++;
    else if (isBlank(text.charCodeAt(p))) p = skipSpace(text, p, true);
    else continue;
    const first = readPhaseStep(text, p);
    if (!first) continue;
    let value = first.value;
    let end = first.end;
    const sep = text.charCodeAt(end);
    if (sep === 47 /* / */ || (isRangeDash(sep) && text.charCodeAt(end + 1) !== 32)) {
      const second = readPhaseStep(text, end + 1);
      if (second) {
        value += '/' + second.value;
        end = second.end;
      }
    }
    out.push({ kind: 'phase', start: i, end, value });
    from = end;
  }
  return out;
}

/** "17%", "25-30%", "10 percent". The value is the (first) number. */
export function recognizePercents(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    const i = words.starts[k]!;
    if (i < next || !(words.flags[k]! & FIRST_DIGIT)) continue;
    const prev = text.charCodeAt(i - 1);
    if (prev === 46 || prev === 44) continue;
    const n = readNumber(text, i);
    if (!n) continue;
    let end = n.end;
    // Range "25-30%": the mark spans both numbers.
    if (isRangeDash(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
      const m = readNumber(text, end + 1);
      if (m && (text.charCodeAt(m.end) === 37 || text.startsWith(' percent', m.end))) end = m.end;
    }
    let markEnd = -1;
    if (text.charCodeAt(end) === 37) markEnd = end + 1;
    else if (text.startsWith(' percent', end) && !isLetter(text.charCodeAt(end + 8))) markEnd = end + 8;
    else if (text.startsWith(' per cent', end) && !isLetter(text.charCodeAt(end + 9))) markEnd = end + 9;
    if (markEnd > 0) {
      out.push({ kind: 'percent', start: i, end: markEnd, value: numberValue(n) });
      next = markEnd;
    }
  }
  return out;
}

const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;
const TRAILING_PUNCT = /[.,;:!?)\]'"]+$/;

/** "https://…", "www.example.com", and e-mail addresses. */
export function recognizeUrlsAndEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Only where "www.", "http" or "@" occur.
  const triggers = /www\.|https?:\/\/|@/g;
  let next = 0;
  for (const m of text.matchAll(triggers)) {
    const i = m.index;
    if (i < next) continue;
    if (m[0] !== '@') {
      const isWww = m[0] === 'www.';
      if (i > 0 && (isLetter(text.charCodeAt(i - 1)) || (isWww && text.charCodeAt(i - 1) === 46))) continue;
      let e = i;
      while (e < text.length && e - i < 2048 && URL_CHAR.test(text[e]!)) e++;
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
    while (s > 0 && i - s < 64 && /[A-Za-z0-9._%+\-]/.test(text[s - 1]!)) s--;
    let e = i + 1;
    while (e < text.length && e - i < 255 && /[A-Za-z0-9.\-]/.test(text[e]!)) e++;
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

/** Telephone numbers: "781-895-0600", "(617) 555-0142", "+1 617 555 0142", "+41 21 321 01 11". */
export function recognizePhones(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    if (!(words.flags[k]! & FIRST_DIGIT)) continue;
    const w = words.starts[k]!;
    // The number may open with "+" ("+41 21 …") or "(" ("(617) 555-0142").
    const lead = text.charCodeAt(w - 1);
    const i = lead === 43 || lead === 40 ? w - 1 : w;
    if (i < next) continue;
    const before = text.charCodeAt(i - 1);
    if (i > 0 && (isDigit(before) || isLetter(before) || before === 36 || before === 45 || before === 46 || before === 44)) continue;
    const m = matchPhone(text, i);
    if (m) {
      out.push({ kind: 'phone', start: i, end: m.end, value: m.digits });
      next = m.end;
    }
  }
  return out;
}

/** Groups of digits joined by single separators; accepted on North American or "+CC" shapes. */
function matchPhone(text: string, start: number): { end: number; digits: string } | undefined {
  const international = text.charCodeAt(start) === 43;
  let p = international ? start + 1 : start;
  const groups: string[] = [];
  let parenthesised = false;
  while (p < text.length && groups.length < 7) {
    let open = false;
    if (text.charCodeAt(p) === 40) {
      open = true;
      p++;
    }
    let e = p;
    while (e < text.length && e - p < 5 && isDigit(text.charCodeAt(e))) e++;
    if (e === p || isDigit(text.charCodeAt(e))) return finish();
    groups.push(text.slice(p, e));
    if (open) {
      if (text.charCodeAt(e) !== 41) return undefined;
      e++;
      parenthesised = true;
    }
    p = e;
    const sep = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    if ((sep === 45 || sep === 46 || sep === 32) && (isDigit(next) || next === 40)) {
      p++;
      continue;
    }
    break;
  }
  return finish();

  function finish(): { end: number; digits: string } | undefined {
    const digits = groups.join('');
    const endPos = endOfGroups();
    if (isLetter(text.charCodeAt(endPos)) || (isDigit(text.charCodeAt(endPos)))) return undefined;
    const sizes = groups.map((g) => g.length);
    if (international) {
      if (digits.length >= 8 && digits.length <= 15 && groups.length >= 3) return { end: endPos, digits: '+' + digits };
      return undefined;
    }
    // North American: [1-]NNN-NNN-NNNN or (NNN) NNN-NNNN.
    const na = sizes.join(',');
    if (na === '3,3,4' || na === '1,3,3,4') {
      const raw = text.slice(start, endPos);
      // Space-only separation is too easily a list of numbers; require a hyphen, dot or parentheses.
      if (!parenthesised && !/[-.]/.test(raw)) return undefined;
      return { end: endPos, digits };
    }
    return undefined;
  }

  function endOfGroups(): number {
    // Walk back over a trailing separator consumed by the loop.
    let e = p;
    while (e > start && !isDigit(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 41) e--;
    return e;
  }
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

/** "(Nasdaq: IMGN)", "(NYSE:BMY)", "(SIX: DEBIO)", "(TSE: 4502)". The value is "EXCHANGE:SYMBOL". */
export function recognizeTickers(text: string): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf(':', from);
    if (colon < 0) break;
    from = colon + 1;
    // Exchange: up to three words back to "(" or ";" or "," or "/".
    let s = colon;
    while (s > 0 && colon - s < 32 && !/[(;,/\n\r\[]/.test(text[s - 1]!)) s--;
    const opener = text[s - 1];
    if (opener !== '(' && opener !== ';' && opener !== ',' && opener !== '/') continue;
    const exchangeText = text.slice(s, colon).trim();
    const exchange = EXCHANGES[exchangeText.toLowerCase().replace(/\s+/g, ' ')];
    if (!exchange) continue;
    let p = colon + 1;
    while (isBlank(text.charCodeAt(p))) p++;
    let e = p;
    while (e < text.length && e - p < 10 && /[A-Za-z0-9.]/.test(text[e]!)) e++;
    while (e > p && text[e - 1] === '.') e--;
    const symbol = text.slice(p, e);
    if (!symbol || !/[A-Z0-9]/.test(symbol[0]!) || isLineBreak(text.charCodeAt(p))) continue;
    const start = s + (text.slice(s, colon).length - text.slice(s, colon).trimStart().length);
    out.push({ kind: 'ticker', start, end: e, value: `${exchange}:${symbol.toUpperCase()}` });
    from = e;
  }
  return out;
}

/** Registry trial ids other than NCT (found with codes): EudraCT, ISRCTN, ChiCTR, jRCT, ACTRN. */
export function recognizeTrialIds(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most releases name none of these registries: skip the scan.
  if (!/ISRCTN|ChiCTR|jRCT|ACTRN|CTRI|EudraCT/.test(text)) return out;
  const re = /\b(?:ISRCTN\d{8}|ChiCTR[-\d]{6,20}|jRCT\d{10}|ACTRN\d{14}|CTRI\/\d{4}\/\d{2,3}\/\d{6}|EudraCT(?: No\.?| number)?:? ?\d{4}-\d{6}-\d{2})/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const id = /\d{4}-\d{6}-\d{2}$/.exec(raw);
    const start = id && raw.startsWith('EudraCT') ? m.index + raw.length - id[0].length : m.index;
    out.push({ kind: 'trial-id', start, end: m.index + raw.length, value: text.slice(start, m.index + raw.length) });
  }
  return out;
}

