import { asciiTable, codeAt, digitsValue, isAsciiLetter, isAsciiLower, isAsciiUpper, isBlank, isCodeHyphen, isDigit, isGreekSmall, isLetter, isLineBreak, isRegexWordChar, isUpper, isWordChar } from '../text/chars';
import { isWhiteSpace } from '../text/whiteSpace';
import { FoldedWordSet, isAscii, WordMap, WordTable } from '../text/wordTable';
import type { Candidate } from './candidate';
import { isIndicationAbbreviation } from './indications';
import { endsWithDrugName, startsWithDrugName } from './names';
import { withoutTrialNames } from './trialNames';
import { FIRST_LOWER, HAS_DIGIT, HAS_LOWER, HAS_UPPER, HYPHEN_AFTER, LONG_WORD, NON_ASCII, type Words } from '../text/words';
import {
  DESCRIPTIVE_SUFFIXES,
  CELL_LINES,
  KNOWN_CODE_PREFIXES,
  KNOWN_PAYLOAD_CODES,
  KNOWN_TARGETS,
  MECHANISM_OF_BEFORE,
  MECHANISM_OF_SPELLED_OUT,
  MEASURE_PREFIXES,
  NON_CODE_PREFIXES,
  NUMBER_LEAD_WORDS,
  ALLOSTERIC_SIGNS,
  IN_PHASE,
  INTO_PHASE,
  ION_WORDS,
  MECHANISM_ADJECTIVES,
  MECHANISM_WORDS,
  TARGET_CLASS_WORDS,
  TARGET_LEAD_WORDS,
  TARGET_PREFIXES,
} from './vocabulary';

/** Suffix words that state the head is a drug's target ("CD123-targeting", "HER2-positive"). */
const TARGET_SUFFIXES = new Set([
  'targeting', 'targeted', 'directed', 'positive', 'negative', 'expressing', 'overexpressing', 'specific',
  'high', 'low', 'amplified', 'mutant', 'mutated', 'binding', 'blocking', 'selective',
]);
/** Cooperative groups whose study numbers look like codes ("SWOG S1826", "GOG-0218", "ECOG-ACRIN E1912"). */
const STUDY_GROUPS = new Set([
  'SWOG', 'GOG', 'RTOG', 'NRG', 'NSABP', 'EORTC', 'CALGB', 'JCOG', 'ECOG', 'ACOSOG', 'NCCTG', 'Alliance', 'AIO', 'GBG', 'UNICANCER', 'PRODIGE',
  'ENGOT', 'GINECO', 'AGO', 'MITO', 'NSGO', 'JGOG', 'KGOG', 'ANZGOG', 'IFCT', 'ETOP', 'HOVON', 'GIMEMA', 'SAKK', 'ABCSG', 'GEICAM', 'SOLTI',
  'IBCSG', 'CCTG', 'TROG', 'ANZUP', 'ALLG', 'NCRI', 'ACRIN', 'COG', 'NCIC', 'CTN',
]);
/** Words near a short code ("DM7") that make it a payload or compound rather than a gene. */
const PAYLOAD_WORDS = /payload|cell-killing|killing agent|toxin|warhead|maytansin|auristatin|camptothecin|topoisomerase|benzodiazepine|linker|conjugat|loaded|cytotoxi/i;
/**
 * An appositive or a predicate that says what a name is: "RVL-88, a peptide agonist", "VL-48, a
 * topical formulation", "D-1553 is an oral KRAS G12C inhibitor", "KST-02, the Company's antisense
 * oligonucleotide".
 */
