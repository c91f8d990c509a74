import { describeDate } from './describe';
import { splitListItems } from './text/listItems';
import { LINE_BREAK_CHARS, NextOf } from './text/nextOf';
import { splitSentences, type SentenceSpan } from './text/sentences';
import { collapseSpaces } from './text/whiteSpace';
import type { LineIndex } from './text/lines';
import type { LocalProgram, Mention, Milestone, MilestoneEvent, MilestoneKind, ReleaseStructure, SectionKind } from './types';

export interface MilestoneInput {
  text: string;
  /** All mentions of the release, sorted by offset. */
  mentions: Mention[];
  programs: LocalProgram[];
  structure: ReleaseStructure;
  lines: LineIndex;
  /** The text's sentences when the caller has split it already (analyze.ts shares them with the program extraction). */
  sentences?: SentenceSpan[];
}

/** Sections whose sentences describe background or boilerplate, not this release's events. */
const SKIPPED_SECTIONS = new Set<SectionKind>(['about', 'forward-looking', 'contacts', 'references', 'safety', 'table', 'conference-call']);
/** Sentences with more mentions than this are tables or lists, not statements of events. */
const MAX_SENTENCE_MENTIONS = 40;
const MAX_TEXT = 220;
/** A release states a few dozen events at most; past this many the text is a list or a dump, and reading stops. */
const MAX_FOUND = 400;

interface Cue {
  kind: MilestoneKind;
  event: MilestoneEvent;
  label: string;
  start: number;
  end: number;
}

const IND = /\b(?:IND|CTA|Investigational\s+New\s+Drug)\b(?!-)/g;
const IND_CLEARED = /\b(?:clear(?:ed|ance|s)?|accept(?:ed|ance|s)?|approv(?:ed|al|es)|effective|allow(?:ed|s)?|may\s+proceed)\b/i;
const IND_FILED = /\b(?:fil(?:e|es|ed|ing)|submi(?:t|ts|tted|tting|ssion))\b/i;

const FIRST_PATIENT = /\bfirst[-\s](?:patients?|participants?|subjects?|person|healthy\s+volunteers?)\b|\b(?:initiat(?:e|es|ed|ing)|commenc(?:e|es|ed|ing)|began|begun|start(?:s|ed|ing)?)\s+dosing\b/gi;
const DOSING = /\bdos(?:e|es|ed|ing)\b|\btreated\b/i;
const ENROLLING = /\b(?:enroll?(?:s|ed|ing)?|randomi[sz](?:e|es|ed|ing))\b/i;

