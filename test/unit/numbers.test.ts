import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { numberDigits, numberValue, readNumber } from '../../src/core/recognize/numbers';

describe('numbers', () => {
  it('reads "1,200.75" as its digits and decimals', () => {
    const text = 'paid 1,200.75 in';
    const n = readNumber(text, 5)!;
    assert.deepEqual([n.start, n.end, n.decimals, numberDigits(text, n)], [5, 13, 2, '120075']);
    assert.equal(numberValue(text, n), 1200.75);
    assert.equal(numberValue(text, n, 6), 1200750000);
  });

  it('gives exactly the value of parsing "<digits>e<power>", arithmetic or not', () => {
    const number = fc
      .tuple(fc.stringMatching(/^[1-9]\d{0,17}$/), fc.option(fc.stringMatching(/^\d{1,12}$/)))
      .map(([whole, fraction]) => (fraction === null ? whole : `${whole}.${fraction}`));
    fc.assert(
      fc.property(number, fc.integer({ min: -30, max: 30 }), (written, exponent) => {
        const text = ` ${written} `;
        const n = readNumber(text, 1)!;
        assert.ok(Object.is(numberValue(text, n, exponent), Number(`${numberDigits(text, n)}e${exponent - n.decimals}`)), written);
      }),
      { numRuns: 20000 },
    );
  });
});
