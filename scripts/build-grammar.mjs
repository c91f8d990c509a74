// Generates syntaxes/release.tmLanguage.json: `node scripts/build-grammar.mjs` (or `--check` to
// verify that the committed grammar is up to date).
// Builds the regexes from shared pieces so they stay consistent, then writes plain JSON.
//
// Speed. VS Code tokenizes with vscode-textmate on Oniguruma: at each step it searches the regexes of
// the current rule list from the current position and takes the leftmost match (the first in the list
// on a tie). For a line under 1,000 bytes (nearly every line) vscode-oniguruma walks the line position
// by position for the whole list at once: every regex in the list adds a little to every step, and a
// regex is attempted at a position unless Oniguruma can rule the position out, which it can when it
// knows a literal the match must contain or the bytes the match can start with. It knows that only
// for literals and ASCII classes: a regex that starts with \d (Unicode digits), \p{…}, a class with
// non-ASCII members ([®™℠], [€£]), or an alternation of branches that start differently, is attempted
// at every position of every line. Hence, below: ASCII first characters ([0-9] where a number starts
// a match), alternations of literals instead of classes of non-ASCII characters, one regex per branch
// where branches start differently, one regex for shapes that start alike (number-first, ticker,
// trademark), and line-start rules anchored with \G (see `line`) so that they are tried once per line
// instead of at every position. Splitting or joining regexes keeps their order and scopes, so the
// leftmost-then-first choice is unchanged; where a shape moves ahead of others, no other rule can
// match where it does (see number-first). `npm run bench -- --only grammar` compares the result with
// VS Code's Markdown grammar on the same text.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const R = String.raw;

/**
 * The same set of words as one alternation factored by common prefixes (A(?:L|K|SCO)|B(?:E|IO)…):
 * where none of them matches, Oniguruma then tests each first letter once instead of every word.
 */
function trie(words) {
  const root = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) node = node.get(ch) ?? node.set(ch, new Map()).get(ch);
    node.set('', null); // a word ends here
  }
  const emit = (node) => {
    const branches = [...node.keys()].filter((ch) => ch !== '').sort().map((ch) => ch.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') + emit(node.get(ch)));
    if (!branches.length) return '';
    const group = branches.length === 1 && !node.has('') ? branches[0] : `(?:${branches.join('|')})`;
    return node.has('') ? `${group}?` : group;
  };
  return emit(root);
}

