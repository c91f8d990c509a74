import type { Candidate } from './candidate';
import { ABSENT, WordTable } from '../text/wordTable';
import { HYPHEN_AFTER, LONG_WORD, NON_ASCII, type Words } from '../text/words';

/**
 * Targets that releases spell out in words instead of a gene symbol: "an antibody targeting
 * alpha-synuclein", "an siRNA targeting apolipoprotein C-III", "an anti-amyloid beta antibody".
 * Each value is the name the target usually goes by, so the workspace groups "apolipoprotein
 * C-III" with "APOC3".
 */
const SPELLED_TARGETS: ReadonlyArray<readonly [source: string, value: string | ((name: string) => string)]> = [
  ['amyloid[-\\s](?:beta|β)|(?:beta|β)[-\\s]amyloid|aβ', 'amyloid beta'],
  ['(?:alpha|α)[-\\s]synuclein', 'alpha-synuclein'],
  ['apolipoprotein\\sc[-\\s](?:iii|3)', 'APOC3'],
  ['apolipoprotein\\s?\\(a\\)|lipoprotein\\s?\\(a\\)|lp\\(a\\)', 'Lp(a)'],
  ['angiopoietin[-\\s]like\\s(?:protein\\s)?3', 'ANGPTL3'],
  ['interleukin[-\\s]\\d{1,2}[a-f]?', (name) => `IL-${name.slice('interleukin-'.length).toUpperCase()}`],
  ['thymic\\sstromal\\slymphopoietin', 'TSLP'],
  ['neonatal\\sfc\\sreceptor', 'FcRn'],
  ['complement\\s(?:component\\s)?c[1-9]', (name) => name.slice(-2).toUpperCase()],
  ['complement\\sfactor\\s[bdh]', (name) => `CF${name.slice(-1).toUpperCase()}`],
  ['superoxide\\sdismutase[-\\s]1', 'SOD1'],
  ['glypican[-\\s]3', 'GPC3'],
  ['mesothelin', 'mesothelin'],
  ['tau', 'tau'],
  ['programmed\\s(?:cell\\s)?death[-\\s]ligand[-\\s]1', 'PD-L1'],
  ['programmed\\s(?:cell\\s)?death[-\\s](?:protein[-\\s])?1', 'PD-1'],
  ['glucagon[-\\s]like\\speptide[-\\s]1', 'GLP-1'],
  // Antigens of antibody-drug conjugates.
  ['tissue\\sfactor', 'TF'],
  ['folate\\sreceptor[-\\s](?:alpha|α)', 'FRα'],
  ['guanylyl\\scyclase[-\\s]c', 'GCC'],
  ['carbonic\\sanhydrase[-\\s](?:ix|9)', 'CA9'],
  ['glycoprotein\\snmb', 'gpNMB'],
  ['cadherin[-\\s]6', 'CDH6'],
  ['claudin[-\\s]?18\\.2', 'CLDN18.2'],
  ['claudin[-\\s]?6', 'CLDN6'],
];

/** Every name, as one pattern tried where a name can start: group i + 1 holds a match of SPELLED_TARGETS[i]. */
const SPELLED = new RegExp(SPELLED_TARGETS.map(([source]) => `(${source})`).join('|'), 'iy');

/** The first words of the names (ASCII ones; "α-", "β-" and "Aβ" are looked for among the other words). */
const FIRST_WORDS = new WordTable(
  ['amyloid', 'beta', 'alpha', 'apolipoprotein', 'lipoprotein', 'lp', 'angiopoietin', 'interleukin', 'thymic', 'neonatal', 'complement', 'superoxide', 'glypican', 'mesothelin', 'programmed', 'glucagon', 'tau',
    'tissue', 'folate', 'guanylyl', 'carbonic', 'glycoprotein', 'cadherin', 'claudin', 'claudin18', 'claudin6'],
  true,
);

/** Such words name the biology of a disease as often as a drug's target, so only after a cue ("targeting", "anti-") … */
const CUE_BEFORE = /(?:\banti-?|\b(?:targeting|targets|against|binds?\s+to|inhibitors?\s+of|directed\s+(?:against|at|to))\s+(?:the\s+)?)$/i;
/** … or before one ("alpha-synuclein-targeting", "amyloid beta antibody", "Lp(a)-lowering", "claudin 18.2 ADC"). */
const CUE_AFTER = /^(?:-|\s)(?:targeting|targeted|directed|specific|binding|inhibitors?|antagonists?|antibod(?:y|ies)|siRNA|lowering|silencing|ADCs?|bispecifics?|CAR[-\s]?T)\b/i;
/** A name the text abbreviates right after ("programmed death-ligand 1 (PD-L1)") is the abbreviation's to give. */
const ABBREVIATION_AFTER = /^\s?\(/;
const MAY_START = LONG_WORD | HYPHEN_AFTER | NON_ASCII;

export function recognizeSpelledTargets(text: string, words: Words): Candidate[] {
  const out: Candidate[] = [];
  const { starts, ends, flags, count } = words;
  for (let k = 0; k < count; k++) {
    const start = starts[k]!;
    const f = flags[k]!;
    // Every first word is long, joined to the next by a hyphen, Greek, "Lp" of "Lp(a)", "tau" or of six letters: the others are passed over on their flags.
    if (!(f & MAY_START) && !isShortFirstWord(text, start, ends[k]!)) continue;
    if (f & NON_ASCII ? !isGreekStart(text, start) : FIRST_WORDS.findAscii(text, start, ends[k]!) === ABSENT) continue;
    SPELLED.lastIndex = start;
    const m = SPELLED.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    if (isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(end))) continue;
    const after = text.slice(end, end + 16);
    if (ABBREVIATION_AFTER.test(after)) continue;
    if (!CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !CUE_AFTER.test(after)) continue;
    let entry = 0;
    while (m[entry + 1] === undefined) entry++;
    const value = SPELLED_TARGETS[entry]![1];
    out.push({ kind: 'target', start, end, value: typeof value === 'string' ? value : value(m[0]) });
    while (k + 1 < count && starts[k + 1]! < end) k++;
  }
  return out;
}

/** "α-", "β-" or "Aβ". */
function isGreekStart(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === 0x3b1 || c === 0x3b2 || (c === 65 && text.charCodeAt(start + 1) === 0x3b2);
}

function isShortFirstWord(text: string, start: number, end: number): boolean {
  const length = end - start;
  return length === 2 ? text.charCodeAt(end) === 40 : length === 3 ? (text.charCodeAt(start) | 32) === 116 /* t */ : length === 6; // "tissue", "folate"
}

/** A letter or digit of any script, which would make the match part of a longer word. */
function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}
