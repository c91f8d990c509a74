import { CompanyNames, companyRole, sameCompany } from './programs/companies';
import { firstWord, indexOfWord, LEGAL_FORM_AT_END } from './programs/companyNames';
import {
  ACTING_AS,
  DEAL_CUES,
  DEAL_VALUE_CUE,
  FINANCING_CUES,
  FINANCING_GENERIC_CUE,
  INVESTOR_CUE,
  NET_PROCEEDS_CUE,
  NOT_A_DEAL_CUE,
  OPTION_CUE,
  RESEARCH_FUNDING_CUE,
  UNDERWRITER_WORD,
} from './programs/dealCues';
import { detach } from './text/detach';
import { splitListItems } from './text/listItems';
import { LINE_BREAK_CHARS, NextOf } from './text/nextOf';
import { isWhiteSpace, PARAGRAPH_BREAK } from './text/whiteSpace';
import type { LineIndex } from './text/lines';
import { splitSentences, type SentenceSpan } from './text/sentences';
import type {
  DealKind,
  FinancingKind,
  LocalProgram,
  Mention,
  ReleaseStructure,
  SectionKind,
  Transaction,
  TransactionKind,
  TransactionParty,
  TransactionRole,
  TransactionStatus,
} from './types';

export interface TransactionInput {
  file: string;
  text: string;
  mentions: Mention[];
  structure: ReleaseStructure;
  lines: LineIndex;
  programs: LocalProgram[];
  /** The text's sentences, when the caller has them already. */
  sentences?: SentenceSpan[];
  /** The companies the release names, when the caller shares them with other readers of the release. */
  companies?: CompanyNames;
}

/** Sentences with more mentions than this are tables or dumps, not statements. */
const MAX_SENTENCE_MENTIONS = 60;
/** How far from an amount its deal word may stand, before and after it. */
const CUE_BEFORE = 48;
const CUE_AFTER = 64;
/** A cost, result or price word this close to an amount makes it no deal, whatever else is near. */
const BLOCK_DISTANCE = 30;
/** "The net proceeds of the Placing and Retail Offer, of approximately £17.9 million": how far back "net" counts. */
const NET_LOOKBACK = 100;
/** "The upfront payment is equivalent to approximately RMB 615 million": an amount converted from one stated before. */
const CONVERTED_BEFORE = /\bequivalent\s+to\s+(?:approximately\s+|about\s+|roughly\s+|around\s+)?$/i;

/** Boilerplate, contacts and tables state no transactions of their own. */
const SKIPPED_SECTIONS = new Set<SectionKind>(['forward-looking', 'contacts', 'references', 'table', 'safety', 'conference-call']);
/** "About" sections are boilerplate too, unless their title is about the deal ("About the Transaction"). */
const DEAL_SECTION_TITLE = /\b(?:agreements?|transactions?|acquisition|merger|offering|financing|placement|placing|collaboration|licen[cs]e|deal|terms)\b/i;

/** Cue words for a transaction stated without an amount: the word alone is too common. */
const STATED_WITHOUT_AMOUNT: Partial<Record<DealKind, RegExp>> = {
  license: /\blicen[cs]e\s+agreement\b|\b(?:has|have|had|it|they|was|were|been|which|that)\s+(?:exclusively\s+)?(?:in-|out-)?licen[cs]ed\b|\blicen[cs]ed\b[^.]{0,60}\b(?:from|to)\s+[A-Z]|\b(?:exclusive|worldwide|global|regional)\b[^.]{0,60}\blicen[cs]e\b|\blicen[cs]es\b[^.]{0,60}\b(?:from|to)\b|\bin-licen|\btechnology\s+transfer\s+agreement\b/i,
  acquisition: /\b(?:acquir(?:e|ed|es|ing)|acquisition|merger)\b/i,
  collaboration: /\b(?:collaboration|partnership)\s+(?:and\s+licen[cs]e\s+)?agreement\b|\b(?:enter(?:s|ed)?|sign(?:s|ed)?|form(?:s|ed)?|establish(?:es|ed)?|expand(?:s|ed)?|announce[sd]?)\b[^.]{0,40}\b(?:collaboration|partnership)\b/i,
  option: /\b(?:exclusive\s+)?option\s+(?:to\s+(?:licen[cs]e|acquire|obtain)|agreement)\b|\bexercis\w*\s+(?:its|an|the|their)\s+option\b/i,
  royalty: /\b(?:tiered|eligible|receive|pay|entitled|single-digit|double-digit|low|mid|high|up\s+to)\b[^.]{0,40}\broyalt(?:y|ies)\b|\broyalt(?:y|ies)\s+(?:on|of|ranging|in\s+the)\b/i,
  milestone: /\bmilestone\s+payments?\b|\beligible\b[^.]{0,80}\bmilestones?\b/i,
  upfront: /\bup-?front\s+(?:payment|fee|cash)\b/i,
  equity: /\bequity\s+(?:investment|stake)\b|\bshare\s+purchase\s+agreement\b|\bstrategic\s+investment\b/i,
};
/** An acquisition needs to be agreed or done, not merely wished for. */
const ACQUISITION_AGREED = /\b(?:agreement|definitive|complet\w*|closed|closing|announce[sd]?|will\s+acquire|to\s+acquire|has\s+acquired|acquired|acquires|merger)\b/i;
/** A financing stated without an amount needs an act: priced, closed, entered into … */
const FINANCING_ACT = /\b(?:announc\w*|pric(?:ed|es|ing)|clos(?:ed|es|ing)|complet\w*|enter(?:ed|s)?\s+into|launch\w*|commenc\w*|upsiz\w*|secur(?:ed|es)|receiv(?:ed|es)|award(?:ed|s)|rais(?:ed|es))\b/i;

/** Words of results and revenue recognition: such a sentence restates deals rather than stating them. */
const ACCOUNTING = /\b(?:revenues?|expenses?|net\s+(?:loss|income)|compared\s+(?:to|with)|recogni[sz]ed|recognition|deferred)\b/i;
const LICENSE_AND_COLLABORATION = /\blicen[cs]e\s+and\s+collaboration\b|\bcollaboration\s+and\s+licen[cs]e\b/i;

const CLOSING_WORDS = /\b(?:expected|anticipated|scheduled)\s+to\b/i;
/** "The transaction is expected to close …", said of the release's deal in a sentence of its own. */
const CLOSING_EXPECTED = /\b(transaction|acquisition|merger|tender\s+offer|offering|placement|placing|financing|deal|agreement|licen[cs]e|collaboration)s?\s+(?:is|are)\s+(?:expected|anticipated|scheduled)\s+to\s+(?:close|be\s+completed|complete)\b/i;

function closingKinds(word: string): TransactionKind[] {
  const w = word.toLowerCase();
  if (/^(?:offering|placement|placing|financing)$/.test(w)) return ['financing'];
  if (/^(?:acquisition|merger|tender)/.test(w)) return ['acquisition'];
  if (w.startsWith('licen')) return ['license'];
  if (w === 'collaboration') return ['collaboration'];
  return ['acquisition', 'license', 'collaboration', 'option', 'equity'];
}

/**
 * Text between an amount and the cue that names it: "$35 million upfront", "$1.2 billion in
 * development, regulatory and commercial milestones"; not "… and sales milestones of up to $X".
 */