const DRUG_APPOSITIVE = /^\)?(?:,|\s+(?:is|was))\s+(?:a|an|the|our|its)\s+(?:[\w,/'’-]+\s+){0,6}?(?:candidate|formulation|inhibitor|agonist|antagonist|antibody|ADC|conjugate|degrader|molecule|compound|program|peptide|therapy|therapeutic|vaccine|payload|modulator|blocker|activator|prodrug|bispecific|oligonucleotide|siRNA|drug|medicine|medication|agent|biologic|treatment|radioligand|radiopharmaceutical|radioconjugate|ligand)\b/i;
/**
 * A predicate that puts a name in a clinical phase, alone or with the names listed after it: "TX-45
 * is in Phase 1b", "TX-45 and SY-5609 are in Phase 1", "RP-72 entered Phase 2". Trials are called
 * Phase 2 trials, not said to be in Phase 2.
 */
const DRUG_IN_PHASE = new RegExp(String.raw`^\)?(?:(?:,\s*|\s+(?:and|or)\s+)[A-Za-z][\w-]{1,15}){0,3},?\s+(?:(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:now\s+|currently\s+)?${IN_PHASE}|${INTO_PHASE})\s+(?:an?\s+)?Phase\s`, 'i');
/** Words right before a name that say it is a drug: "candidate RVL-88", "compound X-12", "a trial of NTLA-2001", "Orphan Drug Designation to KST-02". */
const DRUG_LEAD = /\b(?:candidate|compound|molecule|program|inhibitor|agonist|antagonist|degrader|drug|product|(?:trial|study) (?:of|evaluating)|designation (?:to|for)|formerly(?: known as)?|previously(?: known as)?)\s+$/i;

/** The lists of vocabulary.ts (and STUDY_GROUPS) a word can be on, case ignored: bits of `listsOf`. */
const TARGET = 1;
const PAYLOAD = 2;
const NON_CODE_PREFIX = 4;
const STUDY_GROUP = 8;
const TARGET_PREFIX = 16;
const KNOWN_CODE_PREFIX = 32;
const MEASURE_PREFIX = 64;
const LISTS: [list: ReadonlySet<string>, bit: number][] = [
  [KNOWN_TARGETS, TARGET], [KNOWN_PAYLOAD_CODES, PAYLOAD], [NON_CODE_PREFIXES, NON_CODE_PREFIX], [STUDY_GROUPS, STUDY_GROUP],
  [TARGET_PREFIXES, TARGET_PREFIX], [KNOWN_CODE_PREFIXES, KNOWN_CODE_PREFIX], [MEASURE_PREFIXES, MEASURE_PREFIX],
];
/** Every listed word with the bits of its lists: one lookup answers `list.has(word.toUpperCase())` for all of them. */
const LISTED = new WordMap(
  () => [...new Set(LISTS.flatMap(([list]) => [...list]))].map((w) => [w, LISTS.reduce((bits, [list, bit]) => (list.has(w) ? bits | bit : bits), 0)] as const),
  'upper',
);
/** The lists `s[start, end)`, upper-cased, is on (0 for none). */
const listsOf = (s: string, start = 0, end = s.length) => LISTED.getRange(s, start, end) ?? 0;

/** A known target at word `k`. "eGFR" is a kidney measure (estimated glomerular filtration rate), not the target EGFR. */
const isKnownTarget = (words: Words, k: number) => ((LISTED.getWord(words, k) ?? 0) & TARGET) !== 0 && words.text.charCodeAt(words.starts[k]!) !== 101 /* e */;

/** The word lists above and in vocabulary.ts, looked up as their case-mapped Sets would be, straight from the text. */
const TARGET_LEADS = new FoldedWordSet(TARGET_LEAD_WORDS, 'lower');
const DESCRIPTIVE_SUFFIX_WORDS = new FoldedWordSet(DESCRIPTIVE_SUFFIXES, 'lower');
const ANTI = new FoldedWordSet(new Set(['anti']), 'lower');
/** "pan-KRAS", "pan-FGFR": a class of a known target's forms, named with the target. */
const PAN = new FoldedWordSet(new Set(['pan']), 'lower');
const STUDY_GROUP_WORDS = new FoldedWordSet(STUDY_GROUPS, 'none');
const NUMBER_LEADS = new FoldedWordSet(NUMBER_LEAD_WORDS, 'none');
/** First hyphen-separated segment of each known target ("PD" of "PD-L1"), case ignored. */
const TARGET_HEADS = new WordTable([...new Set([...KNOWN_TARGETS].filter(isAscii).map((t) => t.split('-')[0]!))], true);

const MAX_PARTS = 6;
const MAX_PART_LENGTH = 24;

interface Part {
  start: number;
  end: number;
  text: string;
}

type Verdict = 'code' | 'maybe' | 'target' | 'trial-id' | undefined;

/** Numbers that read as recent years; codes rarely use them ("ASCO 2017", "mid-2017"). */
const isYear = (s: string) => isYearAt(s, 0, s.length);

/** Is `s[start, end)` a year 1980-2039 (^(?:19[89]\d|20[0-3]\d)$)? */
function isYearAt(s: string, start: number, end: number): boolean {
  if (end - start !== 4 || runLength(s, start, isDigit) < 4) return false;
  const year = digitsValue(s, start, 4);
  return year >= 1980 && year <= 2039;
}
/** Labels that make the next word an id, not a code: "Publication Number: PF1143", "Abstract #LBA12", "HCPCS code J9354". */
const ID_LABEL = /\b(?:number|no\.?|nos\.?|id|abstract|poster|publication|presentation|booth|session|board|room|hall|suite|stand|ref\.?|reference|file|code|hcpcs)\s*[:#.]?\s*#?\s*$/i;
const upper = (s: string) => s.toUpperCase();
/** The label words of ID_LABEL, without their optional period. */
const ID_LABEL_WORDS = new WordTable(
  ['number', 'no', 'nos', 'id', 'abstract', 'poster', 'publication', 'presentation', 'booth', 'session', 'board', 'room', 'hall', 'suite', 'stand', 'ref', 'reference', 'file', 'code', 'hcpcs'],
  true,
);
const ID_LABEL_WINDOW = 30;

/** Characters ID_LABEL allows between its label and the id: `\s`, ":", "#" and ".". */
function isLabelTrail(c: number): boolean {
  return isWhiteSpace(c) || c === 58 || c === 35 || c === 46;
}

/**
 * ID_LABEL on the window before `start`. Its label must be the whole word just before the trailing
 * spaces and punctuation, so the pattern runs only when that word is a label (rarely).
 */
function hasIdLabelBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - ID_LABEL_WINDOW);
  let labelEnd = start;
  while (labelEnd > from && isLabelTrail(text.charCodeAt(labelEnd - 1))) labelEnd--;
  let labelStart = labelEnd;
  while (labelStart > from && isRegexWordChar(text.charCodeAt(labelStart - 1))) labelStart--;
  if (ID_LABEL_WORDS.find(text, labelStart, labelEnd) < 0) return false;
  return ID_LABEL.test(text.slice(from, start));
}

/** Length of the run of characters passing `test` in `s` from `from`. */
function runLength(s: string, from: number, test: (c: number) => boolean): number {
  let p = from;
  while (p < s.length && test(s.charCodeAt(p))) p++;
  return p - from;
}

/**
 * Classifies a one-part head such as "IMGN632", "DM4", "CD123", "E7080". The shapes are read as
 * runs (capitals, digits, the rest) rather than with a pattern each; each test below names the
 * pattern it stands for.
 */
function classifySingle(p: string): Verdict {
  const caps = runLength(p, 0, isAsciiUpper);
  const digits = runLength(p, caps, isDigit);
  const rest = p.length - caps - digits;
  const tail = caps + digits;
  // ^NCT\d{8}$
  if (caps === 3 && digits === 8 && rest === 0 && p.startsWith('NCT')) return 'trial-id';
  const lists = listsOf(p);
  if (lists & TARGET) return 'target';
  if (lists & PAYLOAD && /\d/.test(p)) return 'code';
  // ^([A-Z]{2,6})(\d{3,7})([A-Za-z]{0,2})$
  if (caps >= 2 && caps <= 6 && digits >= 3 && digits <= 7 && rest <= 2 && runLength(p, tail, isAsciiLetter) === rest) {
    // The prefix p[0, caps) is capitals: the lists are asked about it in place.
    const prefixLists = listsOf(p, 0, caps);
    if (prefixLists & MEASURE_PREFIX) return rest === 0 && !isYearAt(p, caps, tail) ? 'maybe' : undefined;
    if (prefixLists & (NON_CODE_PREFIX | STUDY_GROUP)) return undefined;
    if (prefixLists & TARGET_PREFIX && digits <= 3) return caps === 2 && p.startsWith('CD') ? 'target' : undefined;
    if (isYearAt(p, caps, tail) && !(prefixLists & KNOWN_CODE_PREFIX)) return undefined;
    return 'code';
  }
  // ^([A-Z]{2,5})(\d{1,2})([a-z]?)$
  if (caps >= 2 && caps <= 5 && digits >= 1 && digits <= 2 && rest <= 1 && runLength(p, tail, isAsciiLower) === rest) {
    // ^CD\d
    if (caps === 2 && p.startsWith('CD')) return 'target';
    if (listsOf(p, 0, caps) & (TARGET_PREFIX | NON_CODE_PREFIX)) return undefined;
    return 'maybe';
  }
  // ^([A-Z]{2,5})(\d{2})([A-Z])(\d{0,2})$ ("AGS67E", "AGS62P1"): a capital after two digits, which gene names rarely have.
  if (caps >= 2 && caps <= 5 && digits === 2 && rest >= 1 && rest <= 3 && isAsciiUpper(p.charCodeAt(tail)) && runLength(p, tail + 1, isDigit) === rest - 1) {
    if (caps === 2 && p.startsWith('CD')) return 'target';
    if (listsOf(p, 0, caps) & (TARGET_PREFIX | NON_CODE_PREFIX | STUDY_GROUP)) return undefined;
    return 'maybe';
  }
  // ^[A-Z]\d{3,6}[a-z]?$ ("E7080"; with three digits, "A166", a code only where the text says so: see readMaybe)
  if (caps === 1 && digits >= 3 && digits <= 6 && rest <= 1 && runLength(p, tail, isAsciiLower) === rest) return 'maybe';
  // ^[A-Z]{2,5}\d{2,4}[a-z]\d{1,3}$ ("BNT162b2")
  if (caps >= 2 && caps <= 5 && digits >= 2 && digits <= 4 && rest >= 2 && rest <= 4 && isAsciiLower(p.charCodeAt(tail)) && runLength(p, tail + 1, isDigit) === rest - 1) {
    return 'code';
  }
  // ^\d[A-Z]{2,3}\d{3,5}$ ("9MW2821"): a digit-led prefix, as some companies write theirs.
  if (caps === 0 && p.length >= 6 && isDigit(p.charCodeAt(0))) {
    const letters = runLength(p, 1, isAsciiUpper);
    const number = runLength(p, 1 + letters, isDigit);
    if (letters >= 2 && letters <= 3 && number >= 3 && number <= 5 && 1 + letters + number === p.length) return isYearAt(p, 1 + letters, p.length) ? undefined : 'code';
  }
  // ^[A-Z][a-z]{1,3}(?:[A-Z][a-z]?)?\d{3,6}$ ("Sym022", "XmAb22841"): a mixed-case prefix, which ordinary
  // words with a number also are, so a code only where the text says so.
  if (caps === 1 && digits === 0) {
    const lower = runLength(p, 1, isAsciiLower);
    let q = 1 + lower;
    if (isAsciiUpper(p.charCodeAt(q))) q += 1 + Math.min(1, runLength(p, q + 1, isAsciiLower));
    const number = runLength(p, q, isDigit);
    if (lower >= 1 && lower <= 3 && number >= 3 && number <= 6 && q + number === p.length && !isYearAt(p, q, p.length) && !isMonthLike(p)) return 'maybe';
  }
  // ^[a-z]{2}\d{3,5}$ ("bb2121")
  if (caps === 0 && runLength(p, 0, isAsciiLower) === 2 && p.length >= 5 && p.length <= 7 && runLength(p, 2, isDigit) === p.length - 2) return 'code';
  return undefined;
}

/** An antibody name that carries a payload in a conjugate name ("huC242" in "huC242-DM4"). */
const isAntibodyPart = (p: string) => /^[a-z]{1,3}[A-Z][A-Za-z]{0,3}\d{1,4}(-\d{1,2})?$/.test(p) || classifySingle(p) === 'code';

const isAsciiLetterOrDigit = (c: number) => isAsciiLetter(c) || isDigit(c);
const isCapitalOrDigit = (c: number) => isAsciiUpper(c) || isDigit(c);

/** `s` from `from` on: one to four capitals and digits that begin and end with a capital ("ME", "C3F"). */
function isCapitalsTail(s: string, from: number): boolean {
  const n = s.length - from;
  return n >= 1 && n <= 4 && isAsciiUpper(s.charCodeAt(from)) && isAsciiUpper(s.charCodeAt(s.length - 1)) && runLength(s, from, isCapitalOrDigit) === n;
}

/** Is all of `s` from `from` on ASCII letters? */
const lettersFrom = (s: string, from: number) => runLength(s, from, isAsciiLetter) === s.length - from;

/** Elements whose isotopes are written with their names ("lead-212"), of a prefix's length. */
const ELEMENT_NAMES = new Set(['lead', 'tin', 'zinc', 'iron', 'gold', 'boron']);

/**
 * Classifies a hyphenated head such as "MK-3475", "T-DM1", "SN-38", "BGB-A317", "huC242-DM4".
 * Shapes are read as runs, as in classifySingle.
 */
function classifyJoined(parts: string[], joinedLists: number): Verdict {
  const [p1, p2] = parts as [string, string];
  const last = parts[parts.length - 1]!;
  if (joinedLists & TARGET) return 'target';
  if (joinedLists & PAYLOAD) return 'code';
  if (parts.length >= 2 && listsOf(last) & PAYLOAD && parts.slice(0, -1).every(isAntibodyPart)) return 'code';
  // p1 ^[A-Z]$, p2 a payload or ^[A-Z]{2,4}\d{1,2}$
  if (parts.length === 2 && p1.length === 1 && isAsciiUpper(p1.charCodeAt(0))) {
    if (listsOf(p2) & PAYLOAD) return 'code';
    const caps2 = runLength(p2, 0, isAsciiUpper);
    const digits2 = runLength(p2, caps2, isDigit);
    if (caps2 >= 2 && caps2 <= 4 && digits2 >= 1 && digits2 <= 2 && caps2 + digits2 === p2.length) return 'maybe';
  }
  // "HuMax-TF-ADC", "HuMax-CD20": a known prefix and a target's name, an ADC's or not.
  if (parts.length <= 3 && listsOf(p1) & KNOWN_CODE_PREFIX && listsOf(p2) & TARGET && (parts.length === 2 || upper(last) === 'ADC')) return 'code';
  if (parts.length === 3) return classifyThreeParts(parts as [string, string, string], listsOf(p1));
  if (parts.length !== 2) return undefined;
  // "Dato-DXd", "HER3-DXd": a short name armed with the deruxtecan payload.
  if (p2.length === 3 && upper(p2) === 'DXD' && isAsciiUpper(p1.charCodeAt(0)) && p1.length >= 2 && p1.length <= 8 && runLength(p1, 1, isAsciiLetterOrDigit) === p1.length - 1) return 'code';
  // The prefix's lists hold capitals: looked up as p1.toUpperCase() would be (study groups also as written: "Alliance").
  const prefixLists = listsOf(p1);
  // "S-649266", "A-166": a listed capital and a number, which is also how roads, forms and models
  // are written, so a code only where the text says so (p1 ^[A-Z]$, p2 ^\d{3,6}$, not a year).
  // A capital not listed ("E-7080") is read as any prefix below.
  if (p1.length === 1 && isAsciiUpper(p1.charCodeAt(0)) && p2.length >= 3 && p2.length <= 6 && runLength(p2, 0, isDigit) === p2.length && prefixLists & NON_CODE_PREFIX) {
    return isYear(p2) ? undefined : 'maybe';
  }
  // "K-2703": a capital of no list and four to six digits, also where the text says so ("E-7080", a known prefix, is read below).
  if (p1.length === 1 && isAsciiUpper(p1.charCodeAt(0)) && !(prefixLists & KNOWN_CODE_PREFIX) && p2.length >= 4 && p2.length <= 6 && runLength(p2, 0, isDigit) === p2.length) {
    return isYear(p2) ? undefined : 'maybe';
  }
  // "IGM-8444", "PR-4455": a measure's abbreviation and a number of three digits or more.
  if (prefixLists & MEASURE_PREFIX && p1 === upper(p1)) return p2.length >= 3 && p2.length <= 8 && runLength(p2, 0, isDigit) === p2.length && !isYear(p2) ? 'maybe' : undefined;
  if (prefixLists & (NON_CODE_PREFIX | STUDY_GROUP) || STUDY_GROUP_WORDS.has(p1)) return undefined;
  const letters = p1.length >= 1 && p1.length <= 6 && lettersFrom(p1, 0); // ^[A-Za-z]{1,6}$
  const caps = p1.length >= 2 && p1.length <= 6 && runLength(p1, 0, isAsciiUpper) === p1.length; // ^[A-Z]{2,6}$
  // Mixed case only for short prefixes ("mRNA", "Debio"); "CheckMate-067" is a trial.
  const shortMixed = letters && p1.length <= 5 && !caps;
  const digits = runLength(p2, 0, isDigit);
  // p2 ^(\d{3,8})([A-Za-z]{0,2})$
  if (digits >= 3 && digits <= 8 && p2.length - digits <= 2 && lettersFrom(p2, digits) && (caps || shortMixed) && !(caps && p1.length === 1)) {
    // "Lu-177", "Ac-225", "lead-212": an element and a mass number (p1 ^[A-Z][a-z]$, or its name).
    if (((p1.length === 2 && isAsciiUpper(p1.charCodeAt(0)) && isAsciiLower(p1.charCodeAt(1))) || (!caps && ELEMENT_NAMES.has(p1.toLowerCase()))) && digits <= 3) return undefined;
    if (prefixLists & TARGET_PREFIX && digits <= 3) return undefined;
    // "NTLA-2001": a number that reads as a year makes a code only where the text says so ("ASCO-2017" is none).
    if (isYearAt(p2, 0, digits) && !(prefixLists & KNOWN_CODE_PREFIX)) return caps && digits === p2.length ? 'maybe' : undefined;
    if (p1.length >= 5 && p2.charCodeAt(0) === 48 && digits <= 3 && !(prefixLists & KNOWN_CODE_PREFIX)) return undefined; // KEYNOTE-006
    return 'code';
  }
  // "SN-38", "RVL-88": two digits make a code for a known prefix, otherwise only where the text says so (p2 ^(\d{2})([a-z]?)$).
  // So do two digits and capitals, with a digit among them: "AGS-15E", "ASG-22ME", "AGS-16C3F" (p2 ^\d{2}[A-Z](?:[A-Z0-9]{0,2}[A-Z])?$).
  if (digits === 2 && caps && (runLength(p2, 2, isAsciiLower) === p2.length - 2 ? p2.length - digits <= 1 : isCapitalsTail(p2, 2))) {
    return prefixLists & KNOWN_CODE_PREFIX ? 'code' : prefixLists & TARGET_PREFIX ? undefined : 'maybe';
  }
  // "SOL-17A07": two digits, a capital and two digits, where the text says so (p2 ^\d{2}[A-Z]\d{2}$).
  if (digits === 2 && caps && p2.length === 5 && isAsciiUpper(p2.charCodeAt(2)) && runLength(p2, 3, isDigit) === 2 && !(prefixLists & TARGET_PREFIX)) return 'maybe';
  // "U3-1402": one to three capitals and a digit, then a number (p1 ^[A-Z]{1,3}\d$, p2 ^\d{3,6}$), where the text says so.
  const p1Caps = runLength(p1, 0, isAsciiUpper);
  if (p1Caps >= 1 && p1Caps <= 3 && p1.length === p1Caps + 1 && isDigit(p1.charCodeAt(p1Caps)) && digits >= 3 && digits <= 6 && digits === p2.length) {
    return isYearAt(p2, 0, digits) || listsOf(p1) & (NON_CODE_PREFIX | TARGET_PREFIX | TARGET) ? undefined : 'maybe';
  }
  // "7HJ-3114": a digit-led prefix, as some companies write theirs, then a number (p1 ^\d[A-Z]{2,3}$, p2 ^\d{3,5}$, not a year).
  if (p1.length >= 3 && p1.length <= 4 && isDigit(p1.charCodeAt(0)) && runLength(p1, 1, isAsciiUpper) === p1.length - 1 && digits >= 3 && digits <= 5 && digits === p2.length) {
    return isYearAt(p2, 0, digits) ? undefined : 'code';
  }
  // "NNC0385-0434", "DX126-262": capitals and a number, then a number of three or four digits
  // (p1 ^[A-Z]{2,5}\d{2,5}$, p2 ^\d{3,4}$, not a year). Before "study" or "trial" it is a study number: see readHead.
  const p1Digits = p1.length - p1Caps;
  if (p1Caps >= 2 && p1Caps <= 5 && p1Digits >= 2 && p1Digits <= 5 && runLength(p1, p1Caps, isDigit) === p1Digits && digits >= 3 && digits <= 4 && digits === p2.length) {
    return isYearAt(p2, 0, digits) || listsOf(p1) & (NON_CODE_PREFIX | TARGET_PREFIX | TARGET) ? undefined : 'code';
  }
  // "BGB-A317", "KTE-C19", "SGN-CD33A", "LY-CoV555": a letter-led second part with two or more digits (^[A-Za-z]{1,4}\d{2,6}[A-Za-z]?$).
  if (caps && p1.length <= 5 && !(prefixLists & TARGET_PREFIX)) {
    const lead = runLength(p2, 0, isAsciiLetter);
    const number = runLength(p2, lead, isDigit);
    const rest = p2.length - lead - number;
    if (lead >= 1 && lead <= 4 && number >= 2 && number <= 6 && rest <= 1 && lettersFrom(p2, lead + number)) return 'code';
    // "BL-B01D1", "BL-M07D1": then a capital and one or two digits (^[A-Za-z]{1,4}\d{2,6}[A-Z]\d{1,2}$).
    if (lead >= 1 && lead <= 4 && number >= 2 && number <= 6 && rest >= 2 && rest <= 3 && isAsciiUpper(p2.charCodeAt(lead + number)) && runLength(p2, lead + number + 1, isDigit) === rest - 1) return 'code';
    // One digit: "SGN-LIV1A", "SGN-B6A", "ALT-P7" for a known prefix; with a final capital, or after a
    // single small letter ("ZN-c3"), where the text says so.
    if (lead >= 1 && lead <= 4 && number === 1 && (rest === 0 || (rest === 1 && isAsciiUpper(p2.charCodeAt(p2.length - 1))))) {
      if (prefixLists & KNOWN_CODE_PREFIX) return 'code';
      if (rest === 1 || (lead === 1 && isAsciiLower(p2.charCodeAt(0)))) return 'maybe';
    }
  }
  return undefined;
}

/**
 * Three parts: capitals, capitals and a number ("ABBV-CLS-484"), or, where the text says so,
 * capitals and two short numbers ("TORL-1-23"), which versions and sections are also written as.
 */
function classifyThreeParts([p1, p2, p3]: [string, string, string], prefixLists: number): Verdict {
  const caps1 = runLength(p1, 0, isAsciiUpper);
  if (caps1 < 2 || caps1 > 6 || caps1 !== p1.length || prefixLists & (NON_CODE_PREFIX | STUDY_GROUP | TARGET_PREFIX | TARGET)) return undefined;
  const digits3 = runLength(p3, 0, isDigit);
  if (digits3 !== p3.length) return undefined;
  const caps2 = runLength(p2, 0, isAsciiUpper);
  // p2 ^[A-Z]{2,4}$, p3 ^\d{3,6}$ (not a year)
  if (caps2 >= 2 && caps2 <= 4 && caps2 === p2.length && digits3 >= 3 && digits3 <= 6) return isYear(p3) ? undefined : 'code';
  // p1 ^[A-Z]{3,6}$, p2 ^\d{1,2}$, p3 ^\d{1,3}$
  const digits2 = runLength(p2, 0, isDigit);
  if (caps1 >= 3 && digits2 >= 1 && digits2 <= 2 && digits2 === p2.length && digits3 >= 1 && digits3 <= 3) return 'maybe';
  return undefined;
}

/**
 * How many words from word `k` make its hyphen-joined run: "BMS-986016", "anti-CD37", "DM4-loaded"
 * (at most MAX_PARTS words, none longer than MAX_PART_LENGTH).
 */
function compoundWordCount(text: string, words: Words, k: number): number {
  const { starts, ends, count } = words;
  let parts = 0;
  for (let j = k; j < count && parts < MAX_PARTS; j++) {
    if (ends[j]! - starts[j]! > MAX_PART_LENGTH) break;
    parts++;
    const end = ends[j]!;
    if (!(isCodeHyphen(codeAt(text, end)) && isWordChar(codeAt(text, end + 1)))) break;
  }
  return parts;
}

/** Are the run's words all plain lower-case ASCII ("treatment-related", "dose-escalation")? */
function isPlainLowerRun(words: Words, k: number, partCount: number): boolean {
  for (let j = k; j < k + partCount; j++) if (words.flags[j]! & (HAS_DIGIT | HAS_UPPER | NON_ASCII)) return false;
  return true;
}

/**
 * Such a run has no digit or capital, so no code shape fits it: it can only be a known target
 * written in lower case ("met-amplified"), whose first word (after "anti") begins a KNOWN_TARGETS
 * entry. Most runs are dismissed here without the strings and patterns of the full reading.
 */
function mayNameTarget(text: string, words: Words, k: number, partCount: number): boolean {
  const head = partCount > 1 && ANTI.hasWord(words, k) ? k + 1 : k;
  return TARGET_HEADS.findAscii(text, words.starts[head]!, words.ends[head]!) >= 0;
}

/** "Debio 1562", "AMG 510": a prefix word, one space, a number that is not an amount or a year. */
function readSpacedCode(text: string, word: Part): Part | undefined {
  const w = word.text;
  // ^[A-Z][A-Za-z]{1,5}$
  if (w.length < 2 || w.length > 6 || !isAsciiUpper(w.charCodeAt(0)) || runLength(w, 1, isAsciiLetter) !== w.length - 1) return undefined;
  const space = word.end;
  if (!isBlank(codeAt(text, space)) || isBlank(codeAt(text, space + 1))) return undefined;
  const n = space + 1;
  let e = n;
  while (e < text.length && e - n < 8 && isDigit(text.charCodeAt(e))) e++;
  const digits = e - n;
  if (digits === 2 && isCodeHyphen(codeAt(text, e))) return readSpacedPairCode(text, word, e);
  if (digits < 3 || digits > 7) return undefined;
  const prefix = upper(w);
  const known = KNOWN_CODE_PREFIXES.has(prefix);
  // One final letter: small ("AMG 510a"), or a capital after a known prefix ("Debio 1562M").
  const last = codeAt(text, e);
  if (((last >= 97 && last <= 122) || (known && isAsciiUpper(last))) && !isLetter(codeAt(text, e + 1))) e++;
  const next = codeAt(text, e);
  if (isDigit(next) || isLetter(next) || next === 37 /* % */) return undefined;
  // "12,5", "3.4", "10:30", "123-4": the number goes on after a mark.
  const digitAfterNext = isDigit(codeAt(text, e + 1));
  if ((next === 44 || next === 46 || next === 58) && digitAfterNext) return undefined;
  if (isCodeHyphen(next) && digitAfterNext) return undefined;
  const number = text.slice(n, n + digits);
  if (NUMBER_LEAD_WORDS.has(w) || NON_CODE_PREFIXES.has(prefix) || STUDY_GROUPS.has(w)) return undefined;
  // "Boston, MA 02110", "New York, NY 10022": a state and its ZIP code.
  if (digits === 5 && US_STATES.has(w)) return undefined;
  // "CD 123" is a target; "CD 4417" (four digits or more) is not.
  if (/^(?:CD|IL|HER|PD)$/.test(prefix) && digits < 4) return undefined;
  if (isYear(number) && !known) return undefined;
  const allCaps = w === prefix;
  if (!allCaps && !known && digits < 4) return undefined;
  if (!allCaps && isMonthLike(w)) return undefined;
  return { start: word.start, end: e, text: text.slice(word.start, e) };
}

/** The US states' and territories' postal abbreviations, which addresses write before a ZIP code. */
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '),
);

