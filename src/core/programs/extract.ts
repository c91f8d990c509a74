import { programKey } from '../programKey';
import { phaseRank } from './phase';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import type { LineIndex } from '../text/lines';
import { skipSpace } from '../text/chars';
import { collapseSpaces, PARAGRAPH_BREAK } from '../text/whiteSpace';
import type { CompanyFact, DealFact, DealKind, Fact, LocalProgram, Mention, Modality, ReleaseStructure } from '../types';
import { addCompanyFact, CompanyNames, companyRole, sameCompany, type CompanyMention } from './companies';
import { firstWord } from './companyNames';
import { AGREEMENT_CUE, DEAL_CUES, EXCLUSIVE_CUE, PARTNER_CUE } from './dealCues';
import { MODALITY_RANK, modalityWords } from './modality';
import { ALLOSTERIC_SIGNS, IN_PHASE, INTO_PHASE, ION_WORDS, MECHANISM_ADJECTIVES, MECHANISM_OF_BEFORE, MECHANISM_OF_SPELLED_OUT, MECHANISM_WORDS, TARGET_CLASS_WORDS } from '../recognize/vocabulary';

export interface ExtractInput {
  file: string;
  text: string;
  mentions: Mention[];
  structure: ReleaseStructure;
  lines: LineIndex;
  /** The text's sentences, when the caller has split it already. */
  sentences?: SentenceSpan[];
  /** The companies the release names, when the caller shares them with other readers of the release. */
  companies?: CompanyNames;
}

/** Mentions that name a program. A brand alone names one only where the release says what it is (see keepsProgram). */
const NAME_KINDS = new Set(['drug-code', 'drug-name', 'brand']);
/** Facts are read from sentences with at most this many mentions (tables and dumps are skipped). */
const MAX_SENTENCE_MENTIONS = 60;
/**
 * Words that give a name's other name: "also known as", "formerly", "previously known as", "a.k.a.",
 * "f/k/a", "now named", "now designated", "now", "referred to as", "renamed", "which will be renamed", "to be
 * renamed", "to be developed as", "under the name", "INN:".
 */
const ALSO_KNOWN_AS = String.raw`(?:also\s+(?:known\s+as|called|referred\s+to\s+as)|referred\s+to\s+as|formerly(?:\s+(?:known\s+as|called|named))?|previously(?:\s+(?:known\s+as|called|named))?|a\.?k\.?a\.?|f\/k\/a|now(?:\s+(?:named|called|known\s+as|designated))?|(?:(?:which\s+)?will\s+be\s+|to\s+be\s+)?renamed(?:\s+as)?|(?:(?:which\s+)?will\s+be\s+|to\s+be\s+)?developed\s+as|under\s+the\s+name|(?:proposed\s+)?(?:INN|USAN|generic\s+name)\s*:?)`;
/**
 * Between two names, text that makes them aliases: "/", " (", " (formerly ", ", also known as ",
 * "), formerly ", " — now ", ", which we refer to as ", after a brand's mark or not.
 */
const ALIAS_LINK = new RegExp(
  String.raw`^[®™℠]?(?:\s*\/\s*|\s*\(\s*(?:(?:${ALSO_KNOWN_AS}|or)\s+)?|\)?,?\s+${ALSO_KNOWN_AS}\s+|\s*(?:[—–]|--)\s*${ALSO_KNOWN_AS}\s+|,?\s+which\s+(?:we|the\s+company)\s+refers?\s+to\s+as\s+)$`,
  'i',
);

/** A name another company or market uses: "X, which Meridia develops in Japan as Y", "X, marketed in China as Y". */
const NAMED_ELSEWHERE_AS = /^[®™]?,?\s+(?:which\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:develops|markets|commercializes|sells)\s+|(?:known|marketed|developed|sold)\s+)(?:in\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,2})?as\s+$/;

/** Words after a brand that make it a platform, not a drug: "DuoBody® technology", "XmAb® bispecific antibodies", "BiTE® molecules". */
const PLATFORM_AFTER = /^[®™℠]?(?:\s+(?:platforms?|technolog(?:y|ies)|molecules?|formats?|bispecifics?|antibod(?:y|ies)|engagers?|linkers?|payloads?|conjugates?|scaffolds?|librar(?:y|ies)|systems?|devices?|therapeutics|constructs?|modalit(?:y|ies))\b|-[\w])/i;

/** Is brand mention `m` a platform's name ("DuoBody® technology", "DuoBody®-CD3xCD20")? */
function namesPlatform(text: string, m: Mention): boolean {
  const end = m.offset + m.length;
  return PLATFORM_AFTER.test(text.slice(end, end + 16));
}

/** OPENS_WITH_WORD with a capital in its word: an abbreviation ("Temab-A", "sac-TMT"), not "first-line" or "NSCLC". */
function opensWithAbbreviation(between: string): boolean {
  const m = OPENS_WITH_WORD.exec(between);
  return m !== null && /[A-Z]/.test(m[1]!);
}

