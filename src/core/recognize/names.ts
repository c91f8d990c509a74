import { asciiLower, codeAt, isBlank, isLetter, isLineBreak, isUpper, isWordChar, wordEnd } from '../text/chars';
import type { Candidate } from './candidate';
import { WordTable } from '../text/wordTable';
import { FIRST_UPPER, HAS_DIGIT, HAS_UPPER, LONG_WORD, NON_ASCII, Words } from '../text/words';

/**
 * INN stems (WHO nomenclature) that end international nonproprietary names. Longest first so that
 * "-vedotin" wins over shorter endings.
 */
const INN_STEMS = [
  'deruxtecan', 'govitecan', 'soravtansine', 'ravtansine', 'mertansine', 'emtansine', 'mafodotin', 'vedotin',
  'tesirine', 'ozogamicin', 'talirine', 'pasritide', 'abeparvovec', 'parvovec', 'leucel', 'gliflozin', 'glutide',
  'ciclib', 'rafenib', 'tinib', 'parib', 'lisib', 'sertib', 'degib', 'zomib', 'domide', 'mustine', 'platin',
  'taxel', 'rubicin', 'tecan', 'siran', 'nersen', 'rsen', 'ximab', 'zumab', 'umab', 'mab', 'tercept', 'nercept',
  'tacept', 'bercept', 'kinra', 'leukin', 'previr', 'asvir', 'buvir', 'navir', 'tegravir', 'desivir', 'relvir',
  'ciclovir', 'lukast', 'sartan', 'prazole', 'vastatin', 'dronate', 'pegol', 'tide', 'lutide', 'relin', 'limus',
  'plirsen', 'cogene', 'degene', 'elgene', 'vec', 'fusp', 'imod', 'lisib', 'metinib', 'tansine', 'dotin', 'bart',
  // KRAS inhibitors, bispecifics and unmodified antibodies of the 2022 scheme, mRNA, HDAC and EZH2
  // inhibitors, antiandrogens, gliptins, growth factors.
  'rasib', 'mig', 'tug', 'meran', 'nostat', 'metostat', 'lutamide', 'gliptin', 'grastim', 'poetin',
  // Oral GLP-1 agonists, gene-modified and islet cell therapies.
  'glipron', 'temcel', 'lecel',
];
/**
 * Payload (or conjugate) words that follow an antibody INN: "trastuzumab emtansine", "vadastuximab
 * talirine", "inotuzumab ozogamicin", "moxetumomab pasudotox", "ibritumomab tiuxetan".
 */
const PAYLOAD_INN_WORDS = /^(?:[a-z]*(?:tansine|dotin|tecan|tesirine|talirine|sunirine|ozogamicin|duocarmazine|sudotox|aritox|tiuxetan|eribulin|vibulin)|pegol)$/;
/** English words the stems would otherwise catch. */
const NOT_INN = new Set([
  'tide', 'riptide', 'peptide', 'peptides', 'nucleotide', 'oligonucleotide', 'polypeptide', 'dipeptide', 'amide',
  'relin', 'vec', 'mab', 'platin', 'limus', 'pegol', 'tecan', 'dotin', 'interleukin', 'interleukins', 'bart', 'hobart',
  // Payloads, which name a drug only after its antibody ("a vedotin ADC").
  'vedotin', 'mafodotin', 'deruxtecan', 'govitecan', 'emtansine', 'mertansine', 'ravtansine', 'soravtansine',
  'ozogamicin', 'tesirine', 'talirine',
]);
const tailKey = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
/** The stems by their last three letters (as character codes), to try a word's ending in the text itself. */
const STEMS_BY_TAIL = new Map<number, string[]>();
/** Which three lower-case letters end a stem (see tailSlot); most words end otherwise. */
const STEM_ENDINGS = new Uint8Array(26 * 26 * 26);
const letterIndex = (c: number) => (c >= 97 && c <= 122 ? c - 97 : -1);
/** The STEM_ENDINGS slot of three characters, or -1 unless all are lower-case ASCII letters. */
function tailSlot(a: number, b: number, c: number): number {
  const x = letterIndex(a);
  const y = letterIndex(b);
  const z = letterIndex(c);
  return x < 0 || y < 0 || z < 0 ? -1 : (x * 26 + y) * 26 + z;
}
for (const stem of INN_STEMS) {
  const key = tailKey(stem.charCodeAt(stem.length - 3), stem.charCodeAt(stem.length - 2), stem.charCodeAt(stem.length - 1));
  STEMS_BY_TAIL.set(key, [...(STEMS_BY_TAIL.get(key) ?? []), stem]);
  STEM_ENDINGS[tailSlot(stem.charCodeAt(stem.length - 3), stem.charCodeAt(stem.length - 2), stem.charCodeAt(stem.length - 1))] = 1;
}