const TOPLINE = /\btop[-\s]?line\s+(?:data|results?|readouts?|analys[ie]s)\b/gi;
const INTERIM = /\binterim\s+(?:data|results?|readouts?|analys[ie]s)\b/gi;
const READOUT = /\b(?:initial|preliminary|final|updated|positive|first|new|early)\s+(?:clinical\s+)?(?:data|results)\b|\bdata\s+read-?outs?\b|\bread-?outs?\b|\b(?:report(?:s|ed|ing)?|announc(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?(?:data|results)\b|\b(?:data|results)(?=\s+(?:(?:is|are)\s+)?(?:expected|anticipated|due)\b)/gi;
/** A word every READOUT match has; most sentences have none, and READOUT (slower) is not tried. */
const READOUT_WORD = /data|results|read/i;
const OUTLOOK_DATA = /\b(?:data|results)\b/gi;
const PRESENTING = /\b(?:present(?:s|ed|ing)?|presentations?|posters?|late-breaking|abstracts?)\b/gi;
const CONGRESS = /\b(?:ASCO|ESMO|ASH|AACR|SABCS|EHA|ADA|EASD|EASL|AASLD|AAN|ACR|ATS|ERS|WCLC|SITC|ESC|AHA|ACC|IDWeek|ECCMID|ISTH|ASGCT|ENDO|DDW|UEGW|CTAD|AD\/PD|World\s+Conference|Annual\s+Meeting|Congress|Symposium|Summit|Scientific\s+Sessions)\b/;

const FILING = /\b(?:s?BLA|s?NDA|MAA|Biologics\s+License\s+Application|New\s+Drug\s+Application|Marketing\s+Authori[sz]ation\s+Application)s?\b/g;
const FILING_VERB = /\b(?:submi(?:t|ts|tted|tting|ssion)|fil(?:e|es|ed|ing)|rolling)\b/i;
const RESUBMITTED = /\bresubmi(?:t|ts|tted|tting|ssion)\b/i;
/** The agency's answer that it will not approve a filing as it stands ("complete response" alone is also a tumour's response). */
const COMPLETE_RESPONSE = /\b(?:[Cc]omplete\s+[Rr]esponse\s+[Ll]etter|CRL)\b/g;
const FILING_ACCEPTED = /\baccept(?:s|ed|ance)\b/i;
/** A regulator's clinical hold on a trial or a program, full or partial. */
const CLINICAL_HOLD = /\b(?:(?:partial|full)\s+)?clinical\s+hold\b/gi;
/** Words that say the hold ended. */
const HOLD_LIFTED = /\b(?:lift(?:s|ed|ing)?|remov(?:e|es|ed|al|ing)|resolv(?:e|es|ed|ing))\b/i;
const ACTION_DATE = /\b(?:PDUFA|target\s+action\s+date)\b/gi;
const APPROVAL = /\b(?:approv(?:ed|al|es)|authori[sz](?:ed|ation))\b/gi;
const AGENCY = /\b(?:FDA|Food\s+and\s+Drug\s+Administration|EMA|European\s+Medicines\s+Agency|European\s+Commission|MHRA|PMDA|NMPA|Health\s+Canada|TGA|Swissmedic|ANVISA|DCGI|CDSCO|regulatory|marketing)\b/;
/** "FDA-approved therapies", "approved treatments", "approved dose": not an approval of the program. */
const NOT_AN_APPROVAL_AFTER = /^\s+(?:therap|treatment|drug|medicin|product|option|standard|dose|regimen|indication|protocol|plan|budget|by\s+the\s+board|for\s+(?:trading|listing)|to\s+(?:initiate|start|begin|commence|conduct|proceed))/i;
const POSITIVE_OPINION = /\bpositive\s+opinion\b/gi;
const DESIGNATION = /\b(Breakthrough\s+Therapy|Breakthrough|Fast\s+Track|Orphan\s+Drug|Orphan\s+Medicinal\s+Product|Orphan|Rare\s+Pediatric\s+Disease|PRIME|RMAT|Regenerative\s+Medicine\s+Advanced\s+Therapy|Sakigake|Priority\s+Medicines)\s+(?:[Dd]esignations?|[Ss]tatus)\b|\b[Pp]riority\s+[Rr]eview\b|\b[Aa]ccelerated\s+[Aa]ssessment\b/g;

const ACQUISITION = /\b(?:acqui(?:re|res|red|ring|sition|sitions)|merger|takeover)\b/gi;
const NOT_AN_ACQUISITION_AFTER = /^\s+(?:resistance|h(?:a)?emophilia|immun|thrombotic|TTP|mutations?|disease|infections?|pneumonia|aplastic|data|images?|time|costs?)/i;
const LICENSE = /\b(?:licen[cs](?:e|es|ed|ing)|in-licen[cs](?:e|es|ed|ing)|out-licen[cs](?:e|es|ed|ing)|sublicen[cs](?:e|es|ed|ing))\b(?!\s+[Aa]pplication)/gi;
const DEAL_WORDS = /\b(?:agreements?|exclusive|rights|deal|transaction|upfront|up-front|option|terms|worldwide|territor(?:y|ies)|enter(?:s|ed|ing)?|sign(?:s|ed|ing)?|grant(?:s|ed|ing)?|from|to\s+(?:develop|commerciali[sz]e))\b/i;
const COLLABORATION = /\b(?:collaborations?|co-development|co-develop|partnerships?|alliance)\b/gi;
const COLLABORATION_WORDS = /\b(?:agreements?|enter(?:s|ed|ing)?|sign(?:s|ed|ing)?|form(?:s|ed|ing)?|expand(?:s|ed|ing)?|establish(?:es|ed|ing)?|deal|strategic|announce[sd]?)\b/i;

/** Words before a cue that make it a plan: "expects to dose", "will present", "plans to submit". */
const PLAN_BEFORE = /\b(?:expect(?:s|ed)?|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|anticipate[sd]?|anticipating|will|shall|to\s+be|on\s+track|aim(?:s|ing)?\s+to|seek(?:s|ing)?\s+to|would|could|upcoming|planned|potential(?:ly)?|next|future|prepar(?:e|es|ing)\s+(?:to|for)|guid(?:e|es|ance)|remain(?:s)?\s+on\s+track|scheduled)\b/i;
/** Words right after a cue that make it a plan: "data are expected", "readout is anticipated". */
const PLAN_AFTER = /^[^.;]{0,30}?\b(?:is|are|remains?)\s+(?:now\s+|still\s+|currently\s+)?(?:expected|anticipated|planned|scheduled|on\s+track)\b|^\s*(?:expected|anticipated|planned|scheduled)\b/i;
const PLAN_WINDOW = 70;
/** A year written alone after a preposition: "licensed from Tamar University in 2019". */
const BARE_YEAR = /\b(?:in|during|since|from|by|of|until|through)\s+((?:19|20)\d\d)\b(?![-–/.]\d)/g;

const DESIGNATION_LABELS: [RegExp, string][] = [
  [/^breakthrough/i, 'Breakthrough Therapy designation'],
  [/^fast/i, 'Fast Track designation'],
  [/^orphan/i, 'Orphan Drug designation'],
  [/^rare/i, 'Rare Pediatric Disease designation'],
  [/^prime|^priority\s+medicines/i, 'PRIME designation'],
  [/^rmat|^regenerative/i, 'RMAT designation'],
  [/^sakigake/i, 'Sakigake designation'],
  [/^priority\s+review/i, 'Priority Review'],
  [/^accelerated/i, 'Accelerated Assessment'],
];

function matches(re: RegExp, sentence: string): RegExpExecArray[] {
  re.lastIndex = 0;
  return [...sentence.matchAll(re)];
}

function cue(kind: MilestoneKind, event: MilestoneEvent, label: string, m: RegExpExecArray): Cue {
  return { kind, event, label, start: m.index, end: m.index + m[0].length };
}

/** The first match of a global regex in a sentence, or undefined. */
function first(re: RegExp, sentence: string): RegExpExecArray | undefined {
  re.lastIndex = 0;
  const m = re.exec(sentence);
  re.lastIndex = 0;
  return m ?? undefined;
}

// Each finder takes at most one cue per label: one event is named once per sentence, and a bounded
// number of cues keeps the work per sentence linear even for text like "IND IND IND …".
function findIndCues(sentence: string): Cue[] {
  const m = first(IND, sentence);
  if (!m) return [];
  const name = m[0].startsWith('CTA') ? 'CTA' : 'IND';
  if (IND_CLEARED.test(sentence)) return [cue('ind', 'ind-cleared', name === 'CTA' ? 'CTA approved' : 'IND cleared', m)];
  if (IND_FILED.test(sentence)) return [cue('ind', 'ind-filed', `${name} filed`, m)];
  return [];
}

function findFirstPatientCues(sentence: string): Cue[] {
  const m = first(FIRST_PATIENT, sentence);
  if (!m) return [];
  if (/dosing$/i.test(m[0]) || DOSING.test(sentence)) return [cue('first-patient', 'first-patient', 'first patient dosed', m)];
  if (ENROLLING.test(sentence)) return [cue('first-patient', 'first-patient', 'first patient enrolled', m)];
  return [];
}

function findDataCues(sentence: string): Cue[] {
  const out: Cue[] = [];
  const topline = first(TOPLINE, sentence);
  if (topline) out.push(cue('data', 'topline', 'topline data', topline));
  const interim = first(INTERIM, sentence);
  if (interim) out.push(cue('data', 'interim', 'interim data', interim));
  // A congress presentation names the congress; "conference call" is no congress.
  const congress = CONGRESS.exec(sentence);
  if (congress && !/\bconference\s+call\b/i.test(sentence)) {
    // The presenting word nearest the congress name: "oral immunotherapies … will be presented at …".
    let nearest: RegExpExecArray | undefined;
    for (const m of matches(PRESENTING, sentence)) if (!nearest || Math.abs(m.index - congress.index) < Math.abs(nearest.index - congress.index)) nearest = m;
    if (nearest) {
      const name = /^[A-Z/]{3,}$|^IDWeek$/.test(congress[0]) ? congress[0] : '';
      out.push(cue('data', 'presentation', name ? `presentation at ${name}` : 'congress presentation', nearest));
    }
  }
  if (out.length === 0 && READOUT_WORD.test(sentence)) {
    const readout = first(READOUT, sentence);
    if (readout) out.push(cue('data', 'readout', 'data readout', readout));
  }
  return out;
}

function findRegulatoryCues(sentence: string, indCues: Cue[], families: number): Cue[] {
  const out: Cue[] = [];
  if (families & FILING_WORDS) findFilingCue(sentence, out);
  const actionDate = families & ACTION_DATE_WORDS ? first(ACTION_DATE, sentence) : undefined;
  if (actionDate) out.push(cue('regulatory', 'action-date', 'PDUFA date', actionDate));
  const opinion = families & OPINION_WORDS ? first(POSITIVE_OPINION, sentence) : undefined;
  if (opinion) out.push(cue('regulatory', 'positive-opinion', 'CHMP positive opinion', opinion));
  if (families & DESIGNATION_WORDS) findDesignationCues(sentence, out);
  if (families & APPROVAL_WORDS) findApprovalCue(sentence, indCues, out);
  const refused = families & COMPLETE_RESPONSE_WORDS ? first(COMPLETE_RESPONSE, sentence) : undefined;
  if (refused) out.push(cue('regulatory', 'complete-response', 'Complete Response Letter', refused));
  const hold = families & CLINICAL_HOLD_WORDS ? first(CLINICAL_HOLD, sentence) : undefined;
  if (hold) {
    const partial = /^partial/i.test(hold[0]) ? 'partial ' : '';
    if (HOLD_LIFTED.test(sentence)) out.push(cue('regulatory', 'hold-lifted', `${partial}clinical hold lifted`, hold));
    else out.push(cue('regulatory', 'clinical-hold', `${partial}clinical hold`, hold));
  }
  return out;
}

/** A filing (BLA, NDA, MAA) submitted, submitted again or accepted. */
function findFilingCue(sentence: string, out: Cue[]): void {
  const filing = first(FILING, sentence);
  if (!filing) return;
  const abbreviation = /^Biologics/.test(filing[0]) ? 'BLA' : /^New/.test(filing[0]) ? 'NDA' : /^Marketing/.test(filing[0]) ? 'MAA' : filing[0].replace(/s$/, '');
  if (FILING_ACCEPTED.test(sentence)) out.push(cue('regulatory', 'filing-accepted', `${abbreviation} accepted`, filing));
  else if (RESUBMITTED.test(sentence)) out.push(cue('regulatory', 'filing', `${abbreviation} resubmitted`, filing));
  else if (FILING_VERB.test(sentence)) out.push(cue('regulatory', 'filing', `${abbreviation} submitted`, filing));
}

/** Designations ("Fast Track designation"), each label once. */
function findDesignationCues(sentence: string, out: Cue[]): void {
  const labels = new Set<string>();
  for (const m of matches(DESIGNATION, sentence)) {
    const label = DESIGNATION_LABELS.find(([re]) => re.test(m[0]))?.[1];
    if (label && !labels.has(label)) {
      labels.add(label);
      out.push(cue('regulatory', 'designation', label, m));
    }
  }
}

/** An approval of the program by an agency named in the sentence. */
function findApprovalCue(sentence: string, indCues: Cue[], out: Cue[]): void {
  // An approval word is rarer than an agency's name: look for it first.
  const approvals = matches(APPROVAL, sentence);
  const agency = approvals.length ? AGENCY.exec(sentence) : null;
  if (!agency) return;
  const ind = indCues[0];
  for (const m of approvals) {
    const end = m.index + m[0].length;
    // "FDA-approved therapies", an IND or CTA approval, or "approval to start a trial" are not approvals of the program.
    if (sentence.charCodeAt(m.index - 1) === 45 || NOT_AN_APPROVAL_AFTER.test(sentence.slice(end, end + 30))) continue;
    if (ind && Math.abs(ind.start - m.index) < 40) continue;
    const who = /^(?:FDA|Food)/.test(agency[0]) ? 'FDA ' : /^(?:EMA|European)/.test(agency[0]) ? 'EU ' : /^[A-Z]{3,}$/.test(agency[0]) ? `${agency[0]} ` : '';
    out.push(cue('regulatory', 'approval', `${who}approval`, m));
    break;
  }
}

function findDealCues(sentence: string): Cue[] {
  for (const m of matches(ACQUISITION, sentence)) {
    const end = m.index + m[0].length;
    if (NOT_AN_ACQUISITION_AFTER.test(sentence.slice(end, end + 20)) || /\bdata\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) continue;
    return [cue('deal', 'acquisition', 'acquisition', m)];
  }
  // The rare word first, then the common words that must come with it.
  const licence = first(LICENSE, sentence);
  if (licence && DEAL_WORDS.test(sentence)) return [cue('deal', 'license', 'licence', licence)];
  const collaboration = first(COLLABORATION, sentence);
  if (collaboration && COLLABORATION_WORDS.test(sentence)) return [cue('deal', 'collaboration', 'collaboration', collaboration)];
  return [];
}

/** Cheap test before the finders: sentences without any of these words have no milestone. */
export const ANY_CUE = /IND|CTA|Investigational|first|dosing|top-?line|interim|data|results|read-?out|present|poster|oral|abstract|BLA|NDA|MAA|Application|PDUFA|action\s+date|approv|authori|opinion|designation|status|review|assessment|complete\s+response\s+letter|CRL|clinical\s+hold|acqui|merger|takeover|licen|collaborat|co-develop|partnership|alliance/i;

/** A pattern that matches its ASCII letters in either case, for a regex whose other parts do not. */
const eitherCase = (source: string) => source.replace(/\\.|[a-z]/gi, (c) => (c.length > 1 ? c : `[${c.toUpperCase()}${c.toLowerCase()}]`));

/**
 * Which finders a sentence needs. A finder's patterns cannot match without one of its words, so a
 * sentence is read only by the finders whose words it holds: one search of the sentence instead of
 * a dozen. A group per finder (or part of one); IND and filing words are case-sensitive, as their
 * patterns are. No word is the start of another, so stepping one character past each match finds
 * every word.
 */
const CUE_FAMILY = new RegExp(
  [
    'IND|CTA|Investigational',
    eitherCase('first|dosing'),
    eitherCase('top[-\\s]?line|interim|data|results|read-?out|present|poster|abstract|late-breaking'),
    'BLA|NDA|MAA|Application',
    eitherCase('PDUFA|action\\s+date'),
    eitherCase('opinion'),
    eitherCase('designation|status|review|assessment'),
    eitherCase('approv|authori'),
    eitherCase('acqui|merger|takeover|licen|collaborat|co-develop|partnership|alliance'),
    `${eitherCase('complete\\s+response\\s+letter')}|CRL`,
    eitherCase('clinical\\s+hold'),
  ]
    .map((words) => `(${words})`)
    .join('|'),
  'g',
);
/** The finders (or parts of one) whose words a sentence holds; CUE_FAMILY's groups in order. */
const IND_WORDS = 1;
const FIRST_PATIENT_WORDS = 2;
const DATA_WORDS = 4;
const FILING_WORDS = 8;
const ACTION_DATE_WORDS = 16;
const OPINION_WORDS = 32;
const DESIGNATION_WORDS = 64;
const APPROVAL_WORDS = 128;
const DEAL_WORDS_SEEN = 256;
const COMPLETE_RESPONSE_WORDS = 512;
const CLINICAL_HOLD_WORDS = 1024;
/** Set when a word found is one of ANY_CUE's: all are but these two of the data finder. */
const ANY_CUE_WORD = 2048;
const NOT_ANY_CUE_WORD = /^top\sline$|^late-breaking$/i;

/**
 * The finders a sentence needs (CUE_FAMILY bits), or 0 when it needs none or when ANY_CUE does
 * not match it (then no finder was ever asked).
 */
export function cueFamilies(sentence: string): number {
  let bits = 0;
  CUE_FAMILY.lastIndex = 0;
  for (let m = CUE_FAMILY.exec(sentence); m; m = CUE_FAMILY.exec(sentence)) {
    let group = 1;
    while (m[group] === undefined) group++;
    bits |= 1 << (group - 1);
    if (group !== 3 || !NOT_ANY_CUE_WORD.test(m[0])) bits |= ANY_CUE_WORD;
    CUE_FAMILY.lastIndex = m.index + 1;
  }
  if (bits === 0) return 0;
  return bits & ANY_CUE_WORD || ANY_CUE.test(sentence) ? bits : 0;
}

/** The cues of a sentence, from the finders its words call for, in the finders' order. */
export function findCues(sentence: string, families: number): Cue[] {
  const indCues = families & IND_WORDS ? findIndCues(sentence) : [];
  // Built by push, as readItem's other lists: the code reading them meets one array kind.
  const cues: Cue[] = [];
  pushAll(cues, indCues);
  pushAll(cues, findRegulatoryCues(sentence, indCues, families));
  if (families & FIRST_PATIENT_WORDS) pushAll(cues, findFirstPatientCues(sentence));
  if (families & DATA_WORDS) pushAll(cues, findDataCues(sentence));
  if (families & DEAL_WORDS_SEEN) pushAll(cues, findDealCues(sentence));
  return cues;
}

function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]!);
}

