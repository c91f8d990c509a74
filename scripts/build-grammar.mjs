// Generates syntaxes/release.tmLanguage.json: `node scripts/build-grammar.mjs` (or `--check` to
// verify that the committed grammar is up to date).
// Builds the regexes from shared pieces so they stay consistent, then writes plain JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const R = String.raw;
const alt = (xs) => xs.join('|');

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

// Amounts: 1,234,567.89 or 1234567.89 (no partial numbers: never followed by a digit or ,5 / .5).
const NUM = R`(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,12})(?:\.\d{1,4})?(?![\d]|[.,]\d)`;
const SCALE_WORD = R`(?i:million|billion|thousand|trillion|mn|bn|crore|lakh)`;
const UNIT = `(?:${SP}${SCALE_WORD}\\b|(?:mm|mn|bn|MM|[mMbBkK])\\b)`;
const CURRENCY_CODES = 'USD|EUR|CHF|GBP|JPY|CAD|AUD|SEK|DKK|NOK|CNY|RMB|HKD|SGD|KRW|INR|NZD';
const SYMBOL = R`(?:\b(?:US|C|A|AU|NZ|HK|S)\$|\$|[€£¥₩₹])`;

// Prefixes that look like code prefixes but are not (when followed by a number): ids, forms,
// standards, currencies, conferences, cooperative groups, agencies, US states (ZIP codes) and
// European postal prefixes ("CH-4002 Basel").
const NON_CODE = [
  'NCT', 'ISRCTN', 'EUDRACT', 'CD', 'FY', 'CY', 'LBA', 'ISO', 'IEC', 'CA', 'COVID', 'SARS', 'MERS', 'HIV', 'HPV',
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
].join('|');
const NOT_NON_CODE = `(?!(?:${NON_CODE})(?=${HY}|${SP}|\\d))`;
const NOT_YEAR = `(?!${YEAR})`;
const CODE_START = R`(?<![\w\-\x{2010}\x{2011}])`;
// After a code: no more word characters, no "(" ("510(k)"), and no "-001" / ".5" / ",000" / "/5" continuation.
const CODE_END = R`(?![\w(]|[\-\x{2010}\x{2011}.,/]\d)`;
const SUFFIX = R`(?:[a-z]\d{0,2})?`; // DS-8201a, BNT162b2

// ---- rules ---------------------------------------------------------------------------------
const rules = {};

rules['drug-code'] = {
  comment: 'Development codes: IMGN632, SAR650984, MK-3475, BMS-986016, DS-8201a, BGB-A317, AMG 510, Debio 1562, BNT162b2, mRNA-1273, T-DM1, huC242-DM4, DM4.',
  patterns: [
    {
      comment: 'letters + digits (IMGN632, LY3009120, BNT162b2), letters-hyphen-digits (MK-3475, PF-06647020, DS-8201a, BGB-A317) and letters space digits (AMG 510, BI 1482694, Debio 1562). Not: CD123, NCT00796731, FY2017, HER2, KEYNOTE-006, COVID-19, PD-1, B7-H3, ASCO 2012, MA 02139, Suite 1200, abstract numbers PF1143 / CT001 / TPS3145. The list after (?! holds prefixes that are never codes when a number follows.',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}(?=(?:[A-Z]{2,5}|Debio)[\\d\\-\\x{2010}\\x{2011} \\x{00A0}])${NOT_NON_CODE}(?:(?!(?:PF|PB|PS|LB|CT|OP|PO|FP|EP|TPS)\\d)[A-Z]{2,5}${NOT_YEAR}\\d{3,8}${SUFFIX}|[A-Z]{2,5}${HY}(?:[A-Z]\\d{3,7}|${NOT_YEAR}\\d{3,8})${SUFFIX}|(?:[A-Z]{2,5}|Debio)${SP}${NOT_YEAR}\\d{3,7})${CODE_END}`,
    },
    {
      comment: 'mRNA vaccines: mRNA-1273',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}mRNA${HY}\\d{3,5}${CODE_END}`,
    },
    {
      comment: 'payloads and conjugates: DM1, DM4, DXd, T-DM1, T-DXd, huC242-DM4',
      name: 'entity.name.type.drug-code.release',
      match: `${CODE_START}(?:(?:[A-Z]|[a-z]{1,3}[A-Z]{1,4}\\d{0,5})${HY})?(?:DM[14]|DXd)(?![\\w]|${HY}\\w)`,
    },
  ],
};

