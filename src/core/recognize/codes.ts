import { isBlank, isCodeHyphen, isDigit, isLetter, isUpper, previousWord, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { FIRST_LOWER, HAS_DIGIT, HAS_LOWER, HAS_UPPER, NON_ASCII, type Words } from '../text/words';
import {
  DESCRIPTIVE_SUFFIXES,
  KNOWN_CODE_PREFIXES,
  KNOWN_PAYLOAD_CODES,
  KNOWN_TARGETS,
  NON_CODE_PREFIXES,
  NUMBER_LEAD_WORDS,
  TARGET_LEAD_WORDS,
  TARGET_PREFIXES,
} from './vocabulary';

/** Suffix words that state the head is a drug's target ("CD123-targeting", "HER2-positive"). */
const TARGET_SUFFIXES = new Set([
  'targeting', 'targeted', 'directed', 'positive', 'negative', 'expressing', 'overexpressing', 'specific',
  'high', 'low', 'amplified', 'mutant', 'mutated', 'binding', 'blocking', 'selective',
]);
/** Cooperative groups whose study numbers look like codes ("SWOG S1826", "GOG-0218"). */
const STUDY_GROUPS = new Set(['SWOG', 'GOG', 'RTOG', 'NRG', 'NSABP', 'EORTC', 'CALGB', 'JCOG', 'ECOG', 'ACOSOG', 'NCCTG', 'Alliance', 'AIO', 'GBG', 'UNICANCER', 'PRODIGE']);
/** Words near a short code ("DM7") that make it a payload or compound rather than a gene. */
const PAYLOAD_WORDS = /payload|cell-killing|killing agent|toxin|warhead|maytansin|auristatin|camptothecin|topoisomerase|benzodiazepine|linker|conjugat|loaded|cytotoxi/i;
/** An appositive that says what a name is: "RVL-88, a peptide agonist", "VL-48, a topical formulation". */
const DRUG_APPOSITIVE = /^,\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){0,4}?(?:candidate|formulation|inhibitor|agonist|antagonist|antibody|ADC|conjugate|degrader|molecule|compound|program|peptide|therapy|therapeutic|vaccine|payload|modulator|blocker|activator|prodrug|bispecific|oligonucleotide|siRNA)\b/i;
/** Words right before a name that say it is a drug: "candidate RVL-88", "compound X-12". */
const DRUG_LEAD = /\b(?:candidate|compound|molecule|program|inhibitor|agonist|antagonist|degrader|drug|product)\s+$/i;

const MAX_PARTS = 6;
const MAX_PART_LENGTH = 24;

interface Part {
  start: number;
  end: number;
  text: string;
}

type Verdict = 'code' | 'maybe' | 'target' | 'trial-id' | undefined;

