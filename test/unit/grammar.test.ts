/**
 * Tests for the TextMate grammar (syntaxes/release.tmLanguage.json) and the language configuration.
 *
 * The grammar is loaded exactly as VS Code loads it (vscode-textmate + vscode-oniguruma) and sample
 * lines are tokenized. A positive example passes only if the expected scope covers exactly its span;
 * a look-alike passes only if none of its characters carries the scopes it must not have.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// ---------------------------------------------------------------------------------------------
// Loading

function findProjectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'release-lens') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of release-lens not found above ${__dirname}`);
    dir = parent;
  }
}

const ROOT = findProjectRoot();
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'release.tmLanguage.json');
const LANGUAGE_CONFIGURATION_PATH = path.join(ROOT, 'language-configuration.json');
const SCOPE_NAME = 'text.release';

let onigLibPromise: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigLibPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLibPromise;
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;
function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const registry = new vsctm.Registry({
      onigLib: onigLib(),
      loadGrammar: async (scopeName) =>
        scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error('grammar did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Scopes of every character of every line (the root scope left out), tokenized in order. */
async function scopesOf(lines: string[]): Promise<string[][][]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const perChar: string[][] = Array.from({ length: line.length }, () => []);
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) perChar[i] = token.scopes.slice(1);
    }
    return perChar;
  });
}

const has = (scopes: string[] | undefined, prefix: string) =>
  !!scopes && scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

/** Asserts that `prefix` covers exactly [start, end) of the line: every character inside, neither neighbour. */
function assertExactSpan(line: string, chars: string[][], start: number, end: number, prefix: string): void {
  const show = () => `${JSON.stringify(line)} [${start}, ${end}) ${JSON.stringify(line.slice(start, end))}`;
  for (let i = start; i < end; i++) {
    assert.ok(has(chars[i], prefix), `${show()}: character ${i} ${JSON.stringify(line[i])} lacks ${prefix} (has ${JSON.stringify(chars[i])})`);
  }
  assert.ok(!has(chars[start - 1], prefix), `${show()}: ${prefix} starts before the span`);
  assert.ok(!has(chars[end], prefix), `${show()}: ${prefix} runs past the span`);
}

async function expectSpan(line: string, text: string, prefix: string): Promise<void> {
  const start = line.indexOf(text);
  assert.ok(start >= 0, `${JSON.stringify(text)} not in ${JSON.stringify(line)}`);
  const [chars] = await scopesOf([line]);
  assertExactSpan(line, chars!, start, start + text.length, prefix);
}

async function expectNone(line: string, text: string, prefixes: string[]): Promise<void> {
  const start = line.indexOf(text);
  assert.ok(start >= 0, `${JSON.stringify(text)} not in ${JSON.stringify(line)}`);
  const [chars] = await scopesOf([line]);
  for (let i = start; i < start + text.length; i++) {
    for (const prefix of prefixes) {
      assert.ok(!has(chars![i], prefix), `${JSON.stringify(text)} in ${JSON.stringify(line)}: character ${i} carries ${prefix}`);
    }
  }
}

/** Maximal runs of characters carrying `prefix`, as text. */
function runs(line: string, chars: string[][], prefix: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const on = i < line.length && has(chars[i], prefix);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push(line.slice(start, i));
      start = -1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scope names

const DRUG_CODE = 'entity.name.type.drug-code.release';
const MONEY = 'constant.numeric.money.release';
const DATE = 'keyword.other.date.release';
const PERCENTAGE = 'constant.numeric.percentage.release';
const PHASE = 'keyword.control.phase.release';
const TRADEMARK = 'entity.name.function.trademark.release';
const TICKER = 'variable.other.constant.ticker.release';
const LINK = 'markup.underline.link.release';
const EMAIL = 'markup.underline.link.email.release';
const QUOTE = 'string.quoted.double.release';
const HEADING = 'markup.heading.release';
const BOILERPLATE = 'comment.block.boilerplate.release';
const CONTACT = 'comment.line.contact.release';
const PHONE = 'comment.line.contact.phone.release';
const ENTITY_SCOPES = [DRUG_CODE, MONEY, DATE];

// ---------------------------------------------------------------------------------------------

describe('grammar: file', () => {
  const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));

  /** Every rule object in the grammar, with where it sits. */
  function rules(): { where: string; rule: Record<string, unknown> }[] {
    const out: { where: string; rule: Record<string, unknown> }[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        const rule = node as Record<string, unknown>;
        if ('match' in rule || 'begin' in rule || 'name' in rule || 'include' in rule) out.push({ where, rule });
        for (const [k, v] of Object.entries(rule)) if (typeof v === 'object') visit(v, `${where}.${k}`);
      }
    };
    visit(raw.patterns, 'patterns');
    visit(raw.repository, 'repository');
    return out;
  }
  const regexes = () =>
    rules().flatMap(({ where, rule }) =>
      (['match', 'begin', 'end'] as const).filter((k) => typeof rule[k] === 'string').map((k) => ({ where: `${where}.${k}`, source: rule[k] as string })),
    );

  it('declares scopeName text.release', () => {
    assert.equal(raw.scopeName, SCOPE_NAME);
  });

  it('ends every scope name with .release', () => {
    const names = rules().flatMap(({ rule }) => [rule.name, rule.contentName].filter((n): n is string => typeof n === 'string'));
    assert.ok(names.length > 10);
    for (const name of names) for (const scope of name.split(/\s+/)) assert.match(scope, /\.release$/, scope);
  });

  it('resolves every include', () => {
    for (const { where, rule } of rules()) {
      if (typeof rule.include === 'string' && rule.include.startsWith('#')) {
        assert.ok(raw.repository[rule.include.slice(1)], `${where}: ${rule.include}`);
      }
    }
  });

  it('compiles every regex with Oniguruma', async () => {
    await onigLib();
    const all = regexes();
    assert.ok(all.length > 20);
    for (const { where, source } of all) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
    }
  });

  it('uses only bounded repetition (no *, + or {n,} except a final .*$)', () => {
    for (const { where, source } of regexes()) {
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
          // \x{...}, \p{...}: skip the braces; otherwise skip the escaped character
          if (/[xpP]/.test(source[i + 1] ?? '') && source[i + 2] === '{') i = source.indexOf('}', i);
          else i++;
        } else if (c === '[') {
          for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
        } else if (c === '*' || c === '+') {
          const finalDotStar = c === '*' && source[i - 1] === '.' && source[i - 2] !== '\\' && source[i + 1] === '$';
          assert.ok(finalDotStar, `${where}: unbounded ${c} at ${i} in ${source.slice(Math.max(0, i - 30), i + 10)}`);
        } else if (c === '{') {
          assert.doesNotMatch(source.slice(i), /^\{\d*,\}/, `${where}: open-ended repetition at ${i}`);
        }
      }
    }
  });
});