rules.money = {
  comment: 'Amounts of money: $25 million, \\$5 million, $ (0.38), US$30 million, €10 million, £4.2m, CHF 5 million, 25 million dollars.',
  patterns: [
    {
      comment: 'symbol first: $25 million, $(33,227), $ (0.38), US$30 million, €10 million, £4.2m, $10-15 million',
      name: 'constant.numeric.money.release',
      match: `${SYMBOL}${SP}?(?:\\(${SP}?${NUM}${SP}?\\)|${NUM}${UNIT}?)`,
    },
    {
      comment: 'currency code first: CHF 5 million, USD 3.5 million, EUR10m',
      name: 'constant.numeric.money.release',
      match: `\\b(?:${CURRENCY_CODES})${SP}?(?:\\(${SP}?${NUM}${SP}?\\)|${NUM}${UNIT}?)`,
    },
    {
      comment: 'currency word last: 25 million dollars, 3 million Swiss francs, 10 million USD',
      name: 'constant.numeric.money.release',
      match: `(?<![\\w.,$€£])${NUM}(?:${SP}${SCALE_WORD})?${SP}(?:(?:U\\.S\\.|US|Canadian|Australian|Singapore|Hong${SP}Kong|New${SP}Zealand)${SP})?(?:dollars|euros|pounds(?:${SP}sterling)?|(?:Swiss${SP})?francs|yen|yuan|kronor|kroner|pence|${CURRENCY_CODES})\\b`,
    },
  ],
};

rules.date = {
  comment: 'Dates and periods: May 24, 2017; Oct. 16, 2017; June 4-8, 2010; 24 May 2017; 2017-05-24; Q3 2017; 3Q17; third quarter of 2017; first half of 2018; mid-2017.',
  patterns: [
    {
      comment: 'month first: May 24, 2017; Oct. 16, 2017; June 3; June 4-8, 2010; November 2016',
      name: 'keyword.other.date.release',
      match: `\\b${MONTH}${SP}(?:${YEAR}|${DAY}(?:${SP}?${DASH}${SP}?${DAY})?(?:,?${SP}${YEAR})?)${END}`,
    },
    {
      comment: 'day first: 24 May 2017, 3 February, 25-28 September 2024 (May needs its year)',
      name: 'keyword.other.date.release',
      match: `(?<![\\w.,$€£])${DAY}(?:${SP}?${DASH}${SP}?${DAY})?${SP}(?:(?:${MONTH_FULL_NOT_MAY}|${MONTH_ABBR})(?:,?${SP}${YEAR})?|May,?${SP}${YEAR})${END}`,
    },
    {
      comment: 'numeric: 2017-05-24, 05/24/2017, 14.10.2024',
      name: 'keyword.other.date.release',
      match: `(?<![\\w\\-./])(?:${YEAR}-(?:0[1-9]|1[0-2])-(?:3[01]|[12]\\d|0[1-9])|(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\\d|0?[1-9])/${YEAR}|(?:3[01]|[12]\\d|0[1-9])\\.(?:1[0-2]|0[1-9])\\.${YEAR})(?![\\w\\-/]|\\.\\d)`,
    },
    {
      comment: 'quarters and halves in words: third quarter of 2017, Third Quarter 2017, first half of 2018',
      name: 'keyword.other.date.release',
      match: `\\b(?:(?i:first|second|third|fourth|1st|2nd|3rd|4th)${HY}?${SP}?(?i:quarter)(?:,?${SP}(?:(?i:of)${SP})?(?:(?i:fiscal|calendar)${SP})?(?:(?i:year)${SP})?${YEAR})?|(?i:first|second|1st|2nd)${SP}(?i:half)${SP}(?:(?i:of)${SP})?(?:(?i:fiscal|calendar)${SP})?(?:(?i:year)${SP})?${YEAR})${END}`,
    },
    {
      comment: 'short periods: Q3 2017, Q3\'17, Q4 CY2025, 3Q17, 1H 2018, H2 2017',
      name: 'keyword.other.date.release',
      match: `\\b(?:Q[1-4](?:${SP}?(?:(?:FY|CY)${SP}?|(?i:fiscal)${SP})?${YEAR}|['’]\\d\\d)?|[1-4]Q(?:${SP}?${YEAR}|['’]?\\d\\d)?|(?:[12]H|H[12])(?:${SP}?(?:(?:FY|CY)${SP}?)?${YEAR}|['’]?\\d\\d))(?![\\w'’])`,
    },
    {
      comment: 'mid-periods: mid-2017, mid-September, mid-September 2017 (not "early 2018" or "FY2017": the extension does not count those as dates)',
      name: 'keyword.other.date.release',
      match: `\\b(?i:mid)(?:${HY}|${SP})(?:${YEAR}|(?:${MONTH_FULL})(?:,?${SP}${YEAR})?)${END}`,
    },
  ],
};