/**
 * Does the word `text[start, end)`, lower-cased, end with a stem? Checked in the text before the
 * word's string is made: most words end otherwise. (Wherever an INN is taken, its last letters are
 * lower case already, so they are looked up as they stand.)
 */
function endsWithStem(text: string, start: number, end: number): boolean {
  const a = codeAt(text, end - 3);
  const b = codeAt(text, end - 2);
  const c = codeAt(text, end - 1);
  const slot = tailSlot(a, b, c);
  if (slot < 0 || STEM_ENDINGS[slot] === 0) return false;
  const stems = STEMS_BY_TAIL.get(tailKey(a, b, c));
  if (stems === undefined) return false;
  for (const stem of stems) if (endsWith(text, start, end, stem)) return true;
  return false;
}

/** Does `text[start, end)` end with the lower-case `stem`, its own capitals read as lower case? */
function endsWith(text: string, start: number, end: number, stem: string): boolean {
  const from = end - stem.length;
  if (from < start) return false;
  for (let p = from; p < end; p++) {
    if (asciiLower(codeAt(text, p)) !== stem.charCodeAt(p - from)) return false;
  }
  return true;
}

/** English words that end as INNs do: "peptides", "oligonucleotide", "amide". */
const NOT_INN_ENDING = /(?:peptides?|nucleotides?|(?<!lut)amides?)$/;

/** Is a lower-cased word that ends with a stem (endsWithStem) no English word the stems catch? */
function isInn(word: string): boolean {
  return !NOT_INN.has(word) && !NOT_INN_ENDING.test(word);
}

/**
 * Does a generic name end just before `pos` ("enfortumab vedotin (" before "ASG-22ME")? Its last
 * word is an INN or an antibody's payload word, of five letters or more.
 */
export function endsWithDrugName(text: string, pos: number): boolean {
  let end = pos;
  while (end > 0 && isBlank(codeAt(text, end - 1))) end--;
  let start = end;
  while (start > 0 && start > end - 30 && isLetter(codeAt(text, start - 1))) start--;
  if (end - start < 5 || isLetter(codeAt(text, start - 1))) return false;
  return isDrugNameWord(text, start, end);
}

/** Does a generic name start at `pos`, blanks apart ("CR845 (" before "difelikefalin)")? Its first word is read as endsWithDrugName reads a last one. */
export function startsWithDrugName(text: string, pos: number): boolean {
  let start = pos;
  while (start < text.length && isBlank(codeAt(text, start))) start++;
  let end = start;
  while (end < text.length && end < start + 30 && isLetter(codeAt(text, end))) end++;
  if (end - start < 5 || isLetter(codeAt(text, end))) return false;
  return isDrugNameWord(text, start, end);
}

/** Is `text[start, end)` an INN or an antibody's payload word? */
function isDrugNameWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  return (endsWithStem(text, start, end) && isInn(word)) || PAYLOAD_INN_WORDS.test(word);
}

/**
 * Generic drug names (INNs) by their WHO stems, joining an antibody and its payload
 * ("mirvetuximab soravtansine"), and an "ado-"/"fam-" prefix ("ado-trastuzumab emtansine").
 */