/** Numbers that read as recent years; codes rarely use them ("ASCO 2017", "mid-2017"). */
const isYear = (s: string) => /^(?:19[89]\d|20[0-3]\d)$/.test(s);
/** Labels that make the next word an id, not a code: "Publication Number: PF1143", "Abstract #LBA12". */
const ID_LABEL = /\b(?:number|no\.?|nos\.?|id|abstract|poster|publication|presentation|booth|session|board|room|hall|suite|stand|ref\.?|reference|file)\s*[:#.]?\s*#?\s*$/i;
const upper = (s: string) => s.toUpperCase();

/** Classifies a one-part head such as "IMGN632", "DM4", "CD123", "E7080". */
function classifySingle(p: string): Verdict {
  if (/^NCT\d{8}$/.test(p)) return 'trial-id';
  if (KNOWN_TARGETS.has(upper(p))) return 'target';
  if (KNOWN_PAYLOAD_CODES.has(upper(p)) && /\d/.test(p)) return 'code';
  let m = /^([A-Z]{2,6})(\d{3,7})([A-Za-z]{0,2})$/.exec(p);
  if (m) {
    const prefix = m[1]!;
    if (NON_CODE_PREFIXES.has(prefix) || STUDY_GROUPS.has(prefix)) return undefined;
    if (TARGET_PREFIXES.has(prefix) && m[2]!.length <= 3) return /^CD\d/.test(p) ? 'target' : undefined;
    if (isYear(m[2]!) && !KNOWN_CODE_PREFIXES.has(prefix)) return undefined;
    return 'code';
  }
  m = /^([A-Z]{2,5})(\d{1,2})([a-z]?)$/.exec(p);
  if (m) {
    if (/^CD\d/.test(p)) return 'target';
    if (TARGET_PREFIXES.has(m[1]!) || NON_CODE_PREFIXES.has(m[1]!)) return undefined;
    return 'maybe';
  }
  if (/^[A-Z]\d{4,6}[a-z]?$/.test(p)) return 'maybe';
  if (/^[A-Z]{2,5}\d{2,4}[a-z]\d{1,3}$/.test(p)) return 'code'; // BNT162b2
  if (/^[a-z]{2}\d{3,5}$/.test(p)) return 'code'; // bb2121
  return undefined;
}

/** An antibody name that carries a payload in a conjugate name ("huC242" in "huC242-DM4"). */
const isAntibodyPart = (p: string) => /^[a-z]{1,3}[A-Z][A-Za-z]{0,3}\d{1,4}(-\d{1,2})?$/.test(p) || classifySingle(p) === 'code';

/** Classifies a hyphenated head such as "MK-3475", "T-DM1", "SN-38", "BGB-A317", "huC242-DM4". */
function classifyJoined(parts: string[]): Verdict {
  const [p1, p2] = parts as [string, string];
  const last = parts[parts.length - 1]!;
  const joined = parts.join('-');
  if (KNOWN_TARGETS.has(upper(joined))) return 'target';
  if (KNOWN_PAYLOAD_CODES.has(upper(joined))) return 'code';
  if (parts.length >= 2 && KNOWN_PAYLOAD_CODES.has(upper(last)) && parts.slice(0, -1).every(isAntibodyPart)) return 'code';
  if (parts.length === 2 && /^[A-Z]$/.test(p1) && (KNOWN_PAYLOAD_CODES.has(upper(p2)) || /^[A-Z]{2,4}\d{1,2}$/.test(p2))) {
    return KNOWN_PAYLOAD_CODES.has(upper(p2)) ? 'code' : 'maybe';
  }
  if (parts.length !== 2) return undefined;
  const prefix = upper(p1);
  if (NON_CODE_PREFIXES.has(prefix) || STUDY_GROUPS.has(p1) || STUDY_GROUPS.has(prefix)) return undefined;
  const letters = /^[A-Za-z]{1,6}$/.test(p1);
  const caps = /^[A-Z]{2,6}$/.test(p1);
  // Mixed case only for short prefixes ("mRNA", "Debio"); "CheckMate-067" is a trial.
  const shortMixed = letters && p1.length <= 5 && !caps;
  let m = /^(\d{3,8})([A-Za-z]{0,2})$/.exec(p2);
  if (m && (caps || shortMixed) && !(caps && p1.length === 1)) {
    const digits = m[1]!;
    // "Lu-177", "Ac-225": an element and a mass number.
    if (/^[A-Z][a-z]$/.test(p1) && digits.length <= 3) return undefined;
    if (TARGET_PREFIXES.has(prefix) && digits.length <= 3) return undefined;
    if (isYear(digits) && !KNOWN_CODE_PREFIXES.has(prefix)) return undefined;
    if (p1.length >= 5 && digits.startsWith('0') && digits.length <= 3 && !KNOWN_CODE_PREFIXES.has(prefix)) return undefined; // KEYNOTE-006
    return 'code';
  }
  m = /^(\d{2})([a-z]?)$/.exec(p2);
  // "SN-38", "RVL-88": two digits make a code for a known prefix, otherwise only where the text says so.
  if (m && caps) return KNOWN_CODE_PREFIXES.has(prefix) ? 'code' : TARGET_PREFIXES.has(prefix) ? undefined : 'maybe';
  // "BGB-A317", "KTE-C19", "SGN-CD33A", "LY-CoV555": a letter-led second part with two or more digits.
  if (caps && p1.length <= 5 && /^[A-Za-z]{1,4}\d{2,6}[A-Za-z]?$/.test(p2) && !TARGET_PREFIXES.has(prefix)) return 'code';
  return undefined;
}

function classifyParts(parts: string[]): Verdict {
  return parts.length === 1 ? classifySingle(parts[0]!) : classifyJoined(parts);
}

/** Reads the hyphen-joined word run at `pos`: "BMS-986016", "anti-CD37", "DM4-loaded". */
function readCompound(text: string, pos: number): Part[] {
  const parts: Part[] = [];
  let p = pos;
  while (parts.length < MAX_PARTS) {
    const end = wordEnd(text, p, MAX_PART_LENGTH + 1);
    if (end === p || end - p > MAX_PART_LENGTH) break;
    parts.push({ start: p, end, text: text.slice(p, end) });
    if (isCodeHyphen(text.charCodeAt(end)) && (isLetter(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1)))) p = end + 1;
    else break;
  }
  return parts;
}

