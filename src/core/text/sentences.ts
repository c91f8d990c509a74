import { isBlank, isLineBreak, isUpper } from './chars';

const MAX_SENTENCE = 2000;

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'mass', 'calif', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'vs', 'e.g', 'i.e',
  'u.s', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ph.d', 'm.d', 'approx',
  'fig', 'al', 'etc', 'jr', 'sr', 'n.v', 's.a', 'conn', 'penn', 'wash', 'ill', 'fla', 'ariz', 'colo', 'md', 'n.j',
  'n.y', 'n.c', 'va', 'wis', 'minn', 'tenn', 'ore', 'mich', 'del', 'ga', 'pa', 'tex', 'ind', 'ky', 'la', 'mo',
]);

/**
 * Splits text into sentences: at ". " before a capital, at a blank line, and at a line that ends
 * without punctuation followed by a capitalised line (headings, list items). Linear.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let lineStart = 0;
  const push = (end: number) => {
    if (end > start && text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Text without punctuation (tables, dumps) is cut at a space so no "sentence" grows unbounded.
    if (i - start >= MAX_SENTENCE && (c === 32 || c === 9)) {
      push(i);
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < text.length && /["”’)\]]/.test(text[j]!)) j++;
      if (j < text.length && !(isBlank(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j)))) continue;
      let k = j;
      while (k < text.length && (isBlank(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k)))) k++;
      if (k < text.length && !isUpper(text.charCodeAt(k)) && !/["“‘(\d]/.test(text[k]!)) continue;
      if (c === 46) {
        let w = i;
        while (w > 0 && w > i - 6 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
        const word = text.slice(w, i).toLowerCase();
        if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
      }
      push(j);
      i = j - 1;
    } else if (isLineBreak(c)) {
      // A blank line ends a sentence; so does a line break after a line without final punctuation
      // when the next line starts with a capital (headings and list items).
      let j = i + 1;
      if (c === 13 && text.charCodeAt(j) === 10) j++;
      const thisLineStart = lineStart;
      lineStart = j;
      let k = j;
      while (k < text.length && isBlank(text.charCodeAt(k))) k++;
      if (k >= text.length || isLineBreak(text.charCodeAt(k))) {
        push(i);
        continue;
      }
      let p = i - 1;
      while (p >= start && isBlank(text.charCodeAt(p))) p--;
      const last = text[p];
      const shortLine = i - thisLineStart < 70;
      if (last && /[A-Za-z0-9)]/.test(last) && isUpper(text.charCodeAt(k)) && shortLine) push(i);
    }
  }
  push(text.length);
  return out;
}