const ATTACHED_AFTER = /^\s*(?:(?:of|as|for)\s+)?(?!(?:and|or|plus|but|while|per)\b)(?:[\w-]+\s+){0,2}$|^\s*in\s+[\w\s,-]{0,60}$/i;
/** "KRW 10 billion of newly issued common shares": an amount of shares is an equity stake. */
const SHARES_AFTER = /^\s*(?:of|in)\s+(?:[\w-]+\s+){0,3}(?:shares|stock)\b/i;
const PARALLEL_BETWEEN = /^\s*,?\s*and\s+(?:[\w-]+\s+){0,3}for\s+$/i;
/** In a sentence of results, only an amount named by its deal word right beside it is a deal. */
const ACCOUNTING_CUE_DISTANCE = 20;

/** Status, from the words around the amount (or the whole sentence). Tried in this order. */
const STATUS_RULES: [RegExp, TransactionStatus][] = [
  [/\b(?:expected|anticipated|scheduled)\s+to\s+(?:close|be\s+completed|complete|be\s+consummated)\b|\bsubject\s+to\b/i, 'expected'],
  [/\b(?:completed|completes|closed|closes|closing\s+of|consummated|paid|received|receives|raised|raises|secured|secures|funded|drew|triggered|triggering|earned|achieved|has\s+acquired|acquired|finali[sz]ed|exercised)\b/i, 'completed'],
  [/\b(?:will|would|eligible|potential(?:ly)?|pending|proposed|intends?\s+to|plans?\s+to|expects?\s+to|contingent)\b|\bup\s+to\s+(?:approximately\s+)?(?=[$€£¥₩₹\d]|[A-Z]{2,3}\$?\s?\d)/i, 'expected'],
  [/\b(?:announc\w*|enter(?:ed|s)?\s+into|sign(?:ed|s)|agree[sd]?|pric(?:ed|ing)|launch\w*|definitive|grant(?:s|ed|ing))\b/i, 'announced'],
];

/** Text just before an amount that makes it cash held, not a transaction: "we will have approximately $12.4M". */
const CASH_HELD_BEFORE = /\b(?:will\s+have|would\s+have|had|has|have|holds?|held|ended\s+(?:the\s+\w+|\d{4})\s+with|totaled|totalled|totaling|cash(?:\s+and\s+[\w\s]{0,30})?\s+(?:of|were|was|balance\s+of|position\s+of))\s+(?:(?:approximately|about|nearly|over|more\s+than|roughly|around)\s+)?$/i;
const PRICE_BEFORE = /\b(?:price\s+of|priced\s+at|exercise\s+price\s+of|at\s+a\s+price\s+of)\s+(?:approximately\s+)?$/i;
const PER_UNIT_AFTER = /^\s*(?:per|a|each|\/)\s*(?:(?:equity|common|ordinary|new|H|A|B)\s+)?(?:share|ADS|American\s+Depositary|unit|ordinary|common|warrant|pre-funded)/i;
/** Between a price per share and the total it comes to: "in cash, or approximately", ", for a total of". */
const TOTAL_AFTER_PRICE = /^[^.;$€£¥]{0,40}?(?:\bor|,\s*(?:for\s+)?(?:a\s+)?total(?:ing|ling)?(?:\s+of)?|\bvalued\s+at|\baggregate(?:\s+value)?\s+of)\s+(?:approximately\s+|about\s+|roughly\s+|around\s+|nearly\s+)?$/i;
/** "£20 million (approximately $25.5 million)": the second amount restates the first. */
const RESTATED_BETWEEN = /^\s*\(\s*(?:approximately|approx\.?|about|or|c\.|circa|equivalent\s+to|roughly|~)?\s*$/i;
const RANGE_BETWEEN = /^\s*(?:to|-|–|and)\s*$/;
/** After an amount, ", before deducting …" or "; " starts another clause. */
const CLAUSE_BREAK = /;|,\s+(?:before|after|which|while|who|whereas|compared|including|excluding|net|less|subject|as\s+well)\b/i;
/** The sentence speaks of the issuer without naming it. */
const ISSUER_WORDS = /\b(?:the\s+Company|we|our|us)\b/;

/** Names that are not companies when a list of investors or underwriters is read. */
const NOT_A_NAME = /^(?:The|A|An|Our|Its|This|These|Those|New|Existing|Other|Certain|Institutional|Several|Both|Each|Such|Additional|Current|Leading|Top|Including|In|With|Among|Company|Company's|Investors?|Funds?|Participation|Members?|Affiliates?)$/;
const NAME_WORD = /^(?:[A-Z][\p{L}0-9'’&.-]*|&|of|de|la|du|von|van|der|and)$/u;

type HitKind = TransactionKind | 'none' | 'value';

interface Hit {
  start: number;
  end: number;
  kind: HitKind;
  financing?: FinancingKind;
}

const CUE_PATTERNS: { re: RegExp; kind: HitKind; financing?: FinancingKind }[] = [
  { re: NOT_A_DEAL_CUE, kind: 'none' },
  ...FINANCING_CUES.map(([re, financing]) => ({ re, kind: 'financing' as const, financing })),
  { re: DEAL_VALUE_CUE, kind: 'value' },
  { re: RESEARCH_FUNDING_CUE, kind: 'collaboration' },
  { re: OPTION_CUE, kind: 'option' },
  ...DEAL_CUES.map(([re, kind]) => ({ re, kind })),
  { re: NET_PROCEEDS_CUE, kind: 'financing' },
  { re: FINANCING_GENERIC_CUE, kind: 'financing' },
];
/**
 * Alternatives grouped by their first letter (case ignored), in their order within each group:
 * "a(?:cqui|t…)|b(?:ought|…)". Two alternatives with different first letters never match at one
 * place, so the regex matches what the plain list of alternatives matches, match for match.
 */
function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const letter = a.charAt(0).toLowerCase();
    // Only a letter followed by a plain character is grouped: "a?…" stands alone.
    const key = /^[a-z][\w&-]/i.test(a) ? letter : `\u0000${a}`;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? g[0]! : `${g[0]!.charAt(0)}(?:${g.map((a) => a.slice(1)).join('|')})`)).join('|');
}

/**
 * A cheap first look, as one search of the whole text would take it (see GateMatches): where could
 * a cue, a closing date or an underwriter be? Sentences with none of these words are skipped without
 * a closer look. It covers every cue that can make a transaction on its own (blockers and "deal
 * value" need another cue).
 */
export const GATE_WORDS: readonly string[] = [
  String.raw`up-?front`, String.raw`milestone`, String.raw`upon`, String.raw`royalt`, String.raw`equity`, String.raw`investment`,
  String.raw`placement`, String.raw`placing`, String.raw`purchas`, String.raw`acqui`, String.raw`divest`, String.raw`licen[cs]`,
  String.raw`option`, String.raw`collaborat`, String.raw`partnership`, String.raw`offering`, String.raw`registered\s+direct`,
  String.raw`PIPE\b`, String.raw`IPO\b`, String.raw`at[-\s]the[-\s]market`, String.raw`ATM`, String.raw`loan`,
  String.raw`credit\s+(?:facility|agreement)`, String.raw`debt\s+(?:facility|financing)`, String.raw`venture`,
  String.raw`convertible`, String.raw`grants?\b`, String.raw`non-dilutive`, String.raw`proceeds`, String.raw`rais`,
  String.raw`financ(?:e[ds]?|ings?)\b`, String.raw`fundrais`, String.raw`funding`, String.raw`subscri`, String.raw`bought`,
  String.raw`seed`, String.raw`crossover`, String.raw`Series`, String.raw`technology\s+transfer`,
  String.raw`research\s+(?:and\s+development\s+)?(?:funding|support|reimbursement)`,
  String.raw`R&D\s+(?:funding|support|reimbursement)`, String.raw`development\s+(?:funding|support|reimbursement)`,
  String.raw`expected\s+to`, String.raw`anticipated\s+to`, String.raw`scheduled\s+to`, String.raw`underwrit`,
  String.raw`book-?running`, String.raw`bookrunner`, String.raw`lead\s+manager`, String.raw`led\s+by`,
];
/** GATE_WORDS in one regex, grouped by first letter: the engine then tries one group, not every word, where a word starts. */
export const GATE = new RegExp(`\\b(?:${byFirstLetter(GATE_WORDS)})`, 'gi');
/**
 * All cues as one regex, one group each, so a sentence is scanned once. Where several match at the
 * same place the first listed wins, and a match hides the cues inside it ("offering" in "public
 * offering", "option" in "stock options", "license" in "Biologics License Application").
 * (Case is ignored throughout; a lower-case "pipe" standing alone is rare in a release.)
 */
export const ALL_CUES = new RegExp(CUE_PATTERNS.map((p) => `(${p.re.source})`).join('|'), 'gi');
/**
 * The first words of the cues: every cue pattern starts at a word boundary with a word that begins
 * with one of these (the short ones are whole words). Searching for them is quick; the cue patterns
 * themselves, tried everywhere, are slow.
 */
const CUE_WORD_STEMS = [
  'underwrit', 'placement', 'placing', 'agent', 'advisory', 'legal', 'offering', 'transaction', 'expense', 'cost', 'revenue', 'compared',
  'cash', 'market', 'valuation', 'dividend', 'licen', 'treatment', 'therapeutic', 'stock', 'share', 'option', 'registered', 'private',
  'initial', 'secondary', 'public', 'bought', 'series', 'seed', 'venture', 'crossover', 'term', 'loan', 'credit', 'debt', 'convertible',
  'grant', 'research', 'federal', 'government', 'million', 'billion', 'awarded', 'equity', 'enterprise', 'total', 'aggregate',
  'development', 'exercis', 'upfront', 'upon', 'milestone', 'royalt', 'investment', 'acquir', 'acquisition', 'purchase', 'divest', 'collaborat',
  'partnership', 'gross', 'rais', 'financing', 'fundrais', 'funding', 'subscription', 'proceeds', 'technology',
];
const CUE_WHOLE_WORDS = ['in', 'at', 'r', 'up', 'net', 'non', 'ipo', 'atm', 'pipe', 'sbir', 'sttr', 'follow'];
const CUE_WORD = new RegExp(`\\b(?:${CUE_WORD_STEMS.join('|')}|(?:${CUE_WHOLE_WORDS.join('|')})(?![a-z]))`, 'gi');
const CUE_AT = new RegExp(ALL_CUES.source, 'iy');

/**
 * The matches of ALL_CUES in a text, in order and without overlaps, as `text.matchAll(ALL_CUES)`
 * gives them: ALL_CUES is tried only where a cue word starts.
 */
export function cueMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  CUE_WORD.lastIndex = 0;
  for (let word = CUE_WORD.exec(text); word; word = CUE_WORD.exec(text)) {
    CUE_AT.lastIndex = word.index;
    const m = CUE_AT.exec(text);
    if (m) out.push(m);
    CUE_WORD.lastIndex = m ? CUE_AT.lastIndex : word.index + 1;
  }
  return out;
}