/**
 * "BAY 94-9343": a capitals prefix, one space, two digits, a hyphen and four digits (`hyphen` is
 * the hyphen's offset). Dates, phone and reference numbers are written so too, so only prefixes
 * known to write codes this way.
 */
function readSpacedPairCode(text: string, word: Part, hyphen: number): Part | undefined {
  if (!(listsOf(word.text) & KNOWN_CODE_PREFIX) || word.text !== upper(word.text)) return undefined;
  let end = hyphen + 1;
  while (end < text.length && end - hyphen <= 5 && isDigit(text.charCodeAt(end))) end++;
  const digits = end - hyphen - 1;
  const next = codeAt(text, end);
  if (digits !== 4 || isLetter(next) || isDigit(next) || isCodeHyphen(next) || ((next === 44 || next === 46 || next === 47) && isDigit(codeAt(text, end + 1)))) return undefined;
  return { start: word.start, end, text: text.slice(word.start, end) };
}

function isMonthLike(w: string): boolean {
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i.test(w);
}

/** A run's head once "anti-" and descriptive suffix words are set aside, with its verdict. */
interface Head {
  /** Index of the head's first word and how many words it has. */
  first: number;
  count: number;
  /** The head as written ("BMS-986016"). */
  text: string;
  anti: boolean;
  /** The descriptive suffix word, lower-cased ("positive" of "CD123-positive"). */
  suffix: string | undefined;
  verdict: Verdict;
  /** Where the head starts: its first word's start, or a bracketed isotope's before it ("[177Lu]Lu-CLD-212"). */
  start: number;
}