// ---- shared pieces -------------------------------------------------------------------------
const HY = R`[\-\x{2010}\x{2011}]`; // hyphen, Unicode hyphen, non-breaking hyphen
const DASH = R`[\-\x{2013}]`; // hyphen or en dash in ranges
const SP = R`[ \x{00A0}]`; // one space or no-break space
const YEAR = R`(?:19|20)\d\d(?!\d)`;
const DAY = R`(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?`;
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_FULL_NOT_MAY = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ABBR = R`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const END = R`(?![\w])`;
// The first character of a number that starts a match: ASCII, so that Oniguruma can skip from digit to
// digit (with \d it would try every position). A number written with other decimal digits (٣) is not
// highlighted; the extension's recognisers read ASCII digits only, like JavaScript's \d.
const DIGIT = '[0-9]';

// Amounts: 1,234,567.89 or 1234567.89 (no partial numbers: never followed by a digit or ,5 / .5).
const NUM = R`(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,12})(?:\.\d{1,4})?(?![\d]|[.,]\d)`;
const SCALE_WORD = R`(?i:million|billion|thousand|trillion|mln|mil|mn|bln|bn|mio|mrd|crores?|lakhs?)`;
// After a space, a lower-case "m" too ("SEK 250 m", "£4.2 m"); other one-letter scales only attached ("$25M").
const UNIT = `(?:${SP}(?:${SCALE_WORD}|m)\\b|(?:mm|mn|bn|MM|[mMbBkK])\\b)`;
// After the sign or code: a negative in parentheses, with a scale word after it ("$(33.2) million"),
// or a number with its scale, spaced, attached or after a hyphen ("$1.1-billion").
const AMOUNT = `(?:\\(${SP}?${NUM}${SP}?\\)(?:${SP}${SCALE_WORD}\\b)?|${NUM}(?:${UNIT}|-(?i:million|billion|thousand|trillion)\\b)?)`;
const CURRENCY_CODES = 'USD|EUR|CHF|GBP|JPY|CAD|AUD|SEK|DKK|NOK|CNY|RMB|HKD|SGD|KRW|INR|NZD|BRL|ILS|TWD|NTD|MXN|PLN|CZK|HUF|THB|IDR|ZAR|MYR|AED|RUB';
// "$" with a prefix (US$, C$, CDN$) or a dollar's code before it (CAD $3 million), other signs, and rupees' "Rs."
const SYMBOL = R`(?:\b(?:US|C|CA|A|AU|NZ|HK|S|SG|NT|R|MX|CDN|Cdn)\$|\b(?:USD|CAD|AUD|NZD|SGD|HKD|TWD) ?\$|\$|€|£|¥|₩|₹|\bRs\.?)`;

// Prefixes that look like code prefixes but are not (when followed by a number): ids, forms,
// standards, currencies, conferences, cooperative groups, agencies, US states (ZIP codes) and
// European postal prefixes ("CH-4002 Basel").
const NON_CODE = [
  'NCT', 'ISRCTN', 'ACTRN', 'CTR', 'JRCT', 'CHICTR', 'KCT', 'UMIN', 'EUDRACT', 'CD', 'GPR', 'FY', 'CY', 'LBA', 'ISO', 'IEC', 'CA', 'COVID', 'SARS', 'MERS', 'HIV', 'HPV',
  'HBV', 'HCV', 'CMV', 'EBV', 'RSV', 'HSV', 'HLA', 'IND', 'NDA', 'SNDA', 'BLA', 'SBLA', 'ANDA', 'MAA', 'CTA', 'DMF',
  'EUA', 'PASI', 'EASI', 'RTOG', 'GOG', 'ECOG', 'SWOG', 'NRG', 'JCOG', 'CALGB', 'EORTC', 'NSABP', 'ACOSOG', 'AIO',
  'NCCTG', 'GBG', CURRENCY_CODES, 'US', 'UK', 'EU', 'WO', 'EP', 'JP', 'ICD', 'CPT', 'ATC', 'ASCO', 'ESMO', 'AACR',
  'ASH', 'EHA', 'SABCS', 'WCLC', 'ADA', 'EASD', 'AAN', 'ACR', 'ATS', 'ERS', 'EASL', 'AASLD', 'ASGCT', 'SITC', 'ESC',
  'AHA', 'ACC', 'TCT', 'CTAD', 'AAIC', 'ECCO', 'DDW', 'SGO', 'EULAR', 'BIO', 'JPM', 'BOX', 'PO', 'APT', 'STE',
  'SUITE', 'ROUTE', 'HWY', 'STUDY', 'PHASE', 'ROOM', 'HALL', 'BOOTH', 'FLOOR', 'UNIT', 'ITEM', 'PART', 'NOTE',
  'FORM', 'RULE', 'PAGE', 'TABLE', 'SEC', 'CIK', 'EIN', 'ZIP', 'PIN', 'ID', 'NO', 'REF', 'ARM', 'COHORT', 'TOTAL',
  'NET', 'GAAP', 'EPS', 'ASC', 'ASU', 'SFAS', 'FAS', 'IFRS', 'IAS', 'FDA', 'EMA', 'MHRA', 'PMDA', 'NMPA', 'NIH',
  'NCI', 'NASDAQ', 'NYSE', 'TSX', 'ASX', 'SIX', 'HKEX', 'SP', 'FTSE', 'DAX', 'ISIN', 'CUSIP', 'DOI', 'PMID', 'GMT',
  'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'BST', 'TEL', 'FAX', 'EXT', 'CH', 'DK', 'SE', 'FI', 'DE', 'NL',
  'BE', 'LU', 'KN', 'CM', 'EV', // KN-189 (KEYNOTE), CM-067 (CheckMate), EV-301: trial numbers
  // US states and DC/PR, for "MA 02139"-style ZIP codes
  'AL', 'AK', 'AZ', 'AR', 'CO', 'CT', 'DC', 'FL', 'GA', 'HI', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA',
  'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
].flatMap((prefixes) => prefixes.split('|'));
const NOT_NON_CODE = `(?!${trie(NON_CODE)}(?=${HY}|${SP}|\\d))`;
const NOT_YEAR = `(?!${YEAR})`;
const CODE_START = R`(?<![\w\-\x{2010}\x{2011}])`;
// After a code: no more word characters, no "(" ("510(k)"), and no "-001" / ".5" / ",000" / "/5" continuation.
const CODE_END = R`(?![\w(]|[\-\x{2010}\x{2011}.,/]\d)`;
const SUFFIX = R`(?:[a-z]\d{0,2})?`; // DS-8201a, BNT162b2

// ---- rules ---------------------------------------------------------------------------------
const rules = {};

/** The year after a short period: 2017, of 2017, CY2025, FY 2025, FY25, fiscal 2025, of fiscal year 2025. */
const PERIOD_YEAR = `(?:(?i:of)${SP})?(?:(?:FY|CY)${SP}?|(?i:fiscal|calendar)${SP}(?:(?i:year)${SP})?)?${YEAR}|(?:FY|CY)${SP}?\\d\\d`;

rules['drug-code'] = {
  comment: 'Development codes: IMGN632, SAR650984, MK-3475, BMS-986016, DS-8201a, BGB-A317, AMG 510, Debio 1562, BNT162b2, mRNA-1273, T-DM1, huC242-DM4, DM4.',
  patterns: [
    {
      comment: 'letters + digits (IMGN632, LY3009120, BNT162b2), letters-hyphen-digits (MK-3475, PF-06647020, DS-8201a, BGB-A317) and letters space digits (AMG 510, BI 1482694, Debio 1562), BL-B01D1, ABBV-CLS-484, BAY 94-9343 and NNC0385-0434 (not before "study": IMGN632-0801 study). Not: CD123, NCT00796731, FY2017, HER2, KEYNOTE-006, COVID-19, PD-1, B7-H3, ASCO 2012, MA 02139, Suite 1200, abstract numbers PF1143 / CT001 / TPS3145. The list after (?! holds prefixes that are never codes when a number follows.',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}(?=(?:[A-Z]{2,5}|Debio)[\\d\\-\\x{2010}\\x{2011} \\x{00A0}])${NOT_NON_CODE}(?:(?!(?:PF|PB|PS|LB|CT|OP|PO|FP|EP|TPS)\\d)[A-Z]{2,5}${NOT_YEAR}\\d{3,8}${SUFFIX}|[A-Z]{2,5}${HY}(?:[A-Z]\\d{3,7}|${NOT_YEAR}\\d{3,8})${SUFFIX}|[A-Z]{2,5}${HY}[A-Z]{1,4}\\d{2,6}[A-Z]\\d{1,2}|[A-Z]{2,6}${HY}[A-Z]{2,4}${HY}${NOT_YEAR}\\d{3,6}|(?:[A-Z]{2,5}|Debio)${SP}${NOT_YEAR}\\d{3,7}|BAY${SP}\\d{2}${HY}\\d{4}|[A-Z]{2,5}\\d{2,5}${HY}${NOT_YEAR}\\d{3,4}(?![ \\x{00A0}]{1,3}(?i:study|trial|protocol)\\b))${CODE_END}`,
    },
    {
      comment: 'a digit-led prefix: 9MW2821',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}[0-9][A-Z]{2,3}${NOT_YEAR}\\d{3,5}${CODE_END}`,
    },
    {
      comment: 'mRNA vaccines: mRNA-1273',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}mRNA${HY}\\d{3,5}${CODE_END}`,
    },
    {
      comment: 'payloads and conjugates: DM1, DM4, DXd, T-DM1, T-DXd, Dato-DXd, HER3-DXd, huC242-DM4',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}(?:(?:[A-Z](?:[A-Za-z]{1,6}\\d?)?|[a-z]{1,3}[A-Z]{1,4}\\d{0,5})${HY})?(?:DM[14]|DXd)(?![\\w]|${HY}\\w)`,
    },
  ],
};

// currency word last: 25 million dollars, 3 million Swiss francs, 10 million USD (in number-first)
const MONEY_CURRENCY_LAST = `(?<![\\w.,$€£])${NUM}(?:${SP}${SCALE_WORD})?${SP}(?:(?:U\\.S\\.|US|Canadian|Australian|Singapore|Hong${SP}Kong|New${SP}Zealand|Swedish|Danish|Norwegian|Japanese|Chinese|Korean|Indian)${SP})?(?:dollars|euros|pounds(?:${SP}sterling)?|(?:Swiss${SP})?francs|yen|yuan|renminbi|rupees|kronor|kroner|pence|${CURRENCY_CODES})\\b`;

rules.money = {
  comment: 'Amounts of money: $25 million, \\$5 million, $ (0.38), US$30 million, €10 million, £4.2m, CHF 5 million (and, in number-first, 25 million dollars).',
  patterns: [
    {
      comment: 'symbol first: $25 million, $(33,227), $ (0.38), $(33.2) million, US$30 million, €10 million, £4.2m, $1.1-billion, $10-15 million',
      name: 'constant.numeric.money.release',
      match: `${SYMBOL}${SP}?${AMOUNT}`,
    },
    {
      comment: 'currency code first: CHF 5 million, USD 3.5 million, EUR10m',
      name: 'constant.numeric.money.release',
      match: `\\b(?:${CURRENCY_CODES})${SP}?${AMOUNT}`,
    },
    // currency word last (25 million dollars): in number-first
  ],
};

// day first: 24 May 2017, 3 February, 5th of March 2018, 25-28 September 2024 (May needs its year)
const DATE_DAY_FIRST = `(?<![\\w.,$€£])${DAY}(?:${SP}?${DASH}${SP}?${DAY})?${SP}(?:of${SP})?(?:(?:${MONTH_FULL_NOT_MAY}|${MONTH_ABBR})(?:,?${SP}${YEAR})?|May,?${SP}${YEAR})${END}|(?<![\\w.,$€£\\-])${DAY}-(?:${MONTH_FULL}|${MONTH_ABBR})-${YEAR}${END}`;
// numeric: 2017-05-24, 05/24/2017 (24/05/2017 where the first number cannot be a month), 14.10.2024
const DATE_NUMERIC = `(?<![\\w\\-./])(?:${YEAR}-(?:0[1-9]|1[0-2])-(?:3[01]|[12]\\d|0[1-9])|(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])/${YEAR}|(?:3[01]|2\\d|1[3-9])/(?:1[0-2]|0?[1-9])/${YEAR}|(?:3[01]|[12]\\d|0[1-9])\\.(?:1[0-2]|0[1-9])\\.${YEAR})(?![\\w\\-/]|\\.\\d)`;

rules.date = {
  comment: 'Dates and periods: May 24, 2017; Oct. 16, 2017; June 4-8, 2010; 24 May 2017; 2017-05-24; Q3 2017; 3Q17; third quarter of 2017; first half of 2018; mid-2017.',
  patterns: [
    {
      comment: 'month first: May 24, 2017; Oct. 16, 2017; June 3; June 4-8, 2010; November 2016; the September quarter (a quarter named by its last month) | mid-periods: mid-2017, mid-September, mid-September 2017 (not "early 2018" or "FY2017": the extension does not count those as dates). One regex, as both start at a letter (every regex in a list costs a little at every position); no date shape between them starts with "mid", so moving it up changes nothing.',
      name: 'keyword.other.date.release',
      match: [
        `\\b${MONTH}(?:,?${SP}${YEAR}|${SP}${DAY}(?:${SP}?${DASH}${SP}?(?:${MONTH}${SP})?${DAY})?(?:,?${SP}${YEAR})?)${END}`,
        `\\b(?i:mid)(?:${HY}|${SP})(?:${YEAR}|(?:${MONTH_FULL})(?:,?${SP}${YEAR})?)${END}`,
        `\\b(?:March|June|September|December)${SP}(?i:quarter)(?:${SP}${YEAR})?${END}`,
      ].join('|'),
    },
    // day first and numeric dates (24 May 2017, 2017-05-24): in number-first
    {
      comment: 'quarters in words: third quarter of 2017, Third Quarter 2017',
      name: 'keyword.other.date.release',
      match: `\\b(?i:first|second|third|fourth|1st|2nd|3rd|4th)${HY}?${SP}?(?:(?i:fiscal|calendar)${SP})?(?i:quarter)(?:,?${SP}(?:(?i:of)${SP})?(?:(?i:fiscal|calendar)${SP})?(?:(?i:year)${SP})?${YEAR})?${END}`,
    },
    {
      comment: 'halves in words: first half of 2018',
      name: 'keyword.other.date.release',
      match: `\\b(?i:first|second|1st|2nd)${SP}(?i:half)${SP}(?:(?i:of)${SP})?(?:(?i:fiscal|calendar)${SP})?(?:(?i:year)${SP})?${YEAR}${END}`,
    },
    // short periods: Q3 2017, Q3'17, Q4-2017, Q4/2017, Q4/17, Q4 CY2025, 3Q17, 1H 2018, H2 2017, FY2024 Q3. One regex per
    // shape: the shapes start differently (Q, digit Q, digit H, H, F or C), and each alone lets Oniguruma skip to its letter.
    ...[
      `Q[1-4](?:(?:${SP}?|[-/](?=\\d))(?:${PERIOD_YEAR})|[-/'’]\\d\\d)?`,
      `[1-4]Q(?:${SP}?(?:${PERIOD_YEAR})|['’]?\\d\\d)?`,
      `[12]H(?:${SP}?(?:${PERIOD_YEAR})|['’]?\\d\\d)`,
      `H[12](?:${SP}?(?:${PERIOD_YEAR})|['’]?\\d\\d)`,
      `[FC]Y${SP}?(?:${YEAR}|\\d\\d)${SP}Q[1-4]`,
    ].map((shape) => ({
      comment: "short periods: Q3 2017, Q3'17, Q4 CY2025, Q1 of 2025, Q2 FY25, Q3 fiscal 2025, 3Q17, 1H 2018, H2 2017, FY2024 Q3",
      name: 'keyword.other.date.release',
      match: `\\b${shape}(?![\\w'’])`,
    })),
  ],
};

