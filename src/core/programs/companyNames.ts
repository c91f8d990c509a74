import { detach } from '../text/detach';
import { asciiTable, codeAt, isAsciiLetter, isAsciiUpper, isRegexWordChar } from '../text/chars';
import { isWhiteSpace } from '../text/whiteSpace';
import { ABSENT, WordTable } from '../text/wordTable';
import { NON_ASCII, Words } from '../text/words';

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
/** Verbs a title-case headline puts before a company's name ("to Acquire Quillon Therapeutics"): not part of it. */
const HEADLINE_VERBS = new Set(
  ['Acquire', 'Announce', 'Sign', 'Enter', 'Complete', 'Close', 'License', 'Receive', 'Join', 'Appoint', 'Select', 'Secure', 'Expand', 'Extend', 'Form', 'Sell', 'Divest', 'Buy', 'Merge', 'Grant', 'Add', 'Obtain', 'Regain', 'Terminate', 'Welcome', 'Collaborate'].flatMap((v) => [v, `${v}s`]),
);

/** How many of the companies a release names count as known by their first word in its other sentences. */
const MAX_KNOWN_COMPANIES = 50;

export interface CompanyMention {
  name: string;
  /** Offsets within the stretch of text searched. */
  start: number;
  end: number;
}

/**
 * The known names by their first run of word characters ("Eli" of "Eli Lilly", "Bristol" of
 * "Bristol-Myers Squibb"): a place in the text is looked up by the run that starts there. Each
 * run's names are tried longest first, as `\b(?:names, longest first)\b` would: at one place the
 * longest wins.
 */
const KNOWN_NAMES_BY_RUN: string[][] = [];
const KNOWN_RUNS = new WordTable(knownRuns(), false);
/** The letters a known name starts with. */
const KNOWN_INITIALS = asciiTable(KNOWN_COMPANIES.map((name) => name[0]).join(''));
function knownRuns(): string[] {
  const runs: string[] = [];
  for (const name of [...KNOWN_COMPANIES].sort((a, b) => b.length - a.length)) {
    const run = name.slice(0, wordCharsEnd(name, 0, name.length));
    let k = runs.indexOf(run);
    if (k < 0) KNOWN_NAMES_BY_RUN[(k = runs.push(run) - 1)] = [];
    KNOWN_NAMES_BY_RUN[k]!.push(name);
  }
  return runs;
}
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
  return new CompanyNames(text, issuer).find(0, text.length, alsoKnown);
}

/**
 * The companies named in a release and in each of its sentences. The text is searched once for
 * known names and company words; a sentence then takes the places that fall inside it. What a
 * sentence yields is what searching the sentence alone would: where a place found in the whole text
 * reaches over the sentence's edge, the sentence is searched on its own.
 */
export class CompanyNames {
  /** The issuer's name without its legal form, looked for in every sentence. */
  readonly issuerShort: string | undefined;
  private knownNames?: KnownName[];
  private companyWords?: number[];
  private knownList?: string[];
  /** The first word of each of knownList's names, by which a sentence may call it. */
  private knownFirstWords: string[] = [];

  /** `words`: the text's words, when the caller has them already. */
  constructor(
    readonly text: string,
    issuer?: string,
    private readonly words?: Words,
  ) {
    this.issuerShort = issuer ? issuerShortName(issuer) : undefined;
  }

  /** The first companies the whole release names ("Northwind Therapeutics, Inc."), which its sentences may call by their first word. */
  known(): string[] {
    if (this.knownList === undefined) {
      this.knownList = withoutTails(namesOf(this.search(0, this.text.length, [], []), MAX_KNOWN_COMPANIES), this.issuerShort);
      this.knownFirstWords = firstWordsOf(this.knownList);
    }
    return this.knownList;
  }

  /** The companies a sentence text[lo, hi) names, the release's known() ones by their first word too: offsets from `lo`, in text order. */
  inSentence(lo: number, hi: number): CompanyMention[] {
    const known = this.known();
    return this.search(lo, hi, known, this.knownFirstWords);
  }

  /** Companies named in text[lo, hi), as findCompanies(text.slice(lo, hi), issuer, alsoKnown) finds them: offsets from `lo`, in text order. */
  find(lo: number, hi: number, alsoKnown: string[] = []): CompanyMention[] {
    return this.search(lo, hi, alsoKnown, firstWordsOf(alsoKnown));
  }

