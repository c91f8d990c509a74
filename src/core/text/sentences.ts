import { isBlank, isLineBreak, isUpper } from './chars';
import { NextOf } from './nextOf';
import { hasNonSpace } from './whiteSpace';
import { WordTable } from './wordTable';

const MAX_SENTENCE = 2000;

export interface SentenceSpan {
  start: number;
  end: number;
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'ltd', 'co', 'corp', 'mass', 'calif', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'vs', 'e.g', 'i.e',
  'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ph.d', 'm.d', 'approx',
  'fig', 'al', 'etc', 'jr', 'sr', 'n.v', 's.a', 'conn', 'penn', 'wash', 'ill', 'fla', 'ariz', 'colo', 'md', 'n.j',
  'n.y', 'n.c', 'va', 'wis', 'minn', 'tenn', 'ore', 'mich', 'del', 'ga', 'pa', 'tex', 'ind', 'ky', 'la', 'mo',
]);
/** The same words, looked up in the text without slicing or lower-casing (every full stop asks). */
const ABBREVIATION_TABLE = new WordTable([...ABBREVIATIONS], true);

/**
 * Splits text into sentences: at ". " before a capital, at a blank line, and at a line that ends
 * without punctuation followed by a capitalised line (headings, list items). Linear: the places
 * where a sentence may end (. ! ? and line breaks) are found by `indexOf`, not by reading every character.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  const stops = new NextOf(text, STOP_CHARS);
  let start = 0;
  let lineStart = 0;
  const push = (end: number) => {
    if (end > start && hasNonSpace(text, start, end)) out.push({ start, end });
    start = end;
  };
  for (let i = 0; ; ) {
    const p = stops.next(i);
    // Text without punctuation (tables, dumps) is cut at a space so no "sentence" grows unbounded.
    for (let cut = blankAt(text, Math.max(i, start + MAX_SENTENCE), p); cut >= 0; cut = blankAt(text, Math.max(cut + 1, start + MAX_SENTENCE), p)) push(cut);
    if (p >= n) break;
    i = p + 1;
    const c = text.charCodeAt(p);
    if (c === 46 || c === 33 || c === 63) {
      let j = p + 1;
      while (j < n && isClosing(text.charCodeAt(j))) j++;
      if (j < n && !isSpaceOrBreak(text.charCodeAt(j))) continue;
      let k = j;
      while (k < n && isSpaceOrBreak(text.charCodeAt(k))) k++;
      if (k < n && !isUpper(text.charCodeAt(k)) && !isOpening(text.charCodeAt(k)) && !(isBulletAt(text, k) && isLineBreak(text.charCodeAt(k - 1)))) continue;
      if (c === 46 && endsAbbreviation(text, p)) continue;
      push(j);
      i = j;
    } else {
      // A blank line ends a sentence; so does a line break after a line without final punctuation
      // when the next line starts with a capital (headings and list items).
      let j = p + 1;
      if (c === 13 && text.charCodeAt(j) === 10) j++;
      const thisLineStart = lineStart;
      lineStart = j;
      let k = j;
      while (k < n && isBlank(text.charCodeAt(k))) k++;
      if (k >= n || isLineBreak(text.charCodeAt(k))) {
        push(p);
        continue;
      }
      const q = lastNonBlankBefore(text, p, start);
      const shortLine = p - thisLineStart < 70;
      // A list item starts a sentence of its own, whatever ends the line before it.
      if ((q >= 0 && endsLikeHeading(text.charCodeAt(q)) && isUpper(text.charCodeAt(k)) && shortLine) || isBulletAt(text, k)) push(p);
    }
  }
  push(n);
  return out;
}

/**
 * The last position before `end` (and not before `start`) that is not blank, or start - 1. The step
 * back comes first (do … while) so that it has run before the splitter is compiled: a step first
 * taken later would have the splitter compiled again.
 */
function lastNonBlankBefore(text: string, end: number, start: number): number {
  let q = end;
  do q--;
  while (q >= start && isBlank(text.charCodeAt(q)));
  return q;
}

const isSpaceOrBreak = (c: number) => isBlank(c) || isLineBreak(c);
/** A list item's mark at `k`, a bullet or a dash with a blank after it: "- ", "• ", "* ". */
function isBulletAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c === 45 || c === 0x2022 || c === 42 || c === 0x2013 || c === 0xb7 || c === 0x25aa || c === 0x25cf || c === 0x25e6) && isBlank(text.charCodeAt(k + 1));
}
/** Closing quotes and brackets that may follow a full stop: " ” ’ ) ]. */
const isClosing = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
/** Opening quotes and brackets: " “ ‘ (. */
const isOpeningMark = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 40;
/** What may start a sentence besides a capital: " “ ‘ ( and digits. */
const isOpening = (c: number) => isOpeningMark(c) || (c >= 48 && c <= 57);
/** A line ending in a letter, digit or ")" may be a heading or list item. */
const endsLikeHeading = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 41;
const isAbbreviationChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;

/** Is the full stop at `dot` the end of an abbreviation ("Inc.", "U.S.") or of a single letter ("J.")? */
function endsAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && w > dot - 6 && isAbbreviationChar(text.charCodeAt(w - 1))) w--;
  if (w === dot) return false;
  // A lone letter is an initial ("J. Smith") where it stands alone, not the end of a name or a
  // code ("Phase 2b.", "NaPi2b.", "CAR-T.").
  if (dot - w === 1) return text.charCodeAt(w) !== 46 && (w === 0 || standsAlone(text.charCodeAt(w - 1)));
  // text[w, dot) is ASCII letters and full stops (isAbbreviationChar), as the table's keys are.
  return ABBREVIATION_TABLE.findAscii(text, w, dot) >= 0;
}

/** Whether a letter after `c` starts a word: after a blank, a line break, an opening bracket or quote. */
function standsAlone(c: number): boolean {
  return isSpaceOrBreak(c) || isOpeningMark(c);
}

/** First space or tab in text[from, to), or -1. */
function blankAt(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) return p;
  }
  return -1;
}

/** Where a sentence may end: . ! ? and line breaks. */
const STOP_CHARS: readonly string[] = ['.', '!', '?', '\n', '\r'];