// Percentages: 17%, 25-30%, 4.5 percent
const PERCENTAGE = `(?<![\\w.,])\\d{1,3}(?:\\.\\d{1,3})?(?:${SP}?(?:${DASH}|to)${SP}?\\d{1,3}(?:\\.\\d{1,3})?)?${SP}?(?:%|(?i:percent|per${SP}cent)\\b)`;

// Everything that starts at a digit, as one regex with one capture (and scope) per shape, in the order
// the shapes had as separate rules: separate regexes would each be attempted at every digit of the
// line, this one is attempted there once. The leading \b(?=[0-9]) follows from each shape's lookbehind
// and gives Oniguruma the digits to skip to. No rule between them in the list (month-first dates,
// quarters, halves, short periods: 1st quarter, 3Q17, 1H 2018) can match at a digit where one of them
// does, so moving the day-first dates and percentages up to the money rules changes nothing.
const NUMBER_FIRST = [
  ['constant.numeric.money.release', MONEY_CURRENCY_LAST],
  ['keyword.other.date.release', DATE_DAY_FIRST],
  ['keyword.other.date.release', DATE_NUMERIC],
  ['constant.numeric.percentage.release', PERCENTAGE],
];
rules['number-first'] = {
  comment: 'Starting at a digit: money with the currency last (25 million dollars), day-first and numeric dates (24 May 2017, 2017-05-24, 05/24/2017, 14.10.2024), percentages (17%, 25-30%, 4.5 percent).',
  match: `\\b(?=${DIGIT})(?:${NUMBER_FIRST.map(([, source]) => `(${source})`).join('|')})`,
  captures: Object.fromEntries(NUMBER_FIRST.map(([name], i) => [i + 1, { name }])),
};