const ISSUER_ROLE_OPPOSITE: Partial<Record<TransactionRole, TransactionRole>> = { licensee: 'licensor', licensor: 'licensee', target: 'acquirer', seller: 'acquirer', acquirer: 'target' };
const STATUS_RANK: Record<TransactionStatus, number> = { announced: 1, expected: 2, completed: 3 };

/**
 * The transactions a release states: deals (acquisition, licence, collaboration, upfront,
 * milestone, royalty, equity, option) and financings. One per amount, and one per deal word stated
 * without an amount; the same transaction stated again (headline and body) is kept once. Linear:
 * each sentence is read once, with a bounded look around each amount.
 */
export function extractTransactions(input: TransactionInput): Transaction[] {
  const { text, mentions, structure } = input;
  const sentences = splitAtListItems(text, input.sentences ?? splitSentences(text));
  const companies = input.companies ?? new CompanyNames(text, structure.issuer);
  const issuer = companies.issuerShort;
  const release: ReleaseContext = {
    input,
    issuer,
    programAt: programNames(input.programs),
    companies,
    netAmounts: new Set(),
    convertedAmounts: new Set(),
  };
  const skipped = new LineRanges(structure.sections.filter((sec) => SKIPPED_SECTIONS.has(sec.kind) || (sec.kind === 'about' && !DEAL_SECTION_TITLE.test(sec.title))));
  const financial = new LineRanges(structure.sections.filter((sec) => sec.kind === 'financial'));

  const found: Transaction[] = [];
  const underwriters: string[] = [];
  const investors: string[] = [];
  const closingExpected = new Set<TransactionKind>();
  let licenseAndCollaboration = false;
  const gate = new GateMatches(text);
  let carry: DealCarry | undefined;
  // The headline and the subheadlines under it state one deal, blank lines between them or not.
  const lastHeadLine = structure.headline ? Math.max(structure.headline.endLine, ...structure.subheadlines.map((h) => h.endLine)) : 0;
  const headEnd = lastHeadLine > 0 ? input.lines.lineEnd(lastHeadLine) : -1;
  let mi = 0;
  for (const s of sentences) {
    // Boilerplate is passed over before anything is searched in it.
    const line = input.lines.position(s.start).line;
    if (skipped.has(line)) continue;
    while (mi < mentions.length && mentions[mi]!.offset < s.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.offset < s.end) mj++;
    // Tables are passed over before the gate searches them.
    if (mj - mi > MAX_SENTENCE_MENTIONS || !gate.startsIn(s.start, s.end)) {
      carry = carryThroughReference(text, s, carry, headEnd);
      continue;
    }
    const sentence = text.slice(s.start, s.end);
    const hits = cueHits(sentence, s.start);
    const closing = CLOSING_WORDS.test(sentence) ? CLOSING_EXPECTED.exec(sentence) : null;
    readFinanceParties(sentence, underwriters, investors);
    if (!closing && hits.length === 0) {
      carry = carryThroughReference(text, s, carry, headEnd);
      continue;
    }
    if (closing) for (const kind of closingKinds(closing[1]!)) closingExpected.add(kind);
    licenseAndCollaboration ||= LICENSE_AND_COLLABORATION.test(sentence);
    const stated = sentenceTransactions(release, s, sentence, hits, mentions.slice(mi, mj), financial.has(line));
    carry = carryDeal(text, s, stated, carry, headEnd);
    for (const t of stated) if (DEAL_KINDS.has(t.kind)) release.dealKind = t.kind;
    found.push(...stated);
    if (found.length >= MAX_TRANSACTIONS) break;
  }
  // The headline's "collaboration" and the body's "collaboration and license agreement" are one licence.
  if (licenseAndCollaboration) for (const t of found) if (t.kind === 'collaboration' && t.amount === undefined) t.kind = 'license';
  const merged = mergeRestatements(found);
  // Net proceeds restate a gross amount given elsewhere in the release.
  const kept = merged.filter((t) => !release.netAmounts.has(t) || !merged.some((o) => o !== t && o.kind === 'financing' && o.amount !== undefined && o.currency === t.currency && !release.netAmounts.has(o)));
  // A converted amount restates one of its kind in another currency: "… US$85 million. The upfront payment is equivalent to approximately RMB 615 million."
  for (let k = kept.length - 1; k >= 0; k--) {
    const t = kept[k]!;
    if (release.convertedAmounts.has(t) && kept.some((o) => o !== t && o.kind === t.kind && o.amount !== undefined && o.currency !== t.currency)) kept.splice(k, 1);
  }
  for (const t of kept) completeTransaction(t, closingExpected, issuer, investors, underwriters);
  return kept;
}

