import * as assert from 'node:assert/strict';
import { mentions, release, values } from './helpers';

function money(body: string) {
  return mentions(release(body), 'money').map((m) => ({ text: m.text, value: m.value, currency: m.currency }));
}

describe('money', () => {
  const cases: [string, string, number, string][] = [
    ['received a $25 million upfront payment', '$25 million', 25_000_000, 'USD'],
    ['a \\$5 million milestone', '$5 million', 5_000_000, 'USD'],
    ['net loss of $0.91 per share', '$0.91', 0.91, 'USD'],
    ['Cash $ 159,964 $245,026', '$ 159,964', 159_964, 'USD'],
    ['Net loss $(33,227) (78,883)', '$(33,227)', -33_227, 'USD'],
    ['per share $ (0.38)', '$ (0.38)', -0.38, 'USD'],
    ['a net loss of RMB (380.5) million', 'RMB (380.5) million', -380_500_000, 'CNY'],
    ['operating loss USD(5.2) million', 'USD(5.2) million', -5_200_000, 'USD'],
    ['a payment of €10 million', '€10 million', 10_000_000, 'EUR'],
    ['a payment of CHF 5 million', 'CHF 5 million', 5_000_000, 'CHF'],
    ['a loan of USD 3.5 million', 'USD 3.5 million', 3_500_000, 'USD'],
    ['paid 25 million dollars', '25 million dollars', 25_000_000, 'USD'],
    ['up to $1.2 billion in milestones', '$1.2 billion', 1_200_000_000, 'USD'],
    ['raised US$30 million', 'US$30 million', 30_000_000, 'USD'],
    ['placing of £4.2m', '£4.2m', 4_200_000, 'GBP'],
    ['raised ¥2.5 billion', '¥2.5 billion', 2_500_000_000, 'JPY'],
    ['C$12 million from the offering', 'C$12 million', 12_000_000, 'CAD'],
    ['priced at 42 pence per share', '42 pence', 0.42, 'GBP'],
    ['a $12.4M grant', '$12.4M', 12_400_000, 'USD'],
    ['revenue of Rs. 1,250 crore', 'Rs. 1,250 crore', 12_500_000_000, 'INR'],
    ['revenue of Rs 310 million', 'Rs 310 million', 310_000_000, 'INR'],
    ['an upfront payment of CAD $3 million', 'CAD $3 million', 3_000_000, 'CAD'],
    ['raised CDN$12 million', 'CDN$12 million', 12_000_000, 'CAD'],
    ['a grant of PLN 20 million', 'PLN 20 million', 20_000_000, 'PLN'],
    ['an equity line of ZAR 150 million', 'ZAR 150 million', 150_000_000, 'ZAR'],
    ['paid 500 million Swedish kronor', '500 million Swedish kronor', 500_000_000, 'SEK'],
    ['a loan of 2 billion Norwegian kroner', '2 billion Norwegian kroner', 2_000_000_000, 'NOK'],
    ['net sales of SEK 250 m in the quarter', 'SEK 250 m', 250_000_000, 'SEK'],
    ['raised £4.2 m in the placing', '£4.2 m', 4_200_000, 'GBP'],
    ['a $15mm term loan', '$15mm', 15_000_000, 'USD'],
    ['a grant of CHF 1.2 Mio. from the canton', 'CHF 1.2 Mio', 1_200_000, 'CHF'],
    ['a valuation of EUR 3.5 Mrd', 'EUR 3.5 Mrd', 3_500_000_000, 'EUR'],
    ['a $1.1-billion deal', '$1.1-billion', 1_100_000_000, 'USD'],
    ['a net loss of $(33.2) million for the year', '$(33.2) million', -33_200_000, 'USD'],
  ];
  for (const [body, text, value, currency] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(money(body)[0], { text, value, currency });
    });
  }

  it('takes a lone capital after a space for no scale ("$2 M&A"), and a lower-case "m" for millions', () => {
    assert.deepEqual(money('a $2 M&A fee and a $3 M payment'), [{ text: '$2', value: 2, currency: 'USD' }, { text: '$3', value: 3, currency: 'USD' }]);
    assert.deepEqual(money('a $3 m payment'), [{ text: '$3 m', value: 3_000_000, currency: 'USD' }]);
  });

  it('lends the second amount\'s scale to the first in "between $40 and $50 million"', () => {
    assert.deepEqual(money('priced between $40 and $50 million'), [
      { text: '$40', value: 40_000_000, currency: 'USD' },
      { text: '$50 million', value: 50_000_000, currency: 'USD' },
    ]);
    assert.deepEqual(money('fees of $5 and $6 million')[0], { text: '$5', value: 5, currency: 'USD' });
  });

  it('reads an amount broken over two lines', () => {
    const [m] = money('expenses were $89.7\nmillion for the year');
    assert.equal(m!.text, '$89.7\nmillion');
    assert.equal(m!.value, 89_700_000);
  });

  it('reads a range as two amounts', () => {
    assert.deepEqual(
      money('revenues between $70 million and $75 million').map((m) => m.value),
      [70_000_000, 75_000_000],
    );
    assert.deepEqual(
      money('revenue of $70 to $75 million').map((m) => [m.text, m.value]),
      [['$70', 70_000_000], ['$75 million', 75_000_000]],
    );
  });

  it('takes "Rs" only as a word before a number, and a code before "$" only as a dollar\'s', () => {
    assert.deepEqual(money('Mrs 5 million viewers; Rs alone; EUR $3 million').map((m) => [m.text, m.currency]), [['$3 million', 'USD']]);
  });

  it('keeps exact values without floating-point noise', () => {
    assert.equal(money('$89.7 million')[0]!.value, 89_700_000);
    assert.equal(money('$0.3 billion')[0]!.value, 300_000_000);
    assert.equal(money('$1.15 billion')[0]!.value, 1_150_000_000);
  });

  it('does not take bare numbers, percentages or share counts', () => {
    assert.deepEqual(money('38,900 34,214 and 17% of 1,000 patients; 21,380 shares'), []);
  });

  it('reads a currency word that is also a common word after a scale word only', () => {
    assert.deepEqual(money('An investment of 120 billion won; the drug won 3 awards and 2 won.'), [{ text: '120 billion won', value: 120_000_000_000, currency: 'KRW' }]);
    assert.deepEqual(money('new ordinary shares of 1 penny each'), [{ text: '1 penny', value: 0.01, currency: 'GBP' }]);
  });
});

describe('money with a decimal comma', () => {
  it('reads one or two digits after a comma as decimals before a scale word', () => {
    assert.deepEqual(values('Notes of €2,5 milliards, SEK 1,25 billion and EUR 2,50 million were issued.', 'money'), [2_500_000_000, 1_250_000_000, 2_500_000]);
  });

  it('keeps thousands groups, and a comma without a scale word, as they were', () => {
    assert.deepEqual(values('It paid $1,250 million and €2,5 and then $3,000.', 'money'), [1_250_000_000, 2, 3000]);
  });
});