/** Between two names inside one pair of parentheses: "; ", ", also known as ", " and ". */
const PARENTHESIS_LIST = new RegExp(String.raw`^\s*(?:[;,]\s*(?:(?:${ALSO_KNOWN_AS}|or|also)\s+)?|\s+(?:and|or)\s+|\s+${ALSO_KNOWN_AS}\s+)$`, 'i');
/** "X (Temab-A; Y": one other hyphenated word first in the parentheses, then a name (see opensWithAbbreviation). */
const OPENS_WITH_WORD = new RegExp(String.raw`^\s*\((?=[\w-]{1,12}\s*[;,])(\w+-[\w-]+)\s*[;,]\s*(?:${ALSO_KNOWN_AS}\s+)?$`, 'i');
/** Between two drugs given together: "X plus Y", "X + Y", "X in combination with Y". */
const GIVEN_WITH = /^[®™]?\s*(?:\+|plus|(?:in\s+)?combination\s+with|combined\s+with)\s*$/i;
/** Words after "X/Y" that make it two drugs given together: "the X/Y regimen". */
const COMBINATION_AFTER = /^\s+(?:regimens?|combinations?|combo|doublets?|triplets?|arms?|cohorts?)\b/i;
/** Text after a name that calls it a payload: "DGN549 IGN payload", "PX7, a topoisomerase-1 inhibitor payload"; not "X uses the Y payload". */
const PAYLOAD_WORDS = /^\W{0,3}(?:(?!(?:uses?|using|with|carr\w*|contain\w*|has|have|and|plus|is|was)\b)[\w'’-]+\s+){0,6}(?:payload|cell-killing agent|warhead|toxin)|^-loaded/i;
const PAYLOAD_WORD = /payload|cell-killing agent|warhead|toxin|^-loaded/i;
/** "payload" and the name set off after it: in parentheses, behind at most two words, or after a comma. */
const PAYLOAD_SET_OFF_BEFORE = /\bpayloads?\s*(?:\(\s*(?:[\w-]+\s+){0,2}|,\s+)$/;
/** "its", "our" or "the Company's" and up to three words, right before a name. */
const OWNER_BEFORE = /\b(?:its|our|the Company's)\s+(?:[\w-]+\s+){0,3}$/i;
/** A later name of a list the owner gives: "Its pipeline includes RC-749, RC-463 and RC-512"; names of two words too ("Debio 1562"). */
const OWNER_LIST_BEFORE = /\b(?:its|our|the Company's)\s+(?:[\w-]+\s+){0,3}(?:includes?|including|comprises?|consists\s+of)\s+(?:[\w-]+(?: [\w-]+)?,\s+){0,8}(?:[\w-]+(?: [\w-]+)?,?\s+and\s+)?$/i;
const LIST_JOIN_BEFORE = /(?:,|\band)\s+$/;
/** How far back OWNER_LIST_BEFORE looks: a list of a few names. */
const OWNER_LIST_REACH = 160;
/** Every OWNER_BEFORE and OWNER_LIST_BEFORE match has one of these words; a quick test before the slower one. */
const OWNER_WORD = /its|our|company's/i;
const TARGET_CUE_BEFORE = /(?:anti-?|(?:targeting|targets|targeted|against)\s+(?:the\s+|both\s+)?|binds?\s+(?:to\s+)?|directed\s+(?:against|at|to)\s+)$/i;
/** A cue, then what kind of molecule the target is: "targets the cell-surface antigen CEACAM5", "binds the receptor tyrosine kinase AXL". */
const TARGET_CUE_DESCRIBED = /\b(?:targeting|targets|against|binds?(?:\s+to)?|directed\s+(?:against|at|to))\s+the\s+(?:[\w-]+\s+){0,3}(?:antigen|protein|glycoprotein|receptor|kinase|enzyme)\s+$/i;
/** Between the last of a list of names and its phase: "… are both in a ", "… were currently in ", "… entered ", after an appositive's comma or not. */
const PLURAL_IN_PHASE = new RegExp(String.raw`^\)?,?\s+(?:(?:are|were|have\s+been|remain)\s+(?:(?:both|each|all|now|currently)\s+)*${IN_PHASE}|(?:have\s+)?(?:(?:both|each|all|now)\s+)*${INTO_PHASE})\s+(?:(?:an?|the|ongoing|separate)\s+)*$`, 'i');
/** Between two names of a list: ", ", " and ", ", and ", after an alias's closing bracket or not. */
const LIST_JOIN = /^\)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
/** A name's appositive before the comma that ends it: ", an oral KRAS inhibitor" in "X, an oral KRAS inhibitor, and Y". */
const APPOSITIVE_THEN_COMMA = /^\)?,\s+(?:an?|the|our|its)\s+[^,;()\n]{1,60}(?=,)/i;
/** Between a phase and the list of names that have it: "preclinical pipeline includes ", "Phase 1 programs, including ". */
const PHASE_THEN_LIST = /^\s+(?:(?:pipeline|portfolio|programs?|candidates?|assets?)\s*,?\s+)?(?:includes?|including|comprises|comprising|consists\s+of|such\s+as)\s+$|^\s+(?:programs?|candidates?|assets?)\s*:\s*$/i;
/** A name designed to target one: "X is designed to selectively target mutant PI3Kα" (read over a longer stretch than the cues above). */
const DESIGNED_TO_TARGET = /\b(?:designed|engineered|intended)\s+to\s+(?:(?:selectively|specifically|potently)\s+)?target\s+(?:(?:the|mutant|mutated)\s+)?$/i;
/** A target named in full, then as the abbreviation in parentheses: "targeting folate receptor alpha (FRα)"; as a mechanism, only for the name it describes. */
const TARGET_CUE_SPELLED_OUT = /\b(?:targeting|targets|against|binds?(?:\s+to)?|directed\s+(?:against|at|to))\s+(?:[\w-]+\s+){1,4}\(\s*$/i;
/** A verb for what the drug does to the target: "designed to inhibit KRAS G12D", "selectively degrades BRD9"; a mechanism, as below. */
const ACTS_ON_BEFORE = /\b(?:inhibit(?:s|ing)?|degrad(?:e|es|ing)|block(?:s|ing)?|antagoniz(?:e|es|ing)|activat(?:e|es|ing))\s+(?:the\s+)?$/i;
const TARGET_CUE_AFTER = /^\)?(?:-|\s)(?:targeting|targeted|directed|specific|binding|lowering|silencing)\b/i;
/**
 * A mechanism after the target ("a KRAS G12C inhibitor", "IL-23 receptor antagonist") or before it
 * ("an inhibitor of the paracaspase MALT1"). Programs are described so, but so are the drugs they are
 * given with ("in combination with a PD-1 inhibitor"): such a target goes only to a name it describes.
 */
const MECHANISM_AFTER = new RegExp(
  `^(?:\\s+receptors?|\\s+exon\\s+\\d{1,2}(?:\\s+(?:insertion|deletion|skipping)s?)?)?(?:\\s+\\([A-Z]{1,6}\\))?(?:-(?:selective|specific))?(?:-|\\s+)(?:T[-\\s]cell[-\\s]|(?:tyrosine\\s+)?(?:${TARGET_CLASS_WORDS.join('|')})\\s+)?(?:(?:dual|triple)\\s+)?(?:(?:${ALLOSTERIC_SIGNS.join('|')})\\s+)?(?:(?:${MECHANISM_ADJECTIVES.join('|')})\\s+)?(?:(?:${ION_WORDS.join('|')})\\s+channel\\s+)?(?:${MECHANISM_WORDS.join('|')}|activator|antibod(?:y|ies)|ADC|bispecific|siRNA|vaccine|engager|engaging|conjugate|TKI)s?\\b`,
  'i',
);
/** The second target of a bispecific joined to the first, then the word: "BCMA-CD3 bispecific", "EGFR-MET bispecific". */
const BISPECIFIC_PARTNER_AFTER = /^[-/×x][A-Z][A-Za-z0-9]{1,7}(?:-|\s+)(?:bi|tri)-?specific\b/;
/** Text from a name to a target that describes it: "X, a …", "X – a …", "X, Acme's …", "X is an …", "X, is an …", "X (…", also after an alias in parentheses ("X (Y), a …"). */
const DESCRIBES_NAME = /^[®™]?\)?(?:\s*(?:,|\s[–—-])\s*(?:a|an|the|its|our|[A-Z][\w-]*['’]s)\s|\s*,?\s+(?:is|was|as)\s+(?:a|an|the)\s|\s*\()/;
/** …or, for a name opening a pipeline entry's line, its description without an article: "JD1127, oral KRAS G12D inhibitor." */
const ENTRY_DESCRIPTION = /^\)?,\s+[\w\s/-]{0,50}$/;
/** What may stand before the name that opens such an entry: an item's mark, or a code and "(". */
const ENTRY_LEAD = /^[\s•*·–—-]*(?:[\w-]{2,20}\s*\()?$/;
/**
 * …or the verb after the name says what it does to the target: "X selectively degrades BRD9", "X
 * inhibits the …", "X targets guanylyl cyclase C (GCC)" (the target's name in full, then its symbol).
 */
const NAME_ACTS_ON = /^[®™]?\)?\s+(?:(?:selectively|potently|specifically|irreversibly|reversibly|covalently)\s+)?(?:inhibits|degrades|blocks|antagonizes|activates|targets|binds(?:\s+to)?)\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}\(\s*)?$/i;
/** …unless another drug comes between: "X, a … in combination with a PD-1 inhibitor", "X, a GLP-1RA, and the dual GIP and GLP-1 receptor agonist Y". */
const ANOTHER_DRUG = /[.;]|\b(?:with|plus|combination|combined|versus|vs|after|following|than|or)\b|,\s+and\b/i;
/** A table row's start before its first cell, and the edges of a cell: "|", a tab or a gap of two blanks or more. */
const ROW_START = /^[ \t|]*$/;
const CELL_BEFORE = /(?:\||\t| {2})[ \t]*$/;
const CELL_AFTER = /^[ \t]*(?:\||\t| {2}|\n)/;
/** From a target to the name it comes before, words and hyphens alone: "BCMA-directed degrader-antibody conjugate ORD-512". */
const MODIFIES_NAME = /^[\w\s-]*$/;
/**
 * …or a description opening its sentence or clause, set before the name between commas: "A
 * second-generation MALT1 inhibitor from the same series, BRH-0913, is …". Not one inside a clause
 * ("patients who received a PD-1 inhibitor before, X, …").
 */
const APPOSITIVE_BEFORE_NAME = /^[\w\s-]*,\s*$/;
const CLOSES_APPOSITIVE = /^\s*,/;
const OPENS_CLAUSE = /(?:^|[,;:.])\s*(?:(?:a|an|the|its|our)\s+)?(?:[\w-]+\s+)?$/i;
/** …or after it: "a pivotal Phase III trial comparing …, which we expect to begin in Q3 2024". */
const FUTURE_AFTER_PHASE = /^[^.;]{0,100}?\b(?:expect(?:s|ed)?\s+to\s+(?:begin|start|initiate|commence|open)|(?:planned|scheduled|set|due)\s+to\s+(?:begin|start|commence|open)|to\s+(?:begin|start|commence)\s+in)\b/i;
const FUTURE_CUE = /\b(?:start\s+of|initiat(?!ed\b)\w*|planned|recommended|enter(?:ing|s)?|move\s+(?:forward\s+)?into|advanc(?:e|es|ing)\s+(?:in)?to|upon|prior\s+to|before|toward|towards|ready\s+to|plan(?:s|ned)?\s+to|expect(?:s|ed)?\s+to|will|eligible|anticipate[sd]?|intends?\s+to|next)\b[^.]{0,60}$/i;


/** A sentence whose subject stands for a program just named: "It is being studied …", "The ADC carries …"; not "It is expected that …". */
const PRONOUN_SUBJECT = /^(It|The (?:ADC|compound|drug|candidate|antibody|molecule|conjugate|therapy|inhibitor|degrader))\s+(?!(?:is|was|will be|has been)\s+(?:expected|anticipated|estimated|believed|possible|important|not|also|likely|unclear|critical)\b)(?:is|was|has|had|targets|binds|carries|contains|combines|consists|uses|remains|received|acts|works|selectively|specifically|inhibits|blocks|degrades|delivers|comprises)\b/;

class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Group {
  program: LocalProgram;
  /** Mentions of this program, in text order. */
  mentions: Mention[];
}

/** Groups the release's program names into programs and reads facts about each from its sentences. */
export function extractPrograms(input: ExtractInput): LocalProgram[] {
  const { text, mentions } = input;
  // One array literal for every result, empty or not: the readers of the programs then meet one kind of array.
  const programs: LocalProgram[] = [];
  const names = mentions.filter((m) => NAME_KINDS.has(m.kind) && !(m.kind === 'brand' && namesPlatform(text, m)));
  if (names.length === 0) return programs;

  // 1. Aliases: names linked by "/", "(", "formerly" … and the same key anywhere in the text.
  const keys: string[] = [];
  for (let i = 0; i < names.length; i++) keys.push(programKey(names[i]!.kind === 'drug-name' ? String(names[i]!.value) : names[i]!.text));
  const uf = linkAliases(text, names, keys);
  const groups = groupNames(input.file, names, uf);
  const keyOf = keysOf(names, keys);
  for (const g of groups.values()) g.program.names = preferredNames(g.mentions, keyOf);
  const groupOf = new Map<number, Group>();
  for (let i = 0; i < names.length; i++) groupOf.set(names[i]!.offset, groups.get(uf.find(i))!);

  // 2. Facts, sentence by sentence.
  const sentences = input.sentences ?? splitSentences(text);
  const ticker = input.structure.ticker?.symbol;
  // Companies named in full somewhere ("Northwind Therapeutics, Inc.") are recognised by their first word elsewhere.
  const companies = input.companies ?? new CompanyNames(text, input.structure.issuer);
  const outlookLines = outlookLinesOf(input.structure);
  new SentenceFactReader(input, groupOf, ticker, companies, outlookLines).readSentences(sentences, mentions);
  for (const g of groups.values()) if (keepsProgram(g)) programs.push(g.program);
  return programs;
}

/**
 * A group named by a code or generic name is a program. One named by brands alone is one where the
 * release states its target ("the HER2-targeting product, Kadcyla"): other trademarks name
 * platforms, devices and services as often as drugs, and a platform has a modality too ("XmAb®
 * bispecific antibodies").
 */
function keepsProgram(g: Group): boolean {
  for (const m of g.mentions) if (m.kind !== 'brand') return true;
  return g.program.target !== undefined;
}

/** Names with the same key, or linked by "/", "(", "formerly" …, joined into one set. */
function linkAliases(text: string, names: Mention[], keys: string[]): UnionFind {
  const uf = new UnionFind(names.length);
  const firstByKey = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const k = keys[i]!;
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, i);
    else uf.union(first, i);
  }
  // Names the release gives together ("X plus Y", "X in combination with Y") are two drugs wherever they are paired.
  const givenTogether = new Set<string>();
  for (let i = 0; i + 1 < names.length; i++) {
    const end = names[i]!.offset + names[i]!.length;
    if (names[i + 1]!.offset - end > 30) continue;
    if (GIVEN_WITH.test(text.slice(end, names[i + 1]!.offset))) givenTogether.add(`${keys[i]} ${keys[i + 1]}`).add(`${keys[i + 1]} ${keys[i]}`);
  }
  // The name before an open parenthesis whose other names are its aliases: "X (Y; Z)", "X (Y, also known as Z)".
  let groupRoot = -1;
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    const between = text.slice(a.offset + a.length, b.offset);
    if (groupRoot >= 0 && between.length <= 40 && PARENTHESIS_LIST.test(between) && keys[groupRoot] !== keys[i + 1]) {
      uf.union(groupRoot, i + 1);
      continue;
    }
    groupRoot = -1;
    if (givenTogether.has(`${keys[i]} ${keys[i + 1]}`)) continue;
    // "X (Temab-A; Y)": an alias not recognised as a name comes first in the parentheses.
    if (between.length <= 40 && opensWithAbbreviation(between) && keys[i] !== keys[i + 1] && namesSameDrugAfter(text, b)) {
      uf.union(i, i + 1);
      groupRoot = i;
      continue;
    }
    // "(nordatamab, NDB-310)": names listed together inside parentheses.
    const listedInParentheses = /^\s*,\s*$/.test(between) && text.charCodeAt(a.offset - 1) === 40 && text.charCodeAt(b.offset + b.length) === 41;
    const linked =
      (between.length <= 40 && (ALIAS_LINK.test(between) || listedInParentheses)) ||
      (between.length <= 72 && NAMED_ELSEWHERE_AS.test(between)) ||
      orBetweenCommas(text, a, between, b);
    if (linked && keys[i] !== keys[i + 1] && namesSameDrugAfter(text, b)) {
      uf.union(i, i + 1);
      // "X (Y": the parentheses may name more of X's aliases.
      if (between.includes('(')) groupRoot = i;
    }
  }
  return uf;
}