export function recognizeDrugNames(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (let k = nextStemWord(text, words, 0, 0); k < words.count; k = nextStemWord(text, words, k + 1, next)) {
    const name = drugNameAt(text, words, k, words.flags[k]!);
    if (name === undefined) continue;
    out.push(name);
    next = name.end;
  }
  const shortened = cellTherapyShortNames(text);
  if (shortened.length === 0) return out;
  for (const c of shortened) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

/** The letters a CAR-T therapy's short name keeps of its generic name's first word: "cilta" of "ciltacabtagene", capitalised at a sentence's start. */
const SHORT_CELL_PREFIX = /^[A-Za-z][a-z]{2,5}$/;

/**
 * A cell therapy's generic name as companies shorten it: "cilta-cel" (ciltacabtagene autoleucel),
 * "ide-cel", "liso-cel", "axi-cel". No English word ends so; found with indexOf, as few releases
 * have one.
 */
function cellTherapyShortNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('-cel'); at >= 0; at = text.indexOf('-cel', at + 4)) {
    const end = at + 4;
    if (isWordChar(codeAt(text, end)) || codeAt(text, end) === 45) continue;
    let start = at;
    while (start > 0 && at - start < 7 && isLetter(codeAt(text, start - 1))) start--;
    if (isWordChar(codeAt(text, start - 1)) || codeAt(text, start - 1) === 45 || !SHORT_CELL_PREFIX.test(text.slice(start, at))) continue;
    out.push({ kind: 'drug-name', start, end, value: text.slice(start, end).toLowerCase() });
  }
  return out;
}

/**
 * The first word from word `from` (starting at `next` or later) that may be an INN: a long word of
 * letters ending with a stem. Every word is looked at here and few pass, so what happens to those
 * that do is left to the caller: compiled early, this loop meets no case it has not seen.
 */
function nextStemWord(text: string, words: Words, from: number, next: number): number {
  const { starts, ends, flags, count } = words;
  for (let k = from; k < count; k++) {
    const f = flags[k]!;
    // INNs are long words of letters only, lower case in running text or capitalised at a sentence start.
    if ((f & (LONG_WORD | HAS_DIGIT | NON_ASCII)) !== LONG_WORD || (f & HAS_UPPER && !(f & FIRST_UPPER))) continue;
    if (starts[k]! >= next && endsWithStem(text, starts[k]!, ends[k]!)) return k;
  }
  return count;
}

/**
 * The drug name at word `k` (flags `f`), which ends with a stem: most such words are names. Apart
 * from the loop over all words, which compiled code then keeps small.
 */
function drugNameAt(text: string, words: Words, k: number, f: number): Candidate | undefined {
  const i = words.starts[k]!;
  const end = words.ends[k]!;
  const word = words.word(k);
  const lower = f & FIRST_UPPER ? word.toLowerCase() : word;
  if (f & FIRST_UPPER && word.slice(1) !== lower.slice(1)) return undefined;
  // The word ends with a stem (nextStemWord) and is long (LONG_WORD): only English words are left to turn down.
  if (!isInn(lower)) return undefined;
  // "Pedersen", "Halvorsen": Nordic surnames end as antisense INNs do ("tofersen"). Capitalised, such
  // a word is a drug only where the release also writes it in lower case, as it does a generic name.
  if (f & FIRST_UPPER && lower.endsWith('rsen') && !text.includes(lower)) return undefined;
  let start = i;
  let finish = end;
  // "ado-trastuzumab", "fam-trastuzumab", "ziv-aflibercept": a three-letter prefix joined by a hyphen.
  if (i >= 4 && codeAt(text, i - 1) === 45 && /^[a-z]{3}$/i.test(text.slice(i - 4, i - 1)) && (i === 4 || !isLetter(codeAt(text, i - 5)))) {
    start = i - 4;
  }
  // Antibody + payload: "mirvetuximab soravtansine", "enfortumab vedotin-ejfv", and the newer
  // antibody stems: "raludotatug deruxtecan", "rinatabart sesutecan".
  if (lower.endsWith('mab') || lower.endsWith('tug') || lower.endsWith('bart')) finish = payloadEnd(text, end);
  // A gene-modified cell therapy's two words: "axicabtagene ciloleucel", "exagamglogene autotemcel".
  else if (lower.endsWith('leucel') || lower.endsWith('temcel')) start = geneWordStart(text, start);
  // A radiopharmaceutical's isotope before it: "lutetium (177Lu) vipivotide", "lutetium Lu 177 dotatate".
  else start = isotopeWordsStart(text, start);
  // A protein's Greek-letter word: "efgartigimod alfa", "bintrafusp alfa", "epoetin beta".
  finish = greekWordEnd(text, finish);
  if (codeAt(text, finish) === 45) {
    const after = text.slice(finish + 1, finish + 14);
    // "lenalidomide-refractory", "pembrolizumab-naive", "nivolumab-like": the patients' earlier
    // treatment or a likeness, not a program of the release.
    if (DESCRIBES_OTHER_AFTER.test(after)) return undefined;
    // A four-letter FDA suffix: "-ejfv", but not an English word ("-like", "-free").
    if (/^[a-z]{4}$/.test(after.slice(0, 4)) && !isLetter(codeAt(text, finish + 5)) && !NOT_A_SUFFIX.test(after)) finish += 5;
  }
  const value = text.slice(start, finish).toLowerCase().replace(/\s+/g, ' ');
  return { kind: 'drug-name', start, end: finish, value };
}