describe('grammar: drug codes', () => {
  const codes = [
    'IMGN632', 'SAR650984', 'Debio 1562', 'AMG 510', 'T-DM1', 'MK-3475', 'BMS-986016', 'PF-06647020', 'DS-8201a',
    'huC242-DM4', 'DM4', 'DM1', 'BNT162b2', 'mRNA-1273', 'DGN549', 'LY3009120', 'GSK2857916', 'REGN2810', 'VX-809',
    'TAK-788', 'SAR3419', 'BGB-A317', 'BI 1482694', 'T-DXd', 'Dato-DXd', 'HER3-DXd', '9MW2821', 'QX-B01D1', 'BAY 94-9343', 'QRX-CLS-484',
    'NNC0385-0434', 'QX126-262',
  ];
  for (const code of codes) {
    it(`highlights ${code}`, () => expectSpan(`The company advanced ${code} into the clinic.`, code, DRUG_CODE));
  }

  it('highlights codes at the start and end of a line and joined by a slash', async () => {
    const line = 'IMGN632/DGN549 and MK-3475';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, DRUG_CODE), ['IMGN632', 'DGN549', 'MK-3475']);
  });

  const lookAlikes = [
    'HER2', 'CD123', 'GPR119', 'PD-1', 'PD-L1', 'IL-6', 'CDH6', 'B7-H3', 'KEYNOTE-006', 'NCT00796731', 'CTR20232418', 'JRCT2031240123', '10-K', 'LBA1',
    'COVID-19', '2017', 'Phase 3', 'Q3 2017', 'ASCO 2012', 'Suite 1200', 'Route 128', 'Study 301', 'Hall A2', 'E450a',
    'KRAS G12C', 'CheckMate-067', 'Form S-1', 'IgG1', 'H1N1', 'FY2017', '8:00 am', 'SWOG S1826', 'GOG-0218',
    'RTOG 0617', 'Nasdaq: IMGN', 'MA 02139', 'CH-4002 Basel', 'ASC 606', 'FDA 510(k)', 'CA-125', 'PF1143', 'CT001',
    'MK-3475-001', 'USD 159', 'PASI 100', 'SARS-CoV-2', 'EQ-5D', 'TPS3145', 'ISO 13485', 'KN-189', 'DK-2880',
    'NASDAQ 100', 'CUSIP 123456789', '2Q2017', '3QTR2019', '1H2019', 'QX 12-3456', 'BAY 94-9343-01', 'HLA-DR-153', 'ABC-DEF-2024',
    'ISO13485-2016', 'QX12-2019', 'QX632-0801 study',
  ];
  for (const text of lookAlikes) {
    it(`does not take ${JSON.stringify(text)} for a code`, () => expectNone(`In the trial, ${text} was noted.`, text, [DRUG_CODE]));
  }
});

describe('grammar: money', () => {
  const amounts: [line: string, text: string][] = [
    ['an upfront payment of $25 million and more', '$25 million'],
    ['milestones of up to $1.2 billion.', '$1.2 billion'],
    ['net loss per share of $0.91 for the year', '$0.91'],
    ['revenue | $ 159,964 | $ 12,000', '$ 159,964'],
    ['net loss | $(33,227) | prior', '$(33,227)'],
    ['per share | $ (0.38) |', '$ (0.38)'],
    ['a payment of €10 million on signing', '€10 million'],
    ['raised £4.2m in the placing', '£4.2m'],
    ['receives CHF 5 million upfront', 'CHF 5 million'],
    ['an upfront payment of USD 3.5 million, and', 'USD 3.5 million'],
    ['received US$30 million in cash', 'US$30 million'],
    ['paid 25 million dollars to settle', '25 million dollars'],
    ['cash of $212,407 thousand', '$212,407 thousand'],
    ['a $5M grant', '$5M'],
    ['revenue of Rs. 1,250 crore in the quarter', 'Rs. 1,250 crore'],
    ['an upfront payment of CAD $3 million', 'CAD $3 million'],
    ['raised CDN$12 million', 'CDN$12 million'],
    ['a grant of PLN 20 million', 'PLN 20 million'],
    ['paid 500 million Swedish kronor', '500 million Swedish kronor'],
    ['net sales of SEK 250 m in the quarter', 'SEK 250 m'],
    ['a $15mm term loan', '$15mm'],
    ['a grant of CHF 1.2 Mio. from the canton', 'CHF 1.2 Mio'],
    ['a $1.1-billion deal', '$1.1-billion'],
    ['a net loss of $(33.2) million for', '$(33.2) million'],
  ];
  for (const [line, text] of amounts) {
    it(`highlights ${text}`, () => expectSpan(line, text, MONEY));
  }

  it('highlights an escaped \\$5 million from the dollar sign on (the backslash is markup, not money)', () =>
    expectSpan('a payment of \\$5 million in cash', '$5 million', MONEY));

  const lookAlikes: [line: string, text: string][] = [
    ['about 25 million patients worldwide', '25 million patients'],
    ['sold 1,234,567 shares of common stock', '1,234,567'],
    ['the Form 10-K for 2017', '10-K for 2017'],
    ['a Phase 3 trial of MK-3475', 'Phase 3 trial of MK-3475'],
    ['in 95% of patients', '95%'],
  ];
  for (const [line, text] of lookAlikes) {
    it(`does not take ${JSON.stringify(text)} for money`, () => expectNone(line, text, [MONEY]));
  }

  it('does not mark part of an amount (decimal comma, malformed grouping)', async () => {
    for (const line of ['a payment of €1,5 million', 'a total of $1,23 paid', 'about $1.2.3 each']) {
      const [chars] = await scopesOf([line]);
      assert.deepEqual(runs(line, chars!, MONEY), [], line);
    }
  });
});