/** The program and parties of the last deal a paragraph stated, for the sentences after it. */
interface DealCarry {
  program: string;
  /** The companies of the licence or collaboration that stated the program; none for other deals. */
  parties: readonly TransactionParty[];
  end: number;
}
/** What a deal's program carries to: its payments and terms. Not a share purchase ("In addition, X will purchase €29 million of Y shares"), an investment in the company. */
const CARRIED_KINDS = new Set<TransactionKind>(['upfront', 'milestone', 'royalty', 'option', 'license']);
/** Deals whose companies are the ones a later payment is made between. An acquisition's seller and buyer are not licensor and licensee. */
const PARTIES_CARRY_FROM = new Set<TransactionKind>(['license', 'collaboration', 'option']);
const NO_PARTIES: readonly TransactionParty[] = [];
/** How far a deal's program carries: within its paragraph, over at most this many characters. */
const CARRY_REACH = 400;
/** A paragraph that goes on about the deal before it: "Under the terms of the agreement, …". */
const REFERS_TO_DEAL = /^\s*(?:under|pursuant\s+to)\s+the\s+(?:terms\s+of\s+the\s+)?(?:agreement|licen[cs]e|deal|collaboration|transaction)\b/i;

/**
 * "Veltrix entered into a license agreement with Meridale … for VX-118 … Veltrix received an
 * upfront payment of $40 million …": the deals of the next sentences in the paragraph that name no
 * program are that program's, and so are those of a next paragraph that says it speaks of the deal
 * ("Under the terms of the agreement, …") and those of the subheadlines under a headline that states
 * the deal (`headEnd`: where the last of them ends). They are also made between the licence's
 * companies (Meridale pays). Their dates stay their own: "a milestone … expected in Q3 2014" dates
 * that one alone. Returns the carry for the sentences after `s`.
 */
function carryDeal(text: string, s: SentenceSpan, stated: Transaction[], carry: DealCarry | undefined, headEnd: number): DealCarry | undefined {
  const sameParagraph = (from: number) => s.start < headEnd || !PARAGRAPH_BREAK.test(text.slice(from, s.start));
  // A paragraph that opens "Under the agreement, …" goes on about the deal: its later sentences too.
  let opensParagraph = false;
  if (carry && !sameParagraph(carry.end)) {
    opensParagraph = s.start - carry.end <= CARRY_REACH && REFERS_TO_DEAL.test(text.slice(s.start, s.start + 60));
    if (!opensParagraph) carry = undefined;
  } else if (carry && s.start - carry.end > CARRY_REACH) carry = undefined;
  let program = carry?.program;
  let parties = carry?.parties ?? NO_PARTIES;
  for (const t of stated) {
    if (t.kind === 'financing') continue;
    if (t.program) {
      if (t.program !== program) parties = NO_PARTIES;
      program = t.program;
      if (PARTIES_CARRY_FROM.has(t.kind) && t.parties.length >= 2) parties = t.parties;
    } else if (program && CARRIED_KINDS.has(t.kind)) {
      t.program = program;
      addDealParties(t.parties, parties);
    }
  }
  if (program === undefined) return undefined;
  // A sentence with deals moves the reach on; one without keeps it where the last deal was.
  return { program, parties, end: stated.length > 0 || opensParagraph ? s.end : carry!.end };
}

/** "Under the agreement, X will obtain rights …" states no payment, but carries the deal into its paragraph. */
function carryThroughReference(text: string, s: SentenceSpan, carry: DealCarry | undefined, headEnd: number): DealCarry | undefined {
  return carry && REFERS_TO_DEAL.test(text.slice(s.start, s.start + 60)) ? carryDeal(text, s, [], carry, headEnd) : carry;
}

/**
 * The deal's companies a payment does not name. One that the deal gives no part takes the part
 * opposite to the payment's one company ("Veltrix received …": Veltrix licenses out, so its
 * partner licenses in); a part the payment has already given stays with its company.
 */
function addDealParties(parties: TransactionParty[], deal: readonly TransactionParty[]): void {
  const only = parties.length === 1 ? parties[0]!.role : undefined;
  for (const d of deal) {
    if (sameCompanyIn(parties, d.name)) continue;
    let role = d.role === 'partner' && only ? (ISSUER_ROLE_OPPOSITE[only] ?? 'partner') : d.role;
    if (role !== 'partner' && hasRole(parties, role)) role = 'partner';
    addParty(parties, { name: d.name, role });
  }
}

/** What the release says elsewhere: that a deal is expected to close, the issuer, the investors and underwriters of a financing. */
function completeTransaction(t: Transaction, closingExpected: Set<TransactionKind>, issuer: string | undefined, investors: string[], underwriters: string[]): void {
  // "The transaction is expected to close in the third quarter": signed, not done.
  if (closingExpected.has(t.kind) && (!t.status || t.status === 'announced')) t.status = 'expected';
  if (t.kind !== 'financing') return;
  if (issuer && !hasRole(t.parties, 'issuer')) addParty(t.parties, { name: issuer, role: 'issuer' });
  if (t.financing === 'loan' || t.financing === 'grant') return;
  for (const name of investors) addParty(t.parties, { name, role: 'investor' });
  for (const name of underwriters) addParty(t.parties, { name, role: 'underwriter' });
}

function hasRole(parties: TransactionParty[], role: TransactionRole): boolean {
  for (let k = 0; k < parties.length; k++) if (parties[k]!.role === role) return true;
  return false;
}

interface ReleaseContext {
  input: TransactionInput;
  issuer: string | undefined;
  programAt: Map<number, string>;
  companies: CompanyNames;
  /** Transactions whose amount is net proceeds. */
  netAmounts: Set<Transaction>;
  /** Transactions whose amount converts another into a second currency. */
  convertedAmounts: Set<Transaction>;
  /** The kind of the last deal an earlier sentence stated, for a "total deal value" stated on its own. */
  dealKind?: TransactionKind;
}

/** Whether a line lies in some sections; asked with rising line numbers (one pass over the sections). */
class LineRanges {
  private readonly ranges: [number, number][] = [];
  private next = 0;

  constructor(sections: { line: number; endLine: number }[]) {
    for (const sec of sections) {
      const last = this.ranges[this.ranges.length - 1];
      // Nested sections lie inside the previous range: keep the ranges sorted and disjoint.
      if (last && sec.line <= last[1]) last[1] = Math.max(last[1], sec.endLine);
      else this.ranges.push([sec.line, sec.endLine]);
    }
  }

  has(line: number): boolean {
    while (this.next < this.ranges.length && this.ranges[this.next]![1] < line) this.next++;
    const range = this.ranges[this.next];
    return !!range && range[0] <= line;
  }
}

/**
 * Where GATE matches in the text, asked sentence by sentence in text order: does one of the matches
 * that a search of the whole text finds start in [start, end)? Only what is needed is searched:
 * before a sentence, the search starts again just after a character that no match can hold (a
 * full stop, a comma, a digit …), where the whole-text search would be outside a match too. So the
 * sentences that are never asked about (boilerplate) are mostly not searched.
 */