/** What a hyphen joins to a drug name to describe something else by it. */
const DESCRIBES_OTHER_AFTER = /^(?:like|refractory|naive|naïve|pre-?treated|resistant|exposed|experienced|intolerant|ineligible|relapsed|failed)(?![\w-])/i;
/** English words that follow a name's hyphen as FDA suffixes do. */
const NOT_A_SUFFIX = /^(?:free|type|only|dose|rich|fold|wise|size|term|time|line|arms?)(?![\w-])/;

/** The start of an element and its isotope one blank before `start` ("lutetium (177Lu) ", "lutetium Lu 177 "), else `start`. */
function isotopeWordsStart(text: string, start: number): number {
  if (codeAt(text, start - 1) !== 32) return start;
  const m = ISOTOPE_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 32), start - 1));
  return m ? start - 1 - m[0].length : start;
}
const ISOTOPE_WORDS_BEFORE = /(?<![\w-])(?:lutetium|actinium|gallium|copper|lead|iodine|yttrium|radium|thorium|astatine|zirconium|indium|technetium|fluorine|terbium)\s+(?:\(\d{1,3}m?[A-Z][a-z]?\)|[A-Z][a-z]?\s+\d{1,3}m?)$/i;

/** The start of a "-gene" word one blank before `start` ("axicabtagene" before "ciloleucel"), else `start`. */
function geneWordStart(text: string, start: number): number {
  if (codeAt(text, start - 1) !== 32) return start;
  const m = GENE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 25), start - 1));
  return m ? start - 1 - m[0].length : start;
}
const GENE_WORD_BEFORE = /(?<![\w-])[a-z]{4,}gene$/i;

/** The end of " alfa" or " beta" after a name ending at `end`, with its number ("alfa-2a"), else `end`. */
function greekWordEnd(text: string, end: number): number {
  if (codeAt(text, end) !== 32) return end;
  const m = GREEK_WORD_AFTER.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : end;
}
const GREEK_WORD_AFTER = /^ (?:alfa|beta)(?:-\d[a-z])?(?![\w-])/;

/** The end of the payload word after an antibody ending at `end` ("mirvetuximab soravtansine"), else `end`. */
function payloadEnd(text: string, end: number): number {
  let p = end;
  if (!isBlank(codeAt(text, p)) && !isLineBreak(codeAt(text, p))) return end;
  p++;
  if (codeAt(text, p - 1) === 13 && codeAt(text, p) === 10) p++;
  const e2 = wordEnd(text, p, 30);
  return PAYLOAD_INN_WORDS.test(text.slice(p, e2).toLowerCase()) ? e2 : end;
}