/**
 * "ZX-201, or zelotamab, is …": a code and a generic name (either first) set off by commas around
 * "or". Two names of one kind so ("X, or Y,") are more often a choice between two drugs.
 */
function orBetweenCommas(text: string, a: Mention, between: string, b: Mention): boolean {
  if (a.kind === b.kind || a.kind === 'brand' || b.kind === 'brand' || !/^,\s+or\s+$/.test(between)) return false;
  return text.charCodeAt(b.offset + b.length) === 44;
}

/**
 * Do the words after a linked name leave it an alias? "DM4" in "SAR3419 (DM4-loaded)" or a payload
 * named beside its ADC is not one, nor is the partner in "the X/Y regimen".
 */
function namesSameDrugAfter(text: string, name: Mention): boolean {
  const after = text.slice(name.offset + name.length, name.offset + name.length + 30);
  return !PAYLOAD_WORDS.test(after) && !COMBINATION_AFTER.test(after);
}

/** A program per set of aliases, by the set's root, with its mentions in text order. */
function groupNames(file: string, names: Mention[], uf: UnionFind): Map<number, Group> {
  const groups = new Map<number, Group>();
  for (let i = 0; i < names.length; i++) {
    const m = names[i]!;
    const root = uf.find(i);
    let g = groups.get(root);
    if (!g) {
      g = { program: { names: [], indications: [], companies: [], deals: [], mentions: [] }, mentions: [] };
      groups.set(root, g);
    }
    g.mentions.push(m);
    g.program.mentions.push({ file, offset: m.offset, length: m.length, line: m.line, column: m.column, text: m.text });
  }
  return groups;
}

