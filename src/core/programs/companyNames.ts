import { detach } from '../text/detach';
import { codeAt } from '../text/chars';
import { isWhiteSpace } from '../text/whiteSpace';

/** Company names: the issuer, well-known companies, and capitalised names ending in a company word. */
export const KNOWN_COMPANIES: readonly string[] = [
  'AbbVie', 'Amgen', 'Astellas', 'AstraZeneca', 'Bayer', 'Biogen', 'BioNTech', 'Boehringer Ingelheim',
  'Bristol Myers Squibb', 'Bristol-Myers Squibb', 'Celgene', 'Chugai', 'CytomX', 'Daiichi Sankyo', 'Debiopharm',
  'Eisai', 'Eli Lilly', 'Lilly', 'Genentech', 'Gilead', 'GlaxoSmithKline', 'GSK', 'Ipsen', 'Janssen',
  'Jazz Pharmaceuticals', 'Johnson & Johnson', 'Merck', 'MSD', 'Moderna', 'Novartis', 'Novo Nordisk', 'Otsuka',
  'Pfizer', 'Regeneron', 'Roche', 'Sanofi', 'Seagen', 'Seattle Genetics', 'Servier', 'Takeda', 'Teva', 'UCB',
  'Vertex', 'Biotest', 'Incyte', 'Exelixis', 'Genmab', 'Zymeworks', 'Mersana', 'Sutro', 'MacroGenics', 'Immunomedics',
  'Alexion', 'Allergan', 'Shire', 'Sumitomo', 'Ono', 'Kyowa Kirin', 'Hengrui', 'BeiGene', 'Innovent', 'Zai Lab',
  'Samsung Bioepis', 'Celltrion', 'Hanmi', 'Yuhan', 'Lundbeck', 'Grifols', 'Menarini', 'Almirall', 'Galapagos',
  'argenx', 'Ionis', 'Alnylam', 'BridgeBio', 'Horizon', 'Jounce', 'ImmunoGen', 'Seattle Genetics', 'ADC Therapeutics',
];

/** Words that end a company name: legal forms ("Inc.") and company words ("Therapeutics"). A set: one lookup per word. */
const SUFFIX_WORDS = new Set([
  'Inc', 'Inc.', 'Ltd', 'Ltd.', 'plc', 'AG', 'SA', 'SE', 'N.V.', 'NV', 'S.A.', 'GmbH', 'Corp', 'Corp.', 'Corporation', 'LLC', 'K.K.', 'Co.',
  'Limited', 'Pharmaceutical', 'Pharmaceuticals', 'Therapeutics', 'Biosciences', 'Biotherapeutics', 'Pharma', 'Biotech', 'Oncology',
  'Biologics', 'Bio', 'BioPharma', 'Biopharma', 'Biopharmaceuticals', 'Group', 'Holdings', 'Laboratories', 'Labs', 'Medicines', 'Sciences',
  'Health', 'Healthcare', 'Genetics', 'Biomedical', 'Immunotherapeutics', 'Bioscience', 'International',
]);
/** Legal forms, which a company's name is given without ("Inc."), unlike descriptive company words. */
const LEGAL_FORM_WORDS = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'plc', 'AG', 'SA', 'SE', 'N.V.', 'NV', 'S.A.', 'GmbH', 'Corp', 'Corp.', 'Corporation', 'LLC', 'K.K.', 'Co.', 'Limited']);
/** First words that start a phrase rather than a company name ("The Therapeutics Group"). */
const NOT_A_FIRST_WORD = new Set(['The', 'A', 'An', 'Our', 'Its', 'This', 'In', 'For', 'With', 'About', 'Under', 'From']);

/** How many of the companies a release names count as known by their first word in its other sentences. */
const MAX_KNOWN_COMPANIES = 50;

export interface CompanyMention {
  name: string;
  /** Offsets within the stretch of text searched. */
  start: number;
  end: number;
}