/** Words a mark follows that are not the brand itself ("Group™" is part of a company name). */
const GENERIC_BEFORE_MARK = new Set(['Group', 'Inc', 'Technology', 'Technologies', 'Platform', 'Platforms', 'System', 'Systems']);

/** Textual marks written for ® and ™. */
const SPELT_MARKS = ['(R)', '(TM)', '(r)', '(tm)'];

/**
 * Where the marks ®, ™, [®], [™], (R), (TM), (r) and (tm) start, in text order. A bracketed mark
 * starts at its bracket. Found with indexOf: most releases hold few or none.
 */
function markPositions(text: string): number[] {
  const found: number[] = [];
  for (const symbol of ['®', '™']) {
    for (let i = text.indexOf(symbol); i >= 0; i = text.indexOf(symbol, i + 1)) {
      found.push(codeAt(text, i - 1) === 91 && codeAt(text, i + 1) === 93 ? i - 1 : i);
    }
  }
  for (const mark of SPELT_MARKS) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) found.push(i);
  return found.sort((a, b) => a - b);
}

/** Capitalised words beside a generic name in parentheses that are not a brand: "Monotherapy (nivolumab)", "nivolumab (Monotherapy)". */
const GENERIC_BEFORE_NAME = new Set([
  'Monotherapy', 'Combination', 'Placebo', 'Treatment', 'Therapy', 'Chemotherapy', 'Immunotherapy', 'Cohort', 'Arm', 'Group', 'Control',
  'Comparator', 'Standard', 'Regimen', 'Drug', 'Drugs', 'Antibody', 'Inhibitor', 'Checkpoint', 'Biosimilar', 'Product', 'Products',
]);

/**
 * A brand in parentheses right after its generic name, unmarked: "ado-trastuzumab emtansine
 * (Kadcyla)", "pembrolizumab (KEYTRUDA; MK-3475)". One capitalised word of letters, four or more.
 */
function brandAfterName(text: string, name: Candidate): { start: number; end: number; value: string } | undefined {
  if (codeAt(text, name.end) !== 32 || codeAt(text, name.end + 1) !== 40) return undefined;
  const s = name.end + 2;
  let end = s;
  while (end < text.length && end - s < 20 && isLetter(text.charCodeAt(end))) end++;
  const close = codeAt(text, end);
  if (close !== 41 && close !== 59 && close !== 44) return undefined;
  return brandWord(text, s, end);
}

/** `text[s, end)` as a brand beside a generic name: capitalised, of 4 to 19 letters, and no word such as "Monotherapy". */
function brandWord(text: string, s: number, end: number): { start: number; end: number; value: string } | undefined {
  if (end - s < 4 || end - s >= 20 || !isUpper(codeAt(text, s))) return undefined;
  const word = text.slice(s, end);
  return GENERIC_BEFORE_NAME.has(word) ? undefined : { start: s, end, value: word };
}

/**
 * Brands of approved medicines that releases name without a mark, as written in running text and
 * in capitals: the antibody-drug conjugates and the antibodies and targeted drugs they are most
 * often compared or combined with.
 */