describe('grammar: dates', () => {
  const dates: [line: string, text: string][] = [
    ['CAMBRIDGE, Mass., May 24, 2017 -- ImmunoGen', 'May 24, 2017'],
    ['WALTHAM, Mass., Oct. 16, 2017 /PRNewswire/', 'Oct. 16, 2017'],
    ['will be presented on June 3 at the meeting', 'June 3'],
    ['enrolled its first patient in November 2016.', 'November 2016'],
    ['topline data in Q3 2017.', 'Q3 2017'],
    ['results for Q4-2017 and', 'Q4-2017'],
    ['results for Q4/2017 and', 'Q4/2017'],
    ['results for Q4/17 and Q1-18', 'Q4/17'],
    ['revenue grew in 3Q17 compared with', '3Q17'],
    ['expected in the third quarter of 2017.', 'third quarter of 2017'],
    ['to begin in the first half of 2018.', 'first half of 2018'],
    ['data are expected mid-2017.', 'mid-2017'],
    ['data are expected mid-September.', 'mid-September'],
    ['at the ASCO Annual Meeting, June 4-8, 2010, in Chicago', 'June 4-8, 2010'],
    ['LONDON, 24 May 2017 -- Acme plc', '24 May 2017'],
    ['Date: 2017-05-24', '2017-05-24'],
    ['results for the Third Quarter 2017 were', 'Third Quarter 2017'],
    ['the congress, 25-28 September 2024, in Barcelona', '25-28 September 2024'],
    ['in Q4 CY2025 and', 'Q4 CY2025'],
    ['by the end of 1H 2024 or', '1H 2024'],
    ['Sept. 5, 2018', 'Sept. 5, 2018'],
    ['on 05/24/2017 the board', '05/24/2017'],
    ['signed on 24/05/2017 in Basel', '24/05/2017'],
    ['the record date, 24-May-2017, and', '24-May-2017'],
    ['In March, 2018, the company', 'March, 2018'],
    ['in the third calendar quarter of 2018.', 'third calendar quarter of 2018'],
    ['signed on the 5th of March 2018 in', '5th of March 2018'],
    ['data in Q1 of 2025 and', 'Q1 of 2025'],
    ['results for Q2 FY25 were', 'Q2 FY25'],
    ['revenue in Q3 fiscal 2025 rose', 'Q3 fiscal 2025'],
    ['guidance for H2 of 2025 and', 'H2 of 2025'],
    ['cash at the end of the September quarter rose', 'September quarter'],
    ['Reports FY2024 Q3 Financial Results', 'FY2024 Q3'],
    ['at the Congress, Aug. 30-Sept. 2, 2024.', 'Aug. 30-Sept. 2, 2024'],
    ['in the second quarter of fiscal year 2025.', 'second quarter of fiscal year 2025'],
  ];
  for (const [line, text] of dates) {
    it(`highlights ${text}`, () => expectSpan(line, text, DATE));
  }

  const lookAlikes: [line: string, text: string][] = [
    ['Results May be delayed.', 'May be'],
    ['dosed Q3W in cycles', 'Q3W'],
    ['the Form 10-K filed today', '10-K'],
    ['in H1N1 influenza', 'H1N1'],
    ['in the year 2017 alone', '2017'],
    ['a Phase 3 trial', 'Phase 3'],
    ['COVID-19 vaccines', 'COVID-19'],
    ['Abstract LBA1 will', 'LBA1'],
    ['In the KEYNOTE-006 study', 'KEYNOTE-006'],
    ['for 4-8 weeks', '4-8 weeks'],
    ['our March toward approval', 'March toward'],
  ];
  for (const [line, text] of lookAlikes) {
    it(`does not take ${JSON.stringify(text)} for a date`, () => expectNone(line, text, [DATE, MONEY, DRUG_CODE]));
  }
});