  private search(lo: number, hi: number, alsoKnown: string[], alsoKnownFirstWords: string[]): CompanyMention[] {
    const { text, issuerShort } = this;
    const out: CompanyMention[] = [];
    const seen = new Set<string>();
    // `length`: of the text that names it, where that is shorter than the name ("Halcyon" for "Halcyon Bio").
    const add = (name: string, start: number, length = name.length) => {
      // "Halcyon" and "Halcyon Bio" are one company: compare first words.
      const key = firstWord(name).toLowerCase();
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ name: detach(name), start: start - lo, end: start - lo + length });
    };
    // Names looked for one by one are looked for in the stretch alone: a search of the whole text
    // from `lo` would run on past `hi`, for every sentence.
    const stretch = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
    if (issuerShort) {
      const k = stretch.indexOf(issuerShort);
      if (k >= 0) add(issuerShort, lo + k);
    }
    this.addKnownNames(lo, hi, add);
    // Only lists with names go on: the empty default and known()'s lists are arrays of different kinds.
    if (alsoKnown.length > 0) addAlsoKnown(stretch, lo, alsoKnown, alsoKnownFirstWords, add);
    this.addNamesWithCompanyWords(lo, hi, add);
    return out.sort((a, b) => a.start - b.start);
  }

  /** The well-known companies in text[lo, hi), in order. */
  private addKnownNames(lo: number, hi: number, add: (name: string, start: number) => void): void {
    const { text } = this;
    const all = (this.knownNames ??= knownNamesIn(text, this.words ?? new Words(text)));
    // `\b` at an edge inside a word, or a name across an edge, is seen differently in the stretch alone.
    let reread = (lo > 0 && isRegexWordChar(text.charCodeAt(lo - 1)) && isRegexWordChar(codeAt(text, lo))) || (isRegexWordChar(codeAt(text, hi - 1)) && isRegexWordChar(codeAt(text, hi)));
    const inside: KnownName[] = [];
    for (let k = firstEndingAfter(all, lo); k < all.length && all[k]!.start < hi && !reread; k++) {
      const m = all[k]!;
      if (m.start < lo || m.start + m.name.length > hi) reread = true;
      else inside.push(m);
    }
    if (reread) {
      inside.length = 0;
      knownNamesBetween(text, lo, hi, lo, hi, inside);
    }
    for (const m of inside) add(m.name, m.start);
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
function addAlsoKnown(stretch: string, lo: number, alsoKnown: string[], firstWords: string[], add: (name: string, start: number, length: number) => void): void {
  for (let i = 0; i < alsoKnown.length; i++) {
    const at = indexOfWord(stretch, firstWords[i]!);
    // Named in full, or by its first word alone ("Acme licensed …" for Acme Therapeutics).
    if (at >= 0) add(alsoKnown[i]!, lo + at, stretch.startsWith(alsoKnown[i]!, at) ? alsoKnown[i]!.length : firstWords[i]!.length);
  }
}

/**
 * Without a name that ends another one: "Genomics Holdings" beside "Xennor Genomics Holdings" is
 * the end of that name, read from a row of capitalised words that runs on from a heading ("About
 * Xennor Genomics Holdings" and the next line's "Xennor Genomics Holdings Ltd"). The issuer's own
 * name stays, whatever ends with it ("Contacts Korvena Bio", read across a heading).
 */
export function withoutTails(names: string[], issuer?: string): string[] {
  return names.filter((n) => n === issuer || !names.some((other) => other.length > n.length && other.endsWith(` ${n}`) && isNameHead(other.slice(0, -n.length), n)));
}

/**
 * Whether `head` may start a name that goes on with `name`: one or two capitalised words, no full
 * stop, none of `name`'s own ("NCT06655691. About Elorex Medicines" and "Immunotherapies Fenmion
 * Immunotherapies" are rows read across a heading, no names).
 */
function isNameHead(head: string, name: string): boolean {
  if (!NAME_HEAD.test(head)) return false;
  const own = name.split(' ');
  return !head.trim().split(' ').some((w) => own.includes(w));
}
/** One or two capitalised words with a small letter each ("PRESS RELEASE" is none), and a space. */
const NAME_HEAD = /^[A-Z][\p{Lu}\d'’-]*\p{Ll}[\p{L}\d'’-]*(?: [A-Z][\p{Lu}\d'’-]*\p{Ll}[\p{L}\d'’-]*)? $/u;

/** The names of the first `max` mentions, in an array built by push as firstWordsOf's are (one array kind). */
function namesOf(mentions: CompanyMention[], max: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < mentions.length && k < max; k++) out.push(mentions[k]!.name);
  return out;
}