/**
 * The milestones a release states: sentences that name a program and a cue (IND, first patient,
 * data, regulatory, deal). The date is the date written in the sentence nearest the cue, else the
 * release date; plans ("expects to", "will", a date after the release) are marked as planned.
 * Linear in the text: each sentence is read a bounded number of times by linear regexes.
 */
export function extractMilestones(input: MilestoneInput): Milestone[] {
  const { text, mentions, programs, structure, lines } = input;
  if (programs.length === 0) return [];
  // Program mentions in text order, with the program's preferred name; payloads are no subjects.
  const subjects: Subject[] = [];
  for (let k = 0; k < programs.length; k++) {
    const p = programs[k]!;
    if (p.modality?.value === 'payload') continue;
    for (let j = 0; j < p.mentions.length; j++) {
      const m = p.mentions[j]!;
      subjects.push({ offset: m.offset, end: m.offset + m.length, program: p.names[0]! });
    }
  }
  if (subjects.length === 0) return [];
  subjects.sort((a, b) => a.offset - b.offset);

  const releaseDate = structure.releaseDate;
  const reader: ItemReader = {
    text,
    mentions,
    lines,
    skippedLines: linesOf(structure, lines.lineCount, (kind) => SKIPPED_SECTIONS.has(kind)),
    outlookLines: linesOf(structure, lines.lineCount, (kind) => kind === 'outlook'),
    releaseDate,
    releaseStart: releaseDate ? describeDate(releaseDate).start : undefined,
    starts: new Map<string, string | undefined>(),
    mi: 0,
  };
  const found: Milestone[] = [];
  const items = itemsNamingPrograms(text, input.sentences ?? splitSentences(text), subjects);
  let si = 0;
  for (let k = 0; k < items.length; k++) {
    const s = items[k]!;
    if (found.length >= MAX_FOUND) break;
    while (si < subjects.length && subjects[si]!.offset < s.start) si++;
    if (si >= subjects.length) break;
    if (subjects[si]!.offset >= s.end) continue;
    const inSentence: Subject[] = [];
    for (let j = si; j < subjects.length && subjects[j]!.offset < s.end; j++) inSentence.push(subjects[j]!);
    readItem(reader, s, inSentence, found);
  }
  return dedupe(found);
}

