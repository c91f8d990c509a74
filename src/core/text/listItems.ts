import type { SentenceSpan } from './sentences';
import type { NextOf } from './nextOf';

/** Marks that start a list item at the start of a line when a space or tab follows: "- ", "• ", "— ", "▪ ". */
const LIST_MARKS = new Set([...'-*•–—▪●◦·'].map((c) => c.charCodeAt(0)));

/** Blanks and line breaks, which no item starts or ends with. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Appends to `out` the sentence `s` cut where a line starts a list item: the items of an "Upcoming
 * milestones" or "Highlights" list are separate statements even without final punctuation. Each
 * item leaves out its mark and the white space around it, so that a selection covers the statement
 * alone. `breaks` finds the text's line breaks; sentences are given in text order. Linear.
 */
export function splitListItems(text: string, s: SentenceSpan, breaks: NextOf, out: SentenceSpan[]): void {
  // A sentence that starts with a mark is an item too.
  let start = itemAfterMark(text, s.start, s.end) ?? s.start;
  for (let at = breaks.next(s.start); at < s.end; at = breaks.next(at + 1)) {
    let mark = at + 1;
    while (mark < s.end && isSpace(text.charCodeAt(mark))) mark++;
    const item = itemAfterMark(text, mark, s.end);
    if (item !== undefined) {
      pushTrimmed(text, start, at, out);
      start = item;
    }
    // The blanks and further line breaks after this break were read.
    at = Math.max(at, mark - 1);
  }
  pushTrimmed(text, start, s.end, out);
}

/** Where the item starts when a list mark and a space or tab stand at `p` (before `end`). */
function itemAfterMark(text: string, p: number, end: number): number | undefined {
  const after = text.charCodeAt(p + 1);
  return p + 1 < end && LIST_MARKS.has(text.charCodeAt(p)) && (after === 32 || after === 9) ? p + 1 : undefined;
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}