rules.phase = {
  name: 'keyword.control.phase.release',
  comment: 'Trial phases: Phase 3, Phase 1b/2, Phase III, Phase I/II',
  match: `\\b(?i:phase)(?:${SP}|${HY})(?:[0-4]|IV|I{1,3})[abcABC]?(?:${SP}?[/\\-]${SP}?(?:[0-4]|IV|I{1,3})[abcABC]?)?${END}`,
};

const SEP = `(?:${SP}|${HY})`;
rules.preclinical = {
  name: 'keyword.control.phase.release',
  comment: 'The stage before the clinic, as the core reads it: preclinical development, a preclinical candidate, IND-enabling studies; not preclinical data, nor a preclinical-stage company',
  match: `\\b(?i:pre-?clinical)${SEP}(?:(?i:stage|phase)(?!${SEP}(?i:compan|biotech|biopharma|pharma|life|firm|developer|organi[sz]ation))|(?i:development|candidates?|programs?|assets?|compounds?|molecules?|pipeline))${END}|\\b(?i:IND)${HY}(?i:enabling)(?:${SP}(?i:studies|study|activities|work|toxicology|stage|development|program)${END})?`,
};

// An alternation, not the class [®™℠]: Oniguruma can search for these literals, not for the class.
const MARK = '(?:®|™|℠)';
rules.trademark = {
  comment: 'Trademarks: the brand word and its mark (Kadcyla®, ENHERTU®, Elahere™), or a lone mark',
  name: 'entity.name.function.trademark.release',
  match: R`(?:(?<![\w\-\x{2010}\x{2011}])[\p{L}\p{N}][\p{L}\p{N}\-\x{2011}]{0,40}[ ]?)?` + MARK,
};