/** Lines of "Upcoming milestones"-style sections: phases there are plans, not the current phase. */
function outlookLinesOf(structure: ReleaseStructure): Set<number> {
  const outlookLines = new Set<number>();
  for (const sec of structure.sections) {
    if (sec.kind === 'outlook') for (let l = sec.line; l <= sec.endLine && outlookLines.size < 100_000; l++) outlookLines.add(l);
  }
  return outlookLines;
}


/** programKey of a mention's text, computed once per distinct text (a release names its programs many times). */
function keysOf(names: Mention[], keys: string[]): (text: string) => string {
  const byText = new Map<string, string>();
  names.forEach((m, i) => {
    if (m.kind === 'drug-code') byText.set(m.text, keys[i]!);
  });
  return (text) => {
    let key = byText.get(text);
    if (key === undefined) byText.set(text, (key = programKey(text)));
    return key;
  };
}

/** Codes first (in order of appearance), then generic names, then brands. */
function preferredNames(ms: Mention[], keyOf: (text: string) => string): string[] {
  const seen = new Set<string>();
  const codes: string[] = [];
  const generics: string[] = [];
  const brands: string[] = [];
  for (const m of ms) {
    const name = collapseSpaces(m.text);
    // Collapsing white space does not change a key.
    const key = keyOf(m.text);
    if (seen.has(key)) continue;
    seen.add(key);
    (m.kind === 'drug-code' ? codes : m.kind === 'brand' ? brands : generics).push(name);
  }
  return [...codes, ...generics, ...brands];
}

/** Between the two targets of a bispecific or dual agonist: "GPRC5D x CD3", "CD20/CD3", "CLDN6xCD3". */
const PAIR_MARK = /^\s?[x×/]\s?$/;
/** …or " and " after a word that says one drug acts on both: "targeting CD19 and CD22", "a dual GIP and GLP-1 receptor agonist". */
const PAIR_AND = /^\s+and\s+$/;
/** The words that say so, right before the first target. */
const PAIR_CUE_BEFORE = /\b(?:targeting|targets|against|binds?(?:\s+to)?|dual|bispecific)\s+(?:both\s+)?$/i;

/** Two targets one drug acts on, as the text pairs them. */
function isTargetPair(text: string, first: Mention, second: Mention): boolean {
  if (first.kind !== 'target' || second.kind !== 'target') return false;
  const gap = second.offset - (first.offset + first.length);
  if (gap <= 3) return PAIR_MARK.test(text.slice(first.offset + first.length, second.offset));
  return gap <= 7 && PAIR_AND.test(text.slice(first.offset + first.length, second.offset)) && PAIR_CUE_BEFORE.test(text.slice(Math.max(0, first.offset - 24), first.offset));
}

/** Targets on T cells and NK cells that an engager binds beside the target on the diseased cell. */
const IMMUNE_CELL_TARGETS = new Set(['cd3', 'cd3e', 'cd3ε', 'cd28', 'cd16', 'cd16a', 'cd137', '4-1bb', 'nkg2d', 'nkp46', 'nkp30']);
const isImmuneCellTarget = (m: Mention) => IMMUNE_CELL_TARGETS.has(String(m.value).toLowerCase());

/**
 * A pair's target: an engager's is the diseased cell's ("GPRC5D x CD3" and "CD3xCD20" give GPRC5D and
 * CD20); any other pair is both, as written ("CD19 and CD22", "PD-1/VEGF", "GLP-1R/GIPR").
 */
function pairValue(text: string, first: Mention, second: Mention): string {
  const engages = isImmuneCellTarget(first) !== isImmuneCellTarget(second);
  if (engages) return String((isImmuneCellTarget(first) ? second : first).value);
  return `${String(first.value)}${collapseSpaces(text.slice(first.offset + first.length, second.offset))}${String(second.value)}`;
}

/** A ligand's abbreviation in parentheses, then "receptor": ") receptor" after "(GLP-1". */
const RECEPTOR_AFTER_ABBREVIATION = /^\s*\)\s+receptors?\b/i;
/** A target's full name's rest and its abbreviation in parentheses: " receptor A (IL-31RA)", " ligand (OX40L)". */
const ABBREVIATION_AFTER = /^(?:\s+[\w-]{1,12}){0,3}\s*\(\s*([A-Z][A-Za-z0-9-]{1,10})\s*\)/;

/**
 * "interleukin-31 receptor A (IL-31RA)", "OX40 ligand (OX40L)": the abbreviation that names a target
 * written out, where it starts as the target does; else undefined.
 */
function abbreviationAfter(text: string, m: Mention): string | undefined {
  const end = m.offset + m.length;
  // "glucagon-like peptide-1 (GLP-1) receptor": the abbreviation is the ligand's, and the target its receptor.
  if (RECEPTOR_AFTER_ABBREVIATION.test(text.slice(end, end + 12))) return `${String(m.value)} receptor`;
  const found = ABBREVIATION_AFTER.exec(text.slice(end, end + 48));
  if (!found) return undefined;
  const head = String(m.value).split(' ')[0]!.toUpperCase();
  const abbreviation = found[1]!;
  return abbreviation.length > head.length && abbreviation.toUpperCase().startsWith(head) ? abbreviation : undefined;
}

/** Drugs of a class, named before the target they act on: "antibodies against ", "inhibitors of the ". */
const CLASS_BEFORE = /\b(?:inhibitors|antibodies|agonists|antagonists|degraders|blockers|modulators|ADCs|conjugates|therapies|drugs|medicines)\s+(?:(?:directed|designed)\s+)?(?:targeting|against|of|to)\s+(?:the\s+)?$/i;
/** …or after it: " inhibitors", " receptor antagonists", " antibodies". */
const CLASS_AFTER = /^\s+(?:(?:receptor|kinase)\s+)?(?:inhibitors|antibodies|agonists|antagonists|degraders|blockers|modulators|ADCs|conjugates)\b/i;
/** Between a class and the first name it lists: ", such as ", ", including the preclinical candidate ". */
const SUCH_AS_BEFORE_NAME = /^[^.;:]{0,60}?,?\s+(?:such\s+as|including)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

/** How far a cued target may be from a name it does not describe and still be the name's ("… prior anti-HER2 therapy" is not). */
const NEAR_TARGET = 60;

/** The mention nearest `m` if no farther than `limit` characters from it. */
function nearWithin(ms: Mention[], m: Mention, limit: number): Mention | undefined {
  const best = nearest(ms, m.offset);
  if (!best) return undefined;
  const gap = best.offset > m.offset ? best.offset - (m.offset + m.length) : m.offset - (best.offset + best.length);
  return gap <= limit ? best : undefined;
}

/** The last of `ms` (sorted by offset) that ends at or before `offset`. */
function nearestBefore(ms: Mention[], offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.offset + m.length <= offset) best = m;
  return best;
}

/** The text after a name without the name's appositive: ", an oral KRAS inhibitor, and " → ", and ". */
function withoutAppositive(after: string): string {
  const appositive = APPOSITIVE_THEN_COMMA.exec(after);
  return appositive ? (after.charCodeAt(0) === 41 ? ')' : '') + after.slice(appositive[0].length) : after;
}

function nearest(ms: Mention[], offset: number, exclude?: Mention): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m === exclude) continue;
    const d = m.offset > offset ? m.offset - offset : offset - (m.offset + m.length);
    if (d < bestDistance) {
      bestDistance = d;
      best = m;
    }
  }
  return best;
}

/**
 * Reads the facts about programs that one release's sentences state. Made once per release: what
 * every sentence needs (where facts come from, the issuer, the companies named) is set up once, and
 * each kind of fact is read by a function of its own, so that compiled code stays small.
 */