/** A program mention: where it stands and the program's preferred name. */
interface Subject {
  offset: number;
  end: number;
  program: string;
}

/** What reading a release's sentences for milestones needs, made once per release. */
interface ItemReader {
  text: string;
  mentions: Mention[];
  lines: LineIndex;
  skippedLines: (line: number) => boolean;
  outlookLines: (line: number) => boolean;
  releaseDate: string | undefined;
  releaseStart: string | undefined;
  /** dateStart of each date value met: most cues are dated by the release date or a few dates of the text. */
  starts: Map<string, string | undefined>;
  /** Index of the first mention not before the sentence read last (sentences are read in order). */
  mi: number;
}

/** The sentences that name a program, cut into list items. */
function itemsNamingPrograms(text: string, sentences: SentenceSpan[], subjects: Subject[]): SentenceSpan[] {
  const items: SentenceSpan[] = [];
  const breaks = new NextOf(text, LINE_BREAK_CHARS);
  let si = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    // Only sentences that name a program are read (and cut into list items).
    while (si < subjects.length && subjects[si]!.offset < sentence.start) si++;
    if (si >= subjects.length) break;
    if (subjects[si]!.offset < sentence.end) splitListItems(text, sentence, breaks, items);
  }
  return items;
}

/** The milestones of one sentence (or list item) `s`, which names the programs of `inSentence`. */
function readItem(r: ItemReader, s: SentenceSpan, inSentence: Subject[], found: Milestone[]): void {
  const { text, mentions } = r;
  while (r.mi < mentions.length && mentions[r.mi]!.offset < s.start) r.mi++;
  const dates = datesIn(mentions, r.mi, s.end);
  if (dates === undefined) return;
  const start = r.lines.position(s.start);
  if (r.skippedLines(start.line)) return;
  const sentence = text.slice(s.start, s.end);
  const families = cueFamilies(sentence);
  if (families === 0) return;

  const cues = findCues(sentence, families);
  const inOutlook = r.outlookLines(start.line);
  if (cues.length === 0) {
    // In an "Upcoming milestones" list, "Expansion-cohort data for X: first half of 2025" is a readout.
    const outlookData = inOutlook ? first(OUTLOOK_DATA, sentence) : undefined;
    if (!outlookData) return;
    cues.push(cue('data', 'readout', 'data readout', outlookData));
  }
  cues.sort((a, b) => a.start - b.start);
  const dateOf = datesToCues(cues, dates, s.start);
  const yearOf = bareYearsToCues(cues, sentence, dates, s.start);
  const oneLine = collapseSpaces(sentence).trim();
  const shortText = oneLine.length > MAX_TEXT ? `${oneLine.slice(0, MAX_TEXT - 1)}…` : oneLine;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    const date = dateOf[k];
    const year = date ? undefined : yearOf[k];
    const value = date ? String(date.value) : year ?? r.releaseDate;
    const planned = inOutlook || isPlanned(sentence, c) || (value !== undefined && r.releaseStart !== undefined && (startOf(r, value) ?? '') > r.releaseStart);
    const programs = programsOf(c, inSentence, text, s.start);
    for (let j = 0; j < programs.length; j++) {
      const program = programs[j]!;
      const milestone: Milestone = {
        kind: c.kind,
        event: c.event,
        label: c.label,
        program,
        dateSource: date || year ? 'sentence' : 'release',
        planned,
        offset: s.start,
        length: s.end - s.start,
        line: start.line,
        column: start.column,
        text: shortText,
      };
      if (value !== undefined) milestone.date = value;
      found.push(milestone);
    }
  }
}