describe('grammar: other inline entities', () => {
  const cases: [line: string, text: string, scope: string][] = [
    ['a response rate of 17% in', '17%', PERCENTAGE],
    ['reduced by 25-30% over', '25-30%', PERCENTAGE],
    ['the approval of Kadcyla® in', 'Kadcyla®', TRADEMARK],
    ['ELAHERE™ (mirvetuximab soravtansine)', 'ELAHERE™', TRADEMARK],
    ['ImmunoGen, Inc. (Nasdaq: IMGN) today announced', '(Nasdaq: IMGN)', TICKER],
    ['Bristol-Myers Squibb (NYSE: BMY) said', '(NYSE: BMY)', TICKER],
    ['Visit https://www.immunogen.com/investors.', 'https://www.immunogen.com/investors', LINK],
    ['see www.immunogen.com for details', 'www.immunogen.com', LINK],
    ['registered at ClinicalTrials.gov under', 'ClinicalTrials.gov', LINK],
    ['or write to ir@immunogen.com.', 'ir@immunogen.com', EMAIL],
    ['"We are pleased," said the CEO.', '"We are pleased,"', QUOTE],
    ['She said, “This is a milestone.” Then', '“This is a milestone.”', QUOTE],
    ['the Phase 1b/2 study', 'Phase 1b/2', PHASE],
    ['a Phase III trial', 'Phase III', PHASE],
    ['a pivotal Phase 3 trial', 'Phase 3', PHASE],
    ['NWT-503 is in preclinical development for', 'preclinical development', PHASE],
    ['NWT-503, a pre-clinical candidate, targets', 'pre-clinical candidate', PHASE],
    ['NWT-503 is in IND-enabling studies.', 'IND-enabling studies', PHASE],
    ['call (781) 895-0600 to join', '(781) 895-0600', PHONE],
    ['call +41 21 321 01 11 from abroad', '+41 21 321 01 11', PHONE],
  ];
  for (const [line, text, scope] of cases) {
    it(`highlights ${text} as ${scope.replace(/\.release$/, '')}`, () => expectSpan(line, text, scope));
  }

  it('does not colour preclinical data or a preclinical-stage company as a phase', async () => {
    const line = 'Preclinical studies and new preclinical data from Acme, a preclinical-stage biotechnology company';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, PHASE), []);
  });

  it('keeps highlighting codes, money and dates inside a quotation', async () => {
    const line = '"IMGN632 earned $25 million in Q3 2017," he said.';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, QUOTE), ['"IMGN632 earned $25 million in Q3 2017,"']);
    assert.deepEqual(runs(line, chars!, DRUG_CODE), ['IMGN632']);
    assert.deepEqual(runs(line, chars!, MONEY), ['$25 million']);
    assert.deepEqual(runs(line, chars!, DATE), ['Q3 2017']);
  });

  it('does not pair the closing quote of a wrapped quotation with the next opening one', async () => {
    const line = 'marks a turning point," she added. "We look forward';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, QUOTE), []);
  });

  it('does not treat inch marks or a lone quote as a quotation', async () => {
    const line = 'a 5" vial, a 3" tube and a 5"x7" print';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, QUOTE), []);
  });
});

describe('grammar: headings', () => {
  const headings = [
    'About ImmunoGen, Inc.', 'Financial Results', 'Forward-Looking Statements', 'Contacts', 'Investor Contact:',
    'Media Contact:', 'References', 'About the KEYNOTE-006 Trial', 'Third Quarter 2017 Financial Results',
    'Recent Highlights', 'Conference Call and Webcast Information', 'Cautionary Note Regarding Forward-Looking Statements',
  ];
  for (const heading of headings) {
    it(`marks ${JSON.stringify(heading)} as a heading`, async () => {
      const [chars] = await scopesOf([heading]);
      assertExactSpan(heading, chars!, 0, heading.length, HEADING);
    });
  }

  it('keeps inline highlighting inside a heading', async () => {
    const line = 'About Kadcyla® and IMGN632';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, HEADING), [line]);
    assert.deepEqual(runs(line, chars!, TRADEMARK), ['Kadcyla®']);
    assert.deepEqual(runs(line, chars!, DRUG_CODE), ['IMGN632']);
  });

  const notHeadings = [
    'About 50 patients were enrolled in the study.',
    'Financial results for the quarter were strong.',
    'About half of the patients responded, and the company',
    'the company reported positive topline results',
  ];
  for (const line of notHeadings) {
    it(`does not mark ${JSON.stringify(line)} as a heading`, async () => {
      const [chars] = await scopesOf([line]);
      assert.deepEqual(runs(line, chars!, HEADING), []);
    });
  }
});

describe('grammar: boilerplate and contacts', () => {
  it('dims a forward-looking-statements paragraph up to the blank line, then highlights again', async () => {
    const lines = [
      'Forward-Looking Statements',
      '',
      'This press release contains forward-looking statements within the meaning of the',
      'Private Securities Litigation Reform Act of 1995, including statements about IMGN632 and',
      'the $25 million milestone expected in Q3 2017.',
      '',
      'Revenue was $25 million in Q3 2017.',
    ];
    const chars = await scopesOf(lines);
    assertExactSpan(lines[0]!, chars[0]!, 0, lines[0]!.length, HEADING);
    for (const i of [2, 3, 4]) {
      assertExactSpan(lines[i]!, chars[i]!, 0, lines[i]!.length, BOILERPLATE);
      for (const scope of ENTITY_SCOPES) assert.deepEqual(runs(lines[i]!, chars[i]!, scope), [], `line ${i}: ${scope}`);
    }
    assert.deepEqual(runs(lines[6]!, chars[6]!, BOILERPLATE), []);
    assert.deepEqual(runs(lines[6]!, chars[6]!, MONEY), ['$25 million']);
    assert.deepEqual(runs(lines[6]!, chars[6]!, DATE), ['Q3 2017']);
  });

  const phraseLines = [
    'Investors are cautioned not to place undue reliance on these statements.',
    'These statements are subject to risks and uncertainties that could cause results to differ.',
    'within the meaning of the Private Securities Litigation Reform Act of 1995.',
  ];
  for (const line of phraseLines) {
    it(`dims a line with a boilerplate phrase: ${JSON.stringify(line.slice(0, 40))}`, async () => {
      const [chars] = await scopesOf([line]);
      assertExactSpan(line, chars!, 0, line.length, BOILERPLATE);
    });
  }

  it('ends the boilerplate at a heading or contact line even without a blank line', async () => {
    const lines = [
      'Actual results may differ materially from those in the forward-looking statements.',
      'About ImmunoGen, Inc.',
      'ImmunoGen develops IMGN632.',
      'This release contains forward-looking statements.',
      'Investor Contact: Jane Doe, (781) 895-0600',
      'Revenue was $25 million.',
    ];
    const chars = await scopesOf(lines);
    assertExactSpan(lines[0]!, chars[0]!, 0, lines[0]!.length, BOILERPLATE);
    assert.deepEqual(runs(lines[1]!, chars[1]!, HEADING), [lines[1]]);
    assert.deepEqual(runs(lines[1]!, chars[1]!, BOILERPLATE), []);
    assert.deepEqual(runs(lines[2]!, chars[2]!, DRUG_CODE), ['IMGN632']);
    assert.deepEqual(runs(lines[4]!, chars[4]!, BOILERPLATE), []);
    assertExactSpan(lines[4]!, chars[4]!, 0, lines[4]!.length, CONTACT);
    assert.deepEqual(runs(lines[5]!, chars[5]!, MONEY), ['$25 million']);
  });

  const contactLines = [
    'Media Contact: press@helixora.example',
    'Investor Contact: Jane Doe, (781) 895-0600, jane.doe@immunogen.com',
    'Investors: Rachel Kim, 609-555-0152, investors@prexa.example',
    'Tel: +1 781 895 0600',
  ];
  for (const line of contactLines) {
    it(`dims the contact line ${JSON.stringify(line)}`, async () => {
      const [chars] = await scopesOf([line]);
      assertExactSpan(line, chars!, 0, line.length, CONTACT);
    });
  }

  it('marks a contact label alone on its line as a heading, not a contact line', async () => {
    const [chars] = await scopesOf(['Investor Contact:']);
    assert.deepEqual(runs('Investor Contact:', chars!, CONTACT), []);
  });
});

