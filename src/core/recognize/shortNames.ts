import { codeAt, isLetter, isWordChar } from '../text/chars';
import type { Candidate } from './candidate';

/**
 * Short names made of a two-word generic name's own letters, the way companies shorten antibody–drug
 * conjugates: "Rova-T" (rovalpituzumab tesirine), "Teliso-V" (telisotuzumab vedotin), "UpRi"
 * (upifitamab rilsodotin). Taken beside the generic name, in the brackets after it or right before
 * its brackets, then wherever else the release writes them. Read as drug codes, as "T-DM1" is.
 */
const SHORT_NAME = /^([A-Z][a-z]{1,7})(?:-([A-Z][A-Za-z]{0,3})|([A-Z][a-z]{1,3}))$/;
/** What closes a short name in brackets: the bracket, or the next name's separator. */
const CLOSES = new Set([41, 44, 59]);
/** At most this many short names are looked for again through the text, so the search stays linear. */
const MAX_SHORT_NAMES = 8;

/** Does `short`'s two parts start the generic name's two words ("Rova" "T" of "rovalpituzumab tesirine")? */
function shortens(short: string, generic: string): boolean {
  const m = SHORT_NAME.exec(short);
  const words = generic.split(' ');
  if (!m || words.length !== 2) return false;
  const first = m[1]!.toLowerCase();
  const second = (m[2] ?? m[3]!).toLowerCase();
  return first.length >= 2 && words[0]!.startsWith(first) && words[0]!.length > first.length && words[1]!.startsWith(second);
}

/** The word (letters and hyphens) at [start, …) or ending at `end`, within a short name's length. */
function wordFrom(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start <= 13 && (isLetter(codeAt(text, end)) || codeAt(text, end) === 45)) end++;
  return isWordChar(codeAt(text, end)) ? '' : text.slice(start, end);
}
function wordBefore(text: string, end: number): { start: number; word: string } {
  let start = end;
  while (start > 0 && end - start <= 13 && (isLetter(codeAt(text, start - 1)) || codeAt(text, start - 1) === 45)) start--;
  return { start, word: isWordChar(codeAt(text, start - 1)) ? '' : text.slice(start, end) };
}

/** The short names of the generic names `drugNames` (recognizeDrugNames), and their other mentions. */
export function recognizeShortNames(text: string, drugNames: Candidate[]): Candidate[] {
  const found = new Map<string, Candidate[]>();
  for (const name of drugNames) {
    const generic = String(name.value);
    if (!generic.includes(' ')) continue;
    // "rovalpituzumab tesirine (Rova-T)", "(upifitamab rilsodotin, UpRi)".
    const open = codeAt(text, name.end) === 32 ? name.end + 1 : name.end;
    const comma = codeAt(text, name.end) === 44;
    if (codeAt(text, open) === 40 || (comma && codeAt(text, name.end + 1) === 32)) {
      const at = comma ? name.end + 2 : open + 1;
      const short = wordFrom(text, at);
      // After a comma, the short name ends the brackets: "(upifitamab rilsodotin, UpRi)".
      const closed = comma ? codeAt(text, at + short.length) === 41 : CLOSES.has(codeAt(text, at + short.length));
      if (closed && shortens(short, generic) && !found.has(short)) found.set(short, [{ kind: 'drug-code', start: at, end: at + short.length, value: short }]);
    }
    // "Teliso-V (telisotuzumab vedotin": the short name first.
    let before = name.start;
    if (codeAt(text, before - 1) === 40) {
      before--;
      while (codeAt(text, before - 1) === 32) before--;
      const { start, word } = wordBefore(text, before);
      if (shortens(word, generic) && !found.has(word)) found.set(word, [{ kind: 'drug-code', start, end: before, value: word }]);
    }
    if (found.size >= MAX_SHORT_NAMES) break;
  }
  if (found.size === 0) return [];
  const out: Candidate[] = [];
  for (const [short, [first]] of found) {
    // Every other mention of the short name, as a whole word.
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (at === first!.start || isWordChar(codeAt(text, at - 1)) || codeAt(text, at - 1) === 45 || isWordChar(codeAt(text, at + short.length)) || codeAt(text, at + short.length) === 45) continue;
      out.push({ kind: 'drug-code', start: at, end: at + short.length, value: short });
    }
    out.push(first!);
  }
  return out;
}
