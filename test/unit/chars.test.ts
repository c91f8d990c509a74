import * as assert from 'node:assert/strict';
import { codeAt, isBlank, isCodeHyphen, isDigit, isLetter, isLineBreak, isLower, isRangeDash, isUpper, isWordChar } from '../../src/core/text/chars';
import { isWhiteSpace } from '../../src/core/text/whiteSpace';

describe('character tests', () => {
  it('codeAt reads a UTF-16 unit inside the text and -1 outside it', () => {
    const text = 'a–b';
    assert.deepEqual([0, 1, 2].map((p) => codeAt(text, p)), [97, 0x2013, 98]);
    assert.deepEqual([-1, 3, 100].map((p) => codeAt(text, p)), [-1, -1, -1]);
    assert.equal(codeAt('', 0), -1);
  });

  it('every test answers -1 (codeAt past the end) as it answers NaN (charCodeAt past the end)', () => {
    for (const test of [isDigit, isUpper, isLower, isLetter, isWordChar, isBlank, isLineBreak, isCodeHyphen, isRangeDash, isWhiteSpace]) {
      assert.equal(test(-1), test(NaN), test.name);
      assert.equal(test(-1), false, test.name);
    }
  });

  it('isLetter and isWhiteSpace agree with \\p{L} and \\s on every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      assert.equal(isLetter(c), !surrogate && /\p{L}/u.test(ch), `isLetter(${c.toString(16)})`);
      assert.equal(isWhiteSpace(c), /\s/.test(ch), `isWhiteSpace(${c.toString(16)})`);
    }
  });
});
