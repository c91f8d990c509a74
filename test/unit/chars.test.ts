import * as assert from 'node:assert/strict';
import { asciiLower, asciiTable, codeAt, digitsIn, digitsValue, isAsciiLetter, isBlank, isCodeHyphen, isDigit, isLetter, isLineBreak, isLower, isRangeDash, isRegexWordChar, isUpper, isWordChar } from '../../src/core/text/chars';
import { LINE_BREAK_CHARS, NextOf } from '../../src/core/text/nextOf';
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

  it('the ASCII helpers agree with the regexes and string methods they stand for, on every UTF-16 unit', () => {
    const table = asciiTable('Ab_');
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isRegexWordChar(c), /\w/.test(ch), `isRegexWordChar(${c.toString(16)})`);
      assert.equal(isAsciiLetter(c), /[A-Za-z]/.test(ch), `isAsciiLetter(${c.toString(16)})`);
      assert.equal(asciiLower(c), c < 128 ? ch.toLowerCase().charCodeAt(0) : c, `asciiLower(${c.toString(16)})`);
      assert.equal(table[c] === 1, ch === 'A' || ch === 'b' || ch === '_', `asciiTable(${c.toString(16)})`);
    }
  });

  it('digitsValue reads a fixed number of digits, digitsIn gathers the digits of a stretch', () => {
    assert.equal(digitsValue('x2025y', 1, 4), 2025);
    assert.equal(digitsValue('x20a5y', 1, 4), -1);
    assert.equal(digitsValue('12', 1, 2), -1, 'past the end');
    assert.equal(digitsIn('+1 (555) 010-2000.', 0, 18), '15550102000');
    assert.equal(digitsIn('a1b22c', 1, 5), '122');
    assert.equal(digitsIn('abc', 0, 3), '');
  });
});

describe('NextOf', () => {
  it('finds the next place of any of its characters, as reading every character would, for positions that never go back', () => {
    let state = 11;
    const rnd = (n: number) => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) % n;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: rnd(200) }, () => 'ab.\n\r!$€x'[rnd(9)]).join('');
      for (const chars of [LINE_BREAK_CHARS, ['.', '!', '?', '\n', '\r'], ['$', '€']]) {
        const next = new NextOf(text, chars);
        for (let from = 0; from <= text.length + 1; from += rnd(4)) {
          let expected = from;
          while (expected < text.length && !chars.includes(text[expected]!)) expected++;
          assert.equal(next.next(from), Math.min(expected, text.length), `${JSON.stringify(text)} ${JSON.stringify(chars)} from ${from}`);
        }
      }
    }
  });
});
