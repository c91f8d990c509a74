import * as assert from 'node:assert/strict';
import { linearityRatio } from './linearity';
import { analyzeRelease } from '../../src/core/analyze';
import { dateSortKey } from '../../src/core/dateSortKey';
import type { Transaction } from '../../src/core/types';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { release } from './helpers';

/** The transactions of a fictional release around `body` (issuer Northwind Therapeutics, dated March 12, 2024). */
function transactions(body: string, date?: string): Transaction[] {
  return analyzeRelease('deal.release', release(body, date)).transactions;
}

const brief = (t: Transaction) => [t.kind, t.amount ?? null, t.currency ?? null];
const roles = (t: Transaction) => t.parties.map((p) => `${p.name}:${p.role}`).sort();

describe('transactions', () => {
  it('reads several amounts of one sentence, each with its own kind, reusing the money mentions', () => {
    const text = release('Under the agreement, Northwind will receive $50 million upfront and up to $1.2 billion in milestones from Alderon Pharma.');
    const a = analyzeRelease('deal.release', text);
    assert.deepEqual(a.transactions.map(brief), [
      ['upfront', 50_000_000, 'USD'],
      ['milestone', 1_200_000_000, 'USD'],
    ]);
    const money = a.mentions.filter((m) => m.kind === 'money');
    assert.deepEqual(
      a.transactions.map((t) => t.amountText),
      money.map((m) => m.text),
    );
    assert.deepEqual(
      a.transactions.map((t) => t.amount),
      money.map((m) => m.value),
    );
    assert.equal(a.transactions[0]!.status, 'expected');
    assert.ok(a.transactions[0]!.parties.some((p) => p.name === 'Alderon Pharma'));
  });

  it('reads a payment due upon a regulatory or clinical event as a milestone, and one upon signing as upfront', () => {
    assert.deepEqual(
      transactions('Alderon Pharma will pay Northwind $10 million upon NDA filing, $20 million upon FDA approval, $7 million upon submission of the BLA and $5 million upon first commercial sale for NW-101.').map(brief),
      [
        ['milestone', 10_000_000, 'USD'],
        ['milestone', 20_000_000, 'USD'],
        ['milestone', 7_000_000, 'USD'],
        ['milestone', 5_000_000, 'USD'],
      ],
    );
    assert.deepEqual(transactions('Alderon Pharma will pay Northwind $15 million upon the signing of the agreement for NW-101.').map(brief), [['upfront', 15_000_000, 'USD']]);
    assert.deepEqual(transactions('The $3 million note is due upon approval by shareholders, and $2 million upon the filing of the proxy.').map(brief), []);
  });

  it("gives an amount the cue before it rather than one after it in a clause of its own", () => {
    assert.deepEqual(
      transactions('Alderon Pharma will pay an upfront payment of $20 million, and milestone payments of up to $300 million, plus royalties.').map(brief),
      [
        ['upfront', 20_000_000, 'USD'],
        ['milestone', 300_000_000, 'USD'],
        ['royalty', null, null],
      ],
    );
  });

  it('gives the sentence as offset, length and line, and the release date when the sentence has none', () => {
    const text = release('Under the agreement, Northwind will receive $50 million upfront.');
    const [t] = analyzeRelease('deal.release', text).transactions;
    assert.ok(t);
    assert.equal(text.slice(t.offset, t.offset + t.length), 'Under the agreement, Northwind will receive $50 million upfront.');
    assert.equal(t.line, 5);
    assert.equal(t.file, 'deal.release');
    assert.equal(t.date, '2024-03-12');
  });

  it('takes a date the sentence gives over the release date', () => {
    const [t] = transactions('In January 2024, Northwind received a $15 million milestone payment from Alderon Pharma.');
    assert.deepEqual(brief(t!), ['milestone', 15_000_000, 'USD']);
    assert.equal(t!.date, '2024-01');
    assert.equal(t!.status, 'completed');
  });

  it("gives the payments of the next sentences in a paragraph the program of the deal before them", () => {
    const ts = transactions(
      'In August 2025, Northwind entered into an exclusive license agreement with Alderon Pharma for NWT-118. Northwind received an upfront payment of $40 million. In addition, Alderon will purchase $10 million of Northwind shares.\n\nNorthwind received a $5 million milestone payment.',
    );
    assert.deepEqual(ts.map((t) => [t.kind, t.amount ?? null, t.program ?? null]), [
      ['license', null, 'NWT-118'],
      ['upfront', 40_000_000, 'NWT-118'],
      ['equity', 10_000_000, null],
      ['milestone', 5_000_000, null],
    ]);
    // Royalties are on sales to come, whatever was received before them in the sentence.
    const [, , royalty] = transactions('Northwind received an upfront payment of $40 million for NWT-118 and is eligible for up to $600 million in milestones, plus tiered royalties.');
    assert.deepEqual([royalty!.kind, royalty!.status], ['royalty', 'expected']);
    // A next paragraph that says it speaks of the deal.
    const terms = transactions('Northwind announced an exclusive license agreement granting Alderon Pharma rights to NWT-118.\n\nUnder the terms of the agreement, Northwind will receive $40 million upfront.');
    assert.deepEqual(terms.map((t) => [t.kind, t.amount ?? null, t.program ?? null]), [
      ['license', null, 'NWT-118'],
      ['upfront', 40_000_000, 'NWT-118'],
    ]);
    // … also where that paragraph states its payments only after the opening sentence.
    const later = transactions('Northwind announced an exclusive license agreement granting Alderon Pharma rights to NWT-118.\n\nUnder the agreement, Alderon will obtain rights to develop NWT-118 in Japan. Northwind will receive $40 million upfront.');
    assert.deepEqual(later.map((t) => [t.kind, t.amount ?? null, t.program ?? null]), [
      ['license', null, 'NWT-118'],
      ['upfront', 40_000_000, 'NWT-118'],
    ]);
    // A paragraph that does not speak of the deal is no carry's.
    const other = transactions('Northwind announced an exclusive license agreement granting Alderon Pharma rights to NWT-118.\n\nSeparately, Northwind develops its pipeline. Northwind will receive $40 million upfront from Kestrel Bio.');
    assert.deepEqual(other.map((t) => [t.kind, t.program ?? null]), [
      ['license', 'NWT-118'],
      ['upfront', null],
    ]);
  });

  it('reads "for $X" as the price of the licence or acquisition its clause states, however far back the verb', () => {
    const far = transactions('Northwind out-licensed rights to NWT-118, a CD19-targeting antibody, to Alderon Pharma in 2023 for $20 million.');
    assert.deepEqual(far.map((t) => [t.kind, t.amount ?? null, t.program ?? null]), [['license', 20_000_000, 'NWT-118']]);
    // Not past a ";", nor into the next sentence.
    assert.deepEqual(transactions('Northwind licensed NWT-118 to Alderon Pharma; Alderon pays for $5 million of services.').map((t) => [t.kind, t.amount ?? null]), [['license', null]]);
    assert.deepEqual(transactions('Northwind licensed NWT-118 to Alderon Pharma in 2023. The drug sells for $20 million a year.').map((t) => [t.kind, t.amount ?? null]), [['license', null]]);
  });

  it("makes those payments between the licence's companies, the one the payment does not name taking the other part", () => {
    const ts = transactions(
      'In August 2025, Northwind entered into an exclusive license agreement with Alderon Pharma for NWT-118. Northwind received an upfront payment of $40 million and is also eligible for up to $300 million in milestones.',
    );
    assert.deepEqual(ts.map((t) => [t.kind, ...roles(t)]), [
      ['license', 'Alderon Pharma:partner', 'Northwind Therapeutics:partner'],
      ['upfront', 'Alderon Pharma:licensee', 'Northwind Therapeutics:licensor'],
      ['milestone', 'Alderon Pharma:licensee', 'Northwind Therapeutics:licensor'],
    ]);
    // The licence's own parts go with it; an acquisition's companies are no licence's.
    const [, upfront] = transactions('Northwind granted Alderon Pharma an exclusive license to NWT-118 in Japan.\n\nUnder the terms of the agreement, Northwind will receive $40 million upfront.');
    assert.deepEqual(roles(upfront!), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
    const [, bought] = transactions('Northwind will acquire NWT-900 from Alderon Pharma. Northwind will make an upfront payment of $30 million.');
    assert.deepEqual(roles(bought!), ['Northwind Therapeutics:licensee']);
  });

  it("gives a deal stated before the total deal value a later sentence states, but not a financing's aggregate value", () => {
    const terms = transactions(
      'Northwind entered into an exclusive license agreement with Alderon Pharma for NWT-118. Northwind will receive an upfront payment of $40 million, with total deal value up to $1.03 billion including development and commercial milestones.',
    );
    assert.deepEqual(terms.map(brief), [
      ['license', 1_030_000_000, 'USD'],
      ['upfront', 40_000_000, 'USD'],
    ]);
    const placing = transactions(
      'Northwind entered into an exclusive license agreement with Alderon Pharma for NWT-118. Certain directors intend to subscribe for Placing Shares with an aggregate value of approximately £210,000.',
    );
    assert.deepEqual(placing.map(brief), [['license', null, null]]);
  });

  it('takes an amount converted into another currency in a later sentence for the same payment, and keeps one stated only so', () => {
    const converted = transactions('Northwind will receive an upfront payment of US$85 million from Alderon Pharma for NWT-118. The upfront payment is equivalent to approximately RMB 615 million.');
    assert.deepEqual(converted.map(brief), [['upfront', 85_000_000, 'USD']]);
    const alone = transactions('Northwind will receive an upfront payment equivalent to approximately RMB 615 million from Alderon Pharma for NWT-118.');
    assert.deepEqual(alone.map(brief), [['upfront', 615_000_000, 'CNY']]);
  });

  it('gives a grant its amount when the grant word runs over the amount', () => {
    for (const body of ['Northwind received a $2.5 million grant from the Gates Foundation.', 'Northwind was awarded a $2.5 million grant from the NIH.']) {
      assert.deepEqual(transactions(body).map(brief), [['financing', 2_500_000, 'USD']], body);
      assert.equal(transactions(body)[0]!.financing, 'grant');
    }
  });

  it("gives an acquisition the total after its price per share, not the price", () => {
    assert.deepEqual(transactions('Alderon Pharma completed its acquisition of Northwind for $42.00 per share in cash, or approximately $1.1 billion.').map(brief), [
      ['acquisition', 1_100_000_000, 'USD'],
    ]);
    // A second price per share is no total.
    assert.deepEqual(transactions('Alderon Pharma will acquire Northwind for $20 per share in cash plus one CVR of up to $3.00 per share.').map(brief), [['acquisition', null, null]]);
  });

  it('takes who pays an upfront payment, milestone or royalty for the licensee, and who is paid for the licensor', () => {
    const [upfront] = transactions('Under the agreement, Alderon Pharma will pay Northwind $50 million upfront for NWT-214.');
    assert.deepEqual(roles(upfront!).sort(), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
    // The words around a name over the rest of the sentence: "licensed to Alderon" names the licensee too.
    const [milestone] = transactions('In May 2024, Northwind received a $5 million milestone payment from Alderon Pharma for NWT-214, licensed to Alderon for Japan.');
    assert.deepEqual(roles(milestone!).sort(), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
  });

  it("finds a party's name as a whole word, not inside a longer one", () => {
    // "Alder" first stands inside "Alderon": the words around "Alder Bio" are the ones after "pay".
    const [upfront] = transactions('Under the agreement, Alderon Pharma will pay Alder Bio $50 million upfront for NWT-214.');
    assert.deepEqual(roles(upfront!).sort(), ['Alder Bio:licensor', 'Alderon Pharma:licensee']);
    const [equity] = transactions('Alderon Pharma will make a €20 million equity investment in Alder Bio.');
    assert.deepEqual(roles(equity!).sort(), ['Alder Bio:issuer', 'Alderon Pharma:investor']);
  });

  it("reads the part of a company named by its first word alone from the words after that word", () => {
    const [license] = transactions('Northwind licensed NWT-214 to Alderon Pharma for Europe.');
    assert.deepEqual(roles(license!).sort(), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
    const [acquisition] = transactions('Northwind will acquire NWT-900 from Alderon Pharma for $300 million.');
    assert.deepEqual(roles(acquisition!).sort(), ['Alderon Pharma:seller', 'Northwind Therapeutics:acquirer']);
    // "to receive" after a licence is no licensing to someone; who receives the money licenses out.
    const [deal] = transactions('Northwind and Alderon Pharma entered a license agreement for NWT-214, with Northwind to receive $20 million upfront.');
    assert.deepEqual(roles(deal!).sort(), ['Alderon Pharma:partner', 'Northwind Therapeutics:licensor']);
    const [headline] = transactions('Northwind and Alderon Pharma Enter License Agreement for NWT-214\n-- Northwind to receive $20 million upfront\n-- Alderon to develop the program as ALD-77');
    assert.deepEqual(roles(headline!).sort(), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
  });

  it('states a deal without an amount: tiered royalties, an exclusive licence', () => {
    const ts = transactions(
      'Northwind today announced an exclusive license agreement granting Alderon Pharma rights to NWT-214 in Europe. Northwind is also eligible for tiered royalties on net sales.',
    );
    assert.deepEqual(ts.map(brief), [
      ['license', null, null],
      ['royalty', null, null],
    ]);
    const [license, royalty] = ts;
    assert.equal(license!.program, 'NWT-214');
    assert.deepEqual(roles(license!), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
    assert.equal(license!.status, 'announced');
    assert.equal(royalty!.amount, undefined);
    assert.equal(royalty!.status, 'expected');
  });

  it("does not take a title-case headline's verb for part of a company's name", () => {
    const text = 'Northwind to Acquire Quillon Therapeutics for $48.00 Per Share in Cash\n\nCAMBRIDGE, Mass., March 12, 2024 -- Northwind Therapeutics, Inc. today announced a definitive agreement to acquire Quillon Therapeutics, Inc.\n';
    const [acquisition] = analyzeRelease('acq.release', text).transactions;
    assert.deepEqual(roles(acquisition!), ['Northwind Therapeutics:acquirer', 'Quillon Therapeutics:target']);
  });

  it('reads a technology transfer agreement as a licence, with and without an amount', () => {
    const ts = transactions(
      'Northwind today announced that it has signed a technology transfer agreement with Alderon Pharma for NWT-214. Under the agreement, Northwind will receive an upfront payment of KRW 35 billion.',
    );
    assert.deepEqual(ts.map(brief), [
      ['license', null, null],
      ['upfront', 35_000_000_000, 'KRW'],
    ]);
    assert.equal(ts[0]!.program, 'NWT-214');
    assert.deepEqual(roles(ts[1]!), ['Alderon Pharma:licensee', 'Northwind Therapeutics:licensor']);
    assert.deepEqual(transactions('Northwind signed a KRW 620 billion technology transfer agreement with Alderon Pharma for NWT-214.').map(brief), [['license', 620_000_000_000, 'KRW']]);
  });

  it('reads an offering: gross proceeds, kind of financing, the issuer, underwriters, one row for headline and body', () => {
    const text = `Northwind Therapeutics Announces Closing of $75 Million Underwritten Public Offering

CAMBRIDGE, Mass., March 12, 2024 -- Northwind Therapeutics, Inc. (Nasdaq: NWTX) today announced the closing of its underwritten public offering of 5,000,000 shares of its common stock at a public offering price of $15.00 per share.

The gross proceeds to Northwind from the offering were $75 million, before deducting underwriting discounts and commissions and other offering expenses of approximately $0.6 million.

Halden Securities and Brightwater Capital Markets acted as joint book-running managers for the offering.
`;
    const ts = analyzeRelease('offering.release', text).transactions;
    assert.equal(ts.length, 1, JSON.stringify(ts));
    const [t] = ts;
    assert.deepEqual(brief(t!), ['financing', 75_000_000, 'USD']);
    assert.equal(t!.financing, 'public offering');
    assert.equal(t!.status, 'completed');
    assert.deepEqual(roles(t!), ['Brightwater Capital Markets:underwriter', 'Halden Securities:underwriter', 'Northwind Therapeutics:issuer']);
    assert.equal(t!.line, 1, 'the headline states it first');
  });

  it('keeps the gross amount of a placing and drops the net proceeds restating it', () => {
    const ts = transactions(
      'Northwind raised gross proceeds of £20.0 million (approximately $25.5 million) through a placing with new and existing investors. Net proceeds of approximately £19.1 million will fund the Phase 2 trial.',
    );
    assert.deepEqual(ts.map(brief), [['financing', 20_000_000, 'GBP']]);
    assert.equal(ts[0]!.financing, 'private placement');
  });

  it('financing need not name a program; a loan names its lender', () => {
    const [t] = transactions('Northwind entered into a $40 million term loan facility with Harbour Lane Capital.');
    assert.deepEqual(brief(t!), ['financing', 40_000_000, 'USD']);
    assert.equal(t!.financing, 'loan');
    assert.equal(t!.program, undefined);
    assert.deepEqual(roles(t!), ['Harbour Lane Capital:lender', 'Northwind Therapeutics:issuer']);
  });

  it('names each way of raising money, and an option exercised', () => {
    const cases: [string, string][] = [
      ['a $25 million registered direct offering', 'registered direct'],
      ['a $25 million PIPE financing', 'PIPE'],
      ['a $25 million at-the-market program', 'at-the-market'],
      ['a $25 million underwritten public offering', 'public offering'],
      ['a $25 million private placement', 'private placement'],
      ['a $25 million Series B financing', 'private placement'],
      ['a $25 million term loan', 'loan'],
      ['a $25 million research grant', 'grant'],
    ];
    for (const [phrase, financing] of cases) {
      const ts = transactions(`Northwind today announced the closing of ${phrase}.`);
      assert.deepEqual(
        ts.map((t) => [t.kind, t.financing, t.amount, t.status]),
        [['financing', financing, 25_000_000, 'completed']],
        phrase,
      );
    }
    const [option] = transactions('Alderon Pharma exercised its option to license NWT-214 for $5 million.');
    assert.deepEqual([option!.kind, option!.amount, option!.program, option!.status], ['option', 5_000_000, 'NWT-214', 'completed']);
  });

  it('gives each amount the program nearest to it when a sentence names several', () => {
    const ts = transactions('Alderon Pharma will acquire AB-101 for $10 million and AB-202 for $5 million from Northwind.');
    assert.deepEqual(
      ts.map((t) => [t.kind, t.program, t.amount]),
      [
        ['acquisition', 'AB-101', 10_000_000],
        ['acquisition', 'AB-202', 5_000_000],
      ],
    );
    assert.ok(roles(ts[0]!).includes('Alderon Pharma:acquirer'));
  });

  it('names an equity investor and the company it invests in', () => {
    const [t] = transactions('Northwind will also receive a €20 million equity investment from Alderon Pharma.');
    assert.deepEqual(brief(t!), ['equity', 20_000_000, 'EUR']);
    assert.deepEqual(roles(t!), ['Alderon Pharma:investor', 'Northwind Therapeutics:issuer']);
  });

  it('is not fooled by prices per share, cash held, costs, results or boilerplate', () => {
    const ts = transactions(
      [
        'The shares were sold at a price of $4.00 per share.',
        'With this offering we will have approximately $80 million in cash.',
        'Research and development expenses were $12.1 million, compared to $9.8 million in the prior year.',
        'Collaboration revenue was $3.2 million for the quarter.',
        'The Company submitted a Biologics License Application for NWT-214.',
        'NWT-214 may offer a new treatment option for patients.',
        '',
        'Forward-Looking Statements',
        'This press release contains forward-looking statements, including statements about the license agreement, milestone payments of up to $1.2 billion and the offering.',
      ].join('\n'),
    );
    assert.deepEqual(ts, []);
  });

  it('keeps a deal stated in headline and body once, taking the amount and its place from the body', () => {
    const text = `Alderon Pharma Acquires Northwind Therapeutics

CAMBRIDGE, Mass., March 12, 2024 -- Alderon Pharma (Nasdaq: ALDP) today announced that it has completed the acquisition of Northwind Therapeutics for $900 million in cash.
`;
    const ts = analyzeRelease('acq.release', text).transactions;
    assert.deepEqual(ts.map(brief), [['acquisition', 900_000_000, 'USD']]);
    assert.equal(ts[0]!.status, 'completed');
    assert.equal(ts[0]!.line, 3);
    assert.deepEqual(roles(ts[0]!), ['Alderon Pharma:acquirer', 'Northwind Therapeutics:target']);
  });

  it('marks a deal expected when the release says it is expected to close', () => {
    const ts = transactions('Northwind today entered into an exclusive license agreement with Alderon Pharma for NWT-214. The transaction is expected to close in the second quarter.');
    assert.equal(ts.length, 1);
    assert.equal(ts[0]!.status, 'expected');
  });

  it('orders period dates by their start', () => {
    assert.equal(dateSortKey('2025-H1'), '2025-01');
    assert.equal(dateSortKey('2024-Q3'), '2024-07');
    assert.equal(dateSortKey('2017-mid'), '2017-06');
    assert.equal(dateSortKey('2024-05-02'), '2024-05-02');
  });

  it('stays linear on a long run of deal words and amounts', () => {
    const unit = 'upfront $1 million milestone royalties license offering placing, ';
    const { ratio } = linearityRatio((n) => release(unit.repeat(n)), 500, 2000, 10);
    assert.ok(ratio < 10, `4x the text took ${ratio.toFixed(1)}x the time`);
  });

  it('stays linear on one sentence naming thousands of companies beside licence words', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Q${i.toString(36)}x Pharma and Q${i.toString(36)}x to receive, license agreement `).join('');
    const { ratio } = linearityRatio((n) => release(names(n)), 1500, 6000, 8);
    assert.ok(ratio < 8, `4x the text took ${ratio.toFixed(1)}x the time`);
  });
});

describe('workspace transactions', () => {
  it('maps the local program name to the merged program id, newest first', () => {
    const index = new WorkspaceIndex();
    index.set(
      'early.release',
      release('NWT-214 (also known as HX214) is an antibody-drug conjugate. Northwind received a $10 million milestone payment for NWT-214.', 'June 20, 2023'),
    );
    index.set('later.release', release('Halcyon Bio paid a $45 million upfront payment for HX214 under an exclusive license agreement.', 'March 12, 2024'));
    // One program under two names: each release's own name maps to the one merged id.
    const id = index.program('NWT-214')!.id;
    assert.equal(index.program('HX214')!.id, id);
    assert.deepEqual(
      index.transactions().map((t) => [t.file, t.kind, t.program, t.programId]),
      [
        ['later.release', 'upfront', 'HX214', id],
        ['later.release', 'license', 'HX214', id],
        ['early.release', 'milestone', 'NWT-214', id],
      ],
    );
    index.delete('later.release');
    assert.deepEqual(
      index.transactions().map((t) => t.file),
      ['early.release'],
    );
  });
});

describe('deals of the head and of the programs', () => {
  const HEAD = 'Northwind and Meridale Enter License Agreement for NWT-214\n\n• Northwind to receive $50 million upfront and up to $900 million in milestones\n\nBOSTON, March 12, 2024 -- Northwind Therapeutics, Inc. today announced an exclusive license agreement with Meridale Bio for NWT-214, an oral KRAS G12C inhibitor.\n\nUnder the terms of the agreement, Northwind will also receive tiered royalties.\n';

  it('gives the payments of the subheadlines under a headline the headline deal\'s program', () => {
    const a = analyzeRelease('deal.release', HEAD);
    assert.deepEqual(
      a.transactions.map((t) => [t.kind, t.amount ?? null, t.program ?? null]),
      [['license', null, 'NWT-214'], ['upfront', 50_000_000, 'NWT-214'], ['milestone', 900_000_000, 'NWT-214'], ['royalty', null, 'NWT-214']],
    );
  });

  it('gives a program the deals the transactions link to it, once each', () => {
    const program = analyzeRelease('deal.release', HEAD).programs.find((p) => p.names.includes('NWT-214'))!;
    assert.deepEqual(
      program.deals.map((d) => [d.value.kind, d.value.amount ?? null, d.value.counterparty ?? null, d.source.line]),
      [['license', null, 'Meridale Bio', 1], ['upfront', 50_000_000, 'Meridale Bio', 3], ['milestone', 900_000_000, 'Meridale Bio', 3], ['royalty', null, 'Meridale Bio', 7]],
    );
  });
});