/**
 * The dated mentions (not "-MM-DD" dates without a year) from mention `from` to offset `end`, or
 * undefined when there are more mentions than a statement of events has (a table or a list).
 */
function datesIn(mentions: Mention[], from: number, end: number): Mention[] | undefined {
  let mentionCount = 0;
  const dates: Mention[] = [];
  for (let j = from; j < mentions.length && mentions[j]!.offset < end; j++) {
    mentionCount++;
    if (mentions[j]!.kind === 'date' && !String(mentions[j]!.value).startsWith('-')) dates.push(mentions[j]!);
  }
  return mentionCount > MAX_SENTENCE_MENTIONS ? undefined : dates;
}

/** dateStart of a date value, described once per release. */
function startOf(r: ItemReader, value: string): string | undefined {
  if (!r.starts.has(value)) r.starts.set(value, dateStart(value));
  return r.starts.get(value);
}

/**
 * A test for 1-based line numbers inside sections of some kinds. A nested section overrides its
 * parent for its own lines ("Partnership Update" under "Anticipated Milestones" is no outlook).
 * A flag per line: constant time per query.
 */
function linesOf(structure: ReleaseStructure, lineCount: number, wanted: (kind: SectionKind) => boolean): (line: number) => boolean {
  if (!structure.sections.some((s) => wanted(s.kind))) return () => false;
  const flags = new Uint8Array(lineCount + 2);
  for (const s of structure.sections) flags.fill(wanted(s.kind) ? 1 : 0, s.line, Math.min(s.endLine, lineCount) + 1);
  return (line) => flags[line] === 1;
}