rules.percentage = {
  name: 'constant.numeric.percentage.release',
  comment: 'Percentages: 17%, 25-30%, 4.5 percent',
  match: `(?<![\\w.,])\\d{1,3}(?:\\.\\d{1,3})?(?:${SP}?(?:${DASH}|to)${SP}?\\d{1,3}(?:\\.\\d{1,3})?)?${SP}?(?:%|(?i:percent|per${SP}cent)\\b)`,
};

rules.phase = {
  name: 'keyword.control.phase.release',
  comment: 'Trial phases: Phase 3, Phase 1b/2, Phase III, Phase I/II',
  match: `\\b(?i:phase)(?:${SP}|${HY})(?:[0-4]|IV|I{1,3})[abcABC]?(?:${SP}?[/\\-]${SP}?(?:[0-4]|IV|I{1,3})[abcABC]?)?${END}`,
};

rules.trademark = {
  comment: 'Trademarks: the brand word and its mark (Kadcyla®, ENHERTU®, Elahere™), or a lone mark',
  patterns: [
    {
      name: 'entity.name.function.trademark.release',
      match: R`(?<![\w\-\x{2010}\x{2011}])[\p{L}\p{N}][\p{L}\p{N}\-\x{2011}]{0,40}[ ]?[®™℠]`,
    },
    { name: 'entity.name.function.trademark.release', match: '[®™℠]' },
  ],
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
  comment: 'Stock tickers: (Nasdaq: IMGN), (NYSE: BMY; TSX: XYZ), Nasdaq: NWTX',
  patterns: [
    {
      name: 'variable.other.constant.ticker.release',
      match: `\\((?:${EXCHANGE})(?:${SP}?[/&]${SP}?(?:${EXCHANGE})){0,2}${SP}?:${SP}?${TICKER}(?:${SP}?[;,]${SP}?(?:(?:${EXCHANGE})${SP}?:${SP}?)?${TICKER}){0,3}${SP}?\\)`,
    },
    {
      name: 'variable.other.constant.ticker.release',
      match: `\\b(?:${EXCHANGE})${SP}?:${SP}?${TICKER}(?![\\w])`,
    },
  ],
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
      match: `(?<![\\w@.\\-/])[A-Za-z0-9][A-Za-z0-9\\-]{0,62}(?:\\.[A-Za-z0-9][A-Za-z0-9\\-]{0,62}){0,4}\\.(?:${TLD})(?![\\w\\-]|\\.[A-Za-z0-9])(?:/${URL_BODY})?`,
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
      match: R`(?<![\w+])(?:\+?1[ .\-])?(?:\(\d{3}\)[ ]?|\d{3}[.\-])\d{3}[.\-]\d{4}(?![\w]|[.\-]\d)`,
    },
    {
      name: 'comment.line.contact.phone.release',
      match: R`(?<![\w+])\+\d{1,3}(?:[ .\-]?\(\d{1,4}\)\d{0,4})?(?:[ .\-]\d{1,5}){2,5}(?![\w]|[.\-]\d)`,
    },
  ],
};

