import { recognizeDates } from './recognize/dates';
import { recognizeTickers } from './recognize/misc';
import { detach } from './text/detach';
import { isAsciiLetter, isDigit } from './text/chars';
import { collapseSpaces, isWhiteSpace } from './text/whiteSpace';
import type { LineIndex, TextLine } from './text/lines';
import type { Dateline, LineSpan, ReleaseStructure, Section, SectionKind, Ticker } from './types';

/** Wire services as they appear in datelines, with a display name. */
const WIRES: [RegExp, string][] = [
  [/\(?\s*BUSINESS\s?WIRE\s*\)?/i, 'Business Wire'],
  [/\/?\s*PR\s?Newswire(?:-[A-Za-z]+)?\s*\/?|\(PRNewswire\)/i, 'PR Newswire'],
  [/\(?\s*GLOBE\s?NEWSWIRE\s*\)?/i, 'GlobeNewswire'],
  [/\/?\s*CNW\s*\/?/, 'CNW'],
  [/\(?\s*Marketwired\s*\)?|\(?\s*MARKET WIRE\s*\)?/i, 'Marketwired'],
  [/\(?\s*ACCESSWIRE\s*\)?/i, 'ACCESSWIRE'],
  [/\/?\s*EINPresswire\s*\/?|\/EIN News\//i, 'EIN Presswire'],
  [/\(\s*ots\s*\)/, 'ots'],
  [/\(\s*RTTNews\s*\)/i, 'RTTNews'],
  // Regional services: "(Korea Newswire)", "/ JCN Newswire /", "(ANTARA/PRNewswire)".
  [/\(\s*[A-Z][A-Za-z./ ]{1,30}(?:Newswire|NEWSWIRE|Wire|WIRE|News)\s*\)|\/\s*[A-Z][A-Za-z ]{1,30}(?:Newswire|Wire)\s*\//, ''],
];

/**
 * Every wire service's pattern needs one of these words (case ignored): most lines have none, and
 * the services are not tried. Case is ignored by the regex, with no lower-cased copy of each line
 * (no other character lower-cases into these words).
 */
const WIRE_WORD = /wire|news|cnw|ots/i;
const mayNameWire = (head: string) => WIRE_WORD.test(head);

const BANNER_LINE = /^(?:press release|news release|media release|(?:media|investor|press)\s+(?:and|&)\s+(?:media|investor|analyst)\s+release|investor release|for immediate release|press information|news|investor news|company announcement|corporate news|ad hoc announcement|regulatory news)\s*:?$/i;
/**
 * Service lines of regulatory news feeds (EQS/DGAP, RNS, Nordic exchanges: "No. 12/2025"), embargo
 * lines, a wire page's "Share this article" and a listed company's incorporation and stock code lines
 * ("(Incorporated in the Cayman Islands with limited liability)"), that are not the headline.
 */
const FEED_LINE = /^(?:(?:EQS|DGAP)(?:-[A-Za-z]+)?\s*:|[^/]{2,80}\s\/\s+(?:key\s*words?(?:\(s\))?|schlagw(?:ort|örter)(?:\(e\))?)\s*:|ad[\s-]hoc\s+(?:announcement|release)\b|regulated\s+information\b|this\s+announcement\b|not\s+for\s+(?:release|publication|distribution)\b|RNS\s+Number\s*:|(?:company|stock\s+exchange)\s+(?:announcement|release)(?:\s+(?:no\.?|number)\s*[\d/]+)?\s*$|announcement\s+no\.|(?:no\.?|number)\s*\d{1,4}\s*[/-]\s*\d{2,4}\s*$|embargo(?:ed)?\b|share\s+this\s+article\s*$|inside\s+information\b|this\s+announcement\s+contains\s+inside\s+information|the\s+issuer\s+is\s+solely\s+responsible|\((?:["“][^"”]{1,40}["”],?\s+(?:the\s+)?){1,3}or\s+(?:the\s+)?["“](?:company|group)["”]\)$|\((?:incorporated|registered)\s+in\s+[^)]{2,80}\)$|\(\s*stock\s+code\s*:[^)]{1,40}\)$)/i;
/** A company's name alone, with its legal form, and its listing or not: "Banksia Radiopharmaceuticals Limited (ASX: BKR)". */
const COMPANY_ONLY_LINE = /^[A-Z][\p{L}&.' -]{1,50},?\s(?:plc|PLC|Inc\.?|AG|SA|SE|N\.V\.|Ltd\.?|Limited|A\/S|ASA|AB|Oyj|GmbH|S\.A\.|S\.p\.A\.|Corp\.?|Co\.,?\s+Ltd\.?)(?:\s*\([A-Z][A-Za-z ]{1,20}:\s*[A-Z0-9.]{1,8}\))?$/u;
/** The Hong Kong stock exchange's disclaimer above a listed company's announcement. */
const EXCHANGE_DISCLAIMER = /^hong\s+kong\s+exchanges\s+and\s+clearing\s+limited\b[^.]{0,120}\btake\s+no\s+responsibility\b/i;
/**
 * A company web page's lines around a release copied from it: a breadcrumb from a menu's first
 * page ("Home > Investors > News"; not a headline's "ORR > 50%"), "Download PDF", "Print".
 */
const WEB_PAGE_LINE = /^(?:(?:home|investors?|investor\s+relations|news(?:room)?|media|press(?:\s+releases)?)(?:\s[>»›]\s[^>»›\n]{1,30}){1,5}|(?:news|press)\s+release\s+details|download(?:\s+(?:as\s+)?pdf)?|pdf(?:\s+version)?|print(?:er[-\s]friendly(?:\s+version)?)?|share|e-?mail|back(?:\s+to\s+(?:news|press\s+releases|all\s+news))?|view\s+all\s+(?:news|press\s+releases)|source\s*:\s.{1,80})$/i;
/** A contact line: "Contact: …", "Media Contacts: …", "Investor Relations: …". */
const CONTACT_LINE = /^(?:(?:media|investor|press|company)\s+)?(?:contacts?|relations|enquiries|inquiries)\s*:/i;
/** A time of day and its zone, abbreviated or written out: "07:00 CET/CEST", "06:45 AM Eastern Standard Time". */
const TIME_OF_DAY = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:\/[A-Z]{2,5})?|(?:Eastern|Central|Mountain|Pacific|Central\s+European|Greenwich\s+Mean|British\s+Summer)(?:\s+(?:Standard|Daylight|Summer))?\s+Time)?`;
/** A time between a dateline's date and its separator, in parentheses or not. */
const TIME_AFTER_DATE = new RegExp(String.raw`^,?\s*\(?${TIME_OF_DAY}\)?\s*$`, 'i');
/** A time after a date line's date: "14.10.2024 / 07:00 CET/CEST", "November 18, 2024 06:45 AM Eastern Standard Time". */
const TIME_ENDING_LINE = new RegExp(String.raw`\s*(?:[/,|–-]|\sat)?\s*${TIME_OF_DAY}\s*$`, 'i');
/** What separates a dateline's place, date and body; " I " stands for a bar in some ("TOKYO, Japan I February 6, 2025 I …"). */
const SEPARATORS = [' -- ', '--', ' – ', ' — ', ' - ', '– ', '— ', ': ', ' | ', ' I '];
/** How far into a line the separator after a dateline's place, date or wire may start. */
const MAX_SEPARATOR_INDEX = 200;
const FUNCTION_WORDS = new Set([
  'for', 'and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'with', 'at', 'by', 'from', 'as', 'its', 'their',
  'into', 'after', 'versus', 'vs.', 'vs', 'its', 'our', 'new', 'that', 'than', '&', 'plus', 'first', 'phase',
]);

interface HeadingRule {
  kind: SectionKind;
  test: RegExp;
}

const NAMED_HEADINGS: HeadingRule[] = [
  { kind: 'forward-looking', test: /^(?:(?:cautionary|special)\s+(?:note|statement|language)s?\s+(?:regarding|concerning|about|on|relating to)\s+)?forward[-\s]looking\s+(?:statements?|information)(?:\s+disclaimer)?\s*:?$/i },
  { kind: 'forward-looking', test: /^(?:safe\s+harbou?r(?:\s+statement)?|cautionary\s+(?:note|statement)s?|disclaimer|forward-looking statements and safe harbor)\s*:?$/i },
  { kind: 'contacts', test: /^(?:(?:investor|investors|media|press|company|corporate|business|general|u\.?s\.?|eu|european|us|international)(?:\s+(?:relations|and\s+media|and\s+investor|&\s+media|&\s+investor|inquiries|enquiries))?\s+contacts?|contacts?|contact\s+information|for\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?|for\s+(?:investors|media|investor\s+(?:inquiries|enquiries|relations)|media\s+(?:inquiries|enquiries))|investors|media|investor\s+relations|media\s+relations|investor\s+and\s+media|media\s+and\s+investors?|inquiries|enquiries|source)(?![@\w.])\s*:?(?:\s*\S.{0,60})?$/i },
  { kind: 'references', test: /^(?:references?|footnotes?|sources|citations|notes)\s*:?$/i },
  { kind: 'safety', test: /^(?:(?:select(?:ed)?\s+)?important\s+safety\s+information(?:\s+and\s+indications?)?|indications?(?:\s+and\s+usage)?|boxed\s+warning|warnings\s+and\s+precautions)\s*:?$/i },
  { kind: 'conference-call', test: /^(?:(?:conference\s+call|webcast|investor\s+(?:call|event)|call|earnings\s+call)(?:\s+(?:and|&)\s+webcast)?(?:\s+(?:information|details|and\s+webcast\s+information))?)\s*:?$/i },
  { kind: 'outlook', test: /^(?:(?:\d{4}\s+)?(?:financial\s+)?(?:guidance|outlook)(?:\s+for\s+\d{4})?|(?:upcoming|anticipated)\s+(?:anticipated\s+)?(?:events|milestones)(?:\s+include)?|anticipated\s+\d{4}\s+milestones|upcoming\s+milestones)\s*:?$/i },
  { kind: 'highlights', test: /^(?:(?:recent|business|corporate|pipeline|clinical|program|key|operational|regulatory|quarterly|fourth[-\s]quarter|third[-\s]quarter|second[-\s]quarter|first[-\s]quarter|\d{4}|full[-\s]year)(?:\s+(?:and\s+)?(?:business|corporate|pipeline|clinical|operational|program|recent))?\s+(?:highlights|updates?|developments|progress|achievements)|highlights)(?:\s+(?:include|included|for\s+the\s+.{1,40}))?\s*:?$/i },
  { kind: 'financial', test: /^(?:.{0,40}\b)?(?:financial\s+(?:results|highlights|summary|information|statements|overview|update)|results\s+of\s+operations|(?:quarterly|full[-\s]year|annual)\s+(?:financial\s+)?results)(?:\s+for\s+.{1,50})?\s*:?$/i },
  { kind: 'table', test: /^-?\s*financials?\s+follows?\s*-?$|(?:balance\s+sheets?|statements?\s+of\s+(?:operations|income|cash\s+flows|comprehensive\s+(?:loss|income))|selected\s+(?:consolidated\s+)?financial\s+(?:information|data)|(?:condensed\s+)?consolidated\s+financial\s+(?:statements|information))(?:\s*\(unaudited\))?$/i },
];

/** A full date (year, month and day) is written with a four-digit year; recognizeDates is not asked about text without one. */
const FOUR_DIGITS = /\d{4}/;
const ABOUT = /^about\s+(?=[A-Z0-9"“'‘(\[]|the\s|our\s|[a-z]+[A-Z0-9])/i;
/** FORWARD_LOOKING_PARAGRAPH starts with "this", "the", "certain" or "statement(s)". */
const mayStartForwardLooking = (c: number) => c === 116 || c === 84 || c === 99 || c === 67 || c === 115 || c === 83;
const FORWARD_LOOKING_PARAGRAPH = /^(?:this|the)\s+(?:press|news)\s+release\s+(?:contains|includes|may\s+contain|may\s+include)\b.{0,80}forward[-\s]looking|^(?:certain\s+)?statements?\s+(?:in|contained\s+in|made\s+in)\s+this\s+(?:press|news)\s+release\b.{0,160}forward[-\s]looking|^(?:this|the)\s+(?:press|news)\s+release\s+(?:contains|includes)\s+forward/i;

/** Strips markdown emphasis and heading markers around a line: "**About X**", "# Title". */
function cleanHeadingText(text: string): string {
  let t = text.trim();
  // Most lines have neither markers nor runs of white space: the regexes run only when they might change something.
  if (t.charCodeAt(0) === 35) t = t.replace(/^#{1,6}\s+/, '');
  for (let k = 0; k < 2 && isEmphasisMark(t.charCodeAt(0)); k++) {
    const m = /^([*_]{1,3})(.+?)\1$/.exec(t);
    if (m) t = m[2]!.trim();
  }
  return collapseSpaces(t);
}

const isEmphasisMark = (c: number) => c === 42 || c === 95;

/** Abbreviations with a full stop that end a line without ending a sentence; the longest is five characters. */
const ABBREVIATION_AT_END = /(?:\b(?:Inc|Ltd|Co|Corp|Plc|plc|S\.A|N\.V|L\.P|LLC|AG|SE|GmbH|Bros|Ph\.D|M\.D|Jr|Sr)\.)$/;

function endsSentence(text: string): boolean {
  // /[.!?]["”’)]?$/, read from the end rather than searched for.
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (!isSentenceEnd(last) && !(isClosingMark(last) && isSentenceEnd(text.charCodeAt(n - 2)))) return false;
  // "About ImmunoGen, Inc." ends with an abbreviation, not a sentence. Its last seven characters
  // hold any such abbreviation and the character before it, which decides "\b".
  return !ABBREVIATION_AT_END.test(n > 7 ? text.slice(n - 7) : text);
}

const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;
const isClosingMark = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

/** Number of words separated by white space (as `text.split(/\s+/).filter(Boolean).length`). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let p = 0; p < text.length; p++) {
    const space = isWhiteSpace(text.charCodeAt(p));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function isDateOnlyLine(text: string): string | undefined {
  if (text.length > 120 || !FOUR_DIGITS.test(text)) return undefined;
  const t = text
    .replace(/^(?:(?:for immediate release|embargoed[^,:;–—-]*|dated?|published|posted|issued|released)\s*[:,;–—-]?\s*)/i, '')
    .replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/i, '')
    .replace(TIME_ENDING_LINE, '')
    .trim();
  if (!t || t.length > 40) return undefined;
  const dates = recognizeDates({ text: t });
  const d = dates[0];
  if (!d || typeof d.value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return undefined;
  const rest = (t.slice(0, d.start) + t.slice(d.end)).replace(/[\s,.;:–—-]/g, '');
  return rest.length === 0 ? d.value : undefined;
}

/** A feed's, an exchange's or a web page's line around a release, of any length: never its headline. */
const isServiceLine = (t: string) => FEED_LINE.test(t) || EXCHANGE_DISCLAIMER.test(t) || WEB_PAGE_LINE.test(t);

function isBannerLine(text: string): boolean {
  const t = cleanHeadingText(text);
  if (BANNER_LINE.test(t) || COMPANY_ONLY_LINE.test(t) || isServiceLine(t)) return true;
  // A company name or logo text in capitals: short, no lower case, no sentence.
  if (t.length <= 50 && wordCount(t) <= 6 && t === t.toUpperCase() && /[A-Z]/.test(t) && !/\d{3}/.test(t)) return true;
  return /^\[?(?:logo|image|photo)\b.*\]?$/i.test(t);
}

function isSubheadMarked(text: string): boolean {
  return /^(?:[—–•*·]|-\s|\*\s|_)/.test(text.trim());
}

/** Joins a hard-wrapped title: does `next` continue `line`? */
function continues(line: string, next: string): boolean {
  const last = line.trim().split(/\s+/).pop()!.toLowerCase();
  if (FUNCTION_WORDS.has(last)) return true;
  if (/[,\-–:&/]$/.test(line.trim())) return true;
  return /^[a-z(]/.test(next.trim());
}

interface DatelineMatch {
  dateline: Dateline;
  /** Offset (within the line) where the body text starts after the dateline's separator. */
  bodyStart: number;
}

/** Does a separator start in `head` before MAX_SEPARATOR_INDEX (else none is found after a dateline's date either)? */
function hasSeparator(head: string): boolean {
  for (const sep of SEPARATORS) {
    const k = head.indexOf(sep);
    if (k >= 0 && k < MAX_SEPARATOR_INDEX) return true;
  }
  return false;
}

function matchDateline(line: TextLine): DatelineMatch | undefined {
  const text = line.text;
  if (text.trim().length < 12) return undefined;
  const head = text.slice(0, 240);
  let wire: string | undefined;
  let wireEnd = -1;
  let wireStart = -1;
  for (const [re, name] of mayNameWire(head) ? WIRES : []) {
    const m = re.exec(head);
    if (m && m.index < 160) {
      wire = name || m[0].replace(/^[\s(/]+|[\s)/]+$/g, '');
      wireStart = m.index;
      wireEnd = m.index + m[0].length;
      break;
    }
  }
  // Without a wire service the dateline needs a separator after its date: most lines of a release's
  // top have neither, and their dates are not read.
  if (!wire && !hasSeparator(head)) return undefined;
  const dates = FOUR_DIGITS.test(head) ? recognizeDates({ text: head }).filter((d) => typeof d.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) : [];
  const firstDate = dates[0];
  // The separator after the place/date/wire: "--", "–", "—", " - ", "/".
  let sepIndex = -1;
  let sepLength = 0;
  const searchFrom = Math.max(wireEnd, firstDate && firstDate.start < 160 ? firstDate.end : -1, 0);
  for (const sep of SEPARATORS) {
    const k = head.indexOf(sep, searchFrom);
    if (k >= 0 && k < MAX_SEPARATOR_INDEX && (sepIndex < 0 || k < sepIndex)) {
      sepIndex = k;
      sepLength = sep.length;
    }
  }
  if (wire) {
    if (sepIndex < 0 || sepIndex > wireEnd + 40) {
      // "(BUSINESS WIRE)--" ends with the separator glued on.
      sepIndex = wireEnd;
      sepLength = 0;
    }
  } else {
    // No wire: "Place, Month D, YYYY – Body" with a place of capitalised words first.
    // A time may stand between the date and the separator: "20 February 2025, 08:00 CET –",
    // "3 March 2025 (07:00 CET) —", "March 3, 2025 08:00 ET | Source: …".
    const gap = firstDate && sepIndex >= 0 ? head.slice(firstDate.end, sepIndex) : '';
    const gapOk = gap.length <= 3 || TIME_AFTER_DATE.test(gap);
    if (!firstDate || firstDate.start > 120 || sepIndex < 0 || !gapOk) return undefined;
    const place = head.slice(0, firstDate.start);
    if (!/^[\s*_]*[A-Z][\p{L}.'’ -]*(?:,\s*[\p{L}.'’ -]+)*,?\s*[–—|-]?\s*(?:\(|$)/u.test(place) && place.trim() !== '') return undefined;
  }
  const placeEnd = Math.min(...[wireStart, firstDate && firstDate.start < 160 ? firstDate.start : -1].filter((x) => x >= 0), sepIndex >= 0 ? sepIndex : head.length);
  const place = head.slice(0, placeEnd).replace(/[\s,–—|(-]+$/, '').replace(/\sI$/, '').replace(/^[\s*_]+/, '').trim();
  if (place.length > 120) return undefined;
  const bodyStart = sepIndex >= 0 ? sepIndex + sepLength : wireEnd;
  const dateline: Dateline = { text: text.slice(0, bodyStart).trim(), line: line.line };
  if (place) dateline.place = place;
  if (wire) dateline.wire = wire;
  if (firstDate && firstDate.start < bodyStart) dateline.date = firstDate.value as string;
  return { dateline, bodyStart };
}

/**
 * What a title needs for some heading rule to match, "About …" included (case ignored): one of the
 * first words the rules start with, a year, or a word the rules may find further in. Most lines
 * have none of these, and the rules are not tried.
 */
const HEADING_FIRST_WORDS = new Set([
  'about', 'forward', 'cautionary', 'special', 'safe', 'disclaimer', 'investor', 'investors', 'media', 'press', 'company', 'corporate',
  'business', 'general', 'u', 'us', 'eu', 'european', 'international', 'contact', 'contacts', 'for', 'inquiries', 'enquiries', 'source',
  'reference', 'references', 'footnote', 'footnotes', 'sources', 'citations', 'notes', 'select', 'selected', 'important', 'indication',
  'indications', 'boxed', 'warnings', 'conference', 'webcast', 'call', 'earnings', 'guidance', 'outlook', 'financial', 'upcoming',
  'anticipated', 'recent', 'pipeline', 'clinical', 'program', 'key', 'operational', 'regulatory', 'quarterly', 'fourth', 'third', 'second',
  'first', 'full', 'highlights',
]);

function mayBeHeading(title: string): boolean {
  let end = 0;
  while (end < title.length && isAsciiLetter(title.charCodeAt(end))) end++;
  if (end === 0 ? isDigit(title.charCodeAt(0)) : HEADING_FIRST_WORDS.has(title.slice(0, end).toLowerCase())) return true;
  return HEADING_INNER_WORD.test(title);
}

/** Words the financial-results and table rules may find after the first word. */
const HEADING_INNER_WORD = /financial|results|balance|statement/i;

function classifyHeading(raw: string): { kind: SectionKind; title: string } | undefined {
  // A line that starts with neither markup nor white space is its own title, runs of spaces aside,
  // which mayBeHeading does not look at: most lines are turned down before they are cleaned, and
  // what it says of the raw line it says of the title. A marked line is asked once it is cleaned.
  const first = raw.charCodeAt(0);
  const marked = isEmphasisMark(first) || first === 35 || isWhiteSpace(first);
  if (!marked && !mayBeHeading(raw)) return undefined;
  const title = cleanHeadingText(raw);
  if (!title || title.length > 110 || (marked && !mayBeHeading(title))) return undefined;
  if (ABOUT.test(title) && !/^about\s+\d/i.test(title) && wordCount(title) <= 14 && !endsSentence(title)) {
    return { kind: 'about', title: title.replace(/:$/, '') };
  }
  if (title.length > 90) return undefined;
  for (const rule of NAMED_HEADINGS) {
    if (rule.test.test(title)) {
      if (rule.kind === 'contacts' && /\S\s*:\s*\S/.test(title) && !/^[^:]{1,40}:\s*\S.{0,60}$/.test(title)) continue;
      return { kind: rule.kind, title: title.replace(/\s*:$/, '') };
    }
  }
  return undefined;
}

/** A short Title Case line between paragraphs, e.g. "Partner Programs" (the caller has seen a paragraph end before it); `next`: the next non-empty line. */
function isGenericHeading(text: string, next: string | undefined): boolean {
  if (text.length > 80 || next === undefined || next.length < 60) return false;
  const t = cleanHeadingText(text);
  if (t.length < 4 || t.length > 60 || wordCount(t) > 8) return false;
  if (/[.,;!?]$/.test(t) || /[,;@]|\d{3}|https?:|www\./.test(t)) return false;
  const words = t.split(/\s+/);
  const minor = /^(?:a|an|and|the|of|for|in|on|to|with|by|at|or|vs\.?|&|–|-)$/i;
  if (!words.every((w) => minor.test(w) || /^[A-Z0-9"“(]/.test(w))) return false;
  if (!/^[A-Z]/.test(t)) return false;
  return next !== undefined && next.trim().length >= 60;
}

function trimEnd(lines: TextLine[], from: number, to: number): number {
  let end = to;
  while (end > from && lines[end - 1]!.text.trim() === '') end--;
  return end;
}

/**
 * Reads the layout of a release: banner, headline (joined when hard-wrapped), subheadlines, dateline
 * with place, wire and date, issuer and ticker, and the sections with their line ranges. Each part
 * is read by a function of its own, so that each compiles small and on its own.
 */
export function readStructure(index: LineIndex): ReleaseStructure {
  const lines = index.lines();
  const structure: ReleaseStructure = { subheadlines: [], sections: [] };
  const TOP = Math.min(lines.length, 80);

  // Dateline: the first line in the top part that carries a wire service or "Place, Date –".
  let datelineIdx = -1;
  let bodyStart = 0;
  for (let k = 0; k < TOP; k++) {
    const m = matchDateline(lines[k]!);
    if (m) {
      datelineIdx = k;
      bodyStart = m.bodyStart;
      structure.dateline = m.dateline;
      break;
    }
  }
  const headEnd = datelineIdx >= 0 ? datelineIdx : headEndWithoutDateline(lines, TOP);
  const dateLineIdx = readReleaseDate(structure, lines, datelineIdx, headEnd, TOP);
  readHead(structure, lines, headEnd, dateLineIdx);
  readIssuer(structure, leadParagraph(lines, datelineIdx, headEnd, bodyStart));
  structure.sections = readSections(lines, Math.max(datelineIdx + 1, headEnd, 0));
  return detachStrings(structure);
}

/** Without a dateline the head region ends before the first long paragraph. */
function headEndWithoutDateline(lines: TextLine[], TOP: number): number {
  for (let k = 0; k < TOP; k++) {
    const t = lines[k]!.text.trim();
    // A stock exchange's disclaimer above a listed company's announcement, or a feed's notice ("This
    // announcement contains inside information …"), is long, but part of the top; "This announcement
    // is made by …" opens the body.
    if (t.length > 220 && (EXCHANGE_DISCLAIMER.test(t) || (isServiceLine(t) && !MADE_BY.test(t)))) continue;
    if (t.length > 220 || /\btoday\s+(?:announced|reported)\b/i.test(t)) return k;
  }
  return Math.min(TOP, lines.length);
}

/** Release date: the dateline's, else a date line at the top. Returns the index of that date line, or -1. */
function readReleaseDate(structure: ReleaseStructure, lines: TextLine[], datelineIdx: number, headEnd: number, TOP: number): number {
  let releaseDate = structure.dateline?.date;
  let dateLineIdx = -1;
  for (let k = 0; k < headEnd && k < TOP; k++) {
    // "3 March 2026", or a place before it ("Basel, 3 March 2026") on a line of its own above an ad hoc announcement's headline.
    const d = isDateOnlyLine(lines[k]!.text) ?? placeAndDate(lines[k]!.text.trim());
    if (d) {
      dateLineIdx = k;
      releaseDate ??= d;
      break;
    }
  }
  if (!releaseDate && datelineIdx >= 0) releaseDate = dateAfterWire(lines[datelineIdx]!.text);
  releaseDate ??= closingDate(lines);
  if (releaseDate) structure.releaseDate = releaseDate;
  return dateLineIdx;
}

/** A place before a date on a line of its own: "Hong Kong, 13 February 2025" under a listed company's announcement, "Basel, 3 March 2026" or "Lyon, France, 2 June 2025" above one. */
const PLACE_BEFORE_DATE = /^[A-Z][\p{L}.'’ -]{1,40},\s*(?:[A-Z][\p{L}.'’ -]{1,30},\s*)?/u;
/** How far from the end a closing place and date is looked for. */
const CLOSING_LINES = 40;

/** The date a release without one at its top gives at its end, signed with place and date. */
function closingDate(lines: TextLine[]): string | undefined {
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - CLOSING_LINES; k--) {
    const date = placeAndDate(lines[k]!.text.trim());
    if (date) return date;
  }
  return undefined;
}

/** The date of a line of a place and a date alone ("Hong Kong, 13 February 2025"). */
function placeAndDate(t: string): string | undefined {
  const place = t.length <= 70 ? PLACE_BEFORE_DATE.exec(t) : null;
  return place ? isDateOnlyLine(t.slice(place[0].length)) : undefined;
}

/** "WALTHAM, Mass.--(BUSINESS WIRE)--Oct. 16, 2017--": a date after the wire. */
function dateAfterWire(line: string): string | undefined {
  const d = recognizeDates({ text: line.slice(0, 260) }).find((x) => /^\d{4}-\d{2}-\d{2}$/.test(String(x.value)));
  return d ? (d.value as string) : undefined;
}

/** Banner, headline and subheadlines in the head region. */
function readHead(structure: ReleaseStructure, lines: TextLine[], headEnd: number, dateLineIdx: number): void {
  const bannerLines: TextLine[] = [];
  const titleLines: TextLine[][] = [];
  let pendingBlank = true;
  // A contacts block above the headline runs to the next blank line.
  let inContacts = false;
  for (let k = 0; k < headEnd; k++) {
    const line = lines[k]!;
    const t = line.text.trim();
    if (!t) {
      pendingBlank = true;
      inContacts = false;
      continue;
    }
    if (inContacts) continue;
    // The date line, and a second one ("02 June 2025" above a feed's notice, "2 June 2025" under it).
    if (k === dateLineIdx || (titleLines.length === 0 && isDateOnlyLine(t) !== undefined)) {
      pendingBlank = true;
      continue;
    }
    if (titleLines.length === 0 && isBannerLine(t) && (wordCount(t) <= 6 || isServiceLine(t))) {
      bannerLines.push(line);
      pendingBlank = true;
      continue;
    }
    // "Acme Therapeutics" then "Press Release": short lines above such a label are the banner too.
    if (t.length <= 40 && titleLines.length > 0 && BANNER_LINE.test(cleanHeadingText(t)) && titleLines.every((g) => g.length === 1 && wordCount(g[0]!.text) <= 6)) {
      for (const g of titleLines) bannerLines.push(g[0]!);
      titleLines.length = 0;
      bannerLines.push(line);
      pendingBlank = true;
      continue;
    }
    // Under the headline, a feed's keyword line, a web page's "Download PDF" and a second date line are not subheadlines.
    if (titleLines.length > 0 && (FEED_LINE.test(t) || WEB_PAGE_LINE.test(t) || isDateOnlyLine(t) !== undefined)) {
      pendingBlank = true;
      continue;
    }
    // Contact lines above the headline ("Contact: Jane Doe, 555-0100", or "Contact:" and the lines under it).
    if (titleLines.length === 0 && CONTACT_LINE.test(t)) {
      pendingBlank = true;
      inContacts = /:$/.test(t);
      continue;
    }
    const current = titleLines[titleLines.length - 1];
    const prev = current?.[current.length - 1];
    const wrapped =
      current !== undefined &&
      titleLines.length === 1 &&
      ((current.length === 1 && isLongUnended(prev!.text) && nextIsBlankOrEnd(lines, k, headEnd)) || (current.every((l) => isWrapWidthLine(l.text)) && wrapsToBlank(lines, k, headEnd)));
    // "-- Cash of $469 million …" under a headline is a subheadline, however long the headline.
    const marked = isSubheadMarked(t) || STARTS_WITH_DASH.test(t);
    if (current && prev && !pendingBlank && !marked && (continues(prev.text, t) || wrapped)) {
      current.push(line);
    } else {
      titleLines.push([line]);
    }
    pendingBlank = false;
  }
  if (bannerLines.length) structure.banner = bannerSpan(bannerLines);
  const headlineIdx = titleLines.findIndex((g) => !isSubheadMarked(g[0]!.text));
  if (headlineIdx >= 0) {
    structure.headline = titleSpan(titleLines[headlineIdx]!);
    for (let g = headlineIdx + 1; g < titleLines.length; g++) structure.subheadlines.push(titleSpan(titleLines[g]!));
  }
}

// The two spans below join their lines in a loop rather than with map and join: the join met
// arrays of a kind it had not seen before (a "wrong map"), and readStructure was compiled again.

function bannerSpan(group: TextLine[]): LineSpan {
  let text = cleanHeadingText(group[0]!.text);
  for (let k = 1; k < group.length; k++) text += ' ' + cleanHeadingText(group[k]!.text);
  return { text, line: group[0]!.line, endLine: group[group.length - 1]!.line };
}

function titleSpan(group: TextLine[]): LineSpan {
  let joined = group[0]!.text.trim();
  for (let k = 1; k < group.length; k++) joined += ' ' + group[k]!.text.trim();
  const text = withoutItemMarks(cleanHeadingText(joined)).replace(/^[*_]+|[*_]+$/g, '').trim();
  return { text, line: group[0]!.line, endLine: group[group.length - 1]!.line };
}

/** A subheadline without its item mark, and without the same mark after it: "- Cash runway into 2027 -". */
function withoutItemMarks(text: string): string {
  const mark = text.charAt(0);
  if (!'—–•·-'.includes(mark) || text.length < 2) return text;
  const inner = text.slice(1).trim();
  return inner.endsWith(mark) && isWhiteSpace(inner.charCodeAt(inner.length - 2)) ? inner.slice(0, -1).trimEnd() : inner;
}

/** The first paragraph after the dateline (after its separator), joined, where the ticker and issuer are named. */
function leadParagraph(lines: TextLine[], datelineIdx: number, headEnd: number, bodyStart: number): string {
  const leadStartLine = datelineIdx >= 0 ? datelineIdx : headEnd;
  let leadText = '';
  for (let j = leadStartLine; j < lines.length && j < leadStartLine + 12; j++) {
    const t = lines[j]!.text;
    if (j > leadStartLine && !t.trim()) break;
    leadText += (j === leadStartLine ? t.slice(datelineIdx >= 0 ? bodyStart : 0) : t) + ' ';
  }
  return leadText;
}

/** Ticker and issuer, from the lead paragraph. */
function readIssuer(structure: ReleaseStructure, leadText: string): void {
  const ticker = recognizeTickers(leadText)[0];
  if (ticker) {
    const [exchange, symbol] = String(ticker.value).split(':') as [string, string];
    structure.ticker = { exchange, symbol } satisfies Ticker;
    const before = leadText.slice(0, ticker.start).replace(/[\s(]+$/, '');
    const named = companyNameAtEnd(before);
    // Two listed companies ("Xenti GmbH (Frankfurt: XENT) and Lumaeex Bio, Inc. (Nasdaq: LUMAX)
    // announced …"): the first one's release, as when the lead gives no ticker. Where only the
    // second has a ticker, the release is the listed company's.
    const first = named?.afterAnd ? companyNameAtStart(leadText) : undefined;
    if (named) structure.issuer = first ?? named.name;
  }
  if (structure.issuer === undefined) {
    // Set only when found: an analysis holds no undefined fields, so it survives JSON unchanged.
    const byline = MADE_BY.exec(leadText);
    const atStart = companyNameAtStart(byline ? leadText.slice(byline.index + byline[0].length) : leadText);
    if (atStart !== undefined) structure.issuer = atStart;
  }
}

/** Who issues a listed company's announcement: "This announcement is made by X (the “Company”)", "The board of directors (the “Board”) of X". */
const MADE_BY = /^\s*(?:this\s+announcement\s+is\s+(?:made|issued)\s+by|the\s+board\s+of\s+directors\s+(?:\([^)]{0,30}\)\s+)?of)\s+/i;

/** The sections from line `sectionStart` on, with their end lines. */
function readSections(lines: TextLine[], sectionStart: number): Section[] {
  const found: Section[] = [];
  let inContacts = false;
  let inBoilerplate = false;
  let lastTopLevel: Section | undefined;
  let lastForwardLookingLine = -Infinity;
  for (let j = sectionStart; j < lines.length; j++) {
    const line = lines[j]!;
    const t = line.text.trim();
    if (!t) continue;
    const heading = t.length <= 110 ? classifyHeading(t) : undefined;
    if (heading) {
      const parent = found[found.length - 1];
      let level: 1 | 2 = 1;
      if (heading.kind === 'contacts' && inContacts) level = 2;
      else if (parent && parent.level === 1 && parent.kind === heading.kind && heading.kind === 'table') level = 2;
      const section: Section = { title: heading.title, kind: heading.kind, line: line.line, endLine: line.line, level };
      found.push(section);
      if (level === 1) lastTopLevel = section;
      if (heading.kind === 'forward-looking') lastForwardLookingLine = j;
      inContacts = heading.kind === 'contacts' || (inContacts && level === 2);
      inBoilerplate = heading.kind === 'forward-looking' || heading.kind === 'table';
      continue;
    }
    if (mayStartForwardLooking(t.charCodeAt(0)) && FORWARD_LOOKING_PARAGRAPH.test(t) && j - lastForwardLookingLine >= 3) {
      const section: Section = { title: 'Forward-looking statements', kind: 'forward-looking', line: line.line, endLine: line.line, level: 1 };
      found.push(section);
      lastTopLevel = section;
      lastForwardLookingLine = j;
      inContacts = false;
      inBoilerplate = true;
      continue;
    }
    // A generic heading is at most 80 characters long: only then is the line before it read.
    if (!inContacts && !inBoilerplate && t.length <= 80 && prevBlankOrEnd(lines, j) && isGenericHeading(t, nextNonEmpty(lines, j))) {
      const nested = lastTopLevel !== undefined && (lastTopLevel.kind === 'highlights' || lastTopLevel.kind === 'outlook' || lastTopLevel.kind === 'financial');
      const section: Section = { title: cleanHeadingText(t), kind: 'other', line: line.line, endLine: line.line, level: nested ? 2 : 1 };
      found.push(section);
      if (!nested) lastTopLevel = section;
    }
  }
  setEndLines(lines, found);
  return found;
}

/** End lines: up to the next section of the same or a higher level. */
function setEndLines(lines: TextLine[], found: Section[]): void {
  for (let s = 0; s < found.length; s++) {
    const sec = found[s]!;
    let stop = lines.length;
    for (let n = s + 1; n < found.length; n++) {
      if (found[n]!.level <= sec.level) {
        stop = found[n]!.line - 1;
        break;
      }
    }
    const end = trimEnd(lines, sec.line, stop);
    sec.endLine = Math.max(sec.line, end);
  }
}

/** Is line k the last of its block (followed by a blank line or the end of the head region)? */
function nextIsBlankOrEnd(lines: TextLine[], k: number, headEnd: number): boolean {
  return k + 1 >= headEnd || lines[k + 1]!.text.trim() === '';
}

/** A line a headline may wrap after: long, and not ending a sentence or a label. */
function isLongUnended(text: string): boolean {
  const t = text.trim();
  return t.length >= 60 && !/[.!?:;]$/.test(t);
}

/** A line that starts with a dash: an item, not the rest of a line above. */
const STARTS_WITH_DASH = /^\s*[-–—]/;

/** The longest line a hard wrap leaves: longer lines are lines of their own. */
const MAX_WRAP_WIDTH = 80;

/** A full line of a hard-wrapped headline. */
const isWrapWidthLine = (text: string) => isLongUnended(text) && text.trim().length <= MAX_WRAP_WIDTH;

/** How many lines a wrapped headline may go on for after its first. */
const MAX_WRAPPED_LINES = 4;

/** Do the lines from `k` on read as the rest of a wrapped headline: full lines up to one a blank line (or the head's end) follows? */
function wrapsToBlank(lines: TextLine[], k: number, headEnd: number): boolean {
  for (let j = k; j < k + MAX_WRAPPED_LINES; j++) {
    if (STARTS_WITH_DASH.test(lines[j]!.text)) return false;
    if (nextIsBlankOrEnd(lines, j, headEnd)) return true;
    if (!isWrapWidthLine(lines[j]!.text)) return false;
  }
  return false;
}

/** The structure keeps only its own copies of strings, not views into the release text. */
function detachStrings(s: ReleaseStructure): ReleaseStructure {
  // The objects are the structure's own, made above: their strings are replaced in place.
  for (const x of s.subheadlines) x.text = detach(x.text);
  for (const x of s.sections) x.title = detach(x.title);
  if (s.banner) s.banner.text = detach(s.banner.text);
  if (s.headline) s.headline.text = detach(s.headline.text);
  if (s.dateline) {
    s.dateline.text = detach(s.dateline.text);
    if (s.dateline.place) s.dateline.place = detach(s.dateline.place);
  }
  if (s.issuer) s.issuer = detach(s.issuer);
  return s;
}

/** Is line j the first line, after a blank line, or after a line that ends a sentence? */
function prevBlankOrEnd(lines: TextLine[], j: number): boolean {
  if (j === 0) return true;
  const prev = lines[j - 1]!.text.trim();
  return prev === '' || endsSentence(prev);
}

function nextNonEmpty(lines: TextLine[], j: number): string | undefined {
  for (let n = j + 1; n < lines.length && n < j + 3; n++) if (lines[n]!.text.trim()) return lines[n]!.text;
  return undefined;
}

const COMPANY_WORD = /^(?:[A-Z][\p{L}0-9'’.&-]*|&|and|de|of|the|von|van|la|Inc\.?|Ltd\.?|plc|AG|SA|SE|NV|N\.V\.|S\.A\.|GmbH|Co\.?|Corp\.?|LLC|L\.P\.|K\.K\.|Oyj|ASA|A\/S|AB|S\.p\.A\.|Limited|Corporation|Incorporated|Company)$/u;
const COMPANY_SUFFIX = /^(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|NV|N\.V\.|S\.A\.|GmbH|Co\.?|Corp\.?|LLC|L\.P\.|K\.K\.|Oyj|ASA|A\/S|AB|S\.p\.A\.|Limited|Corporation|Incorporated)$/;

/**
 * The company name that ends a text: "…today, ImmunoGen, Inc." → "ImmunoGen, Inc."; `afterAnd`
 * when a company with a ticker of its own comes before it ("Xenti GmbH (Frankfurt: XENT) and …").
 */
function companyNameAtEnd(text: string): { name: string; afterAnd: boolean } | undefined {
  const cleaned = text.replace(/\]\([^)]*\)$/, '').replace(/^\[|\[/g, '');
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  let afterAnd = false;
  for (let t = tokens.length - 1; t >= 0 && name.length < 8; t--) {
    let w = tokens[t]!.replace(/^[[(“"]+/, '').replace(/[\])]+$/, '');
    const trailingComma = w.endsWith(',');
    if (trailingComma) w = w.slice(0, -1);
    if (trailingComma && name.length > 0 && !COMPANY_SUFFIX.test(name[0]!.replace(/,$/, ''))) break;
    if (!COMPANY_WORD.test(w) || /^(?:The|and|of|the|de|la)$/.test(w) && name.length === 0) break;
    // "Fitian Immunotherapies, Inc. and Calel Oncology NV (Euronext Brussels: CALEX)", "Xenti GmbH
    // (Frankfurt: XENT) and Lumaeex Bio, Inc. (Nasdaq: LUMAX)": two companies; the ticker is the second's.
    const before = tokens[t - 1] ?? '';
    if ((w === 'and' || w === '&') && endsCompanyName(before)) {
      afterAnd = before.endsWith(')');
      break;
    }
    name.unshift(trailingComma ? w + ',' : w);
    if (/[–—-]{1,2}$/.test(before)) break;
  }
  while (name.length && /^(?:and|of|the|de|la|&)$/i.test(name[0]!)) name.shift();
  const result = name.join(' ').replace(/,$/, '').trim();
  return result.length >= 2 ? { name: result, afterAnd } : undefined;
}

/** Whether a word ends a company's name before "and": a legal form ("Inc.,"), or its ticker's parenthesis ("XENT)"). */
function endsCompanyName(token: string): boolean {
  return token.endsWith(')') || COMPANY_SUFFIX.test(token.replace(/,$/, ''));
}

/** The company name that starts a text: "Debiopharm International SA (Debiopharm…), part of…". */
function companyNameAtStart(text: string): string | undefined {
  const tokens = text.trim().replace(/^\[/, '').split(/\s+/);
  const name: string[] = [];
  for (const raw of tokens) {
    if (name.length >= 8) break;
    let w = raw.replace(/\]\([^)]*\)/, '').replace(/^[[“"]+|[\]”"]+$/g, '');
    const comma = w.endsWith(',');
    if (comma) w = w.slice(0, -1);
    if (!COMPANY_WORD.test(w) || (name.length === 0 && /^(?:The|and|of|the|de|la|Today|On|In)$/.test(w))) break;
    // "Cyost Medicines, Ltd and Zengaline Biosciences Limited today announced": the first company issues it.
    if ((w === 'and' || w === '&') && name.length > 0 && endsCompanyName(name[name.length - 1]!)) break;
    name.push(w);
    if (comma && !COMPANY_SUFFIX.test(tokens[tokens.indexOf(raw) + 1]?.replace(/[,.]$/, '.') ?? '')) break;
  }
  const result = name.join(' ').trim();
  return result.length >= 2 && /[a-z]/.test(result) ? result : undefined;
}