function isPlanned(sentence: string, c: Cue): boolean {
  const before = sentence.slice(Math.max(0, c.start - PLAN_WINDOW), c.start);
  // "… to Present Updated Data": an infinitive right before the cue is an announcement of a plan.
  return PLAN_BEFORE.test(before) || /\bto\s+$/i.test(before) || PLAN_AFTER.test(sentence.slice(c.end, c.end + 50));
}

/**
 * Gives each cue the nearest of the dates written after it and before the next cue; a cue with none
 * after it takes the nearest date before it when it is the first cue ("On May 2, 2017, the first
 * patient was dosed"). So in "dosed the first patient in April 2017 and expects topline data in Q4
 * 2018" each event has its own date. `cues` are sorted by position.
 */
function datesToCues(cues: Cue[], dates: Mention[], sentenceStart: number): (Mention | undefined)[] {
  const after: (Mention | undefined)[] = [];
  let before: Mention | undefined;
  const distance = (c: Cue, d: Mention) => gap(c.start, c.end, d.offset - sentenceStart, d.offset - sentenceStart + d.length);
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    const at = d.offset - sentenceStart;
    if (at < cues[0]!.start) {
      if (!before || distance(cues[0]!, d) < distance(cues[0]!, before)) before = d;
      continue;
    }
    let owner = 0;
    while (owner + 1 < cues.length && cues[owner + 1]!.start <= at) owner++;
    const current = after[owner];
    if (!current || distance(cues[owner]!, d) < distance(cues[owner]!, current)) after[owner] = d;
  }
  const out: (Mention | undefined)[] = [];
  for (let k = 0; k < cues.length; k++) out.push(after[k] ?? (k === 0 ? before : undefined));
  return out;
}

