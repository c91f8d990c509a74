import * as assert from 'node:assert/strict';
import { splitListItems } from '../../src/core/text/listItems';
import { LINE_BREAK_CHARS, NextOf } from '../../src/core/text/nextOf';
import type { SentenceSpan } from '../../src/core/text/sentences';

/** The items `splitListItems` cuts each of `sentences` (whole text when not given) into, as strings. */
function items(text: string, sentences: SentenceSpan[] = [{ start: 0, end: text.length }]): string[] {
  const out: SentenceSpan[] = [];
  const breaks = new NextOf(text, LINE_BREAK_CHARS);
  for (const s of sentences) splitListItems(text, s, breaks, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('list items', () => {
  it('cuts where a line starts with a mark and a space, leaving out the mark and the white space around', () => {
    assert.deepEqual(items('Highlights:\n- First item\n• Second item\n  — Third item  \n* Fourth'), ['Highlights:', 'First item', 'Second item', 'Third item', 'Fourth']);
  });

  it('reads CRLF lines, blank lines between items and every mark of both lists', () => {
    const marks = [...'-*•–—▪●◦·'];
    const text = marks.map((m, k) => `${m} item ${k}`).join('\r\n\r\n');
    assert.deepEqual(items(text), marks.map((_, k) => `item ${k}`));
  });

  it('does not cut at a mark without a space after it, or one inside a line', () => {
    assert.deepEqual(items('Revenue fell\n-5% and costs rose - by a little\n•bold'), ['Revenue fell\n-5% and costs rose - by a little\n•bold']);
  });

  it('keeps a sentence without items whole, and reads several sentences in order with one line-break finder', () => {
    const text = 'One sentence.\nAnother:\n- an item\n- and one more';
    assert.deepEqual(items(text, [{ start: 0, end: 13 }, { start: 14, end: text.length }]), ['One sentence.', 'Another:', 'an item', 'and one more']);
  });

  it('gives nothing for a sentence of white space and marks alone', () => {
    assert.deepEqual(items('\n- \n'), []);
  });
});
