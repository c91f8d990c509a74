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

/** The word of letters and hyphens from `start`, no longer than a short name; '' where a letter or digit goes on. */
function wordFrom(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start <= 13 && (isLetter(codeAt(text, end)) || codeAt(text, end) === 45)) end++;
  return isWordChar(codeAt(text, end)) ? '' : text.slice(start, end);
}

/** The same, ending at `end`. */
function wordBefore(text: string, end: number): { start: number; word: string } {
  let start = end;
  while (start > 0 && end - start <= 13 && (isLetter(codeAt(text, start - 1)) || codeAt(text, start - 1) === 45)) start--;
  return { start, word: isWordChar(codeAt(text, start - 1)) ? '' : text.slice(start, end) };
}

/** Is the `length` characters at `at` a whole word, with no letter, digit or hyphen on either side? */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = codeAt(text, at - 1);
  const after = codeAt(text, at + length);
  return !isWordChar(before) && before !== 45 && !isWordChar(after) && after !== 45;
}

/** The short names of the generic names `drugNames` (recognizeDrugNames), and their other mentions. */
export function recognizeShortNames(text: string, drugNames: Candidate[]): Candidate[] {
  // Each short name, by where it stands beside its generic name.
  const found = new Map<string, number>();
  const take = (short: string, generic: string, at: number) => {
    if (shortens(short, generic) && !found.has(short)) found.set(short, at);
  };
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
      if (closed) take(short, generic, at);
    }
    // "Teliso-V (telisotuzumab vedotin": the short name first.
    let before = name.start;
    if (codeAt(text, before - 1) === 40) {
      before--;
      while (codeAt(text, before - 1) === 32) before--;
      const { start, word } = wordBefore(text, before);
      take(word, generic, start);
    }
    if (found.size >= MAX_SHORT_NAMES) break;
  }
  const out: Candidate[] = [];
  for (const [short, first] of found) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (at !== first && standsAlone(text, at, short.length)) out.push({ kind: 'drug-code', start: at, end: at + short.length, value: short });
    }
    out.push({ kind: 'drug-code', start: first, end: first + short.length, value: short });
  }
  return out;
}