/** For cues without a dated mention: the nearest year written alone in the sentence, outside the dated mentions. */
function bareYearsToCues(cues: Cue[], sentence: string, dates: Mention[], sentenceStart: number): (string | undefined)[] {
  const years: { at: number; end: number; year: string }[] = [];
  for (const m of matches(BARE_YEAR, sentence)) {
    const at = m.index + m[0].length - 4;
    if (dates.some((d) => d.offset - sentenceStart <= at && at < d.offset - sentenceStart + d.length)) continue;
    years.push({ at, end: at + 4, year: m[1]! });
  }
  // An array of the same kind either way, built by push: readItem then meets one kind.
  const out: (string | undefined)[] = [];
  for (let k = 0; k < cues.length; k++) out.push(years.length === 0 ? undefined : nearestYear(cues[k]!, years));
  return out;
}

function nearestYear(c: Cue, years: { at: number; end: number; year: string }[]): string | undefined {
  let best: { at: number; end: number; year: string } | undefined;
  for (const y of years) if (!best || gap(c.start, c.end, y.at, y.end) < gap(c.start, c.end, best.at, best.end)) best = y;
  return best?.year;
}

/** First day of a date value, `YYYY-MM-DD`; a year alone starts on January 1. */
export function dateStart(value: string): string | undefined {
  return describeDate(value).start ?? (/^\d{4}$/.test(value) ? `${value}-01-01` : undefined);
}