class SentenceFactReader {
  private readonly text: string;
  private readonly file: string;
  private readonly lines: LineIndex;
  private readonly releaseDate: string | undefined;
  private readonly issuerShort: string | undefined;
  /** The "About X" sections of companies other than the issuer, where "its pipeline" is X's. */
  private readonly otherCompanySections: CompanySection[];
  /** The companies of the sentence being read, once looked for (see companiesIn). */
  private sentenceCompanies: CompanyMention[] | undefined = undefined;
  /** Whether the sentence being read may name companies a fact needs: it has a partner cue or money. */
  private sentenceMayNameCompanies = false;
  /** Where "respectively" next stands at or after the sentence being read (-1: nowhere further). */
  private nextRespectively = 0;

  constructor(
    input: ExtractInput,
    private readonly groupOf: Map<number, Group>,
    private readonly ticker: string | undefined,
    private readonly companyNames: CompanyNames,
    private readonly outlookLines: Set<number>,
  ) {
    this.text = input.text;
    this.file = input.file;
    this.lines = input.lines;
    this.releaseDate = input.structure.releaseDate;
    this.issuerShort = companyNames.issuerShort;
    this.otherCompanySections = otherCompanySections(input.structure, input.lines, companyNames);
  }

  /** The facts of every sentence that names a program. `mentions` are all of the release's, in text order. */
  readSentences(sentences: SentenceSpan[], mentions: Mention[]): void {
    const groupOf = this.groupOf;
    let mi = 0;
    // The one program the sentence before named, which "It …" in the next sentence stands for.
    let lone: Mention | undefined;
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      while (mi < mentions.length && mentions[mi]!.offset < s.start) mi++;
      let end = mi;
      let named = false;
      for (; end < mentions.length && mentions[end]!.offset < s.end; end++) named ||= groupOf.has(mentions[end]!.offset);
      const before = lone;
      lone = undefined;
      if (end - mi > MAX_SENTENCE_MENTIONS) continue;
      if (!named) {
        // Most sentences name no program: their mentions are not gathered.
        const pronoun = before && this.pronounFor(s, before);
        if (pronoun) this.readPronounSentence(s, mentions.slice(mi, end), pronoun, before);
        continue;
      }
      const inSentence = mentions.slice(mi, end);
      const subjects = this.read(s, inSentence, inSentence.filter((m) => groupOf.has(m.offset)));
      if (subjects.length > 0 && subjects.every((m) => groupOf.get(m.offset) === groupOf.get(subjects[0]!.offset))) lone = subjects[0];
    }
  }

  /** The facts of sentence `s`: its mentions, and those of them that name programs. Returns the programs' names that are no payloads. */
  private read(s: SentenceSpan, inSentence: Mention[], programMentions: Mention[]): Mention[] {
    const payloads = this.readPayloads(programMentions);
    const subjects = payloads.length === 0 ? programMentions : programMentions.filter((m) => !payloads.includes(m));
    if (subjects.length === 0) return subjects;
    this.readMentionFacts(s, inSentence, subjects);
    const sentence = this.text.slice(s.start, s.end);
    this.readModality(s, sentence, subjects);
    this.readCompaniesAndDeals(s, sentence, inSentence, subjects);
    return subjects;
  }

  /**
   * "It" or "The ADC"/"The compound"/… opening sentence `s`, standing for the one program of the
   * sentence before (`lone`) in the same paragraph, as a mention of that program. "It is expected
   * that …" stands for nothing.
   */
  private pronounFor(s: SentenceSpan, lone: Mention): Mention | undefined {
    const text = this.text;
    const start = skipSpace(text, s.start);
    const word = PRONOUN_SUBJECT.exec(text.slice(start, start + 40))?.[1];
    if (!word || this.groupOf.has(start) || PARAGRAPH_BREAK.test(text.slice(lone.offset + lone.length, start))) return undefined;
    return { ...lone, text: word, offset: start, length: word.length };
  }

  /** Phase, target, indications and modality of a sentence whose subject is `pronoun`, standing for `lone`'s program. */
  private readPronounSentence(s: SentenceSpan, inSentence: Mention[], pronoun: Mention, lone: Mention): void {
    // The pronoun stands in the text where a name would: the readers look its program up by offset.
    this.groupOf.set(pronoun.offset, this.groupOf.get(lone.offset)!);
    try {
      const subjects = [pronoun];
      this.readMentionFacts(s, inSentence, subjects);
      this.readModality(s, this.text.slice(s.start, s.end), subjects);
    } finally {
      this.groupOf.delete(pronoun.offset);
    }
  }

  private fact<T>(value: T, offset: number): Fact<T> {
    const line = this.lines.position(offset).line;
    return { value, source: this.releaseDate ? { file: this.file, line, date: this.releaseDate } : { file: this.file, line } };
  }

  private programOf(m: Mention): LocalProgram {
    return this.groupOf.get(m.offset)!.program;
  }

  /** Payload codes described as such ("DGN549 IGN payload", "DM4-loaded") and the program they arm. */
  private readPayloads(programMentions: Mention[]): Mention[] {
    const { text, groupOf } = this;
    const payloads = programMentions.filter((m) => calledPayload(text, m) || PAYLOAD_CODE.test(m.text));
    for (const p of payloads) {
      const g = groupOf.get(p.offset)!;
      g.program.modality ??= this.fact<Modality>('payload', p.offset);
      const armed = nearest(programMentions.filter((m) => groupOf.get(m.offset) !== g && !payloads.includes(m)), p.offset);
      if (armed) {
        const ag = this.programOf(armed);
        ag.payload ??= this.fact(g.program.names[0]!, p.offset);
        ag.modality ??= this.fact<Modality>('ADC', p.offset);
      }
    }
    return payloads;
  }

  /** Targets, phases and indications, each given to the program named nearest. */
  private readMentionFacts(s: SentenceSpan, inSentence: Mention[], subjects: Mention[]): void {
    // Sentences come in text order, so the search for the word goes over the text once.
    if (this.nextRespectively >= 0 && this.nextRespectively < s.start) this.nextRespectively = this.text.indexOf('respectively', s.start);
    const respectively = this.nextRespectively >= 0 && this.nextRespectively < s.end ? this.nextRespectively : -1;
    const targets = respectively < 0 ? undefined : this.pairedRespectively(inSentence, subjects, 'target', respectively);
    for (const [program, m] of targets ?? []) program.target ??= this.fact(String(m.value), m.offset);
    const phases = respectively < 0 ? undefined : this.pairedRespectively(inSentence, subjects, 'phase', respectively);
    for (const [program, m] of phases ?? []) if (this.isCurrentPhase(s, m)) this.setPhase(program, m);
    for (let k = 0; k < inSentence.length; k++) {
      const m = inSentence[k]!;
      if (m.kind === 'target') {
        if (!targets) this.readTarget(s, m, subjects, inSentence[k - 1], inSentence[k + 1]);
      } else if (m.kind === 'phase') {
        if (!phases) this.readPhase(s, m, subjects);
      } else if (m.kind === 'indication') this.readIndication(m, subjects);
    }
  }

  /**
   * "X and Y, which target CD19 and CD22, respectively", "X and Y are in Phase 1 and Phase 2,
   * respectively": as many programs named before the facts of `kind` (before "respectively" at
   * `at`) as facts, paired in the order written; undefined when the counts differ.
   */
  private pairedRespectively(inSentence: Mention[], subjects: Mention[], kind: 'target' | 'phase', at: number): [LocalProgram, Mention][] | undefined {
    const facts = inSentence.filter((m) => m.kind === kind && m.offset < at);
    if (facts.length < 2) return undefined;
    const programs: LocalProgram[] = [];
    for (const name of subjects) {
      if (name.offset >= facts[0]!.offset) break;
      const program = this.programOf(name);
      if (!programs.includes(program)) programs.push(program);
    }
    return programs.length === facts.length ? programs.map((program, i) => [program, facts[i]!]) : undefined;
  }

  private readTarget(s: SentenceSpan, m: Mention, subjects: Mention[], previous: Mention | undefined, next: Mention | undefined): void {
    const text = this.text;
    // A pipeline table's row: "VX-101 | HER2 | Breast cancer | Phase 2".
    const rowOwner = this.rowProgram(m, subjects);
    if (rowOwner) {
      this.programOf(rowOwner).target ??= this.fact(String(m.value), m.offset);
      return;
    }
    // "GPRC5D x CD3 bispecific", "targeting CD19 and CD22": the program's target is read from the pair (see pairValue).
    if (previous && isTargetPair(text, previous, m)) return;
    const pairedWith = next && isTargetPair(text, m, next) ? next : undefined;
    // "ADCs against HER2 (NWT-101) and TROP2 (NWT-202)": the name alone in parentheses after the target.
    if (next && subjects.includes(next) && /^\s*\(\s*$/.test(text.slice(m.offset + m.length, next.offset)) && /^\s*[);]/.test(text.slice(next.offset + next.length, next.offset + next.length + 3))) {
      this.programOf(next).target ??= this.fact(String(m.value), m.offset);
      return;
    }
    const end = pairedWith ? pairedWith.offset + pairedWith.length : m.offset + m.length;
    const before = text.slice(Math.max(s.start, m.offset - 60), m.offset);
    const after = text.slice(end, end + 40);
    const cued = TARGET_CUE_BEFORE.test(before.slice(-24)) || TARGET_CUE_AFTER.test(after) || DESIGNED_TO_TARGET.test(before) || TARGET_CUE_DESCRIBED.test(before);
    // "NVB-0017 (FAP)": a target alone in parentheses after a name.
    const inParentheses = /\(\s*$/.test(before) && /^\s*\)/.test(after);
    const mechanism = MECHANISM_AFTER.test(after) || BISPECIFIC_PARTNER_AFTER.test(after) || MECHANISM_OF_BEFORE.test(before) || MECHANISM_OF_SPELLED_OUT.test(before) || ACTS_ON_BEFORE.test(before.slice(-24));
    if (!cued && !inParentheses && !mechanism && !TARGET_CUE_SPELLED_OUT.test(before)) return;
    const value = pairedWith ? pairValue(text, m, pairedWith) : (abbreviationAfter(text, m) ?? String(m.value));
    // "antibodies against IL-17A, such as X and Y": the class's target is each named member's.
    const members = this.classMembers(end, before, subjects);
    if (members) {
      for (const name of members) this.programOf(name).target ??= this.fact(value, m.offset);
      return;
    }
    const owner = this.describedName(s, m, subjects) ?? (cued ? nearWithin(subjects, m, NEAR_TARGET) : undefined);
    if (owner) this.programOf(owner).target ??= this.fact(value, m.offset);
  }

  /**
   * The names listed after a class of drugs named by the target ending at `end`: "antibodies against
   * IL-17A, such as X and Y", "Nav1.8 inhibitors, including X"; undefined where no such list follows.
   */
  private classMembers(end: number, before: string, subjects: Mention[]): Mention[] | undefined {
    const text = this.text;
    let listFrom = end;
    if (!CLASS_BEFORE.test(before)) {
      const noun = CLASS_AFTER.exec(text.slice(end, end + 40));
      if (!noun) return undefined;
      listFrom = end + noun[0].length;
    }
    const at = subjects.findIndex((x) => x.offset >= listFrom);
    const first = subjects[at];
    if (!first || first.offset - listFrom > 100 || !SUCH_AS_BEFORE_NAME.test(text.slice(listFrom, first.offset))) return undefined;
    return this.listFrom(at, subjects, 1);
  }

  /**
   * The program whose table row holds target `m` as a cell of its own: the row's first cell is the
   * program's name (the only one in the row), and the cells are parted by "|", tabs or wide gaps.
   */
  private rowProgram(m: Mention, subjects: Mention[]): Mention | undefined {
    const { text, lines } = this;
    const line = lines.position(m.offset).line;
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    let owner: Mention | undefined;
    for (const x of subjects) {
      if (x.offset < start || x.offset >= end) continue;
      if (owner) return undefined;
      owner = x;
    }
    if (!owner || owner.offset > m.offset || !ROW_START.test(text.slice(start, owner.offset))) return undefined;
    const cellEnd = m.offset + m.length;
    if (!CELL_BEFORE.test(text.slice(Math.max(start, m.offset - 8), m.offset)) || !CELL_AFTER.test(text.slice(cellEnd, Math.min(end, cellEnd + 8)) + (cellEnd + 8 >= end ? '\n' : ''))) return undefined;
    return owner;
  }

  /** The name a target describes: the one before it in apposition ("X, a CD33-targeting ADC"), else the one it modifies ("BCMA-directed conjugate X"). */
  private describedName(s: SentenceSpan, m: Mention, subjects: Mention[]): Mention | undefined {
    const text = this.text;
    const end = m.offset + m.length;
    let previous: Mention | undefined;
    let next: Mention | undefined;
    for (const x of subjects) {
      if (x.offset + x.length <= m.offset) previous = x;
      else if (x.offset >= end && !next) next = x;
    }
    if (previous && m.offset - (previous.offset + previous.length) <= 100) {
      const between = text.slice(previous.offset + previous.length, m.offset);
      const describes = DESCRIBES_NAME.test(between) || NAME_ACTS_ON.test(between) || (ENTRY_DESCRIPTION.test(between) && this.startsLine(previous));
      if (describes && !ANOTHER_DRUG.test(between)) return previous;
    }
    if (next && next.offset - end <= 60) {
      const between = text.slice(end, next.offset);
      const appositive =
        APPOSITIVE_BEFORE_NAME.test(between) &&
        CLOSES_APPOSITIVE.test(text.slice(next.offset + next.length, next.offset + next.length + 4)) &&
        OPENS_CLAUSE.test(text.slice(Math.max(s.start, m.offset - 40), m.offset));
      if ((appositive || MODIFIES_NAME.test(between)) && !ANOTHER_DRUG.test(between)) return next;
    }
    return undefined;
  }

  /** Does `m` open its line, after an item's mark, or after a name and "(" ("HMP-3864 (tenvorasib)")? */
  private startsLine(m: Mention): boolean {
    const lead = this.text.slice(this.lines.lineStart(this.lines.position(m.offset).line), m.offset);
    return ENTRY_LEAD.test(lead);
  }

  private readPhase(s: SentenceSpan, m: Mention, subjects: Mention[]): void {
    if (!this.isCurrentPhase(s, m)) return;
    const owner = this.ownerBeforeClause(nearest(subjects, m.offset), m, subjects);
    if (!owner) return;
    for (const name of this.namesSharingPhase(owner, m, subjects)) this.setPhase(this.programOf(name), m);
  }

  /** Plans and doses are not the phase a program is in: "start a Phase 3 trial", "the recommended Phase 2 dose". */
  private isCurrentPhase(s: SentenceSpan, m: Mention): boolean {
    const text = this.text;
    const lead = text.slice(Math.max(s.start, m.offset - 80), m.offset);
    const after = text.slice(m.offset + m.length, m.offset + m.length + 120);
    if (FUTURE_CUE.test(lead) || DOSE_AFTER_PHASE.test(after) || FUTURE_AFTER_PHASE.test(after)) return false;
    return !this.outlookLines.has(this.lines.position(m.offset).line);
  }

  /** A program's phase is the furthest one the release puts it in. */
  private setPhase(program: LocalProgram, m: Mention): void {
    const current = program.phase?.value;
    if (!current || phaseRank(String(m.value)) > phaseRank(current)) program.phase = this.fact(String(m.value), m.offset);
  }

  /**
   * "X and Y are in Phase 1", "X, Y and Z are both in Phase 2", "X, an oral KRAS inhibitor, and Y, a
   * SHP2 inhibitor, are in Phase 1": the names listed as the subject of "are in" share the phase.
   * "Our preclinical pipeline includes X and Y": so do the names listed after it. Otherwise the
   * owner alone has it.
   */
  private namesSharingPhase(owner: Mention, m: Mention, subjects: Mention[]): Mention[] {
    const text = this.text;
    const ownerEnd = owner.offset + owner.length;
    const at = subjects.indexOf(owner);
    if (owner.offset > m.offset) {
      const phaseEnd = m.offset + m.length;
      return owner.offset - phaseEnd <= 60 && PHASE_THEN_LIST.test(text.slice(phaseEnd, owner.offset)) ? this.listFrom(at, subjects, 1) : [owner];
    }
    if (m.offset - ownerEnd > 120 || !PLURAL_IN_PHASE.test(withoutAppositive(text.slice(ownerEnd, m.offset)))) return [owner];
    return this.listFrom(at, subjects, -1);
  }

  /** The names listed with subjects[at], going back (step -1) or on (step 1) while they are joined as a list. */
  private listFrom(at: number, subjects: Mention[], step: 1 | -1): Mention[] {
    const text = this.text;
    const names = [subjects[at]!];
    for (let j = at + step; j >= 0 && j < subjects.length; j += step) {
      const listed = names[names.length - 1]!;
      const next = subjects[j]!;
      const between = step < 0 ? text.slice(next.offset + next.length, listed.offset) : text.slice(listed.offset + listed.length, next.offset);
      if (!LIST_JOIN.test(withoutAppositive(between))) break;
      names.push(next);
    }
    return names;
  }

  /**
   * "X is in Phase 2 in lung cancer and Y …", "X and Z are in Phase 1; Y is approved": a name after the
   * next clause's start is not the one a phase or indication follows, but the nearest name before is.
   */
  private ownerBeforeClause(owner: Mention | undefined, m: Mention, subjects: Mention[]): Mention | undefined {
    if (!owner || owner.offset < m.offset) return owner;
    const before = nearestBefore(subjects, m.offset);
    return before && CLAUSE_START.test(this.text.slice(m.offset + m.length, owner.offset)) ? before : owner;
  }

  private readIndication(m: Mention, subjects: Mention[]): void {
    const owner = this.ownerBeforeClause(nearest(subjects, m.offset), m, subjects);
    if (!owner) return;
    this.addIndication(this.programOf(owner), m);
    // "X … in combination with pembrolizumab in patients with NSCLC": the indication is X's trial's too.
    const lead = subjects[0]!;
    if (lead !== owner && lead.offset < owner.offset && COMBINED_WITH_BEFORE.test(this.text.slice(Math.max(0, owner.offset - 32), owner.offset))) {
      this.addIndication(this.programOf(lead), m);
    }
  }

  private addIndication(program: LocalProgram, m: Mention): void {
    if (!program.indications.some((f) => f.value === m.value)) program.indications.push(this.fact(String(m.value), m.offset));
  }

  /**
   * Modality: "X is a … ADC", "its … ADC, X", "X, a CD33-targeting ADC". Not looked for when
   * every program named already has the most specific modality a sentence can give.
   */
  private readModality(s: SentenceSpan, sentence: string, subjects: Mention[]): void {
    if (!subjects.some((m) => !isMostSpecific(this.programOf(m).modality?.value))) return;
    const text = this.text;
    const words = modalityWords(sentence);
    for (let k = 0; k < words.length; k++) {
      const { modality, index } = words[k]!;
      const at = s.start + index;
      const owner = nearest(subjects, at);
      if (!owner) continue;
      const between = owner.offset < at ? text.slice(owner.offset + owner.length, at) : text.slice(at, owner.offset);
      if (between.length > 90 || NOT_OWN_MODALITY.test(between)) continue;
      // A more specific statement ("ADC") outranks a general one ("antibody") made earlier.
      const program = this.programOf(owner);
      const current = program.modality?.value;
      if (!current || (current !== 'payload' && MODALITY_RANK[modality] > MODALITY_RANK[current])) program.modality = this.fact(modality, owner.offset);
    }
  }

  /** Companies and deals, where the sentence speaks of partners, deals or money. */
  private readCompaniesAndDeals(s: SentenceSpan, sentence: string, inSentence: Mention[], subjects: Mention[]): void {
    const { text, issuerShort } = this;
    let money: Mention[] | undefined;
    for (let k = 0; k < inSentence.length; k++) if (inSentence[k]!.kind === 'money') (money ??= []).push(inSentence[k]!);
    const partnerCue = PARTNER_CUE.test(sentence);
    this.sentenceCompanies = undefined;
    this.sentenceMayNameCompanies = partnerCue || money !== undefined;
    if (issuerShort || this.otherCompanySections.length > 0) {
      for (let k = 0; k < subjects.length; k++) {
        const m = subjects[k]!;
        // In "About Meridale Bio", "its pipeline includes MRD-12" speaks of Meridale's; a code that starts with the issuer's ticker is the issuer's alone.
        const other = companyOfSection(this.otherCompanySections, m.offset);
        const owner = other ?? issuerShort;
        if (owner && ownedBy(text, s, m, owner, other === undefined ? this.ticker : undefined)) addCompanyFact(this.programOf(m).companies, this.fact<CompanyFact>({ name: owner, role: 'owner' }, m.offset));
      }
    }
    if (partnerCue) this.readPartners(s, sentence, this.companiesIn(s), subjects);
    if (money) for (let k = 0; k < money.length; k++) this.readDeal(s, money[k]!, subjects);
    // The agreement word is the rarer: it is looked for first. Without a partner cue the only agreement
    // word left is "exclusive" (PARTNER_CUE covers the others), a quicker search.
    else if ((partnerCue ? AGREEMENT_CUE : EXCLUSIVE_CUE).test(sentence)) this.readAgreement(s, sentence, subjects);
  }

  /**
   * The companies sentence `s` names, looked for once and only when a fact needs them (most
   * sentences state none that does); none unless the sentence may name them (sentenceMayNameCompanies).
   */
  private companiesIn(s: SentenceSpan): CompanyMention[] {
    return (this.sentenceCompanies ??= this.sentenceMayNameCompanies ? this.companyNames.inSentence(s.start, s.end) : []);
  }

  /** The first company of the sentence that is not the issuer. */
  private counterparty(s: SentenceSpan): string | undefined {
    const issuerShort = this.issuerShort;
    return this.companiesIn(s).find((c) => !issuerShort || !sameCompany(c.name, issuerShort))?.name;
  }

  private readPartners(s: SentenceSpan, sentence: string, companies: CompanyMention[], subjects: Mention[]): void {
    for (const c of companies) {
      const role = companyRole(sentence, c.start, c.end);
      if (!role) continue;
      const owner = nearest(subjects, s.start + c.start);
      if (!owner) continue;
      addCompanyFact(this.programOf(owner).companies, this.fact<CompanyFact>({ name: c.name, role }, s.start + c.start));
    }
  }

  /** An amount of money beside a deal word ("$50 million upfront") is a deal of the program named nearest. */
  private readDeal(s: SentenceSpan, mo: Mention, subjects: Mention[]): void {
    const text = this.text;
    const around = text.slice(mo.offset + mo.length, Math.min(s.end, mo.offset + mo.length + 40));
    const before = text.slice(Math.max(s.start, mo.offset - 40), mo.offset);
    const kind = dealCueOf(around, before);
    if (!kind) return;
    const owner = nearest(subjects, mo.offset);
    if (!owner) return;
    const counterparty = this.counterparty(s);
    const deal: DealFact = { kind, amount: Number(mo.value), amountText: mo.text.replace(/\s+/g, ' '), ...(mo.currency ? { currency: mo.currency } : {}), ...(counterparty ? { counterparty } : {}) };
    const program = this.programOf(owner);
    if (!program.deals.some((d) => d.value.kind === deal.kind && d.value.amount === deal.amount)) program.deals.push(this.fact(deal, mo.offset));
  }

  /** A sentence without money that states an acquisition or licence: a deal of its first program. */
  private readAgreement(s: SentenceSpan, sentence: string, subjects: Mention[]): void {
    for (let k = 0; k < DEAL_CUES.length; k++) {
      const kind = DEAL_CUES[k]![1];
      if ((kind === 'acquisition' || kind === 'license') && DEAL_CUES[k]![0].test(sentence)) {
        const owner = subjects[0]!;
        const program = this.programOf(owner);
        if (!program.deals.some((d) => d.value.kind === kind)) {
          const counterparty = this.counterparty(s);
          program.deals.push(this.fact<DealFact>({ kind, ...(counterparty ? { counterparty } : {}) }, owner.offset));
        }
        break;
      }
    }
  }
}

