import type { DealKind, FinancingKind } from '../types';

/**
 * Words that say what kind of deal an amount or a sentence is about. One list for the per-program
 * deal facts (programs/extract.ts) and the release's transactions (transactions.ts). Linear regexes.
 */
export const DEAL_CUES: [RegExp, DealKind][] = [
  // "$10 million upon signing" is paid up front; "$20 million upon FDA approval" is a milestone, and
  // "upon approval by shareholders" is none: an approval or a filing counts where a regulator or an
  // application is named.
  [/\bup-?front\b|\bupon\s+(?:the\s+)?(?:signing|execution)\s+of\b|\bupon\s+signing\b/i, 'upfront'],
  [/\bmilestones?\b|\bupon\s+(?:the\s+)?(?:achievement|attainment|initiation|dosing|first\s+(?:commercial\s+sale|patient)|commercial\s+launch|(?:(?:FDA|EMA|PMDA|NMPA|U\.S\.|European|regulatory|marketing)(?:'s|\u2019s)?\s+|(?:NDA|BLA|MAA|IND|sNDA|sBLA|CTA)\s+)(?:acceptance|approval|filing|submission)|(?:acceptance|approval|filing|submission)\s+of\s+(?:the\s+|an?\s+)?(?:NDA|BLA|MAA|IND|sNDA|sBLA|CTA|new\s+drug|biologics?\s+licen[cs]e|marketing\s+authori[sz]ation))\b/i, 'milestone'],
  [/\broyalt(?:y|ies)\b/i, 'royalty'],
  [/\b(?:equity|investment|private placement|share purchase)\b/i, 'equity'],
  // "wholesale acquisition cost" is a price.
  [/\b(?:acquir(?:e|ed|es|ing)|acquisition(?!\s+costs?\b)|purchase[ds]?|divest(?:iture|ed))\b/i, 'acquisition'],
  // A technology transfer agreement is how Korean and Japanese companies name an out-licence.
  [/\blicen[cs](?:e|ed|es|ing)\b|\btechnology\s+transfer\s+agreement\b/i, 'license'],
  [/\boption\b/i, 'option'],
  [/\bcollaborat(?:ion|e|ive)\b|\bpartnership\b/i, 'collaboration'],
];

/** A sentence that speaks of partners or deals (companies named in it may be parties). */
export const PARTNER_CUE = /\b(?:partner(?:s|ed|ship)?|collaborat\w*|licen[cs]\w*|agreements?|in development by|developed by|acquir\w*|acquisition|divest\w*)\b/i;

/** Said with an acquisition or licence, it is a deal the release states, not a passing word. */
export const AGREEMENT_CUE = /\b(?:agreement|acquired|acquires|acquisition|licensed|exclusive)\b/i;
/** AGREEMENT_CUE's one word that PARTNER_CUE does not cover: all AGREEMENT_CUE finds where PARTNER_CUE finds nothing. */
export const EXCLUSIVE_CUE = /\bexclusive\b/i;

/**
 * Ways a company raises money. Order matters where two match the same words: the first wins.
 * "priced at-the-market under Nasdaq rules" describes a price, not an at-the-market program.
 */
export const FINANCING_CUES: [RegExp, FinancingKind][] = [
  [/\bregistered\s+direct\b/i, 'registered direct'],
  [/\bPIPE\b|\bprivate\s+investment\s+in\s+public\s+equity\b/, 'PIPE'],
  [/(?<!priced\s)\bat[-\s]the[-\s]market\b(?!\s+under\b)|\bATM\s+(?:program|offering|facility|agreement)\b/i, 'at-the-market'],
  [/\b(?:initial\s+|underwritten\s+|follow-on\s+|secondary\s+)?public\s+offering\b|\bIPO\b|\bbought\s+deal\b|\bunderwritten\s+offering\b/, 'public offering'],
  [/\bprivate\s+placements?\b|\bplacing\b|\bplacements?\b(?!\s+agents?\b)|\bSeries\s+[A-H]\d?\s+(?:preferred|financing|round|funding|investment)\b|\b(?:seed|venture|crossover)\s+(?:financing|round)\b/i, 'private placement'],
  [/\bterm\s+loans?\b|\bloan\s+(?:facility|agreement)\b|\bcredit\s+(?:facility|agreement)\b|\bdebt\s+(?:facility|financing)\b|\bconvertible\s+(?:senior\s+)?notes?\b|\bventure\s+debt\b|\bloans?\b/i, 'loan'],
  [/\bgrant\s+(?:funding|award|agreement|from)\b|\bgrant\s+of\s+(?=(?:up\s+to\s+)?(?:approximately\s+)?(?:[$€£¥]|US\$|USD|EUR|GBP|CHF|\d))|\b(?:research|federal|government|SBIR|STTR|non-dilutive|million|billion)\s+grants?\b|\bnon-dilutive\s+funding\b|\bawarded\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,4}?grant\b/i, 'grant'],
];

/** An option over a program: "an option to license", "exercised its option"; hides the "license" inside it. */
export const OPTION_CUE = /\boption\s+(?:to\s+(?:licen[cs]e|acquire|obtain|purchase)|agreement|exercise|fee)\b|\bexercis\w*\s+(?:its|an|the|their)\s+(?:exclusive\s+)?option(?:\s+to\s+(?:licen[cs]e|acquire|obtain|purchase))?\b/i;

/** Money a partner pays for research under a collaboration, not a financing. */
export const RESEARCH_FUNDING_CUE = /\b(?:research|R&D|development)\s+(?:and\s+development\s+)?(?:funding|support|reimbursement)\b/i;

/** Money raised after fees: an amount of its own only when no gross amount is given. */
export const NET_PROCEEDS_CUE = /\bnet\s+proceeds\b/i;

/** Money raised, without saying how. */
export const FINANCING_GENERIC_CUE = /\bgross\s+proceeds\b|\braise[sd]?\b|\braising\b|\bfinancing\b|\bofferings?\b|\bfundrais\w*|\bfunding\s+(?:round|from|of)\b|\bin\s+(?:new\s+|additional\s+)?funding\b|\bsubscriptions?\b|\bproceeds\b/i;

/**
 * Words beside an amount that make it something other than the price of a deal: costs, results,
 * cash held, and phrases that only look like deal words.
 */
export const NOT_A_DEAL_CUE = /\b(?:(?:underwriting|placement\s+agent(?:'s|’s)?|agent(?:'s|’s)?|advisory|legal|offering|transaction)\s+(?:discounts?\s+and\s+)?(?:fees|commissions|expenses|costs)|expenses?|costs?|revenues?|net\s+(?:loss|income)|compared\s+(?:to|with)|cash(?:,|\s+and)\s+(?:cash\s+)?equivalents|cash\s+(?:position|runway|balance)|market\s+(?:cap|capitalization|value)|valuation|dividends?)\b|\blicen[cs]e\s+applications?\b|\b(?:treatment|therapeutic|stock|share)\s+options?\b|\boptions?\s+to\s+purchase\s+(?:up\s+to\s+)?(?:an\s+)?additional\b/i;

/** Deal value phrases that take the kind of the deal the sentence names. */
export const DEAL_VALUE_CUE = /\b(?:equity|enterprise|transaction|total(?:\s+potential)?(?:\s+deal)?|aggregate(?:\s+deal)?)\s+value\b/i;

/** "X and Y are acting as …": the subject of the sentence plays a part in a financing. */
export const ACTING_AS = /\b(?:(?:is|are|was|were)\s+(?:acting|serving)|(?:will\s+)?(?:act|acted|serve[sd]?))\s+as\b/i;
/** The part: underwriters and agents who sold the shares. */
export const UNDERWRITER_WORD = /\b(?:underwriters?|book-?running\s+managers?|bookrunners?|placement\s+agents?|lead\s+managers?|sales\s+agents?|co-managers?|brokers?|global\s+coordinators?)\b/i;

/** Who put money in: "led by X", "with participation from Y". */
export const INVESTOR_CUE = /\b(?:(?:co-)?led\s+by|(?:participation|commitments?|investments?|support)\s+(?:from|of|by)|investors?\s+(?:including|such\s+as))\s+(?:(?:an?|the)\s+(?:cornerstone\s+|anchor\s+)?(?:commitment|investment)\s+from\s+)?/gi;