function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return bStart >= aEnd ? bStart - aEnd : aStart >= bEnd ? aStart - bEnd : 0;
}

/** Between two program names, text that lists them together (", ", " and ", " or ", "/") or combines them ("X, an ADC, in combination with Y"). */
const LIST_LINK = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$|^[^.;]{0,80}?\b(?:in\s+combination\s+with|combined\s+with|plus)\s+$/;

/**
 * The programs a cue is about: the program named nearest to it, and the programs listed or combined
 * with that name ("QX-501 and QX-502", "QX-501 in combination with QX-502").
 */
function programsOf(c: Cue, inSentence: Subject[], text: string, sentenceStart: number): string[] {
  const cueStart = sentenceStart + c.start;
  const cueEnd = sentenceStart + c.end;
  let nearest = 0;
  let nearestDistance = Infinity;
  inSentence.forEach((m, k) => {
    const distance = gap(cueStart, cueEnd, m.offset, m.end);
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = k;
    }
  });
  const names = new Set([inSentence[nearest]!.program]);
  for (let k = nearest; k + 1 < inSentence.length && LIST_LINK.test(text.slice(inSentence[k]!.end, inSentence[k + 1]!.offset)); k++) names.add(inSentence[k + 1]!.program);
  for (let k = nearest; k > 0 && LIST_LINK.test(text.slice(inSentence[k - 1]!.end, inSentence[k]!.offset)); k--) names.add(inSentence[k - 1]!.program);
  const out: string[] = [];
  for (const name of names) out.push(name);
  return out;
}

const DEAL_RANK: Partial<Record<MilestoneEvent, number>> = { acquisition: 3, license: 2, collaboration: 1 };

/**
 * One mark per program, event label and plan: a headline and its first paragraph often say the same.
 * A date written in a sentence beats the release date; different written dates stay apart. A release
 * announces one deal per program: "collaboration" and "licence" for the same deal become one mark,
 * named by the more specific word.
 */
function dedupe(found: Milestone[]): Milestone[] {
  const groups = new Map<string, Milestone[]>();
  for (const m of found) {
    const key = `${m.program}\u0000${m.kind === 'deal' ? 'deal' : m.label}\u0000${m.planned}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  const keep = new Set<Milestone>();
  for (const group of groups.values()) {
    const dated = group.filter((m) => m.dateSource === 'sentence');
    const kept: Milestone[] = [];
    if (dated.length === 0) kept.push(group[0]!);
    const seen = new Set<string>();
    for (const m of dated) {
      if (seen.has(m.date!)) continue;
      seen.add(m.date!);
      kept.push(m);
    }
    const strongest = group.reduce((a, b) => ((DEAL_RANK[b.event] ?? 0) > (DEAL_RANK[a.event] ?? 0) ? b : a));
    for (const m of kept) {
      if (m.kind === 'deal') {
        m.event = strongest.event;
        m.label = strongest.label;
      }
      keep.add(m);
    }
  }
  return found.filter((m) => keep.has(m));
}