// Headings: whole lines. Inline highlighting still applies inside them.
const LINE_START = R`^[ \t]{0,8}`;
const LINE_END = R`[ \t]{0,4}:?[ \t]{0,8}$`;
const FIXED_HEADINGS = R`(?i:(?:financial|operating)\s(?:results|highlights)|forward[\-\x{2010}\x{2011}\s]looking\sstatements|cautionary\s(?:note|statement)s?(?:\s(?:regarding|concerning|about|on)\sforward[\-\x{2010}\x{2011}\s]looking\sstatements)?|safe\sharbor(?:\sstatement)?|contacts?|contact\sinformation|(?:investors?|media|press)(?:\s(?:and|&)\s(?:investors?|media))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|references|conference\scall(?:\s(?:and|&)\swebcast)?(?:\s(?:information|details))?|webcast(?:\s(?:information|details))?|notes?\sto\seditors|source|disclaimer|for\simmediate\srelease)`;
const ABOUT_HEADING = R`(?i:about)\s(?:(?i:the|our)\s)?[\p{Lu}“"(][^\s]{0,60}(?:\s(?:[\p{Lu}\p{N}&(“"\x{2013}\x{2014}\-][^\s]{0,60}|of|and|for|in|with|the|a|an|to|on|at|by|vs\.?|or|as)){0,12}`;
const TITLE_HEADING = R`(?:[\p{Lu}\p{N}][^\s]{0,30}\s(?:(?:and|of|for|the|in|to|&|on|with)\s){0,2}){1,8}(?i:results|highlights|updates?|overview|outlook|guidance|milestones|summary)`;
const HEADING_LINE = `${LINE_START}(?:${FIXED_HEADINGS}|${ABOUT_HEADING}|${TITLE_HEADING})${LINE_END}`;
rules.heading = {
  comment: 'Section headings on their own line: About ImmunoGen, Inc.; Financial Results; Forward-Looking Statements; Contacts; Investor Contact:; References; ... Highlights',
  name: 'markup.heading.release',
  match: `${LINE_START}((?:${FIXED_HEADINGS}|${ABOUT_HEADING}|${TITLE_HEADING}))${LINE_END}`,
  captures: { 1: { patterns: [{ include: '#inline' }] } },
};

const CONTACT_LABEL = R`(?i:(?:investors?|media|press|company|corporate|business\sdevelopment|ir|pr)(?:\s(?:and|&)\s(?:media|investors?))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|contacts?|tel|telephone|phone|mobile|cell|office|fax|e-?mail)`;
const CONTACT_LINE = `${LINE_START}${CONTACT_LABEL}[ \\t]?:[ \\t]{0,8}\\S.*$`;
rules['contact-line'] = {
  comment: 'Contact lines (de-emphasised): Investor Contact: Jane Doe, Media Contact: press@example.com, Tel: ...',
  name: 'comment.line.contact.release',
  match: CONTACT_LINE,
};

const BOILERPLATE_PHRASES = R`(?i:forward[\-\x{2010}\x{2011}\s]looking\s(?:statements?|information)|private\ssecurities\slitigation\sreform\sact|risks\sand\suncertainties|undue\sreliance|safe[\-\s]harbor|actual\sresults\s(?:may|could|might)\sdiffer|speaks?\sonly\sas\sof|undertakes?\sno\s(?:duty|obligation)|disclaims?\sany\s(?:duty|obligation))`;
rules.boilerplate = {
  comment: 'Forward-looking-statements boilerplate (de-emphasised): from a line containing a typical phrase to the next blank line, heading or contact line.',
  name: 'comment.block.boilerplate.release',
  begin: `^(?=.{0,5000}?${BOILERPLATE_PHRASES}).*$`,
  end: `^(?=[ \\t]{0,1000}$|${HEADING_LINE}|${CONTACT_LINE})`,
  patterns: [],
};

rules.inline = {
  patterns: [
    { include: '#link' },
    { include: '#quotation' },
    { include: '#ticker' },
    { include: '#money' },
    { include: '#date' },
    { include: '#percentage' },
    { include: '#phase' },
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
  patterns: [{ include: '#heading' }, { include: '#boilerplate' }, { include: '#contact-line' }, { include: '#inline' }],
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