/** Payload codes that need no word to say so. */
const PAYLOAD_CODE = /^(?:DM\d|SN-?38|DXd|MMA[EF])$/i;
/** What starts another clause or sentence between an indication and a name after it ("hemophilia A. X", where the splitter saw an initial). */
const CLAUSE_START = /[.;]\s|\b(?:and|while|whereas|but)\b/;
/** Before a program given with another: "in combination with", "combined with", "plus". */
const COMBINED_WITH_BEFORE = /\b(?:in\s+combination\s+with|combined\s+with|together\s+with|plus)\s+(?:the\s+)?$/i;
/** Words after a phase that make it a dose or a part of a trial, not the phase a program is in. */
const DOSE_AFTER_PHASE = /^\s+(?:dose|doses|portion)\b(?![\s-]+(?:escalation|expansion|finding|optimi[sz]ation|ranging)\b)/i;
/** Between a program and a modality word: the modality is another thing's ("uses an antibody"). */
const NOT_OWN_MODALITY = /\b(?:uses?|with|and|using|combination|plus)\b/;

/** No modality word outranks these (see SentenceFactReader.readModality). */
const isMostSpecific = (modality: Modality | undefined) => modality === 'payload' || modality === 'ADC';

/** Where the word before `offset` ends, across at most three blanks (-1 where none ends there). */
function wordEndBefore(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && offset - p < 3 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 10)) p--;
  return p < offset ? p : -1;
}