export class GateMatches {
  /** The search is outside any match here; every match starting before it has been passed. */
  private from = 0;
  /** The first match starting at or after `from` (-1: not searched yet; Infinity: none). */
  private nextStart = -1;
  private nextEnd = 0;

  constructor(private readonly text: string) {}

  startsIn(start: number, end: number): boolean {
    while (this.nextStart < start) {
      if (this.nextStart >= 0) this.from = this.nextEnd;
      if (this.from < start) this.from = Math.max(this.from, restartBefore(this.text, start, this.from));
      GATE.lastIndex = this.from;
      const m = GATE.exec(this.text);
      this.nextStart = m ? m.index : Infinity;
      this.nextEnd = m ? m.index + m[0].length : Infinity;
    }
    return this.nextStart < end;
  }
}

/** How far back from a sentence a character that no GATE match can hold is looked for. */
const RESTART_LOOKBACK = 256;

/**
 * Just after the last character before `start` (and after `lowest`) that no GATE match can hold,
 * or `lowest` when there is none nearby. GATE matches hold only ASCII letters (case ignored, no
 * other letter matches them), white space, "-" and "&".
 */
function restartBefore(text: string, start: number, lowest: number): number {
  for (let p = start - 1; p >= lowest && p >= start - RESTART_LOOKBACK; p--) {
    const c = text.charCodeAt(p);
    const inMatch = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 38 || isWhiteSpace(c);
    if (!inMatch) return p + 1;
  }
  return lowest;
}

/** The sentences, each cut where a line starts a list item ("- ", "• ", "— "): a new statement, punctuation or not. */
function splitAtListItems(text: string, sentences: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const breaks = new NextOf(text, LINE_BREAK_CHARS);
  for (const s of sentences) splitListItems(text, s, breaks, out);
  return out;
}

/** Local program name of every program mention, by offset (payload codes are not deal subjects). */
function programNames(programs: LocalProgram[]): Map<number, string> {
  const at = new Map<number, string>();
  for (const p of programs) {
    if (p.modality?.value === 'payload') continue;
    for (const m of p.mentions) at.set(m.offset, p.names[0]!);
  }
  return at;
}

/** The cues of a sentence, as `sentence.matchAll(ALL_CUES)` finds them, with offsets from `base`. */
function cueHits(sentence: string, base: number): Hit[] {
  const hits: Hit[] = [];
  for (const m of cueMatches(sentence)) {
    let g = 1;
    while (m[g] === undefined) g++;
    const p = CUE_PATTERNS[g - 1]!;
    const hit: Hit = { start: base + m.index, end: base + m.index + m[0].length, kind: p.kind };
    if (p.financing) hit.financing = p.financing;
    hits.push(hit);
  }
  return hits;
}

function sentenceTransactions(release: ReleaseContext, s: SentenceSpan, sentence: string, hits: Hit[], inSentence: Mention[], inFinancialResults: boolean): Transaction[] {
  const { input, issuer, programAt } = release;
  const { text } = input;
  if (hits.length === 0) return [];
  const money = inSentence.filter((m) => m.kind === 'money');
  const programs = inSentence.filter((m) => programAt.has(m.offset));
  const dates = inSentence.filter((m) => m.kind === 'date');
  const trimmed = trimSpan(text, s);
  const base = {
    file: input.file,
    line: input.lines.position(trimmed.start).line,
    offset: trimmed.start,
    length: trimmed.end - trimmed.start,
  };
  let parties: { deal: TransactionParty[]; financing: TransactionParty[] } | undefined;
  const partiesFor = (kind: TransactionKind, financing?: FinancingKind): TransactionParty[] => {
    parties ??= sentenceParties(sentence, s, inSentence, issuer, release.companies);
    const list = kind === 'financing' ? parties.financing : parties.deal;
    const out = copiesOf(list);
    if (kind === 'financing') {
      const role: TransactionRole = financing === 'loan' ? 'lender' : financing === 'grant' ? 'funder' : 'investor';
      for (const p of out) if (p.role === 'investor') p.role = role;
    } else if (kind === 'acquisition' && out.some((p) => p.role === 'acquirer')) {
      for (const p of out) if (p.role === 'partner') p.role = 'target';
    } else if (kind === 'equity') {
      equityRoles(out, sentence, issuer);
    } else if (kind === 'upfront' || kind === 'milestone' || kind === 'royalty') {
      paymentRoles(out, sentence);
    }
    return completeIssuerRole(withoutLeadingWords(out), issuer);
  };
  const make = (kind: TransactionKind, anchor: number, anchorEnd: number, statusText: string, financing?: FinancingKind): Transaction => {
    const t: Transaction = { kind, parties: partiesFor(kind, financing), ...base };
    if (financing) t.financing = financing;
    const program = nearest(programs, anchor);
    if (program) t.program = programAt.get(program.offset)!;
    const date = nearest(dates, anchor);
    if (date) t.date = String(date.value);
    else if (input.structure.releaseDate) t.date = input.structure.releaseDate;
    // The clause says it best; else the words leading up to the amount ("it has closed …, bringing … to CHF 48.3 million").
    // Royalties a deal grants are on sales to come: "…, plus tiered royalties" after "received an upfront payment".
    const status = statusOf(statusText) ?? (kind === 'royalty' ? 'expected' : statusOf(text.slice(s.start, anchorEnd)));
    if (status) t.status = status;
    return t;
  };

  const out: Transaction[] = [];
  const owner = ownersOf(hits, money, text);
  const usedKinds = new Set<TransactionKind>();
  const accounting = inFinancialResults || ACCOUNTING.test(sentence);
  const typedFinancing = hits.some((h) => h.kind === 'financing' && h.financing);
  // A price per share whose cue the total after it takes: "for $42.00 per share in cash, or approximately $1.1 billion".
  let perUnit: { k: number; windowStart: number } | undefined;
  money.forEach((m, k) => {
    const prevEnd = k > 0 ? money[k - 1]!.offset + money[k - 1]!.length : s.start;
    const nextStart = k + 1 < money.length ? money[k + 1]!.offset : s.end;
    const end = m.offset + m.length;
    const before = text.slice(Math.max(prevEnd, m.offset - CUE_BEFORE), m.offset);
    const after = text.slice(end, Math.min(nextStart, end + CUE_AFTER));
    // The cue must stand in the amount's own clause: not past a ";" before it, nor past ", before deducting …" after it.
    const windowStart = m.offset - before.length + before.lastIndexOf(';') + 1;
    if (PER_UNIT_AFTER.test(after)) {
      perUnit = { k, windowStart };
      return;
    }
    if (PRICE_BEFORE.test(before) || CASH_HELD_BEFORE.test(before)) return;
    if (k > 0 && (RESTATED_BETWEEN.test(text.slice(prevEnd, m.offset)) || RANGE_BETWEEN.test(text.slice(prevEnd, m.offset)))) return;
    const brk = CLAUSE_BREAK.exec(after);
    const windowEnd = end + (brk ? brk.index : after.length);
    const totalOfPrice = perUnit?.k === k - 1 && TOTAL_AFTER_PRICE.test(text.slice(prevEnd, m.offset));
    const cue =
      cueFor(text, hits, owner, k, m.offset, end, windowStart, windowEnd) ??
      (totalOfPrice ? cueFor(text, hits, owner, k - 1, money[k - 1]!.offset, end, perUnit!.windowStart, windowEnd) : undefined) ??
      (PRICE_OF_DEAL_BEFORE.test(before) ? dealVerbBefore(text, hits, s.start, prevEnd, m.offset) : undefined);
    if (cue === 'blocked') return;
    const sharesBought = SHARES_AFTER.test(after) && !typedFinancing;
    let kind: TransactionKind | undefined;
    if (cue && !(accounting && cue.distance > ACCOUNTING_CUE_DISTANCE)) {
      kind = cue.hit.kind === 'value' ? dealKindOf(hits) ?? (onlyDealTerms(hits) ? release.dealKind : undefined) : (cue.hit.kind as TransactionKind);
      // "Halberd to acquire KRW 10 billion of newly issued Korvena shares": a stake, not an acquisition.
      if (sharesBought && (kind === 'acquisition' || (kind === 'financing' && !cue.hit.financing))) kind = 'equity';
    } else if (!cue && sharesBought && !accounting) kind = 'equity';
    // "acquire AB-101 for $10 million and AB-202 for $5 million": the second amount is of the same kind.
    const previous = out[out.length - 1];
    if (!kind && !cue && k > 0 && previous?.amount === Number(money[k - 1]!.value) && PARALLEL_BETWEEN.test(text.slice(prevEnd, m.offset))) kind = previous.kind;
    if (!kind) return;
    const financing = kind === 'financing' ? cue?.hit.financing ?? nearestFinancing(hits, m.offset) : undefined;
    const t = make(kind, m.offset, end, amountClause(text, m, prevEnd, nextStart), financing);
    t.amount = Number(m.value);
    if (m.currency) t.currency = m.currency;
    t.amountText = detach(m.text.replace(/\s+/g, ' '));
    out.push(t);
    if (NET_PROCEEDS_CUE.test(text.slice(Math.max(prevEnd, m.offset - NET_LOOKBACK), m.offset))) release.netAmounts.add(t);
    if (CONVERTED_BEFORE.test(before)) release.convertedAmounts.add(t);
    usedKinds.add(kind);
    if (cue && cue.hit.kind !== 'value' && cue.hit.kind !== 'none') usedKinds.add(cue.hit.kind);
  });

  // Results and revenue recognised restate earlier deals; only amounts with their own deal words count there.
  if (accounting) return out;

  // Deals stated without an amount: "an exclusive license agreement", "plus tiered royalties".
  const seen = new Set<TransactionKind>();
  for (const h of hits) {
    if (h.kind === 'none' || h.kind === 'value' || usedKinds.has(h.kind) || seen.has(h.kind)) continue;
    if (h.kind === 'financing') {
      if (!h.financing || !FINANCING_ACT.test(sentence)) continue;
    } else {
      const cue = STATED_WITHOUT_AMOUNT[h.kind];
      if (!cue || !cue.test(sentence)) continue;
      if (h.kind === 'acquisition' && (typedFinancing || !ACQUISITION_AGREED.test(sentence))) continue;
      if (h.kind === 'acquisition' && !/\b(?:acquir|acquisition|merger)/i.test(text.slice(h.start, h.end))) continue;
    }
    // "an exclusive collaboration and license agreement" is one deal: the licence.
    if (h.kind === 'collaboration' && LICENSE_AND_COLLABORATION.test(sentence)) continue;
    seen.add(h.kind);
    out.push(make(h.kind, h.start, h.end, clauseAround(text, s, h), h.financing));
  }
  return out;
}