describe('grammar: annotated fixtures (precision)', () => {
  /** Every code, amount and date the grammar marks in the annotated evaluation releases is annotated. */
  const dirs = ['eval', 'eval-blind', 'eval-blind-2', 'eval-blind-3', 'eval-blind-4'].map((d) => path.join(ROOT, 'test', 'fixtures', d)).filter((d) => fs.existsSync(d));
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));

  it('has annotated fixtures to check', () => {
    assert.ok(files.length >= 10, `only ${files.length} fixtures`);
  });

  for (const file of files) {
    it(`marks only annotated codes, amounts and dates in ${path.basename(file)}`, async () => {
      const annotation = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.json'), 'utf8'));
      const text = (x: { text: string } | string) => (typeof x === 'string' ? x : x.text);
      const expected: Record<string, string[]> = {
        [DRUG_CODE]: annotation.drugCodes,
        [MONEY]: annotation.money.map(text),
        [DATE]: annotation.dates.map(text),
      };
      const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
      const chars = await scopesOf(lines);
      let marked = 0;
      lines.forEach((line, i) => {
        for (const scope of ENTITY_SCOPES) {
          for (const run of runs(line, chars[i]!, scope)) {
            marked++;
            // An amount wrapped across lines ("$89.7" / "million") is marked up to the line end, and a
            // date's rest on the next line ("19" / "June 2025") from the line's start.
            const atLineEnd = /^[,.]?\s*$/.test(line.slice(line.lastIndexOf(run) + run.length));
            const wrapped =
              (atLineEnd && expected[scope]!.some((e) => e.startsWith(run + ' ') || e.startsWith(run + ', '))) ||
              (line.trimStart().startsWith(run) && i > 0 && expected[scope]!.some((e) => e.endsWith(' ' + run) && lines[i - 1]!.trimEnd().endsWith(e.slice(0, -run.length - 1))));
            assert.ok(expected[scope]!.includes(run) || wrapped, `line ${i + 1}: ${JSON.stringify(run)} marked as ${scope}, not annotated`);
          }
        }
      });
      assert.ok(marked > 5, `only ${marked} marks`);
    });
  }
});