const EXCHANGE = [
  R`(?i:nasdaq)(?:${SP}(?:GS|GM|CM|Copenhagen|Stockholm|Helsinki|First${SP}North|Global${SP}Select(?:${SP}Market)?|Global${SP}Market|Capital${SP}Market))?`,
  `NYSE(?:${SP}(?:American|MKT|Arca))?`,
  'TSX(?:-?V)?', 'TSXV', 'ASX', 'LSE', 'AIM', 'SIX', 'SWX', 'HKEX', 'SEHK', 'HKSE', 'KOSDAQ', 'KOSPI', 'TASE', 'TSE',
  'OTCQX', 'OTCQB', `OTC(?:${SP}Markets)?`, `Euronext(?:${SP}(?:Paris|Brussels|Amsterdam|Growth|Oslo|Dublin))?`,
  'Xetra', 'FWB', 'SSE', 'SZSE', 'STAR',
].join('|');
const TICKER = R`[A-Z0-9](?:[A-Z0-9.\-]{0,8}[A-Z0-9])?`;
rules.ticker = {
  comment: 'Stock tickers: (Nasdaq: IMGN), (NYSE: BMY; TSX: XYZ), Nasdaq: NWTX. One regex (in parentheses | bare): every regex in a list costs a little at every position, and these two search alike.',
  name: 'variable.other.constant.ticker.release',
  match: [
    `\\((?:${EXCHANGE})(?:${SP}?[/&]${SP}?(?:${EXCHANGE})){0,2}${SP}?:${SP}?${TICKER}(?:${SP}?[;,]${SP}?(?:(?:${EXCHANGE})${SP}?:${SP}?)?${TICKER}){0,3}${SP}?\\)`,
    `\\b(?:${EXCHANGE})${SP}?:${SP}?${TICKER}(?![\\w])`,
  ].join('|'),
};