/** The strings of `count` words from `first`, from the shared word list. */
function wordTexts(words: Words, first: number, count: number): string[] {
  const texts: string[] = [];
  for (let j = first; j < first + count; j++) texts.push(words.word(j));
  return texts;
}

/**
 * The lists the words joined by "-" are on ("PD-L1" as a known target). Read in the text when its
 * hyphens are "-" (nearly always); other hyphens are replaced as the joined string would have them.
 */
function joinedListsOf(words: Words, first: number, count: number): number {
  const { text, starts, ends } = words;
  for (let j = first; j < first + count - 1; j++) {
    if (codeAt(text, ends[j]!) !== 45) return listsOf(wordTexts(words, first, count).join('-'));
  }
  return listsOf(text, starts[first]!, ends[first + count - 1]!);
}

/** A lower-case suffix word of three letters or more ("loaded", "treated"), or a listed one ("na", "or"). */
function isSuffixWord(words: Words, j: number): boolean {
  const f = words.flags[j]!;
  if (f & NON_ASCII) {
    const t = words.word(j);
    return (t === t.toLowerCase() && /^[a-zα-ω]{3,}$/.test(t)) || DESCRIPTIVE_SUFFIXES.has(t.toLowerCase());
  }
  const letters = words.ends[j]! - words.starts[j]!;
  if (!(f & (HAS_DIGIT | HAS_UPPER)) && letters >= 3) return true;
  return DESCRIPTIVE_SUFFIX_WORDS.hasWord(words, j);
}

/** A study or trial named after its number: "IMGN632-0801 study". */
const STUDY_AFTER = /^\s+(?:study|trial|protocol)\b/i;
const isAsciiDigitsOnly = (s: string) => runLength(s, 0, isDigit) === s.length;

/** ^[A-Z]{2}\d{5}$ */
const isStudyNumberShape = (s: string) => s.length === 7 && runLength(s, 0, isAsciiUpper) === 2 && runLength(s, 2, isDigit) === 5;

function readHead(words: Words, k: number, partCount: number): Head {
  const anti = partCount > 1 && ANTI.hasWord(words, k);
  const first = anti ? k + 1 : k;
  let count = anti ? partCount - 1 : partCount;
  // Split off descriptive suffix words: "CD123-positive", "DM4-loaded", "IMGN632-treated".
  let suffix: string | undefined;
  for (let j = first + 1; j < first + count; j++) {
    if (isSuffixWord(words, j)) {
      suffix = words.word(j).toLowerCase();
      count = j - first;
      break;
    }
  }
  const parts = count > 1 ? wordTexts(words, first, count) : undefined;
  const firstText = parts ? parts[0]! : words.word(first);
  let verdict = parts ? classifyJoined(parts, joinedListsOf(words, first, count)) : classifySingle(firstText);
  // "HuMax-TF-ADC": the ADC is the code's own last part (see classifyJoined).
  if (verdict === 'code' && suffix === 'adc' && count === 2 && first + 2 < words.count && words.word(first + 2) === 'ADC' && classifyJoined([...parts!, 'ADC'], 0) === 'code') {
    count = 3;
    suffix = undefined;
  }
  // "the IMGN632-0801 study": a code and its study's number.
  if (verdict === 'code' && count === 2 && isDigit(firstText.charCodeAt(firstText.length - 1)) && isAsciiDigitsOnly(parts![1]!) && STUDY_AFTER.test(words.text.slice(words.ends[first + 1]!, words.ends[first + 1]! + 10))) verdict = undefined;
  // "the BO17929 study", "the GO29365 trial": two capitals and five digits, how sponsors number their studies.
  if (verdict === 'code' && count === 1 && isStudyNumberShape(firstText) && STUDY_AFTER.test(words.text.slice(words.ends[first]!, words.ends[first]! + 10))) verdict = undefined;
  let start = words.starts[first]!;
  if (verdict === undefined && parts) {
    // "177Lu-BKR-117", "[177Lu]Lu-CLD-212", "68Ga-PSMA-11": a code labelled with its isotope.
    const labelStart = isotopeLabelStart(words, first, parts);
    if (labelStart !== undefined) {
      verdict = 'code';
      start = labelStart;
    } else if (parts.length >= 3 && parts[parts.length - 1] === 'CDx' && classifyJoined(parts.slice(0, -1), 0) === 'code') {
      // "TLX-250-CDx": a code's companion diagnostic.
      verdict = 'code';
    }
  }
  // "HER2-ADC", "IMGN853-FRα": fall back to the first part alone.
  if (verdict === undefined && count > 1) {
    const alone = classifySingle(firstText);
    if (alone !== undefined) {
      verdict = alone;
      count = 1;
    }
  }
  const text = count === 1 ? firstText : words.text.slice(start, words.ends[first + count - 1]);
  return { first, count, text, anti, suffix, verdict, start };
}

/** An isotope as radiopharmaceuticals are labelled with it: a mass number and an element ("177Lu", "99mTc", "68Ga"). */
const ISOTOPE = /^\d{1,3}m?(?:Lu|Ac|Cu|Ga|Pb|Y|I|Zr|Tc|In|F|Ra|Th|At|Bi|Sm|Tb|Ho|Re|Sc|Sr|Co|Er)$/;
/** The element alone, after a bracketed isotope: "Lu" of "[177Lu]Lu-CLD-212". */
const ELEMENT = /^(?:Lu|Ac|Cu|Ga|Pb|Y|I|Zr|Tc|In|F|Ra|Th|At|Bi|Sm|Tb|Ho|Re|Sc|Sr|Co|Er)$/;
/** A ligand's capitals and number after the isotope, even a target's ("PSMA-617", "FAPI-46"). */
const isLigandCode = (p1: string, p2: string) =>
  p1.length >= 2 && p1.length <= 6 && runLength(p1, 0, isAsciiUpper) === p1.length && p2.length >= 2 && p2.length <= 6 && runLength(p2, 0, isDigit) === p2.length;

/**
 * Where an isotope-labelled code starts, when the run's parts after the isotope make a code: "177Lu-"
 * before it, or "[177Lu]" before the element ("[225Ac]Ac-ORS-6021"). Undefined for other runs.
 */
function isotopeLabelStart(words: Words, first: number, parts: string[]): number | undefined {
  if (parts.length < 3) return undefined;
  const labelStart = ISOTOPE.test(parts[0]!) ? words.starts[first]! : bracketedIsotopeStart(words.text, words.starts[first]!, parts[0]!);
  if (labelStart === undefined) return undefined;
  const rest = parts.slice(1);
  return classifyJoined(rest, 0) === 'code' || (rest.length === 2 && isLigandCode(rest[0]!, rest[1]!)) ? labelStart : undefined;
}

/** The longest bracketed isotope: "[177mLu]". */
const MAX_BRACKETED_ISOTOPE = 8;

/** Where "[177Lu]" starts before `element` ("Lu") at `start`, the isotope being of that element; else undefined. */
function bracketedIsotopeStart(text: string, start: number, element: string): number | undefined {
  if (text.charCodeAt(start - 1) !== 93 /* ] */ || !ELEMENT.test(element)) return undefined;
  let open = start - 2;
  while (open >= 0 && start - open <= MAX_BRACKETED_ISOTOPE && text.charCodeAt(open) !== 91 /* [ */) open--;
  if (open < 0 || text.charCodeAt(open) !== 91) return undefined;
  const isotope = text.slice(open + 1, start - 1);
  return ISOTOPE.test(isotope) && isotope.endsWith(element) ? open : undefined;
}

/** Longest word previousWord reads back. */
const MAX_LEAD_LENGTH = 64;

/**
 * The word before word `k` as previousWord reads it: across blanks and at most two line breaks,
 * its last 64 characters at most; undefined when other characters come between.
 */
function leadBefore(text: string, words: Words, k: number): { start: number; end: number } | undefined {
  if (k === 0) return undefined;
  const end = words.ends[k - 1]!;
  let breaks = 0;
  for (let p = end; p < words.starts[k]!; p++) {
    const c = codeAt(text, p);
    if (isLineBreak(c)) breaks++;
    else if (!isBlank(c)) return undefined;
  }
  if (breaks > 2) return undefined;
  return { start: Math.max(words.starts[k - 1]!, end - MAX_LEAD_LENGTH), end };
}

/** A target family's capitals and a member's number of up to three digits: "GPR119" (not "ABC123", a code's shape). */
function isFamilyMember(headText: string): boolean {
  const caps = runLength(headText, 0, isAsciiUpper);
  return (listsOf(headText, 0, caps) & TARGET_PREFIX) !== 0 && runLength(headText, caps, isDigit) <= 3;
}