/**
 * Each cue belongs to one amount: a cue right after an amount ("$35 million upfront", "$1.2 billion
 * in milestones") to that amount, any other cue between two amounts to the next one ("and sales
 * milestone payments of up to ¥27 billion"); cues before the first or after the last to the nearest.
 */
function ownersOf(hits: Hit[], money: Mention[], text: string): number[] {
  const owners: number[] = [];
  let k = 0;
  for (const h of hits) {
    while (k < money.length && money[k]!.offset + money[k]!.length <= h.start) k++;
    // A cue over an amount is that amount's: "million grant" in "a $2.5 million grant", "awarded a $2.5 million grant".
    if (k < money.length && money[k]!.offset < h.end) {
      owners.push(k);
      continue;
    }
    // money[k-1] ends before the hit; money[k] starts at or after it.
    const prev = k - 1;
    const next = k < money.length && money[k]!.offset >= h.end ? k : -1;
    if (prev < 0) owners.push(next);
    else if (next < 0) owners.push(prev);
    else owners.push(ATTACHED_AFTER.test(text.slice(money[prev]!.offset + money[prev]!.length, h.start)) ? prev : next);
  }
  return owners;
}

/** The nearest cue in an amount's window that belongs to it, or 'blocked' when a cost or result word stands close. */
interface AmountCue {
  hit: Hit;
  distance: number;
}

/** What a cue in a later clause adds to its distance: more than any amount's window. */
const LATER_CLAUSE = 10_000;

function cueFor(text: string, hits: Hit[], owner: number[], k: number, start: number, end: number, windowStart: number, windowEnd: number): AmountCue | 'blocked' | undefined {
  let best: AmountCue | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (owner[i] !== k) continue;
    // A cue over the amount ("million grant" in "a $2.5 million grant") is right beside it.
    const over = h.start < end && h.end > start;
    const inWindow = (h.end <= start && h.start >= windowStart) || (h.start >= end && h.end <= windowEnd) || (over && h.start >= windowStart && h.end <= windowEnd);
    if (!inWindow) continue;
    let distance = over ? 0 : h.end <= start ? start - h.end : h.start - end;
    // A cue after the amount in a clause of its own ("up to $300 million, plus royalties") comes
    // after any cue before it ("milestone payments of up to …").
    if (!over && h.start >= end && h.kind !== 'none' && !ATTACHED_AFTER.test(text.slice(end, h.start))) distance += LATER_CLAUSE;
    if (h.kind === 'none') {
      if (distance <= BLOCK_DISTANCE) return 'blocked';
    } else if (!best || distance < best.distance) best = { hit: h, distance };
  }
  return best;
}

/** "… for $20 million": the price of the deal the clause's verb states, however far back the verb stands. */
const PRICE_OF_DEAL_BEFORE = /\bfor\s+(?:(?:approximately|about|roughly|around|nearly)\s+)?$/i;
const DEAL_VERB_REACH = 200;

/**
 * "X out-licensed rights to Y, a CD19 antibody, to Z in 2023 for $20 million": the licence or
 * acquisition cue nearest before the amount in its clause (no ";" and no other amount between),
 * for an amount after "for" that no cue beside it names.
 */
function dealVerbBefore(text: string, hits: Hit[], sentenceStart: number, prevEnd: number, start: number): AmountCue | undefined {
  const from = Math.max(sentenceStart, prevEnd, start - DEAL_VERB_REACH);
  let best: Hit | undefined;
  for (const h of hits) {
    if (h.start < from || h.end > start) continue;
    if (h.kind === 'license' || h.kind === 'acquisition') best = h;
  }
  if (!best || text.slice(best.end, start).includes(';')) return undefined;
  return { hit: best, distance: start - best.end };
}

/** The words that tell an amount's status: its clause, up to the next amount or "and …". */
function amountClause(text: string, m: Mention, prevEnd: number, nextStart: number): string {
  const before = text.slice(prevEnd, m.offset);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const tail = text.slice(m.offset + m.length, Math.min(nextStart, m.offset + m.length + 40));
  const stop = tail.search(/[,;]|\s(?:and|but|while|plus)\s/);
  return before.slice(from) + m.text + (stop >= 0 ? tail.slice(0, stop) : tail);
}