/** Is the mention called a payload by the words around it ("DGN549 IGN payload", "DM4-loaded", "payload TQ2")? */
function calledPayload(text: string, m: Mention): boolean {
  // "payload TQ2": looked for only where a "d" or "s" ends the word before.
  const before = wordEndBefore(text, m.offset);
  if (before > 0 && ((text.charCodeAt(before - 1) | 32) === 100 || (text.charCodeAt(before - 1) | 32) === 115) && /\bpayloads?\s+$/i.test(text.slice(Math.max(0, m.offset - 12), m.offset))) return true;
  // "payload (exatecan)", "payload (a DXd-like exatecan derivative)", "payload, MX-9".
  const near = text.slice(Math.max(0, m.offset - 30), m.offset);
  if (near.includes('payload') && PAYLOAD_SET_OFF_BEFORE.test(near)) return true;
  const after = text.slice(m.offset + m.length, m.offset + m.length + 72);
  // Every PAYLOAD_WORDS match has one of these words; most windows have none.
  return PAYLOAD_WORD.test(after) && PAYLOAD_WORDS.test(after);
}

/** A company's own program: its code starts with the company's ticker ("ACME-101"), or "its", "our" or "Acme's" comes just before it or before the list it ends. */
function ownedBy(text: string, s: SentenceSpan, m: Mention, company: string, ticker: string | undefined): boolean {
  if (ticker && m.text.replace(/[\s-]*\d.*$/, '').toUpperCase() === ticker.toUpperCase()) return true;
  const before = text.slice(Math.max(s.start, m.offset - 40), m.offset);
  if (OWNER_WORD.test(before) && OWNER_BEFORE.test(before)) return true;
  // A later name of a list stands after a comma or "and": only then is the wider stretch read.
  if (LIST_JOIN_BEFORE.test(before)) {
    const list = text.slice(Math.max(s.start, m.offset - OWNER_LIST_REACH), m.offset);
    if (OWNER_WORD.test(list) && OWNER_LIST_BEFORE.test(list)) return true;
  }
  // "Acme's" (either apostrophe): the short name must stand in the 40 characters, so look for it once.
  const at = before.indexOf(company);
  return at >= 0 && (before.includes(`${company}'s`, at) || before.includes(`${company}’s`, at));
}