const URL_BODY = R`[^\s<>"“”‘’]{0,2047}[^\s<>"“”‘’.,;:!?)\]'*]`;
const TLD = 'com|org|net|gov|edu|io|bio|health|info|ch|de|fr|eu|uk|jp|ca|au|example';
rules.link = {
  comment: 'URLs, bare domains and e-mail addresses',
  patterns: [
    { name: 'markup.underline.link.release', match: `\\b(?:https?|ftp)://${URL_BODY}` },
    { name: 'markup.underline.link.release', match: `\\bwww\\.${URL_BODY}` },
    {
      name: 'markup.underline.link.email.release',
      match: R`(?<![\w.+\-])[\w.+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,5}\b`,
    },
    {
      comment: 'bare domains with a common top-level domain: investors.example.com, ClinicalTrials.gov',
      name: 'markup.underline.link.release',
      // Tried at the start of every word, so it must fail fast: the lookahead turns away a word that is
      // not followed by ".x" before the labels are matched; the labels are atomic because a shorter
      // label can never be followed by the "." that must come next.
      match: `(?<![\\w@.\\-/])(?=[A-Za-z0-9](?>[A-Za-z0-9\\-]{0,62})\\.[A-Za-z0-9])[A-Za-z0-9](?>[A-Za-z0-9\\-]{0,62})(?:\\.[A-Za-z0-9](?>[A-Za-z0-9\\-]{0,62})){0,4}\\.(?:${TLD})(?![\\w\\-]|\\.[A-Za-z0-9])(?:/${URL_BODY})?`,
    },
  ],
};