/** The clause around a cue, between the commas or semicolons that bound it. */
function clauseAround(text: string, s: SentenceSpan, h: Hit): string {
  const head = text.slice(s.start, h.start);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1;
  const tail = text.slice(h.end, s.end);
  const stop = tail.search(/[,;]/);
  return head.slice(from) + text.slice(h.start, h.end) + (stop >= 0 ? tail.slice(0, stop) : tail);
}

/** The kinds of deal a "total deal value" can be the value of, in the order a sentence's cues are asked for one. */
const DEAL_KIND_ORDER = ['acquisition', 'license', 'collaboration', 'option'] as const;
const DEAL_KINDS = new Set<TransactionKind>(DEAL_KIND_ORDER);

/** Terms of a deal stated before: a "total deal value" among them is that deal's, where a financing's would be the financing's. */
function onlyDealTerms(hits: Hit[]): boolean {
  return hits.every((h) => h.kind === 'value' || h.kind === 'none' || h.kind === 'upfront' || h.kind === 'milestone' || h.kind === 'royalty');
}

/** "for a total transaction value of $X": the kind of deal the sentence names. */
function dealKindOf(hits: Hit[]): TransactionKind | undefined {
  for (const kind of DEAL_KIND_ORDER) if (hits.some((h) => h.kind === kind)) return kind;
  return undefined;
}

function nearestFinancing(hits: Hit[], offset: number): FinancingKind | undefined {
  let best: FinancingKind | undefined;
  let bestDistance = Infinity;
  for (const h of hits) {
    if (h.kind !== 'financing' || !h.financing) continue;
    const d = Math.abs(h.start - offset);
    if (d < bestDistance) {
      best = h.financing;
      bestDistance = d;
    }
  }
  return best;
}

function statusOf(text: string): TransactionStatus | undefined {
  for (const [re, status] of STATUS_RULES) if (re.test(text)) return status;
  return undefined;
}

/** The mention nearest to `offset`; on a tie the one before it ("AB-101 for $10 million and AB-202 …"). */
function nearest(ms: Mention[], offset: number): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const m of ms) {
    const d = m.offset >= offset ? m.offset - offset : Math.max(0, offset - (m.offset + m.length));
    if (d < bestDistance || (d === bestDistance && best && m.offset < best.offset)) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}