/** The known names as whole words, longest first: at one place the longest wins. */
const knownNamePattern = (names: readonly string[]) => new RegExp(`\\b(?:${names.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const KNOWN_NAME = knownNamePattern(KNOWN_COMPANIES);
/**
 * The same names in two searches: those that start with a capital letter, which the regex engine
 * looks for quickly (a text is mostly lower case), and the few others ("argenx").
 */
const KNOWN_CAPITALISED_NAME = knownNamePattern(KNOWN_COMPANIES.filter((c) => /^[A-Z]/.test(c)));
const KNOWN_OTHER_NAME = knownNamePattern(KNOWN_COMPANIES.filter((c) => !/^[A-Z]/.test(c)));
/**
 * Where a company word may stand (after white space, checked apart): a quick search for the words,
 * which start with a capital letter, checked word by word afterwards. Company names are rare in a
 * text, capitalised words are not.
 */
const COMPANY_WORD = new RegExp(`(?:${[...SUFFIX_WORDS].filter((w) => /^[A-Z]/.test(w)).map((w) => w.replace(/\.$/, '').replace(/\./g, '\\.')).join('|')})`, 'g');
/** How far back from a company word a row of capitalised words is followed before the whole stretch is read instead. */
const MAX_ROW_LOOKBACK = 16;

/** Companies named in a stretch of text (a sentence): known names, the issuer, "X Therapeutics, Inc.". */
export function findCompanies(text: string, issuer?: string, alsoKnown: string[] = []): CompanyMention[] {
  return new CompanyNames(text).find(0, text.length, issuer, alsoKnown);
}

/**
 * The companies named in a release and in each of its sentences. The text is searched once for
 * known names and company words; a sentence then takes the places that fall inside it. What a
 * sentence yields is what searching the sentence alone would: where a place found in the whole text
 * reaches over the sentence's edge, the sentence is searched on its own.
 */
export class CompanyNames {
  private knownNames?: RegExpExecArray[];
  private companyWords?: number[];
  private knownList?: string[];

  constructor(
    readonly text: string,
    private readonly issuer?: string,
  ) {}

  /** The first companies the whole release names ("Northwind Therapeutics, Inc."), which its sentences may call by their first word. */
  known(): string[] {
    return (this.knownList ??= namesOf(this.find(0, this.text.length, this.issuer), MAX_KNOWN_COMPANIES));
  }

  /** Companies named in text[lo, hi), as findCompanies(text.slice(lo, hi), …) finds them: offsets from `lo`, in text order. */
  find(lo: number, hi: number, issuer?: string, alsoKnown: string[] = []): CompanyMention[] {
    const { text } = this;
    const out: CompanyMention[] = [];
    const seen = new Set<string>();
    const add = (name: string, start: number) => {
      // "Halcyon" and "Halcyon Bio" are one company: compare first words.
      const key = firstWord(name).toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ name: detach(name), start: start - lo, end: start - lo + name.length });
    };
    // Names looked for one by one are looked for in the stretch alone: a search of the whole text
    // from `lo` would run on past `hi`, for every sentence.
    const stretch = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    if (issuer) {
      const short = issuerShortName(issuer);
      const k = stretch.indexOf(short);
      if (k >= 0) add(short, lo + k);
    }
    this.addKnownNames(lo, hi, add);
    // Only lists with names go on: the empty default and known()'s lists are arrays of different kinds.
    if (alsoKnown.length > 0) addAlsoKnown(stretch, lo, alsoKnown, add);
    this.addNamesWithCompanyWords(lo, hi, add);
    return out.sort((a, b) => a.start - b.start);
  }

  /** The well-known companies in text[lo, hi), in order. */
  private addKnownNames(lo: number, hi: number, add: (name: string, start: number) => void): void {
    const { text } = this;
    const all = (this.knownNames ??= knownNamesIn(text));
    // `\b` at an edge inside a word, or a name across an edge, is seen differently in the stretch alone.
    let reread = (lo > 0 && isWordChar(text.charCodeAt(lo - 1)) && isWordChar(codeAt(text, lo))) || (isWordChar(codeAt(text, hi - 1)) && isWordChar(codeAt(text, hi)));
    const inside: RegExpExecArray[] = [];
    for (let k = firstEndingAfter(all, lo); k < all.length && all[k]!.index < hi && !reread; k++) {
      const m = all[k]!;
      if (m.index < lo || m.index + m[0].length > hi) reread = true;
      else inside.push(m);
    }
    if (reread) {
      for (const m of text.slice(lo, hi).matchAll(KNOWN_NAME)) add(m[0], lo + m.index);
      return;
    }
    for (const m of inside) add(m[0], m.index);
  }

  /**
   * "Northwind Therapeutics", "Halcyon Bio, Inc.": runs of up to four capitalised words (separated by
   * white space) in which a word after the first is a company word. A name may end a sentence:
   * "… from Alderon Pharma.". Runs are read from the start of the stretch, four words at a time along
   * a row of capitalised words. Rather than reading every run, each company word that a quick search
   * finds is traced back to the start of its row, which tells the run it falls in.
   */
  private addNamesWithCompanyWords(lo: number, hi: number, add: (name: string, start: number) => void): void {
    const { text } = this;
    const words = (this.companyWords ??= companyWordsAfterSpace(text));
    let lastRun = -1;
    for (let k = firstAtOrAfter(words, lo + 1); k < words.length && words[k]! < hi; k++) {
      const at = words[k]!;
      if (!SUFFIX_WORDS.has(withoutFinalMark(text.slice(at, nameWordEnd(text, at + 1, hi)), true))) continue;
      const runStart = runStartOf(text, at, lo);
      if (runStart < 0) {
        // A very long row of capitalised words (a list of names, a title in capitals): read every run.
        readAllRuns(text, lo, hi, add);
        return;
      }
      if (runStart <= lastRun) continue;
      lastRun = runStart;
      const parts = readRun(text, runStart, hi);
      if (parts > 1) addNameWithCompanyWord(text, parts, add);
    }
  }
}

/** Names the sentence may call by their first word ("Northwind" for "Northwind Therapeutics"). */
function addAlsoKnown(stretch: string, lo: number, alsoKnown: string[], add: (name: string, start: number) => void): void {
  const firstWords = firstWordsOf(alsoKnown);
  for (let i = 0; i < alsoKnown.length; i++) {
    const at = indexOfWord(stretch, firstWords[i]!);
    if (at >= 0) add(alsoKnown[i]!, lo + at);
  }
}

/** The names of the first `max` mentions, in an array built by push as firstWordsOf's are (one array kind). */
function namesOf(mentions: CompanyMention[], max: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < mentions.length && k < max; k++) out.push(mentions[k]!.name);
  return out;
}

/**
 * The matches of KNOWN_NAME in a text, from its two parts. Their matches cannot overlap (no
 * capitalised name holds one of the others), so together, in text order, they are what KNOWN_NAME
 * finds; should two overlap all the same, KNOWN_NAME itself is used.
 */
function knownNamesIn(text: string): RegExpExecArray[] {
  const capitalised = [...text.matchAll(KNOWN_CAPITALISED_NAME)];
  const others = [...text.matchAll(KNOWN_OTHER_NAME)];
  if (others.length === 0) return capitalised;
  const all = [...capitalised, ...others].sort((a, b) => a.index - b.index);
  for (let k = 1; k < all.length; k++) if (all[k]!.index < all[k - 1]!.index + all[k - 1]![0].length) return [...text.matchAll(KNOWN_NAME)];
  return all;
}

/** Where a company word starts right after white space. */
function companyWordsAfterSpace(text: string): number[] {
  const out: number[] = [];
  COMPANY_WORD.lastIndex = 0;
  for (let m = COMPANY_WORD.exec(text); m; m = COMPANY_WORD.exec(text)) if (isWhiteSpace(codeAt(text, m.index - 1))) out.push(m.index);
  return out;
}

/** Index of the first match that ends after `offset` (matches in text order, without overlaps). */
function firstEndingAfter(matches: RegExpExecArray[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.index + matches[mid]![0].length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstAtOrAfter(offsets: number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to four capitalised words in a row: where each word starts and ends (reused between calls). */
const partStarts = new Int32Array(4);
const partEnds = new Int32Array(4);
const rowStarts = new Int32Array(MAX_ROW_LOOKBACK + 2);

/** Every run of capitalised words in text[lo, hi), from `lo`. */
function readAllRuns(text: string, lo: number, hi: number, add: (name: string, start: number) => void): void {
  for (let i = lo; i < hi; ) {
    if (!isCapital(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const parts = readRun(text, i, hi);
    if (parts > 1) addNameWithCompanyWord(text, parts, add);
    i = partEnds[parts - 1]!;
  }
}

/** Reads the run of up to four capitalised words that starts at `start` (and ends before `hi`) into partStarts/partEnds; returns how many. */
function readRun(text: string, start: number, hi: number): number {
  let parts = 0;
  for (let at = start; parts < 4; ) {
    partStarts[parts] = at;
    const end = nameWordEnd(text, at + 1, hi);
    partEnds[parts++] = end;
    let next = end;
    while (next < hi && isWhiteSpace(text.charCodeAt(next))) next++;
    if (next === end || next >= hi || !isCapital(text.charCodeAt(next))) break;
    at = next;
  }
  return parts;
}

/**
 * Where the run holding the capitalised word at `at` (white space before it) starts, looking no
 * further back than `lo`, or -1 when its row goes back more than MAX_ROW_LOOKBACK words. A row is a
 * word with a capital letter in it (the run starts at that capital), followed by words that start
 * with one, separated by white space; its runs are its words taken four at a time.
 */
function runStartOf(text: string, at: number, lo: number): number {
  const row = rowStarts;
  let count = 0;
  row[count++] = at;
  for (let pos = at; ; ) {
    if (count > MAX_ROW_LOOKBACK) return -1;
    let end = pos;
    while (end > lo && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === pos || end === lo) break;
    const start = nameWordStart(text, end, lo);
    if (start === end) break;
    let capital = start;
    while (capital < end && !isCapital(text.charCodeAt(capital))) capital++;
    if (capital === end) break;
    row[count++] = capital;
    if (capital > start) break;
    pos = start;
  }
  // row[count - 1] is the row's first word and `at` the (count - 1)-th word after it.
  const index = count - 1;
  return row[index - 4 * Math.floor(index / 4)]!;
}

function addNameWithCompanyWord(text: string, parts: number, add: (name: string, start: number) => void): void {
  let suffixIdx = -1;
  for (let k = 1; k < parts && suffixIdx < 0; k++) if (SUFFIX_WORDS.has(withoutFinalMark(text.slice(partStarts[k]!, partEnds[k]!), true))) suffixIdx = k;
  if (suffixIdx < 0) return;
  const first = text.slice(partStarts[0]!, partEnds[0]!);
  if (NOT_A_FIRST_WORD.has(first) || SUFFIX_WORDS.has(first)) return;
  // Keep descriptive company words ("Northwind Therapeutics"), drop legal forms ("Inc.").
  const keep = LEGAL_FORM_WORDS.has(withoutFinalMark(text.slice(partStarts[suffixIdx]!, partEnds[suffixIdx]!), false)) ? suffixIdx : suffixIdx + 1;
  let name = first;
  for (let k = 1; k < keep; k++) name += ' ' + text.slice(partStarts[k]!, partEnds[k]!);
  name = withoutFinalMark(name, false);
  add(keep > suffixIdx && name.endsWith('.') ? name.slice(0, -1) : name, partStarts[0]!);
}

/** Without one final comma (or, with `orFullStop`, a full stop): "Inc.," -> "Inc.", "Pharma." -> "Pharma". */
function withoutFinalMark(word: string, orFullStop: boolean): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 44 || (orFullStop && last === 46) ? word.slice(0, -1) : word;
}

const isCapital = (c: number) => c >= 65 && c <= 90;
const isNameMark = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 38 || c === 46 || c === 45;
const LETTER = /^\p{L}$/u;

/** End of the characters a company-name word may continue with before `hi`: letters, digits, ' ’ & . - (a surrogate pair counts as one letter). */
function nameWordEnd(text: string, from: number, hi: number): number {
  let p = from;
  while (p < hi) {
    const c = text.charCodeAt(p);
    if (isNameMark(c)) p++;
    else if (c < 128) break;
    else {
      const length = nonAsciiLetterLength(text, p, c, hi);
      if (length === 0) break;
      p += length;
    }
  }
  return p;
}

/** How many units the letter at `p` (c, not ASCII) takes before `hi`: 1, 2 for a surrogate pair, 0 when no letter. Apart: most names are ASCII. */
function nonAsciiLetterLength(text: string, p: number, c: number, hi: number): number {
  if (c < 0xd800 || c > 0xdfff) return LETTER.test(text[p]!) ? 1 : 0;
  return c <= 0xdbff && p + 1 < hi && LETTER.test(String.fromCodePoint(text.codePointAt(p)!)) ? 2 : 0;
}

/** Start of the company-name characters that end at `end`, looking no further back than `lo` (see nameWordEnd). */
function nameWordStart(text: string, end: number, lo: number): number {
  let p = end;
  while (p > lo) {
    const c = text.charCodeAt(p - 1);
    if (isNameMark(c)) p--;
    else if (c < 128) break;
    else {
      const length = nonAsciiLetterLengthBefore(text, p, c, lo);
      if (length === 0) break;
      p -= length;
    }
  }
  return p;
}

/** How many units the letter ending at `p` (c, not ASCII, at p - 1) takes after `lo`: see nonAsciiLetterLength. */
function nonAsciiLetterLengthBefore(text: string, p: number, c: number, lo: number): number {
  if (c < 0xd800 || c > 0xdfff) return LETTER.test(text[p - 1]!) ? 1 : 0;
  return c >= 0xdc00 && p - 2 >= lo && LETTER.test(String.fromCodePoint(text.codePointAt(p - 2)!)) ? 2 : 0;
}

/** Up to the first white space, as `name.split(/\s+/)[0]`. */
export function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && !isWhiteSpace(name.charCodeAt(end))) end++;
  return end === name.length ? name : name.slice(0, end);
}

/** The first words of a list of names (lists are not changed once made); a release's known companies are asked for in every sentence. */
const firstWordsCache = new WeakMap<string[], string[]>();
function firstWordsOf(names: string[]): string[] {
  let words = firstWordsCache.get(names);
  if (!words) firstWordsCache.set(names, (words = firstWordsOfAll(names)));
  return words;
}

function firstWordsOfAll(names: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < names.length; k++) out.push(firstWord(names[k]!));
  return out;
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** First place `word` stands in `text` with no word character (as `\b` sees them) glued to either end. */
function indexOfWord(text: string, word: string): number {
  if (!word) return -1;
  const edgeStart = isWordChar(word.charCodeAt(0));
  const edgeEnd = isWordChar(word.charCodeAt(word.length - 1));
  for (let from = 0; ; ) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    // Where to search next is reckoned before the test: a step first taken late would have the caller compiled again.
    const next = at + 1;
    const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
    const after = isWordChar(codeAt(text, at + word.length));
    // `\b` holds at an edge where a word character meets a non-word one.
    if (before !== edgeStart && after !== edgeEnd) return at;
    from = next;
  }
}

/** "ImmunoGen, Inc." -> "ImmunoGen". */
export function issuerShortName(issuer: string): string {
  // Asked for in every sentence of a release, always of the same issuer.
  if (issuer !== lastIssuer) {
    lastIssuer = issuer;
    lastShortName = issuer.replace(/,?\s+(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|S\.A\.|GmbH|Corp\.?|Corporation|LLC|Limited|Co\.)$/, '').trim();
  }
  return lastShortName;
}
let lastIssuer: string | undefined;
let lastShortName = '';