/** Context alone makes a target only of gene-like names: a digit or Greek letter ("CDH6", "FRα"), or a known target. */
function isGeneShaped(headText: string): boolean {
  return (
    (listsOf(headText) & TARGET) !== 0 ||
    // A target that is also a month, read only where the words around say it is one ("anti-APRIL").
    headText === 'APRIL' ||
    (/^[A-Z][A-Za-z0-9α-ωΑ-Ω.]{1,9}$/.test(headText) && /[A-Z]/.test(headText.slice(1)) && /[0-9α-ωΑ-Ω]/.test(headText) && (!/^[A-Z]{2,6}\d{3,}/.test(headText) || isFamilyMember(headText))) ||
    // Ion channels written "Nav1.7", "Cav2.2" (the point and subtype are read after, see pushTarget).
    /^(?:Na|Ca|K)v\d$/.test(headText) ||
    // A target family's member after a hyphen: "MASP-2", "DPP-4".
    (/^[A-Z]{2,6}-\d{1,3}[A-Za-z]?$/.test(headText) && (listsOf(headText, 0, headText.indexOf('-')) & TARGET_PREFIX) !== 0)
  );
}

/**
 * Finds development codes (drug-code), targets and registry trial ids. Each word is looked at once
 * with a bounded window, so the scan is linear in the text.
 */
export function recognizeCodes(text: string, words: Words): Candidate[] {
  const scan: CodeScan = { candidates: [], maybes: [], confirmed: [], next: 0 };
  const { starts, ends, flags, count: wordCount } = words;
  for (let k = nextCodeStart(text, words, 0, 0); k < wordCount; k = nextCodeStart(text, words, k + 1, scan.next)) {
    const f = flags[k]!;
    const i = starts[k]!;
    const prevChar = codeAt(text, i - 1);
    const partCount = compoundWordCount(text, words, k);
    if (partCount === 0) continue;
    scan.next = ends[k + partCount - 1]!;
    // A word joined to a preceding hyphen ("non-Hodgkin" tail, "mid-2017" tail) was part of an earlier run.
    if (isCodeHyphen(prevChar) && i >= 2 && (isLetter(codeAt(text, i - 2)) || isDigit(codeAt(text, i - 2)))) continue;
    if (isPlainLowerRun(words, k, partCount) && !mayNameTarget(text, words, k, partCount)) continue;
    // A lone ASCII word of letters fits no code shape: a known target ("EGFR"), or a spaced code ("Debio 1562").
    if (partCount === 1 && !(f & (HAS_DIGIT | NON_ASCII))) readLetterWord(text, words, k, scan);
    else readRun(text, words, k, partCount, scan);
  }
  readTargetsBeforeMechanism(text, words, scan);
  return withoutTrialNames(text, scan.maybes.length === 0 ? scan.candidates : confirmMaybes(text, scan));
}

/** Mechanism words that make the word before them a target (matched in lower case, or capitalised). */
const MECHANISM_NOUNS = new FoldedWordSet(MECHANISM_WORDS.flatMap((w) => [w, `${w}s`]), 'lower');
/** First letters of MECHANISM_NOUNS (lower case), by character code. */
const MECHANISM_NOUN_INITIALS = asciiTable(MECHANISM_WORDS.map((w) => w[0]).join(''));
const LONGEST_MECHANISM_NOUN = Math.max(...MECHANISM_WORDS.map((w) => w.length)) + 1;
/** Proteins that releases name in lower case, as words ("an oral menin inhibitor"): the code scan reads capitals only. */
const LOWER_CASE_TARGETS = new Set(['menin', 'tau', 'myostatin', 'kallikrein', 'transthyretin', 'sclerostin', 'activin', 'hepcidin', 'sortilin', 'progranulin', 'huntingtin', 'thrombin', 'renin', 'angiotensinogen', 'hemagglutinin', 'neuraminidase']);
/** Ligands whose receptor releases name in lower case ("an oral amylin receptor agonist"). */
const LOWER_CASE_LIGANDS = new Set(['estrogen', 'oestrogen', 'androgen', 'progesterone', 'glucocorticoid', 'mineralocorticoid', 'amylin', 'glucagon', 'orexin', 'ghrelin', 'apelin', 'relaxin', 'oxytocin', 'vasopressin', 'somatostatin', 'calcitonin', 'cannabinoid', 'dopamine', 'serotonin', 'histamine', 'adenosine', 'melanocortin', 'muscarinic', 'opioid', 'insulin', 'leptin', 'thrombopoietin', 'erythropoietin']);
/** TARGET_CLASS_WORDS as written in lower case. */
const TARGET_CLASS_NOUNS = new Set(TARGET_CLASS_WORDS);
/** A clotting factor's numeral ("factor XI", "Factor XIa"). */
const FACTOR_NUMERAL = /^(?:II|V|VII|VIII|IX|X|XI|XII)a?$/;
/** Enzymes named by what they make or act on: "aldosterone synthase", "glucosylceramide synthase", "xanthine oxidase". */
const ENZYME = /^(?:synthase|synthetase|hydroxylase|oxidase|reductase|dehydrogenase|isomerase|aromatase|transferase|carboxylase)$/;
/** …the word before it, a substrate's name in lower case. */
const SUBSTRATE = /^[a-z]{5,20}$/;
/** Words that describe the inhibitor, not the enzyme: "a selective synthase inhibitor". */
const NOT_SUBSTRATES = new Set(['selective', 'potent', 'novel', 'oral', 'orally', 'reversible', 'irreversible', 'covalent', 'allosteric', 'highly', 'investigational', 'topical', 'injectable', 'first', 'second', 'third', 'other', 'another', 'these', 'those', 'their']);

/**
 * Targets the code scan leaves, named right before a mechanism word: lower-case words ("an oral
 * menin inhibitor"), a ligand's receptor ("an amylin receptor agonist"), a clotting factor ("a
 * factor XIa inhibitor") and capitals that are on no list ("an ATR inhibitor", "a TEAD
 * inhibitor"); or right after one ("an inhibitor of the menin–KMT2A interaction"). Only long words
 * can be mechanism words, so most words are passed over on their flags.
 */
function readTargetsBeforeMechanism(text: string, words: Words, scan: CodeScan): void {
  const { starts, ends, flags, count } = words;
  for (let k = 1; k < count; k++) {
    if (!(flags[k]! & LONG_WORD)) continue;
    // "an antibody targeting hemagglutinin": a target in lower case right after "targeting".
    if (ends[k]! - starts[k]! === 9 && k + 1 < count && TARGETING_WORD.hasWord(words, k)) readLowerCaseTargetAt(text, words, k + 1, scan);
    let at = starts[k]! - 1;
    if (ends[k]! - at > LONGEST_MECHANISM_NOUN + 1 || !MECHANISM_NOUN_INITIALS[codeAt(text, at + 1) | 32] || !isAsciiLower(codeAt(text, at + 2))) continue;
    // A blank before the mechanism word, or a line break where the line wraps ("synthase" / "inhibitor").
    if (!isWhiteSpace(codeAt(text, at)) || !MECHANISM_NOUNS.hasWord(words, k)) continue;
    if (codeAt(text, at) === 10 && codeAt(text, at - 1) === 13) at--;
    readLowerCaseTargetAfter(text, ends[k]!, scan);
    // "an androgen receptor (AR) degrader": the name before its abbreviation.
    if (codeAt(text, at - 1) === 41) at = beforeAbbreviation(text, at - 1);
    const isoform = isoformBefore(text, at);
    if (isoform) {
      scan.candidates.push({ kind: 'target', start: isoform.start, end: at, value: text.slice(isoform.start, at) });
      continue;
    }
    let word = wordBefore(text, at);
    if (!word) continue;
    // "a GABA-A receptor positive allosteric modulator", "a CB1 receptor inverse agonist": the target is before the mechanism's adjectives.
    ({ word, at } = passOver(text, word, at, (w) => MECHANISM_ADJECTIVE.test(w.toLowerCase()), ALLOSTERIC_SIGN));
    if (!word) continue;
    // "a WRN helicase inhibitor": the target is the word before the class word ("a Kv7 potassium channel opener": before its ion).
    ({ word, at } = passOver(text, word, at, (w) => TARGET_CLASS_NOUNS.has(w), ION));
    if (!word) continue;
    const value = text.slice(word.start, at);
    if (at - word.start <= 6 && runLength(value, 0, isAsciiUpper) === value.length && value.length >= 3) {
      // Known targets are the code scan's to read, and the capitals of other lists ("FDA", "ORR") are
      // none; a target family's name is one ("HDAC", "ATR").
      if ((listsOf(value) & ~TARGET_PREFIX) === 0) scan.candidates.push({ kind: 'target', start: word.start, end: at, value });
    } else if (isLowerOrCapitalised(value) && LOWER_CASE_TARGETS.has(value.toLowerCase())) {
      scan.candidates.push({ kind: 'target', start: word.start, end: at, value: value.toLowerCase() });
    } else if (value === 'receptor' || value === 'Receptor') {
      const name = receptorNameBefore(text, word.start);
      if (name && !overlapsCandidate(scan, name.start, word.start)) scan.candidates.push({ kind: 'target', start: name.start, end: at, value: `${name.value} receptor` });
    } else if (ENZYME.test(value) && codeAt(text, word.start - 1) === 32) {
      // "an aldosterone synthase inhibitor": the enzyme named by its substrate, in lower case.
      const nameEnd = word.start - 1;
      let nameStart = nameEnd;
      while (nameStart > 0 && nameEnd - nameStart < 20 && isAsciiLower(codeAt(text, nameStart - 1))) nameStart--;
      const name = text.slice(nameStart, nameEnd);
      if (SUBSTRATE.test(name) && !isLetter(codeAt(text, nameStart - 1)) && !NOT_SUBSTRATES.has(name)) scan.candidates.push({ kind: 'target', start: nameStart, end: at, value: `${name} ${value}` });
    } else if (FACTOR_NUMERAL.test(value)) {
      const factor = wordBeforeBlank(text, word.start);
      if (factor && /^factor$/i.test(text.slice(factor.start, word.start - 1))) scan.candidates.push({ kind: 'target', start: factor.start, end: at, value: `factor ${value}` });
    }
  }
}

/**
 * "THR-β", "PPAR-δ", "ER-alpha": a receptor family's capitals (a digit among them), a hyphen and an
 * isoform's Greek letter, written or spelled, ending at `end`; not capitals of another list ("FDA").
 */
function isoformBefore(text: string, end: number): { start: number } | undefined {
  const last = codeAt(text, end - 1);
  let hyphen = end - 2;
  if (!isGreekSmall(last)) {
    let spelled = end;
    while (spelled > 0 && end - spelled < 6 && isAsciiLower(codeAt(text, spelled - 1))) spelled--;
    if (!SPELLED_GREEK.test(text.slice(spelled, end))) return undefined;
    hyphen = spelled - 1;
  }
  if (codeAt(text, hyphen) !== 45) return undefined;
  let start = hyphen;
  while (start > 0 && hyphen - start < 6 && (isAsciiUpper(codeAt(text, start - 1)) || isDigit(codeAt(text, start - 1)))) start--;
  const before = codeAt(text, start - 1);
  if (hyphen - start < 2 || !isAsciiUpper(codeAt(text, start)) || isLetter(before) || isDigit(before) || isCodeHyphen(before)) return undefined;
  return (listsOf(text, start, hyphen) & ~(TARGET | TARGET_PREFIX)) === 0 ? { start } : undefined;
}
const SPELLED_GREEK = /^(?:alpha|beta|gamma|delta)$/;