function trimSpan(text: string, s: SentenceSpan): SentenceSpan {
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Copies of parties, made as addParty makes them: every list of parties is an array built by push of
 * objects of one shape, so the code that reads them is not compiled again for another kind.
 */
function copiesOf(parties: TransactionParty[]): TransactionParty[] {
  const out: TransactionParty[] = [];
  for (let k = 0; k < parties.length; k++) out.push({ name: parties[k]!.name, role: parties[k]!.role });
  return out;
}

/** Companies a sentence names and their parts, for deals and for financings. */
function sentenceParties(
  sentence: string,
  s: SentenceSpan,
  inSentence: Mention[],
  issuer: string | undefined,
  companyNames: CompanyNames,
): { deal: TransactionParty[]; financing: TransactionParty[] } {
  const deal: TransactionParty[] = [];
  const base = s.start;
  const companies = companyNames.inSentence(s.start, s.end);
  // A drug code is no company ("AB-101 Therapeutics" aside): skip names that are program mentions.
  const codeStarts = new Set(inSentence.filter((m) => m.kind === 'drug-code').map((m) => m.offset - base));
  for (const c of companies) {
    if (codeStarts.has(c.start)) continue;
    const role = companyRole(sentence, c.start, c.end) ?? 'partner';
    addParty(deal, { name: c.name, role: role === 'owner' ? 'seller' : role });
  }
  if (issuer && (deal.length === 0 || ISSUER_WORDS.test(sentence))) addParty(deal, { name: issuer, role: 'partner' });

  const financing: TransactionParty[] = [];
  for (const name of namesAfterCue(sentence, INVESTOR_CUE)) addParty(financing, { name, role: 'investor' });
  // "a term loan facility with X", "a grant from the Y Foundation", "a private placement with Z Capital".
  // "on behalf of a syndicate of underwriters": the company named is an underwriter, not an investor.
  const lenderRole: TransactionRole = /\bunderwrit|\bbook-?running|\bplacement\s+agent/i.test(sentence) ? 'underwriter' : 'investor';
  for (const m of sentence.matchAll(/\b(?:facility|loan|notes?|grant|award(?:ed)?|funding|funded|provided|agreement|placement|placing|financing|investment|round)\s+(?:with|from|by)\s+(?:the\s+)?/gi)) {
    const [name] = nameList(sentence.slice(m.index + m[0].length, m.index + m[0].length + 120));
    if (name && (!issuer || !sameCompany(name, issuer))) addParty(financing, { name, role: lenderRole });
  }
  // "Lémanis also announced that it has closed … its Series B financing", in another company's release.
  const named = companies.filter((c) => !codeStarts.has(c.start) && !financing.some((p) => sameCompany(p.name, c.name)));
  if (named.length && (!issuer || !named.some((c) => sameCompany(c.name, issuer)))) addParty(financing, { name: named[0]!.name, role: 'issuer' });
  return { deal, financing };
}

/** Underwriters ("X and Y are acting as joint book-running managers") and investors ("led by X"), release-wide. */
function readFinanceParties(sentence: string, underwriters: string[], investors: string[]): void {
  const acting = ACTING_AS.exec(sentence);
  if (acting && UNDERWRITER_WORD.test(sentence.slice(acting.index, acting.index + 90))) {
    for (const name of nameList(sentence.slice(0, acting.index), true)) if (!underwriters.includes(name)) underwriters.push(name);
  }
  const by = /\bunderwritten\s+by\s+/i.exec(sentence);
  if (by) for (const name of nameList(sentence.slice(by.index + by[0].length, by.index + by[0].length + 160))) if (!underwriters.includes(name)) underwriters.push(name);
  if (/\b(?:financing|round|placement|placing|offering|investment|PIPE)\b/i.test(sentence)) {
    for (const name of namesAfterCue(sentence, INVESTOR_CUE)) if (!investors.includes(name)) investors.push(name);
  }
}

function namesAfterCue(sentence: string, cue: RegExp): string[] {
  const out: string[] = [];
  cue.lastIndex = 0;
  for (const m of sentence.matchAll(cue)) {
    const from = m.index + m[0].length;
    for (const name of nameList(sentence.slice(from, from + 200))) if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Company names in a list: "J.P. Morgan, Jefferies and TD Cowen", "X Capital, with participation …".
 * Reads up to the end of the clause; keeps chunks of capitalised words, skips "existing investors".
 * With `fromEnd`, the list is the last clause of the text (the subject before a verb).
 */
function nameList(fragment: string, fromEnd = false): string[] {
  const clauses = fragment.split(/[;:()]/);
  const clause = (fromEnd ? clauses[clauses.length - 1] : clauses[0]) ?? '';
  const chunks = clause.split(/,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+/).slice(0, 10);
  if (fromEnd) chunks.reverse();
  const out: string[] = [];
  for (const raw of chunks) {
    const chunk = raw.trim().replace(/^(?:the|by|from|with)\s+/i, '');
    const words = chunk.split(/\s+/).filter(Boolean);
    // The list ends where its names do: "X Capital, with participation from …", "in the United States".
    if (words.length === 0 || words.length > 6 || NOT_A_NAME.test(words[0]!) || !/^[A-Z]/.test(words[0]!) || !words.every((w) => NAME_WORD.test(w))) break;
    // A sentence's final full stop is no part of the name; "Co." and "Inc." keep theirs.
    const name = /\b(?:Co|Inc|Ltd|Corp|L\.P|S\.A|N\.V|[A-Z])\.$/.test(chunk) ? chunk : chunk.replace(/\.$/, '');
    out.push(detach(name));
  }
  return fromEnd ? out.reverse() : out;
}

/**
 * "a €20 million equity investment from Halcyon": Halcyon invests; "an investment in Northwind":
 * Northwind issues the shares. Otherwise the other party of the issuer's release invests.
 */
function equityRoles(parties: TransactionParty[], sentence: string, issuer: string | undefined): void {
  for (const p of parties) {
    // "Halberd to acquire KRW 10 billion of newly issued Korvena shares": who acquires shares invests.
    if (p.role === 'acquirer') p.role = 'investor';
    const at = indexOfWord(sentence, firstWord(p.name));
    const before = at > 0 ? sentence.slice(Math.max(0, at - 6), at) : '';
    if (/\bfrom\s+$/i.test(before)) p.role = 'investor';
    else if (/\bin\s+$/i.test(before)) p.role = 'issuer';
  }
  const rest = parties.filter((p) => p.role === 'partner');
  const hasInvestor = parties.some((p) => p.role === 'investor');
  const hasIssuer = parties.some((p) => p.role === 'issuer');
  for (const p of rest) {
    if (hasInvestor) p.role = 'issuer';
    else if (hasIssuer) p.role = 'investor';
    else p.role = issuer && sameCompany(p.name, issuer) ? 'issuer' : 'investor';
  }
}

/** After a party's name: it pays (the licensee) or it is paid (the licensor), "also" or not. */
const PAYS = /^\s+(?:(?:will|to|shall|has\s+agreed\s+to|agreed\s+to)\s+)?(?:also\s+)?(?:pays?|paid|make|makes|made|develops?|commerciali[sz]es?|obtains?|gains?)\b/i;
const IS_PAID = /^\s+(?:(?:will|to|shall|is\s+to)\s+)?(?:also\s+)?(?:receives?|received|(?:is|was|will\s+be|to\s+be)\s+(?:also\s+)?eligible|earns?|earned|collects?|collected)\b/i;
/** Before it: "a milestone payment from X" (X pays); "pay X", "to X" (X is paid). */
const PAID_FROM = /\b(?:payments?|fees?|royalt(?:y|ies)|milestones?|upfront|million|billion|\d)\s+from\s+$/i;
const PAID_TO = /\b(?:pays?|paid|paying|to)\s+$/i;

/**
 * Upfront payments, milestones and royalties: who pays licenses in, who is paid licenses out
 * ("Borealis will pay Acme $50 million upfront", "Acme received a milestone payment from Borealis").
 * The words right around the name say it over what the rest of the sentence said ("… payment from
 * X" over "licensed to X"); "to X" says it only for a party with no part yet.
 */
function paymentRoles(parties: TransactionParty[], sentence: string): void {
  for (const p of parties) {
    if (p.role !== 'partner' && p.role !== 'licensee' && p.role !== 'licensor') continue;
    const word = firstWord(p.name);
    const at = indexOfWord(sentence, word);
    if (at < 0) continue;
    const end = sentence.startsWith(p.name, at) ? at + p.name.length : at + word.length;
    const after = sentence.slice(end, end + 40);
    const before = sentence.slice(Math.max(0, at - 24), at);
    if (PAYS.test(after) || PAID_FROM.test(before)) p.role = 'licensee';
    else if (IS_PAID.test(after) || (p.role === 'partner' && PAID_TO.test(before))) p.role = 'licensor';
  }
}

/** The issuer plays the part opposite the other party's ("granting Meridale Pharma rights": the issuer licenses out). */
function completeIssuerRole(parties: TransactionParty[], issuer: string | undefined): TransactionParty[] {
  if (!issuer) return parties;
  const self = parties.find((p) => sameCompany(p.name, issuer));
  if (!self || self.role !== 'partner') return parties;
  for (const p of parties) {
    const opposite = ISSUER_ROLE_OPPOSITE[p.role];
    if (p !== self && opposite && !parties.some((q) => q.role === opposite)) {
      self.role = opposite;
      break;
    }
  }
  return parties;
}

/** "Acquire Lumaris Bio" read from a headline is "Lumaris Bio": drop a name that ends with another party's. */
function withoutLeadingWords(parties: TransactionParty[]): TransactionParty[] {
  const out: TransactionParty[] = [];
  for (const p of parties) if (!endsWithOtherParty(parties, p)) out.push(p);
  return out;
}

function endsWithOtherParty(parties: TransactionParty[], p: TransactionParty): boolean {
  for (const q of parties) if (q !== p && q.name.length < p.name.length && p.name.endsWith(` ${q.name}`)) return true;
  return false;
}

/** "Jinhai Biopharma Co. Ltd." and "Jinhai Biopharma" are one name: legal forms go ("Crandall Forbes & Co." keeps its own). */
function partyName(name: string): string {
  let n = name.trim();
  for (let k = 0; k < 3 && LEGAL_FORM_AT_END.test(n); k++) {
    const shorter = n.replace(LEGAL_FORM_AT_END, '');
    if (shorter.endsWith('&') || !shorter) break;
    n = shorter;
  }
  return n;
}

/**
 * Parties kept per transaction, and transactions per release: deals name a few companies, and a
 * release a few dozen transactions. Text that names thousands (a list, a dump) would otherwise make
 * the merges below quadratic in its length.
 */
const MAX_PARTIES = 16;
const MAX_TRANSACTIONS = 400;

/** Adds a party once; a specific part replaces "partner". */
function addParty(parties: TransactionParty[], party: TransactionParty): void {
  const same = sameCompanyIn(parties, party.name);
  if (same) {
    if (same.role === 'partner' && party.role !== 'partner') same.role = party.role;
  } else if (parties.length < MAX_PARTIES) {
    parties.push({ name: detach(partyName(party.name)), role: party.role });
  }
}

function sameCompanyIn(parties: TransactionParty[], name: string): TransactionParty | undefined {
  for (let k = 0; k < parties.length; k++) if (sameCompany(parties[k]!.name, name)) return parties[k];
  return undefined;
}

/**
 * The same transaction stated twice (headline and body, highlights and text) is kept once: same
 * kind, same amount and currency (or no amount), same program or none named. The statement with the
 * amount gives the place; the others add what they know.
 */
function mergeRestatements(found: Transaction[]): Transaction[] {
  const out: Transaction[] = [];
  for (const t of found) {
    const twin = out.find(
      (o) =>
        o.kind === t.kind &&
        (o.amount === undefined || t.amount === undefined || (o.amount === t.amount && o.currency === t.currency)) &&
        (!o.program || !t.program || o.program === t.program) &&
        (!o.financing || !t.financing || o.financing === t.financing),
    );
    if (!twin) {
      out.push(t);
      continue;
    }
    // Two amounts of one kind for different programs or different sums stay apart; so do two unpriced statements.
    if (twin.amount === undefined && t.amount !== undefined) {
      twin.amount = t.amount;
      if (t.currency) twin.currency = t.currency;
      if (t.amountText) twin.amountText = t.amountText;
      twin.line = t.line;
      twin.offset = t.offset;
      twin.length = t.length;
      if (t.date) twin.date = t.date;
    }
    twin.program ??= t.program;
    twin.financing ??= t.financing;
    if (t.status && (!twin.status || STATUS_RANK[t.status] > STATUS_RANK[twin.status])) twin.status = t.status;
    for (const p of t.parties) addParty(twin.parties, p);
    if (!twin.program) delete twin.program;
    if (!twin.financing) delete twin.financing;
  }
  return out;
}