/** A known name and where it stands. */
interface KnownName {
  name: string;
  start: number;
}

/**
 * The known names in a text, in order, where `\b(?:names, longest first)\b` finds them: whole
 * words, no two overlapping. A name starts with an ASCII letter after a character that is none of
 * [A-Za-z0-9_], which is where a word starts (Words) or, inside a word with letters outside ASCII,
 * where such a letter comes before an ASCII one ("Pfizer" in "éPfizer").
 */
function knownNamesIn(text: string, words: Words): KnownName[] {
  const out: KnownName[] = [];
  const { starts, ends, flags, count } = words;
  let next = 0;
  for (let k = nextKnownNameWord(text, words, 0, 0); k < count; k = nextKnownNameWord(text, words, k + 1, next)) {
    const start = starts[k]!;
    if (flags[k]! & NON_ASCII) {
      // Later words start after this one, so `next` may move up to where this one's search began.
      next = knownNamesBetween(text, Math.max(start, next), ends[k]!, 0, text.length, out);
      continue;
    }
    // A word of ASCII letters and digits is a run of word characters as `\b` sees them unless "_" follows.
    const end = ends[k]!;
    const name = knownNameAt(text, start, codeAt(text, end) === 95 ? wordCharsEnd(text, end, text.length) : end, text.length);
    if (name === undefined) continue;
    out.push({ name, start });
    next = start + name.length;
  }
  return out;
}

/**
 * The first word from word `from` (starting at `next` or later) where a known name may start: one
 * with letters outside ASCII, or one that starts with a known name's first letter and no "_" before
 * it. Every word is looked at here and few pass: compiled early, this loop meets no case it has not seen.
 */
function nextKnownNameWord(text: string, words: Words, from: number, next: number): number {
  const { starts, flags, count } = words;
  for (let k = from; k < count; k++) {
    if (flags[k]! & NON_ASCII) return k;
    const start = starts[k]!;
    if (start >= next && KNOWN_INITIALS[text.charCodeAt(start)] === 1 && codeAt(text, start - 1) !== 95) return k;
  }
  return count;
}

/**
 * The known names that start in text[from, to) where `\b` sees a word start, read character by
 * character, each ending by `hi`, with text before `lo` taken as no word character; added to `out`.
 * Returns where the last one ends, or `from`. Serves words with letters outside ASCII (whole text)
 * and sentences read alone.
 */
function knownNamesBetween(text: string, from: number, to: number, lo: number, hi: number, out: KnownName[]): number {
  let next = from;
  for (let q = from; q < to; q++) {
    if (!isAsciiLetter(text.charCodeAt(q)) || (q > lo && isRegexWordChar(text.charCodeAt(q - 1)))) continue;
    const name = knownNameAt(text, q, wordCharsEnd(text, q, hi), hi);
    if (name === undefined) continue;
    out.push({ name, start: q });
    next = q + name.length;
    q = next - 1;
  }
  return next;
}

/**
 * The known name that starts at `q` with the run of word characters text[q, runEnd) and ends at a
 * word's end no later than `hi` (`q` starts a word), longest first.
 */
function knownNameAt(text: string, q: number, runEnd: number, hi: number): string | undefined {
  const run = KNOWN_RUNS.findAscii(text, q, runEnd);
  if (run === ABSENT) return undefined;
  const names = KNOWN_NAMES_BY_RUN[run]!;
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    const end = q + name.length;
    if (end <= hi && text.startsWith(name, q) && (end === hi || !isRegexWordChar(text.charCodeAt(end)))) return name;
  }
  return undefined;
}