/** One of `words`, the whole string. */
const oneOf = (words: readonly string[]) => new RegExp(`^(?:${words.join('|')})$`);
const MECHANISM_ADJECTIVE = oneOf(MECHANISM_ADJECTIVES);
const ALLOSTERIC_SIGN = oneOf(ALLOSTERIC_SIGNS);
const ION = oneOf(ION_WORDS);

/**
 * Passes over the word before `at` when it is `outer`'s, and the word before that when it is
 * `inner`'s ("positive allosteric", "potassium channel"): the word before them, and where it ends.
 */
function passOver(text: string, word: { start: number }, at: number, outer: (w: string) => boolean, inner: RegExp): { word: { start: number } | undefined; at: number } {
  if (!outer(text.slice(word.start, at))) return { word, at };
  let before = wordBeforeBlank(text, word.start);
  let end = word.start - 1;
  if (before && inner.test(text.slice(before.start, end))) {
    end = before.start - 1;
    before = wordBeforeBlank(text, before.start);
  }
  return { word: before, at: end };
}

/** A receptor's name, in words the receptor is named by (at most three, as written; ligands in lower case). */
const RECEPTOR_NAME_PARTS = 3;
/** Capitals, digits, hyphens and slashes with a second capital or a digit: "NMDA", "5-HT2A", "M4", "GABA-A", "M1/M4". */
const RECEPTOR_ACRONYM = /^(?=[A-Z0-9/-]*[A-Z][A-Z0-9/-]*[A-Z0-9]|\d)[A-Z0-9][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*$/;
/** A subtype in Greek: "β3-adrenergic", "beta-3", "kappa", "μ". */
const RECEPTOR_GREEK = /^(?:[αβγδκμ]|alpha|beta|gamma|delta|kappa|mu)(?:-?\d{1,2})?(?:-(?:adrenergic|opioid))?$/i;
/** A family's word: "adrenergic", "muscarinic", and the ligands that name receptors. */
const RECEPTOR_FAMILIES = new Set([...LOWER_CASE_LIGANDS, 'adrenergic', 'nicotinic', 'glutamate', 'melatonin', 'prostaglandin', 'purinergic', 'neurokinin', 'bradykinin', 'endothelin', 'angiotensin']);
const RECEPTOR_NUMBER = /^\d{1,2}[a-z]?$/;

/**
 * The name before "receptor" in "an NMDA receptor antagonist", "a selective β3-adrenergic receptor
 * agonist", "an orexin 2 receptor agonist", "a kappa opioid receptor agonist": up to three words,
 * each a capitals name, a Greek subtype, a family's word or a subtype's number after one.
 */
function receptorNameBefore(text: string, receptorStart: number): { start: number; value: string } | undefined {
  let start = receptorStart;
  const parts: string[] = [];
  let named = false;
  while (parts.length < RECEPTOR_NAME_PARTS && codeAt(text, start - 1) === 32) {
    let s = start - 1;
    while (s > 0 && s > start - 24 && !isBlank(codeAt(text, s - 1))) s--;
    const part = text.slice(s, start - 1);
    // A word of three lower-case letters or more is no acronym's part: "FDA-approved".
    if ((RECEPTOR_ACRONYM.test(part) && !/[a-z]{3}/.test(part)) || RECEPTOR_GREEK.test(part)) named = true;
    else if (isLowerOrCapitalised(part) && RECEPTOR_FAMILIES.has(part.toLowerCase())) named = true;
    else if (!RECEPTOR_NUMBER.test(part) || parts.length > 0) break;
    const inWords = RECEPTOR_FAMILIES.has(part.toLowerCase()) || (/^[a-z]+$/i.test(part) && RECEPTOR_GREEK.test(part));
    parts.unshift(inWords ? part.toLowerCase() : part);
    start = s;
  }
  // A subtype's number needs a name before it: "orexin 2".
  if (!named || RECEPTOR_NUMBER.test(parts[0]!)) return undefined;
  return { start, value: parts.join(' ') };
}

/** Whether a candidate of the scan covers part of [start, end): the code scan read that name already ("GLP-1 receptor"). */
function overlapsCandidate(scan: CodeScan, start: number, end: number): boolean {
  for (const c of scan.candidates) if (c.start < end && c.end > start) return true;
  return false;
}

/** Where the blank before "(AR)" is, for the ")" at `close`; else `close` (no word ends there). */
function beforeAbbreviation(text: string, close: number): number {
  let open = close - 1;
  while (open > close - 8 && open > 0 && isAsciiUpper(text.charCodeAt(open))) open--;
  return open < close - 1 && codeAt(text, open) === 40 && codeAt(text, open - 1) === 32 ? open - 1 : close;
}

/** A word in lower case, or with a capital first letter only ("menin", "Menin"; not "MENIN"). */
const isLowerOrCapitalised = (word: string) => runLength(word, 1, isAsciiLower) === word.length - 1;

const TARGETING_WORD = new FoldedWordSet(new Set(['targeting']), 'lower');

/** Word `k`, one blank after "targeting", where it is a target written in lower case ("menin", "hemagglutinin"). */
function readLowerCaseTargetAt(text: string, words: Words, k: number, scan: CodeScan): void {
  const start = words.starts[k]!;
  if (words.flags[k]! & (HAS_UPPER | HAS_DIGIT) || start !== words.ends[k - 1]! + 1 || isCodeHyphen(codeAt(text, words.ends[k]!))) return;
  const word = words.word(k);
  if (LOWER_CASE_TARGETS.has(word)) scan.candidates.push({ kind: 'target', start, end: words.ends[k]!, value: word });
}

/** After a mechanism word: "an inhibitor of the menin–KMT2A interaction". */
const OF_LOWER_CASE_WORD = /^ of (?:the )?([a-z]{3,15})(?![\w-])/;

/** …or a receptor named after it: "a positive allosteric modulator of the M4 muscarinic receptor". */
const OF_RECEPTOR = /^ of (?:the )?(?:[^\s,;.()]{1,12} ){1,3}receptor(?![\w-])/;

function readLowerCaseTargetAfter(text: string, from: number, scan: CodeScan): void {
  if (!text.startsWith(' of ', from)) return;
  const m = OF_LOWER_CASE_WORD.exec(text.slice(from, from + 26));
  if (m && LOWER_CASE_TARGETS.has(m[1]!)) {
    const end = from + m[0].length;
    scan.candidates.push({ kind: 'target', start: end - m[1]!.length, end, value: m[1]! });
    return;
  }
  const receptor = OF_RECEPTOR.exec(text.slice(from, from + 60));
  if (!receptor) return;
  const end = from + receptor[0].length;
  const name = receptorNameBefore(text, end - 8);
  if (name && !overlapsCandidate(scan, name.start, end)) scan.candidates.push({ kind: 'target', start: name.start, end, value: `${name.value} receptor` });
}

/** The ASCII word of letters that ends at `end`, where it stands alone (no hyphen, digit or letter before it). */
function wordBefore(text: string, end: number): { start: number } | undefined {
  let start = end;
  while (start > 0 && end - start < 16 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start >= 16) return undefined;
  const before = codeAt(text, start - 1);
  return isCodeHyphen(before) || isDigit(before) || isLetter(before) ? undefined : { start };
}

/** The word before the word at `start`, one blank between them ("amylin" of "amylin receptor"). */
function wordBeforeBlank(text: string, start: number): { start: number } | undefined {
  return codeAt(text, start - 1) === 32 ? wordBefore(text, start - 1) : undefined;
}

/** A capital after a small letter in text[start, end): "FcRn". */
function hasInnerCapital(text: string, start: number, end: number): boolean {
  for (let p = start + 1; p < end; p++) if (isAsciiUpper(text.charCodeAt(p)) && isAsciiLower(text.charCodeAt(p - 1))) return true;
  return false;
}

/** Is `text[p]` the "x" that joins two targets in one word, a capital or "c" and a capital after it ("EGFRxHER3", "EGFRxcMET")? */
const isPairMarkAt = (text: string, p: number) =>
  text.charCodeAt(p) === 120 && (isAsciiUpper(text.charCodeAt(p + 1)) || (text.charCodeAt(p + 1) === 99 && isAsciiUpper(text.charCodeAt(p + 2))));

/** An "x" between two targets' capitals in one word: "EGFRxcMET", "PDxVEGF" (readJoinedTargets reads them). */
function hasPairMark(text: string, start: number, end: number): boolean {
  for (let p = start + 2; p < end - 2; p++) if (isPairMarkAt(text, p)) return true;
  return false;
}

/**
 * The first word from word `from` (starting at `next` or later) that may start a code or a target.
 * Every word is looked at here and few pass: compiled early, this loop meets no case it has not seen.
 */
function nextCodeStart(text: string, words: Words, from: number, next: number): number {
  const { starts, ends, flags, count } = words;
  for (let k = from; k < count; k++) {
    const f = flags[k]!;
    // Most words cannot start a code or a target: lower-case words that start no hyphenated run.
    if (!(f & (HAS_UPPER | HAS_DIGIT | NON_ASCII | HYPHEN_AFTER))) continue;
    const i = starts[k]!;
    if (i < next) continue;
    // A plain number ("2017", "25") starts nothing unless a hyphen joins it to more ("4-1BB").
    if (!(f & (HAS_UPPER | HAS_LOWER | NON_ASCII | HYPHEN_AFTER))) continue;
    // Plain words without digits start nothing either, unless a capitalised one is a target ("EGFR", "targeting INHBE") or precedes " 1562".
    if (!(f & (HAS_DIGIT | NON_ASCII | HYPHEN_AFTER))) {
      if (!(f & HAS_UPPER)) continue;
      const after = codeAt(text, ends[k]!);
      const spaced = isBlank(after) && isDigit(codeAt(text, ends[k]! + 1));
      // Capitals only ("EGFR"), a small first letter ("c-Met" runs are read elsewhere), or a capital
      // after a small letter ("FcRn"); not a capitalised word ("Met", "Kit").
      const targetShaped = ends[k]! - i <= 8 && (!(f & HAS_LOWER) || f & FIRST_LOWER || hasInnerCapital(text, i, ends[k]!));
      // Such a pair starts with two capitals ("EGFRxcMET"): Title Case words are passed over at once.
      const pair = f & HAS_LOWER && isAsciiUpper(codeAt(text, i + 1)) && ends[k]! - i <= 16 && hasPairMark(text, i, ends[k]!);
      if (!spaced && !pair && !(targetShaped && (isKnownTarget(words, k) || isUnlistedTargetAfterCue(text, words, k)))) continue;
    }
    return k;
  }
  return count;
}

/**
 * What recognizeCodes has found so far. The word loop only picks the words that may start a code;
 * the functions that read one are apart, so that compiled code for the loop stays small.
 */
interface CodeScan {
  candidates: Candidate[];
  /** Codes that count only if confirmed (see confirmMaybes). */
  maybes: Candidate[];
  /** Values of the codes taken on their own evidence: they confirm the maybes that repeat them. */
  confirmed: string[];
  /** Words before this offset belong to a run read already. */
  next: number;
}

/** The words right before a gene's symbol the lists do not know that make it a target ("an siRNA targeting INHBE"). */
const TARGETING = new FoldedWordSet(new Set(['targeting', 'targets']), 'lower');
/** What a company may be "targeting" that is no gene: kinds of drug, filings, agencies, meetings ("targeting IND submission", "targeting ASCO"). */
const NOT_TARGETS = new Set(['ADC', 'ADCS', 'CAR', 'TCE', 'AAV', 'LNP', 'RNA', 'DNA', 'CNS', 'TAA', 'IND', 'NDA', 'BLA', 'MAA', 'CTA', 'FDA', 'EMA', 'PMDA', 'NMPA', 'MHRA', 'ASCO', 'ESMO', 'AACR', 'ASH', 'EHA', 'SABCS', 'EASL', 'AASLD', 'ADA', 'EASD', 'IPO', 'KOL', 'KOLS', 'USA', 'APAC', 'EMEA']);
/** …or a word after it that says the capitals name an aim, not a gene ("targeting BTD designation"). */
const AIM_AFTER = /^\s+(?:submission|filing|application|approval|designation|meeting|presentation|readout|launch|data)\b/i;
/** Viruses' abbreviations ("a vaccine targeting RSV"): what a drug acts against, not a molecular target. */
const VIRUS = /^(?:[A-Z]{1,3}V|SARS|MERS)$/;

/** A word of three to six capitals right after "targeting": a gene's symbol, unless it names a disease or a virus. */
function isUnlistedTargetAfterCue(text: string, words: Words, k: number): boolean {
  const start = words.starts[k]!;
  const length = words.ends[k]! - start;
  if (length < 3 || length > 6 || words.flags[k]! & HAS_LOWER) return false;
  // "targeting " and "targets " end with "g " or "s ": most capitals follow neither.
  const last = codeAt(text, start - 2);
  if (codeAt(text, start - 1) !== 32 || (last !== 103 && last !== 115)) return false;
  const lead = leadBefore(text, words, k);
  // Not "a CDH6-targeting ADC": there the target stands before the cue.
  if (!lead || !TARGETING.hasRange(text, lead.start, lead.end) || isCodeHyphen(codeAt(text, lead.start - 1))) return false;
  return isUnlistedSymbol(words.word(k)) && !AIM_AFTER.test(text.slice(words.ends[k]!, words.ends[k]! + 16));
}

/** The suffixes that aim a drug at the word before them ("a MAPT-targeting antisense", "a GRPR-targeted therapy"). */
const AIMED_SUFFIXES = new Set(['targeting', 'targeted', 'directed']);

/** Three to six capitals that may be a gene's symbol no list knows: not a disease's, a virus's or another acronym. */
function isUnlistedSymbol(word: string): boolean {
  return word.length >= 3 && word.length <= 6 && runLength(word, 0, isAsciiUpper) === word.length && !isIndicationAbbreviation(word) && !VIRUS.test(word) && !NOT_TARGETS.has(word);
}

/** A lone ASCII word of letters at word `k`: a known target ("EGFR"), a gene's symbol after "targeting", or a spaced code ("Debio 1562"). */
function readLetterWord(text: string, words: Words, k: number, scan: CodeScan): void {
  const i = words.starts[k]!;
  if (isKnownTarget(words, k) || isUnlistedTargetAfterCue(text, words, k)) {
    pushTarget(text, i, words.ends[k]!, words.word(k), scan);
    return;
  }
  if (readJoinedTargets(text, i, words.ends[k]!, scan)) return;
  const claudin = readClaudin(text, i, words.ends[k]!);
  if (claudin) {
    scan.candidates.push(claudin);
    scan.next = claudin.end;
    return;
  }
  const spaced = readSpacedCode(text, { start: i, end: words.ends[k]!, text: words.word(k) });
  if (spaced) {
    scan.candidates.push({ kind: 'drug-code', start: spaced.start, end: spaced.end, value: spaced.text });
    scan.next = spaced.end;
  }
}

/** "Claudin 18.2", "Claudin 6": a target written as a word and a number (CLDN18.2, CLDN6). */
function readClaudin(text: string, start: number, end: number): Candidate | undefined {
  if (end - start !== 7 || !/^claudin$/i.test(text.slice(start, end)) || codeAt(text, end) !== 32) return undefined;
  const m = /^ \d{1,2}(?:\.\d)?(?![\d.]\d)/.exec(text.slice(end, end + 6));
  // The value is the gene symbol, as "claudin-18.2" and "a claudin 18.2 ADC" give (spelledTargets.ts).
  return m ? { kind: 'target', start, end: end + m[0].length, value: `CLDN${m[0].slice(1)}` } : undefined;
}

/**
 * A known target with Greek letters for its isoform or chains ("PI3Kα", "PPARγ"), or a known
 * interleukin's receptor ("IL-4Rα", "IL-6R", "IL-2Rβγ").
 */
function isKnownTargetVariant(headText: string): boolean {
  let end = headText.length;
  while (end > 2 && isGreekSmall(headText.charCodeAt(end - 1))) end--;
  const greek = end < headText.length;
  if (greek && listsOf(headText, 0, end) & TARGET) return true;
  return headText.startsWith('IL-') && headText.charCodeAt(end - 1) === 82 /* R */ && end > 4 && (listsOf(headText, 0, end - 1) & TARGET) !== 0;
}

/**
 * Two targets joined by a small x in one word ("CD20xCD3", "GPRC5DxCD3", "PSMAxCD28"): each a
 * target, as "CD20 x CD3" gives. Each is a known target or a numbered member of a target family.
 */
function readJoinedTargets(text: string, start: number, end: number, scan: CodeScan): boolean {
  for (let p = start + 2; p < end - 2; p++) {
    if (!isPairMarkAt(text, p)) continue;
    if (isTargetOrFamilyMember(text, start, p) && isTargetOrFamilyMember(text, p + 1, end)) {
      scan.candidates.push({ kind: 'target', start, end: p, value: text.slice(start, p) });
      pushTarget(text, p + 1, end, text.slice(p + 1, end), scan);
      return true;
    }
  }
  return false;
}

/** Is `text[start, end)` a known target, or a target family's capitals and a number ("CD28", "CD16A")? */
function isTargetOrFamilyMember(text: string, start: number, end: number): boolean {
  if (listsOf(text, start, end) & TARGET) return true;
  let digits = start;
  while (digits < end && isAsciiUpper(text.charCodeAt(digits))) digits++;
  let p = digits;
  while (p < end && isDigit(text.charCodeAt(p))) p++;
  if (p < end && isAsciiUpper(text.charCodeAt(p))) p++;
  return digits - start >= 2 && p > digits && p === end && (listsOf(text, start, digits) & TARGET_PREFIX) !== 0;
}

/** The run of `partCount` words joined by hyphens from word `k`: a target, a trial id, a code or a maybe. */
function readRun(text: string, words: Words, k: number, partCount: number, scan: CodeScan): void {
  const { starts, ends } = words;
  const { candidates } = scan;
  const i = starts[k]!;
  if (partCount === 1 && readJoinedTargets(text, i, ends[k]!, scan)) return;
  if (partCount === 2 && PAN.hasWord(words, k) && isKnownTarget(words, k + 1)) {
    pushTarget(text, i, ends[k + 1]!, text.slice(i, ends[k + 1]!), scan);
    return;
  }
  const { first, count, text: headText, anti, suffix, verdict, start } = readHead(words, k, partCount);
  const head = { start, end: ends[first + count - 1]! };
  // "anti-Claudin 18.2": the word and its number, as readLetterWord reads them without "anti-".
  const claudin = anti ? readClaudin(text, head.start, head.end) : undefined;
  if (claudin) {
    candidates.push(claudin);
    scan.next = claudin.end;
    return;
  }
  // The word before the run ("targeting CD37", "SWOG S1826").
  const lead = leadBefore(text, words, k);
  const targetContext = anti || (suffix !== undefined && TARGET_SUFFIXES.has(suffix)) || (lead !== undefined && TARGET_LEADS.hasRange(text, lead.start, lead.end));
  if (
    verdict === 'target' ||
    isKnownTargetVariant(headText) ||
    (verdict !== 'trial-id' && suffix !== 'loaded' && (targetContext || (verdict !== 'code' && namesMechanism(text, head))) && isGeneShaped(headText)) ||
    (suffix !== undefined && AIMED_SUFFIXES.has(suffix) && count === 1 && isUnlistedSymbol(headText))
  ) {
    pushTarget(text, head.start, head.end, headText, scan);
  } else if (verdict === 'trial-id') {
    candidates.push({ kind: 'trial-id', start: head.start, end: head.end, value: headText });
  } else if (verdict === 'code') {
    if (!(lead && STUDY_GROUP_WORDS.hasRange(text, lead.start, lead.end)) && !hasIdLabelBefore(text, head.start) && !namesAssayPlaceOrCellLine(text, head)) {
      candidates.push({ kind: 'drug-code', start: head.start, end: head.end, value: headText });
      scan.confirmed.push(headText);
    }
  } else if (verdict === 'maybe') {
    readMaybe(text, i, head, headText, suffix, lead, scan);
  } else if (count === 2 && isNamedPayload(text, words, first, head)) {
    candidates.push({ kind: 'drug-code', start: head.start, end: head.end, value: headText });
    scan.confirmed.push(headText);
  } else if (count === 1 && partCount === 1) {
    const spaced = readSpacedCode(text, { start: head.start, end: head.end, text: headText });
    if (spaced) {
      candidates.push({ kind: 'drug-code', start: spaced.start, end: spaced.end, value: spaced.text });
      scan.next = spaced.end;
    }
  }
}

/** A payload named so after it: "JDP-2, the Group's proprietary exatecan-derivative payload", "HPL-6, Hoshimura's proprietary payload". */
const CALLED_PAYLOAD_AFTER = /^,\s+(?:a|an|the|our|its|[A-Z][\w-]*['’]s?)\s+(?:[\w'’-]+\s+){0,4}payload\b/;
/** …or before it: "its camptothecin-derived payload, TPX-8". */
const PAYLOAD_BEFORE = /\bpayloads?,?\s+$/i;

/**
 * A payload's capitals and one digit ("TPX-8"), which versions and grades are also written as: a code
 * only where the text calls it a payload right beside it.
 */
function isNamedPayload(text: string, words: Words, first: number, head: { start: number; end: number }): boolean {
  const p2Start = words.starts[first + 1]!;
  if (words.ends[first + 1]! - p2Start !== 1 || !isDigit(codeAt(text, p2Start))) return false;
  const p1 = words.word(first);
  if (p1.length < 2 || p1.length > 5 || runLength(p1, 0, isAsciiUpper) !== p1.length) return false;
  if (listsOf(p1) & (TARGET_PREFIX | NON_CODE_PREFIX | STUDY_GROUP | TARGET)) return false;
  return CALLED_PAYLOAD_AFTER.test(text.slice(head.end, head.end + 80)) || PAYLOAD_BEFORE.test(text.slice(Math.max(0, head.start - 24), head.start));
}

/**
 * A diagnostic's antibody clone, a place or a cell line, not a drug: "PD-L1 (SP263) Assay", "clone
 * SP142", "our HT-100 facility", "in CT26 tumours", "the XR-17 cell line".
 */
const ASSAY_OR_PLACE_AFTER = /^\)?\s+(?:assays?|pharmDx|kits?|facilit(?:y|ies)|plant|campus|building|cell\s+lines?|syngeneic)\b/i;
const CLONE_BEFORE = /\bclone\s+$/i;