/** "Debio 1562", "AMG 510": a prefix word, one space, a number that is not an amount or a year. */
function readSpacedCode(text: string, word: Part): Part | undefined {
  const w = word.text;
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(w)) return undefined;
  const space = word.end;
  if (!isBlank(text.charCodeAt(space)) || isBlank(text.charCodeAt(space + 1))) return undefined;
  const n = space + 1;
  let e = n;
  while (e < text.length && e - n < 8 && isDigit(text.charCodeAt(e))) e++;
  const digits = e - n;
  if (digits < 3 || digits > 7) return undefined;
  if (text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122 && !isLetter(text.charCodeAt(e + 1))) e++;
  const next = text.charCodeAt(e);
  if (isDigit(next) || isLetter(next) || next === 37 /* % */) return undefined;
  if ((next === 44 || next === 46 || next === 58) && isDigit(text.charCodeAt(e + 1))) return undefined;
  if (isCodeHyphen(next) && isDigit(text.charCodeAt(e + 1))) return undefined;
  const number = text.slice(n, n + digits);
  const prefix = upper(w);
  const known = KNOWN_CODE_PREFIXES.has(prefix);
  if (NUMBER_LEAD_WORDS.has(w) || NON_CODE_PREFIXES.has(prefix) || STUDY_GROUPS.has(w)) return undefined;
  // "CD 123" is a target; "CD 4417" (four digits or more) is not.
  if (/^(?:CD|IL|HER|PD)$/.test(prefix) && digits < 4) return undefined;
  if (isYear(number) && !known) return undefined;
  const allCaps = w === prefix;
  if (!allCaps && !known && digits < 4) return undefined;
  if (!allCaps && isMonthLike(w)) return undefined;
  return { start: word.start, end: e, text: text.slice(word.start, e) };
}

function isMonthLike(w: string): boolean {
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i.test(w);
}


/**
 * Finds development codes (drug-code), targets and registry trial ids. Each word is looked at once
 * with a bounded window, so the scan is linear in the text.
 */