rules.quotation = {
  comment: 'Quotations on one line: "..." (opening quote after a space or bracket, closing quote before a non-word) and “...”',
  patterns: [
    {
      name: 'string.quoted.double.release',
      match: R`(?<![^\s(\[{\x{2013}\x{2014}\-/])(")(?=[^\s"])([^"]{0,2000}?)(?<=[^\s"])(")(?![\w])`,
      captures: {
        1: { name: 'punctuation.definition.string.begin.release' },
        2: { patterns: [{ include: '#inline' }] },
        3: { name: 'punctuation.definition.string.end.release' },
      },
    },
    {
      name: 'string.quoted.double.release',
      match: R`(“)([^“”]{1,2000})(”)`,
      captures: {
        1: { name: 'punctuation.definition.string.begin.release' },
        2: { patterns: [{ include: '#inline' }] },
        3: { name: 'punctuation.definition.string.end.release' },
      },
    },
  ],
};

rules.phone = {
  comment: 'Phone numbers (de-emphasised): (781) 895-0600, 781-895-0600, +1 617 555 0100, +41 21 321 01 11, +44 (0)20 7946 0958',
  patterns: [
    {
      name: 'comment.line.contact.phone.release',
      match: R`(?<![\w+])(?:\+?1[ .\-])?(?:\(\d{3}\)[ ]?|${DIGIT}\d{2}[.\-])\d{3}[.\-]\d{4}(?![\w]|[.\-]\d)`,
    },
    {
      name: 'comment.line.contact.phone.release',
      match: R`(?<![\w+])\+\d{1,3}(?:[ .\-]?\(\d{1,4}\)\d{0,4})?(?:[ .\-]\d{1,5}){2,5}(?![\w]|[.\-]\d)`,
    },
  ],
};

// Headings: whole lines. Inline highlighting still applies inside them.
// \G^: at the start of the line, and tried only there (see `line`). With ^ alone Oniguruma would
// attempt these regexes at every position of the line and fail there.
const AT_LINE_START = R`\G^`;
const INDENT = R`[ \t]{0,8}`;
const LINE_END = R`[ \t]{0,4}:?[ \t]{0,8}$`;
const FIXED_HEADINGS = R`(?i:(?:financial|operating)\s(?:results|highlights)|forward[\-\x{2010}\x{2011}\s]looking\sstatements|cautionary\s(?:note|statement)s?(?:\s(?:regarding|concerning|about|on)\sforward[\-\x{2010}\x{2011}\s]looking\sstatements)?|safe\sharbor(?:\sstatement)?|contacts?|contact\sinformation|(?:investors?|media|press)(?:\s(?:and|&)\s(?:investors?|media))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|references|conference\scall(?:\s(?:and|&)\swebcast)?(?:\s(?:information|details))?|webcast(?:\s(?:information|details))?|notes?\sto\seditors|source|disclaimer|for\simmediate\srelease)`;
const ABOUT_HEADING = R`(?i:about)\s(?:(?i:the|our)\s)?[\p{Lu}“"(][^\s]{0,60}(?:\s(?:[\p{Lu}\p{N}&(“"\x{2013}\x{2014}\-][^\s]{0,60}|of|and|for|in|with|the|a|an|to|on|at|by|vs\.?|or|as)){0,12}`;
const TITLE_HEADING = R`(?:[\p{Lu}\p{N}][^\s]{0,30}\s(?:(?:and|of|for|the|in|to|&|on|with)\s){0,2}){1,8}(?i:results|highlights|updates?|overview|outlook|guidance|milestones|summary)`;
const HEADING_LINE = `${INDENT}(?:${FIXED_HEADINGS}|${ABOUT_HEADING}|${TITLE_HEADING})${LINE_END}`;
rules.heading = {
  comment: 'Section headings on their own line: About ImmunoGen, Inc.; Financial Results; Forward-Looking Statements; Contacts; Investor Contact:; References; ... Highlights',
  name: 'markup.heading.release',
  match: `${AT_LINE_START}${INDENT}((?:${FIXED_HEADINGS}|${ABOUT_HEADING}|${TITLE_HEADING}))${LINE_END}`,
  captures: { 1: { patterns: [{ include: '#inline' }] } },
};