function namesAssayPlaceOrCellLine(text: string, head: { start: number; end: number }): boolean {
  return (
    ASSAY_OR_PLACE_AFTER.test(text.slice(head.end, head.end + 20)) ||
    CLONE_BEFORE.test(text.slice(Math.max(0, head.start - 8), head.start)) ||
    (head.end - head.start <= 10 && CELL_LINES.has(text.slice(head.start, head.end).toUpperCase()))
  );
}

/** A mechanism word after a name: "an oral SOS1 inhibitor", "an LPA1 receptor antagonist" (MECHANISM_OF_BEFORE reads one before it). */
const MECHANISM_WORD_AFTER = new RegExp(`^ (?:receptor |(?:(?:${ION_WORDS.join('|')}) )?(?:${TARGET_CLASS_WORDS.join('|')}) )?(?:${[...MECHANISM_WORDS, 'inhibition'].join('|')})s?\\b`, 'i');

/** Do the words around `head` say it is what a drug acts on? Then a gene-shaped name is a target. */
function namesMechanism(text: string, head: { start: number; end: number }): boolean {
  // Most names have neither a blank and one of the words' first letters after them nor "of" shortly before.
  // After a subtype written with a point ("Nav1.7 blocker") or more members ("CDK2/4/6 inhibitor"), as pushTarget reads them.
  let end = codeAt(text, head.end) === 46 && isDigit(codeAt(text, head.end + 1)) ? head.end + 2 : head.end;
  while (codeAt(text, end) === 47 && isDigit(codeAt(text, end + 1))) end += isDigit(codeAt(text, end + 2)) ? 3 : 2;
  if (codeAt(text, end) === 32 && MECHANISM_INITIALS[codeAt(text, end + 1) | 32] && MECHANISM_WORD_AFTER.test(text.slice(end, end + 32))) return true;
  const from = Math.max(0, head.start - 64);
  if (!hasOfBetween(text, from, head.start)) return false;
  const before = text.slice(from, head.start);
  return MECHANISM_OF_BEFORE.test(before) || (codeAt(text, head.start - 1) === 40 && MECHANISM_OF_SPELLED_OUT.test(before));
}