/** End of the run of word characters (as `\b` sees them: [A-Za-z0-9_]) from `from`, before `hi`. */
function wordCharsEnd(text: string, from: number, hi: number): number {
  let p = from;
  while (p < hi && isRegexWordChar(text.charCodeAt(p))) p++;
  return p;
}

/** Where a company word starts right after white space. */
function companyWordsAfterSpace(text: string): number[] {
  const out: number[] = [];
  COMPANY_WORD.lastIndex = 0;
  for (let m = COMPANY_WORD.exec(text); m; m = COMPANY_WORD.exec(text)) if (isWhiteSpace(codeAt(text, m.index - 1))) out.push(m.index);
  return out;
}

/** Index of the first name that ends after `offset` (names in text order, without overlaps). */
function firstEndingAfter(names: KnownName[], offset: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.start + names[mid]!.name.length <= offset) lo = mid + 1;
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
    if (!isAsciiUpper(text.charCodeAt(i))) {
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
    if (next === end || next >= hi || !isAsciiUpper(text.charCodeAt(next))) break;
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
    while (capital < end && !isAsciiUpper(text.charCodeAt(capital))) capital++;
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
  // "Acquire Quillon Therapeutics": the name starts after a headline's verb.
  const from = suffixIdx > 1 && HEADLINE_VERBS.has(text.slice(partStarts[0]!, partEnds[0]!)) ? 1 : 0;
  const first = text.slice(partStarts[from]!, partEnds[from]!);
  if (NOT_A_FIRST_WORD.has(first) || SUFFIX_WORDS.has(first)) return;
  // Keep descriptive company words ("Northwind Therapeutics"), drop legal forms ("Inc.").
  const keep = LEGAL_FORM_WORDS.has(withoutFinalMark(text.slice(partStarts[suffixIdx]!, partEnds[suffixIdx]!), false)) ? suffixIdx : suffixIdx + 1;
  let name = first;
  for (let k = from + 1; k < keep; k++) name += ' ' + text.slice(partStarts[k]!, partEnds[k]!);
  name = withoutFinalMark(name, false);
  add(keep > suffixIdx && name.endsWith('.') ? name.slice(0, -1) : name, partStarts[from]!);
}

/** Without one final comma (or, with `orFullStop`, a full stop): "Inc.," -> "Inc.", "Pharma." -> "Pharma". */
function withoutFinalMark(word: string, orFullStop: boolean): string {
  const last = word.charCodeAt(word.length - 1);
  return last === 44 || (orFullStop && last === 46) ? word.slice(0, -1) : word;
}

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

/** The first word of each name, in an array built by push (one array kind, see namesOf). */
function firstWordsOf(names: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < names.length; k++) out.push(firstWord(names[k]!));
  return out;
}


/** First place `word` stands in `text`, from `start` on, with no word character (as `\b` sees them) glued to either end. */
export function indexOfWord(text: string, word: string, start = 0): number {
  if (!word) return -1;
  const edgeStart = isRegexWordChar(word.charCodeAt(0));
  const edgeEnd = isRegexWordChar(word.charCodeAt(word.length - 1));
  for (let from = start; ; ) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    // Where to search next is reckoned before the test: a step first taken late would have the caller compiled again.
    const next = at + 1;
    const before = at > 0 && isRegexWordChar(text.charCodeAt(at - 1));
    const after = isRegexWordChar(codeAt(text, at + word.length));
    // `\b` holds at an edge where a word character meets a non-word one.
    if (before !== edgeStart && after !== edgeEnd) return at;
    from = next;
  }
}

/** "ImmunoGen, Inc." -> "ImmunoGen"; "Sakura Pharma Co., Ltd." -> "Sakura Pharma" (two legal forms, as many Asian companies write). */
export function issuerShortName(issuer: string): string {
  return issuer.replace(LEGAL_FORM_AT_END, '').replace(LEGAL_FORM_AT_END, '').trim();
}
/** A legal form at the end of a company's name, with the comma or blank before it: ", Inc.", " Co.", " K.K.". */
export const LEGAL_FORM_AT_END = /,?\s+(?:Inc|Ltd|Co|Corp|plc|AG|SA|SE|NV|N\.V|S\.A|GmbH|LLC|K\.K|Limited|Corporation)\.?$/;