/** After a name that opens a section: a legal form, or "is a … company". */
const SAYS_COMPANY = /^(?:,?\s+(?:Inc|Ltd|Co|Corp|plc|AG|SA|SE|NV|N\.V|S\.A|GmbH|LLC|K\.K|A\/S|AB|ASA|Oyj|Limited|Corporation)\b|\s+is\s+an?\s+[^.]{0,100}?\b(?:company|biotech|biotechnology\s+firm)\b)/;

/** An "About X" section of company X: its text [start, end). */
interface CompanySection {
  start: number;
  end: number;
  company: string;
}

/**
 * The "About X" sections of the companies a release names other than its issuer ("About Meridale
 * Bio" in Northwind's release of a licence to Meridale). Not those of programs ("About NWT-118")
 * or diseases: X is a company the release names elsewhere, or the section says it is one
 * ("Meridale Bio, Inc. is …", "Meridale Bio is a clinical-stage company …").
 */
function otherCompanySections(structure: ReleaseStructure, lines: LineIndex, companies: CompanyNames): CompanySection[] {
  const out: CompanySection[] = [];
  for (const sec of structure.sections) {
    if (sec.kind !== 'about' || !sec.title.startsWith('About ')) continue;
    const company = sec.title.slice('About '.length).trim();
    const first = firstWord(company);
    if (companies.issuerShort && sameCompany(company, companies.issuerShort)) continue;
    const body = sec.line < sec.endLine ? lines.lineText(sec.line + 1) : '';
    const saysCompany = body.startsWith(company) && SAYS_COMPANY.test(body.slice(company.length, company.length + 160));
    if (!saysCompany && !companies.known().some((name) => firstWord(name) === first)) continue;
    const start = lines.lineStart(sec.line);
    const end = sec.endLine < lines.lineCount ? lines.lineStart(sec.endLine + 1) : Number.MAX_SAFE_INTEGER;
    out.push({ start, end, company });
  }
  return out;
}

function companyOfSection(sections: CompanySection[], offset: number): string | undefined {
  for (const sec of sections) if (offset >= sec.start && offset < sec.end) return sec.company;
  return undefined;
}

/** DEAL_CUES searched globally, to find the last of each before an amount. */
const DEAL_CUES_EVERYWHERE = DEAL_CUES.map(([re, kind]) => [new RegExp(re.source, `${re.flags}g`), kind] as const);
/** Between an amount and a cue after it, a new clause: ", plus royalties", " and milestones". */
const CLAUSE_BETWEEN = /[,;.]|\b(?:and|or|plus|but|while|with)\b/i;

/**
 * The kind of deal named by the cue that belongs to an amount: the nearest cue right after it in the
 * same clause ("$20 million upfront", "$40 million in near-term milestones"), else the nearest before
 * it ("milestone payments of up to $300 million, plus royalties"), else the nearest after it.
 * `before` ends at the amount, `after` starts after it. "$20 million upfront and a $10 million
 * milestone": the second amount is the milestone, though "upfront" comes before it too.
 */
function dealCueOf(after: string, before: string): DealKind | undefined {
  let attached: DealKind | undefined;
  let attachedAt = Infinity;
  let previous: DealKind | undefined;
  let previousGap = Infinity;
  let next: DealKind | undefined;
  let nextAt = Infinity;
  for (const [re, kind] of DEAL_CUES_EVERYWHERE) {
    re.lastIndex = 0;
    const a = re.exec(after);
    if (a && a.index < nextAt) {
      nextAt = a.index;
      next = kind;
    }
    if (a && a.index < attachedAt && !CLAUSE_BETWEEN.test(after.slice(0, a.index))) {
      attachedAt = a.index;
      attached = kind;
    }
    let end = -1;
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) end = m.index + m[0].length;
    if (end >= 0 && before.length - end < previousGap) {
      previousGap = before.length - end;
      previous = kind;
    }
  }
  return attached ?? previous ?? next;
}