const CONTACT_LABEL = R`(?i:(?:investors?|media|press|company|corporate|business\sdevelopment|ir|pr)(?:\s(?:and|&)\s(?:media|investors?))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|contacts?|tel|telephone|phone|mobile|cell|office|fax|e-?mail)`;
const CONTACT_LINE = `${INDENT}${CONTACT_LABEL}[ \\t]?:[ \\t]{0,8}\\S.*$`;
rules['contact-line'] = {
  comment: 'Contact lines (de-emphasised): Investor Contact: Jane Doe, Media Contact: press@example.com, Tel: ...',
  name: 'comment.line.contact.release',
  match: AT_LINE_START + CONTACT_LINE,
};

// Each phrase with its first letter as a class ([sSſ]: ſ folds to s), so that a failed attempt at a
// letter costs one class test per phrase rather than a case-insensitive comparison.
const BOILERPLATE_PHRASES = `(?:${[
  R`[fF](?i:orward[\-\x{2010}\x{2011}\s]looking\s(?:statements?|information))`,
  R`[pP](?i:rivate\ssecurities\slitigation\sreform\sact)`,
  R`[rR](?i:isks\sand\suncertainties)`,
  R`[uU](?i:nd(?:ue\sreliance|ertakes?\sno\s(?:duty|obligation)))`,
  R`[sSſ](?i:afe[\-\s]harbor|peaks?\sonly\sas\sof)`,
  R`[aA](?i:ctual\sresults\s(?:may|could|might)\sdiffer)`,
  R`[dD](?i:isclaims?\sany\s(?:duty|obligation))`,
].join('|')})`;
// The first three letters a phrase can start with (forward, private, risks, undue/undertakes, safe,
// speaks, actual, disclaims): the search for a phrase runs along the whole of every line, and this
// turns most positions away with three class tests.
const BOILERPLATE_PHRASE_START = '(?=[fFpPrRuUsSaAdDſ][oOrRiInNaApPcC][rRiIsSſdDfFeEtT])';
rules.boilerplate = {
  comment: 'Forward-looking-statements boilerplate (de-emphasised): from a line containing a typical phrase up to, not including, the next blank line, heading or contact line. begin/while rather than begin/end: a while condition is checked at the start of each line, where \\G still applies, so the heading or contact line that ends the block is still recognised.',
  name: 'comment.block.boilerplate.release',
  begin: `${AT_LINE_START}(?=.{0,5000}?${BOILERPLATE_PHRASE_START}${BOILERPLATE_PHRASES}).*$`,
  while: `${AT_LINE_START}(?![ \\t]{0,1000}$|${HEADING_LINE}|${CONTACT_LINE})`,
  patterns: [],
};

rules.line = {
  comment: 'Every line. Entered at the start of the first line and kept for good (its while condition ^ always holds). vscode-textmate checks a while condition at the start of each line and then lets \\G match there, so the line-start rules can use \\G^; with only \\G-anchored regexes in this list, Oniguruma tries them at the start of the line alone. A line that none of them takes goes to #text.',
  begin: '^',
  while: '^',
  patterns: [{ include: '#heading' }, { include: '#boilerplate' }, { include: '#contact-line' }, { include: '#text' }],
};

rules.text = {
  comment: 'The text of a line that is not a heading, boilerplate or contact line, with inline highlighting. A list of its own, without the line-start rules: among the inline rules they would be attempted at every position up to the first match (and, on lines of 1,000 bytes or more, where results are cached per compiled list, the line would be searched twice). Not entered on an empty line, so it never ends where it began.',
  begin: R`\G(?=.)`,
  end: R`\Z`,
  patterns: [{ include: '#inline' }],
};

rules.inline = {
  patterns: [
    { include: '#link' },
    { include: '#quotation' },
    { include: '#ticker' },
    { include: '#money' },
    { include: '#number-first' },
    { include: '#date' },
    { include: '#phase' },
    { include: '#preclinical' },
    { include: '#drug-code' },
    { include: '#trademark' },
    { include: '#phone' },
  ],
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Press Release',
  scopeName: 'text.release',
  comment: 'Release Lens: line-by-line highlighting of biopharma press releases. Every regex is bounded ({m,n}) so tokenizing stays linear; the extension adds semantic colouring on top.',
  patterns: [{ include: '#line' }],
  repository: rules,
};

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'release.tmLanguage.json');
const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== json) {
    console.error('syntaxes/release.tmLanguage.json is out of date: run node scripts/build-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
  console.log('wrote', target);
}