/** Is " of " (case ignored, across a line break too) in `text[from, to)`? */
function hasOfBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p + 4 <= to; p++) {
    if (isWhiteSpace(text.charCodeAt(p)) && (text.charCodeAt(p + 1) | 32) === 111 && (text.charCodeAt(p + 2) | 32) === 102 && isWhiteSpace(text.charCodeAt(p + 3))) return true;
  }
  return false;
}
/** First letters of the words MECHANISM_WORD_AFTER reads (lower case), by character code: "receptor", the class words and the ions too. */
const MECHANISM_INITIALS = asciiTable([...MECHANISM_WORDS, ...TARGET_CLASS_WORDS, ...ION_WORDS, 'receptor'].map((w) => w[0]).join(''));

/** Ligands whose receptor is a target of its own: "IL-23 receptor", "GLP-1 receptor". */
const LIGAND = /^(?:IL-?\d{1,2}[A-Z]?|GLP-?[12]|GIP|TNF|TSLP|HGF|VEGF|FGF\d{0,2}|TGF-?[βΒ])$/i;
/** A mutation after its gene: "KRAS G12C", "BRAF V600E". */
const MUTATION = /^ [A-Z]\d{1,4}[A-Z](?!\w|-\w*\d)/;
/** The rest of a target written with a point, a second letter or more numbers: "CLDN18.2", "IL-17A/F", "CDK4/6", "CDK2/4/6". */
const TARGET_TAIL = /^(?:\.\d(?![\d.]\d)|\/[A-Z](?![\w-])|(?:\/\d{1,2}){1,3}(?![\w/]|[.,]\d))/;
const RECEPTOR = /^ receptor(?![\w-])/i;

/** A target, with the rest of its name, mutation or receptor written after it ("CLDN18.2", "KRAS G12C", "GLP-1 receptor"). */
function pushTarget(text: string, start: number, end: number, value: string, scan: CodeScan): void {
  // Each extension starts with ".", "/" or a blank: most targets are followed by none of them.
  const c = codeAt(text, end);
  if (c !== 46 && c !== 47 && c !== 32) {
    scan.candidates.push({ kind: 'target', start, end, value });
    return;
  }
  const after = text.slice(end, end + 10);
  const tail = TARGET_TAIL.exec(after);
  // ".2" and "/6" go on a target ending with a digit, "/F" on one ending with a capital.
  if (tail && (isDigit(codeAt(text, end + 1)) ? isDigit(codeAt(text, end - 1)) : isAsciiUpper(codeAt(text, end - 1)))) {
    end += tail[0].length;
    value += tail[0];
    scan.next = Math.max(scan.next, end);
    return pushTarget(text, start, end, value, scan);
  }
  const extension = MUTATION.exec(after) ?? (LIGAND.test(value) ? RECEPTOR.exec(after) : null);
  if (extension) {
    end += extension[0].length;
    value += ` ${extension[0].slice(1)}`;
    scan.next = Math.max(scan.next, end);
  }
  scan.candidates.push({ kind: 'target', start, end, value });
}

/**
 * A run that may be a code ("B1234"): taken when its words or the text around it say so, else kept
 * as a maybe (see confirmMaybes).
 */
function readMaybe(
  text: string,
  i: number,
  head: { start: number; end: number },
  headText: string,
  suffix: string | undefined,
  lead: { start: number; end: number } | undefined,
  scan: CodeScan,
): void {
  // "Booth B1234", "SWOG S1826": not a code.
  if (lead && (NUMBER_LEADS.hasRange(text, lead.start, lead.end) || STUDY_GROUP_WORDS.hasRange(text, lead.start, lead.end))) return;
  if (namesAssayPlaceOrCellLine(text, head)) return;
  const window = text.slice(Math.max(0, head.start - 60), Math.min(text.length, head.end + 100));
  const cand: Candidate = { kind: 'drug-code', start: head.start, end: head.end, value: headText };
  if (
    suffix === 'loaded' ||
    suffix === 'conjugated' ||
    PAYLOAD_WORDS.test(window) ||
    DRUG_APPOSITIVE.test(text.slice(head.end, head.end + 80)) ||
    DRUG_IN_PHASE.test(text.slice(head.end, head.end + 100)) ||
    DRUG_LEAD.test(text.slice(Math.max(0, head.start - 24), head.start)) ||
    // In brackets after a generic name: "enfortumab vedotin (ASG-22ME)".
    (codeAt(text, head.start - 1) === 40 && endsWithDrugName(text, head.start - 1)) ||
    // … or before one: "CR845 (difelikefalin)".
    bracketedDrugNameAfter(text, head.end) ||
    (/^[A-Z]\d{4,6}[a-z]?$/.test(headText) && !hasIdLabelBefore(text, head.start)) ||
    // A known prefix ("E7080"), but not for one capital and three digits, which rooms and models also are
    // ("E450a"), nor for one digit, which genes also are ("ACE2").
    (isUpper(codeAt(text, i)) && KNOWN_CODE_PREFIXES.has(headText.replace(/\d.*$/, '')) && !/^[A-Z]\d{3}[a-z]?$/.test(headText) && !/^[A-Z]+\d[a-z]?$/.test(headText))
  ) {
    scan.candidates.push(cand);
    scan.confirmed.push(headText);
  } else {
    scan.maybes.push(cand);
  }
}

/** Does a generic name in brackets follow `end` ("CR845 (difelikefalin)", "X(difelikefalin)")? */
function bracketedDrugNameAfter(text: string, end: number): boolean {
  const open = codeAt(text, end) === 32 ? end + 1 : end;
  return codeAt(text, open) === 40 && startsWithDrugName(text, open + 1);
}

/**
 * The letters that start a code and what follows them, "NTLA-" of "NTLA-2001", "Debio " of "Debio
 * 1562": one company's codes share them. Two letters at least; '' for other codes.
 */
function codeFamily(code: string): string {
  let n = 0;
  while (n < code.length && isLetter(code.charCodeAt(n))) n++;
  return n >= 2 && n < code.length ? code.slice(0, n + 1) : '';
}

/**
 * "T-PQ2" is a code when "PQ2" was shown to be one; so is "ZR-77" in "QX-501/ZR-77" or "QX-501
 * (ZR-77)", and "NTLA-2002" where "NTLA-2001" is a code.
 */
function confirmMaybes(text: string, scan: CodeScan): Candidate[] {
  const { candidates } = scan;
  const confirmedValues = new Set(scan.confirmed);
  const codeEnds = new Set<number>();
  const codeStarts = new Set<number>();
  const families = new Set<string>();
  for (const c of candidates) {
    if (c.kind !== 'drug-code') continue;
    codeEnds.add(c.end);
    codeStarts.add(c.start);
    families.add(codeFamily(text.slice(c.start, c.end)));
  }
  families.delete('');
  for (const m of scan.maybes) {
    const v = m.value as string;
    const besideCode =
      (text[m.start - 1] === '/' && codeEnds.has(m.start - 1)) ||
      (text[m.end] === '/' && codeStarts.has(m.end + 1)) ||
      (text.slice(m.start - 2, m.start) === ' (' && codeEnds.has(m.start - 2) && text[m.end] === ')');
    if (confirmedValues.has(v) || confirmedValues.has(v.slice(v.lastIndexOf('-') + 1)) || besideCode || families.has(codeFamily(v))) candidates.push(m);
  }
  return candidates;
}