export function recognizeCodes(text: string, words: Words): Candidate[] {
  const candidates: Candidate[] = [];
  const maybes: Candidate[] = [];
  const confirmed = new Set<string>();
  const { starts, ends, flags } = words;
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    const i = starts[k]!;
    if (i < next) continue;
    const f = flags[k]!;
    const after = text.charCodeAt(ends[k]!);
    // Most words cannot start a code or a target: plain words without digits that start no
    // hyphenated run, unless a capitalised one is a known target ("EGFR") or precedes " 1562".
    if (!(f & (HAS_DIGIT | NON_ASCII)) && !isCodeHyphen(after)) {
      if (!(f & HAS_UPPER)) continue;
      const spaced = isBlank(after) && isDigit(text.charCodeAt(ends[k]! + 1));
      const targetShaped = ends[k]! - i <= 8 && (!(f & HAS_LOWER) || f & FIRST_LOWER);
      if (!spaced && !(targetShaped && KNOWN_TARGETS.has(upper(words.word(k))))) continue;
    }
    const prevChar = text.charCodeAt(i - 1);
    const compound = readCompound(text, i);
    if (compound.length === 0) continue;
    const compoundEnd = compound[compound.length - 1]!.end;
    next = compoundEnd;
    // A word joined to a preceding hyphen ("non-Hodgkin" tail, "mid-2017" tail) was part of an earlier run.
    if (isCodeHyphen(prevChar) && i >= 2 && (isLetter(text.charCodeAt(i - 2)) || isDigit(text.charCodeAt(i - 2)))) continue;
    let parts = compound;
    let anti = false;
    if (parts.length > 1 && parts[0]!.text.toLowerCase() === 'anti') {
      anti = true;
      parts = parts.slice(1);
    }
    // Split off descriptive suffix words: "CD123-positive", "DM4-loaded", "IMGN632-treated".
    let suffix: string | undefined;
    for (let k = 1; k < parts.length; k++) {
      const t = parts[k]!.text;
      const lower = t.toLowerCase();
      if ((t === lower && /^[a-zα-ω]{3,}$/.test(t)) || DESCRIPTIVE_SUFFIXES.has(lower)) {
        suffix = lower;
        parts = parts.slice(0, k);
        break;
      }
    }
    let verdict = classifyParts(parts.map((p) => p.text));
    // "HER2-ADC", "IMGN853-FRα": fall back to the first part alone.
    if (verdict === undefined && parts.length > 1) {
      const first = classifySingle(parts[0]!.text);
      if (first !== undefined) {
        verdict = first;
        parts = parts.slice(0, 1);
      }
    }
    const head = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    const headText = text.slice(head.start, head.end);
    const lead = previousWord(text, anti ? compound[0]!.start : head.start);
    const targetContext =
      anti || (suffix !== undefined && TARGET_SUFFIXES.has(suffix)) || (lead !== undefined && TARGET_LEAD_WORDS.has(lead.text.toLowerCase()));
    // Context alone makes a target only of gene-like names: a digit or Greek letter ("CDH6", "FRα"), or a known target.
    const geneShaped =
      KNOWN_TARGETS.has(upper(headText)) ||
      (/^[A-Z][A-Za-z0-9α-ωΑ-Ω.]{1,9}$/.test(headText) && /[A-Z]/.test(headText.slice(1)) && /[0-9α-ωΑ-Ω]/.test(headText) && !/^[A-Z]{2,6}\d{3,}/.test(headText));
    if (verdict === 'target' || (targetContext && geneShaped && verdict !== 'trial-id' && suffix !== 'loaded')) {
      candidates.push({ kind: 'target', start: head.start, end: head.end, value: headText });
    } else if (verdict === 'trial-id') {
      candidates.push({ kind: 'trial-id', start: head.start, end: head.end, value: headText });
    } else if (verdict === 'code') {
      if (!(lead && STUDY_GROUPS.has(lead.text)) && !ID_LABEL.test(text.slice(Math.max(0, head.start - 30), head.start))) {
        candidates.push({ kind: 'drug-code', start: head.start, end: head.end, value: headText });
        confirmed.add(headText);
      }
    } else if (verdict === 'maybe') {
      const window = text.slice(Math.max(0, head.start - 60), Math.min(text.length, head.end + 100));
      const leadWord = lead?.text;
      const cand: Candidate = { kind: 'drug-code', start: head.start, end: head.end, value: headText };
      if (leadWord && (NUMBER_LEAD_WORDS.has(leadWord) || STUDY_GROUPS.has(leadWord))) {
        // "Booth B1234", "SWOG S1826": not a code.
      } else if (
        suffix === 'loaded' ||
        suffix === 'conjugated' ||
        PAYLOAD_WORDS.test(window) ||
        DRUG_APPOSITIVE.test(text.slice(head.end, head.end + 80)) ||
        DRUG_LEAD.test(text.slice(Math.max(0, head.start - 24), head.start)) ||
        (/^[A-Z]\d{4,6}[a-z]?$/.test(headText) && !ID_LABEL.test(text.slice(Math.max(0, head.start - 30), head.start))) ||
        (isUpper(text.charCodeAt(i)) && KNOWN_CODE_PREFIXES.has(headText.replace(/\d.*$/, '')))
      ) {
        candidates.push(cand);
        confirmed.add(headText);
      } else {
        maybes.push(cand);
      }
    } else if (parts.length === 1 && compound.length === 1) {
      const spaced = readSpacedCode(text, parts[0]!);
      if (spaced) {
        candidates.push({ kind: 'drug-code', start: spaced.start, end: spaced.end, value: spaced.text });
        next = spaced.end;
      }
    }
  }
  // "T-PQ2" is a code when "PQ2" was shown to be one; so is "ZR-77" in "QX-501/ZR-77" or "QX-501 (ZR-77)".
  const codeEnds = new Set<number>();
  const codeStarts = new Set<number>();
  for (const c of candidates) {
    if (c.kind !== 'drug-code') continue;
    codeEnds.add(c.end);
    codeStarts.add(c.start);
  }
  for (const m of maybes) {
    const v = m.value as string;
    const besideCode =
      (text[m.start - 1] === '/' && codeEnds.has(m.start - 1)) ||
      (text[m.end] === '/' && codeStarts.has(m.end + 1)) ||
      (text.slice(m.start - 2, m.start) === ' (' && codeEnds.has(m.start - 2) && text[m.end] === ')');
    if (confirmed.has(v) || confirmed.has(v.slice(v.lastIndexOf('-') + 1)) || besideCode) candidates.push(m);
  }
  return candidates;
}