const KNOWN_BRANDS = new WordTable(
  [
    'Kadcyla', 'Adcetris', 'Enhertu', 'Padcev', 'Trodelvy', 'Polivy', 'Besponsa', 'Mylotarg', 'Blenrep', 'Zynlonta', 'Tivdak',
    'Elahere', 'Lumoxiti', 'Datroway', 'Keytruda', 'Opdivo', 'Yervoy', 'Tecentriq', 'Imfinzi', 'Bavencio', 'Libtayo', 'Herceptin',
    'Perjeta', 'Phesgo', 'Avastin', 'Rituxan', 'MabThera', 'Gazyva', 'Darzalex', 'Sarclisa', 'Empliciti', 'Erbitux', 'Vectibix',
    'Cyramza', 'Tagrisso', 'Lynparza', 'Zejula', 'Rubraca', 'Ibrance', 'Kisqali', 'Verzenio', 'Imbruvica', 'Calquence', 'Brukinsa',
    'Venclexta', 'Revlimid', 'Pomalyst', 'Kyprolis', 'Velcade', 'Xtandi', 'Zytiga', 'Erleada', 'Nubeqa', 'Lumakras', 'Krazati',
    'Tukysa', 'Nerlynx', 'Blincyto', 'Kymriah', 'Yescarta', 'Tecartus', 'Breyanzi', 'Abecma', 'Carvykti', 'Tecvayli', 'Elrexfio',
    'Talvey', 'Columvi', 'Epkinly', 'Lunsumio', 'Rybrevant', 'Humira', 'Stelara', 'Dupixent', 'Skyrizi', 'Rinvoq', 'Ozempic',
    'Wegovy', 'Mounjaro', 'Zepbound', 'Trulicity', 'Jardiance', 'Farxiga', 'Eliquis', 'Xarelto', 'Entresto', 'Spinraza',
    'Zolgensma', 'Leqembi', 'Kisunla', 'Aduhelm', 'Vyvgart', 'Soliris', 'Ultomiris', 'Trikafta', 'Gleevec', 'Glivec',
  ].flatMap((b) => [b, b.toUpperCase()]),
  false,
);

/**
 * A brand right before its generic name in parentheses, unmarked: "Voltrava (sefrolimab-xkvn)",
 * "OPDIVO (nivolumab)". `name` is a drug-name candidate; the word before its parenthesis is
 * capitalised, of letters only and at least four of them.
 */
function brandBeforeName(text: string, name: Candidate): { start: number; end: number; value: string } | undefined {
  const open = name.start - 1;
  if (codeAt(text, open) !== 40 || codeAt(text, open - 1) !== 32) return undefined;
  const close = codeAt(text, name.end);
  if (close !== 41 && close !== 44) return undefined;
  const end = open - 1;
  let s = end;
  while (s > 0 && end - s < 20 && isLetter(text.charCodeAt(s - 1))) s--;
  if (isLetter(codeAt(text, s - 1)) || codeAt(text, s - 1) === 45) return undefined;
  return brandWord(text, s, end);
}

/**
 * Brand names marked ® or ™ ("Kadcyla®", "Rituxan[®]") or written before their generic name in
 * parentheses (`drugNames`, the text's drug-name candidates), then other mentions of the same brands.
 */
export function recognizeBrands(text: string, words: Words = new Words(text), drugNames: readonly Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  const brands = new Set<string>();
  for (const i of markPositions(text)) {
    let s = i;
    while (s > 0 && i - s < 30 && isLetter(text.charCodeAt(s - 1))) s--;
    if (s === i || !isUpper(codeAt(text, s))) continue;
    const word = text.slice(s, i);
    if (GENERIC_BEFORE_MARK.has(word) || word.length < 3) continue;
    brands.add(word);
    out.push({ kind: 'brand', start: s, end: i, value: word });
  }
  for (const name of drugNames) {
    for (const brand of [brandBeforeName(text, name), brandAfterName(text, name)]) {
      // A brand found already (marked, or beside another name) is taken here with its other mentions below.
      if (!brand || brands.has(brand.value)) continue;
      brands.add(brand.value);
      out.push({ kind: 'brand', ...brand });
    }
  }
  // Unmarked later mentions of a brand marked once, and brands of approved medicines unmarked
  // ("Enhertu is a HER2-directed ADC").
  const marked = new Set(out.map((c) => c.start));
  for (let k = 0; k < words.count; k++) {
    if (!(words.flags[k]! & FIRST_UPPER) || marked.has(words.starts[k]!)) continue;
    const start = words.starts[k]!;
    const end = words.ends[k]!;
    // Most releases mark no brand: then only the table is asked, with no word's string made.
    const known = KNOWN_BRANDS.find(text, start, end) >= 0;
    if (!known && brands.size === 0) continue;
    const word = words.word(k);
    if (known || brands.has(word)) out.push({ kind: 'brand', start, end, value: word });
  }
  return out.sort((a, b) => a.start - b.start);
}