describe('grammar: linear time on adversarial lines', function () {
  this.timeout(60_000);
  const SIZE = 100 * 1024;
  /** Runs of capitals, lower-case letters and digits, each ended by a punctuation mark: near misses for nested repeats. */
  const RUNS = [...'!#%&)*,-./:;?@]_~®™"\'$'].flatMap((p) => ['A', 'a', '9'].map((c) => c.repeat(199) + p)).join(' ');
  const BOUND_MS = 2000;
  const inputs: [name: string, unit: string][] = [
    ['"$1," repeated', '$1,'],
    ['"A-1 " repeated', 'A-1 '],
    ['"1234567 " repeated', '1234567 '],
    ['"((((" repeated', '(((('],
    ['capitals', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['one capital', 'A'],
    ['"IMGN632 " repeated', 'IMGN632 '],
    ['"May 24, 2017 " repeated', 'May 24, 2017 '],
    ['quotes without closers', ' "a'],
    ['"www." repeated', 'www.'],
    ['dots and digits', '1.2.3.4.'],
    ['"x@" repeated', 'x@'],
    ['title-case words', 'About Aaaa Bbbb '],
    ['"risks and " repeated', 'risks and '],
    ['"+1 2 " repeated', '+1 2 '],
    ['digits', '9'],
    ['"$1" then ",000" repeated', '$1' + ',000'.repeat(40)],
    ['letter and digit runs ended by punctuation', RUNS],
  ];
  const timings: string[] = [];

  /** Best of five runs, which filters out garbage-collection pauses. */
  function timeTokenize(grammar: vsctm.IGrammar, line: string): number {
    let best = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = process.hrtime.bigint();
      grammar.tokenizeLine(line, vsctm.INITIAL);
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return best;
  }

  for (const [name, unit] of inputs) {
    it(`tokenizes 100 KB of ${name} in under ${BOUND_MS} ms, scaling linearly`, async () => {
      const grammar = await loadGrammar();
      const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      grammar.tokenizeLine(make(SIZE), vsctm.INITIAL); // warm up: compile the scanners, let the JIT settle
      const half = timeTokenize(grammar, make(SIZE / 2));
      const full = timeTokenize(grammar, make(SIZE));
      timings.push(`${name.padEnd(26)} 50 KB ${half.toFixed(1).padStart(7)} ms   100 KB ${full.toFixed(1).padStart(7)} ms   ratio ${(full / half).toFixed(2)}`);
      assert.ok(full < BOUND_MS, `${name}: ${full.toFixed(0)} ms for 100 KB`);
      // Below a few milliseconds the ratio is noise; above, doubling the input must not quadruple the time.
      if (full > 5) assert.ok(full / half < 4, `${name}: 100 KB took ${(full / half).toFixed(2)}x the time of 50 KB`);
    });
  }

  // Oniguruma gives up on a search after 10 million backtracking steps and reports "no match", so a
  // catastrophic regex shows up as a slow single search (~150 ms) rather than as a slow line. Search
  // each regex alone on 4 KB of each input, from a few start positions, with a fresh string each time
  // (vscode-oniguruma caches results per string).
  it('needs no more than 25 ms for any single regex search on 4 KB of any of these inputs', async () => {
    await onigLib();
    const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    const sources: { where: string; source: string }[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') sources.push({ where: `${where}.${k}`, source: v });
          else visit(v, `${where}.${k}`);
        }
      }
    };
    visit(raw.repository, 'repository');
    let slowest = { ms: 0, where: '', input: '' };
    for (const { where, source } of sources) {
      const scanner = new oniguruma.OnigScanner([source]);
      for (const [name, unit] of inputs) {
        const line = unit.repeat(Math.ceil(4096 / unit.length)).slice(0, 4096) + '\n';
        for (const start of [0, 1, 2, 7]) {
          let best = Infinity;
          for (let run = 0; run < 2; run++) {
            const text = new oniguruma.OnigString(line);
            const t0 = process.hrtime.bigint();
            scanner.findNextMatchSync(text, start);
            best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
            text.dispose();
          }
          if (best > slowest.ms) slowest = { ms: best, where, input: name };
        }
      }
      scanner.dispose();
    }
    timings.push(`slowest single search: ${slowest.ms.toFixed(2)} ms (${slowest.where} on ${slowest.input})`);
    assert.ok(slowest.ms < 25, `${slowest.where} took ${slowest.ms.toFixed(1)} ms on 4 KB of ${slowest.input}`);
  });

  after(() => {
    if (process.env.RELEASE_LENS_TIMINGS) console.log(['', ...timings].join('\n    '));
  });
});

// ---------------------------------------------------------------------------------------------
// Line structure: headings, boilerplate and contact lines are recognised at the start of a line
// only (the grammar anchors them with \G, which a while rule makes match at each line start).

describe('grammar: line structure', () => {
  it('recognises line-start rules on every line, after text, an empty line and a boilerplate block', async () => {
    const lines = [
      'Revenue was $25 million in Q3 2017.',
      '',
      'This press release contains forward-looking statements about IMGN632.',
      'Actual results may differ materially.',
      'Financial Results',
      'Revenue grew 17% to $30 million.',
      'Media Contact: press@helixora.example',
      'About Helixora',
    ];
    const chars = await scopesOf(lines);
    assert.deepEqual(runs(lines[0]!, chars[0]!, MONEY), ['$25 million']);
    assert.deepEqual(runs(lines[0]!, chars[0]!, DATE), ['Q3 2017']);
    for (const i of [2, 3]) assertExactSpan(lines[i]!, chars[i]!, 0, lines[i]!.length, BOILERPLATE);
    assert.deepEqual(runs(lines[2]!, chars[2]!, DRUG_CODE), []);
    assertExactSpan(lines[4]!, chars[4]!, 0, lines[4]!.length, HEADING);
    assert.deepEqual(runs(lines[5]!, chars[5]!, PERCENTAGE), ['17%']);
    assert.deepEqual(runs(lines[5]!, chars[5]!, MONEY), ['$30 million']);
    assertExactSpan(lines[6]!, chars[6]!, 0, lines[6]!.length, CONTACT);
    assertExactSpan(lines[7]!, chars[7]!, 0, lines[7]!.length, HEADING);
  });

  it('does not take heading or contact text in the middle of a line for a heading or contact line', async () => {
    const line = 'As shown under Financial Results, Media Contact: none, revenue was $5 million.';
    const [chars] = await scopesOf([line]);
    assert.deepEqual(runs(line, chars!, HEADING), []);
    assert.deepEqual(runs(line, chars!, CONTACT), []);
    assert.deepEqual(runs(line, chars!, MONEY), ['$5 million']);
  });

  const phraseSpellings = [
    'RISKS AND UNCERTAINTIES are described in our annual report.',
    'Investors Should Not Place Undue Reliance On These Statements.',
    'The company Disclaims Any Obligation to update them.',
    'All of this is (forward-looking information) under the law.',
    'These speak only as of today; the company undertakes no duty to revise them.',
  ];
  for (const line of phraseSpellings) {
    it(`dims a line with a boilerplate phrase in any case or position: ${JSON.stringify(line.slice(0, 40))}`, async () => {
      const [chars] = await scopesOf([line]);
      assertExactSpan(line, chars!, 0, line.length, BOILERPLATE);
    });
  }

  it('dims a line whose phrase starts within its first 5,000 characters, not later', async () => {
    const phrase = 'forward-looking statements and $5 million';
    const near = 'x '.repeat(2400) + phrase;
    const far = 'x '.repeat(2600) + phrase;
    const [nearChars, farChars] = await scopesOf([near, '', far]).then((c) => [c[0]!, c[2]!]);
    assertExactSpan(near, nearChars!, 0, near.length, BOILERPLATE);
    assert.deepEqual(runs(far, farChars!, BOILERPLATE), []);
    assert.deepEqual(runs(far, farChars!, MONEY), ['$5 million']);
  });
});

describe('grammar: while conditions', () => {
  // The existing regex checks read match/begin/end; a while condition is a regex too.
  const whileRegexes = () => {
    const out: { where: string; source: string }[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'while' && typeof v === 'string') out.push({ where: `${where}.while`, source: v });
          else visit(v, `${where}.${k}`);
        }
      }
    };
    visit(JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')).repository, 'repository');
    return out;
  };

  it('compiles every while condition with Oniguruma, each using only bounded repetition', async () => {
    await onigLib();
    const all = whileRegexes();
    assert.ok(all.length >= 2, `only ${all.length} while conditions`);
    for (const { where, source } of all) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}: ${source}`);
      // Outside classes and escapes: no * or + (but a final .*$) and no {n,}.
      const bare = source.replace(/\\[xpP]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]/g, '_');
      assert.doesNotMatch(bare.replace(/\.\*\$/g, '_'), /[*+]|\{\d*,\}/, `${where}: ${source}`);
    }
  });

  it('needs no more than 25 ms for a while condition on 4 KB of adversarial text', async () => {
    await onigLib();
    const units = ['risks and ', 'About Aaaa Bbbb ', 'Financial Results ', 'Investor Contact: ', ' \t', 'A', '$1,'];
    for (const { where, source } of whileRegexes()) {
      const scanner = new oniguruma.OnigScanner([source.replace(/\\G/g, '')]);
      for (const unit of units) {
        const text = new oniguruma.OnigString(unit.repeat(Math.ceil(4096 / unit.length)).slice(0, 4096) + '\n');
        const t0 = process.hrtime.bigint();
        scanner.findNextMatchSync(text, 0);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        text.dispose();
        assert.ok(ms < 25, `${where} took ${ms.toFixed(1)} ms on 4 KB of ${JSON.stringify(unit)}`);
      }
      scanner.dispose();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Theme colours: the main scopes must get three different colours in the default themes.

interface ThemeRule {
  selectors: string[][];
  foreground?: string;
  fontStyle?: string;
  order: number;
}
interface Theme {
  rules: ThemeRule[];
  defaultForeground: string;
}

function themeDirectory(): string | undefined {
  const candidates = [path.join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults', 'themes')];
  const vscodeTest = path.join(ROOT, '.vscode-test');
  if (fs.existsSync(vscodeTest)) {
    for (const entry of fs.readdirSync(vscodeTest)) {
      candidates.push(path.join(vscodeTest, entry, 'resources', 'app', 'extensions', 'theme-defaults', 'themes'));
      candidates.push(path.join(vscodeTest, entry, 'Visual Studio Code.app', 'Contents', 'Resources', 'app', 'extensions', 'theme-defaults', 'themes'));
    }
  }
  return candidates.find((d) => fs.existsSync(path.join(d, 'dark_modern.json')));
}

function loadTheme(file: string): Theme {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const parent: Theme = json.include ? loadTheme(path.resolve(path.dirname(file), json.include)) : { rules: [], defaultForeground: '' };
  const rules = [...parent.rules];
  for (const entry of json.tokenColors ?? []) {
    const scopes: string[] = entry.scope === undefined ? [] : Array.isArray(entry.scope) ? entry.scope : String(entry.scope).split(',');
    rules.push({
      selectors: scopes.map((s) => s.trim().split(/\s+/)).filter((s) => s.length > 0 && s[0] !== ''),
      foreground: entry.settings?.foreground,
      fontStyle: entry.settings?.fontStyle,
      order: rules.length,
    });
  }
  return { rules, defaultForeground: json.colors?.['editor.foreground'] ?? parent.defaultForeground };
}

const prefixMatches = (selector: string, scope: string) => scope === selector || scope.startsWith(selector + '.');

/** Specificity of `selector` (a path of scope prefixes) against a scope stack, or -1: dot-segments of the last part first. */
function specificity(selector: string[], stack: string[]): number {
  if (!prefixMatches(selector[selector.length - 1]!, stack[stack.length - 1]!)) return -1;
  let s = stack.length - 2;
  for (let p = selector.length - 2; p >= 0; p--) {
    while (s >= 0 && !prefixMatches(selector[p]!, stack[s]!)) s--;
    if (s < 0) return -1;
    s--;
  }
  return selector[selector.length - 1]!.split('.').length * 100 + selector.length;
}

/** The theme's value of a setting for a scope: the most specific matching rule that sets it; later rules win ties. */
function resolve(theme: Theme, scope: string, key: 'foreground' | 'fontStyle'): string | undefined {
  const stack = [SCOPE_NAME, scope];
  let best: { score: number; order: number; value: string } | undefined;
  for (const rule of theme.rules) {
    const value = rule[key];
    if (value === undefined) continue;
    for (const selector of rule.selectors) {
      const score = specificity(selector, stack);
      if (score < 0) continue;
      if (!best || score > best.score || (score === best.score && rule.order >= best.order)) best = { score, order: rule.order, value };
    }
  }
  return best?.value;
}

describe('grammar: colours in the default themes', () => {
  const dir = themeDirectory();
  const themes = [
    ['Dark Modern', 'dark_modern.json'],
    ['Light Modern', 'light_modern.json'],
    ['Dark+', 'dark_plus.json'],
    ['Light+', 'light_plus.json'],
  ] as const;
  const grammarScopes = () => {
    const names = new Set<string>();
    const visit = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'name' && typeof v === 'string') v.split(/\s+/).forEach((n) => names.add(n));
          else visit(v);
        }
      }
    };
    visit(JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')).repository);
    return [...names].filter((n) => !n.startsWith('punctuation.')).sort();
  };

  before(function () {
    if (!dir) this.skip(); // the themes ship with the VS Code under .vscode-test (npm run host:install)
  });

  it('resolves selectors by longest prefix (sanity check of the matcher)', () => {
    const theme = loadTheme(path.join(dir!, 'dark_plus.json'));
    assert.equal(resolve(theme, 'keyword.control.phase.release', 'foreground')?.toUpperCase(), '#C586C0');
    assert.equal(resolve(theme, 'keyword.other.unit.release', 'foreground')?.toUpperCase(), '#B5CEA8');
    assert.equal(resolve(theme, 'constant.other.release', 'foreground'), undefined);
  });

  for (const [label, file] of themes) {
    it(`gives drug codes, money and dates three different colours in ${label}`, () => {
      const theme = loadTheme(path.join(dir!, file));
      const colours = ENTITY_SCOPES.map((s) => resolve(theme, s, 'foreground')?.toUpperCase());
      for (const [i, c] of colours.entries()) {
        assert.ok(c, `${ENTITY_SCOPES[i]} has no colour`);
        assert.notEqual(c, theme.defaultForeground.toUpperCase(), `${ENTITY_SCOPES[i]} has the default colour`);
      }
      assert.equal(new Set(colours).size, 3, `colours ${colours.join(', ')}`);
    });

    it(`styles every scope of the grammar in ${label}`, () => {
      const theme = loadTheme(path.join(dir!, file));
      const report: string[] = [];
      for (const scope of grammarScopes()) {
        const fg = resolve(theme, scope, 'foreground');
        const style = resolve(theme, scope, 'fontStyle');
        report.push(`${scope.padEnd(42)} ${fg ?? '-'} ${style ?? ''}`);
        assert.ok((fg && fg.toUpperCase() !== theme.defaultForeground.toUpperCase()) || style, `${scope} is unstyled in ${label}`);
      }
      if (process.env.RELEASE_LENS_TIMINGS) console.log(`    ${label}\n      ${report.join('\n      ')}`);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Language configuration

/** VS Code's getWordAtText (editor/common/core/wordHelper.ts), with its default window settings. */
function wordAt(column: number, wordDefinition: RegExp, text: string): string | undefined {
  const flags = 'g' + (wordDefinition.ignoreCase ? 'i' : '') + (wordDefinition.multiline ? 'm' : '') + (wordDefinition.unicode ? 'u' : '');
  const re = new RegExp(wordDefinition.source, flags);
  const windowSize = 15;
  const pos = column - 1;
  let prevRegexIndex = -1;
  let match: RegExpExecArray | null = null;
  for (let i = 1; ; i++) {
    const regexIndex = pos - windowSize * i;
    re.lastIndex = Math.max(0, regexIndex);
    let found: RegExpExecArray | null = null;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (m.index <= pos && re.lastIndex >= pos) {
        found = m;
        break;
      }
      if (prevRegexIndex > 0 && m.index > prevRegexIndex) break;
    }
    if (!found && match) break;
    match = found;
    if (regexIndex <= 0) break;
    prevRegexIndex = regexIndex;
  }
  return match?.[0];
}

describe('language configuration', () => {
  const config = JSON.parse(fs.readFileSync(LANGUAGE_CONFIGURATION_PATH, 'utf8'));
  const wordPattern = () => new RegExp(config.wordPattern.pattern, config.wordPattern.flags);

  it('has a word pattern VS Code accepts: a valid regex (object form, u flag) that never matches the empty string', () => {
    assert.equal(typeof config.wordPattern.pattern, 'string');
    assert.equal(config.wordPattern.flags, 'u');
    assert.equal(wordPattern().test(''), false);
  });

  const wholeWords = ['T-DM1', 'MK-3475', 'BMS-986016', 'huC242-DM4', '$25', 'mid-2017', 'Debio 1562', 'AMG 510', 'IMGN632', 'DS-8201a', 'company’s', '17%', '$(33,227)', 'BAY 94-9343', 'BL-B01D1', '9MW2821'];
  for (const word of wholeWords) {
    it(`keeps ${JSON.stringify(word)} one word wherever the cursor is in it`, () => {
      const line = `In 2017 the long-standing partner (Nasdaq: IMGN) said ${word} million, then stopped.`;
      const start = line.indexOf(word);
      for (let column = start + 1; column <= start + word.length + 1; column++) {
        assert.equal(wordAt(column, wordPattern(), line), word, `column ${column}`);
      }
    });
  }

  const splitWords: [text: string, words: string[]][] = [
    ['ASCO 2012', ['ASCO', '2012']],
    ['Suite 1200', ['Suite', '1200']],
    ['(Nasdaq: IMGN)', ['Nasdaq', 'IMGN']],
    ['“Kadcyla”', ['Kadcyla']],
  ];
  for (const [text, words] of splitWords) {
    it(`splits ${JSON.stringify(text)} into ${JSON.stringify(words)}`, () => {
      const line = `We saw ${text} today.`;
      const found = words.map((w) => wordAt(line.indexOf(w) + 2, wordPattern(), line));
      assert.deepEqual(found, words);
    });
  }

  it('pairs brackets and quotes', () => {
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
    const pairs = (list: ({ open: string; close: string } | [string, string])[]) =>
      list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close)).sort();
    const expected = ['()', '[]', '{}', '""', '“”', '‘’', "''"].sort();
    assert.deepEqual(pairs(config.autoClosingPairs), expected);
    assert.deepEqual(pairs(config.surroundingPairs), expected);
  });
});
