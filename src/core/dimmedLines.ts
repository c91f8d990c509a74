/**
 * The lines the grammar (syntaxes/release.tmLanguage.json, from scripts/build-grammar.mjs) dims:
 * forward-looking boilerplate, from a line with a typical phrase to the next blank line, heading or
 * contact line, and contact lines. The grammar dims drug codes there too, so semantic colouring
 * leaves names on these lines alone. The patterns are the grammar's, ported from Oniguruma to
 * JavaScript (its case-insensitive groups spelled out); a unit test checks them against the grammar.
 * Every pattern is anchored at the line start with bounded repetition, so each line costs O(length).
 */
import { once } from './once';

/** Spells a pattern fragment case-insensitively, letter by letter, leaving escapes and classes alone. */
function ci(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + source[++i]!;
    } else if (ch === '[') {
      const end = source.indexOf(']', i + 1);
      out += source.slice(i, end + 1);
      i = end;
    } else if (/[a-z]/i.test(ch)) {
      out += `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The patterns, compiled when first used rather than when the module loads. */
const patterns = once(() => {
  const LINE_START = String.raw`^[ \t]{0,8}`;
  const LINE_END = String.raw`[ \t]{0,4}:?[ \t]{0,8}$`;
  const FIXED_HEADINGS = ci(
    String.raw`(?:(?:financial|operating)\s(?:results|highlights)|forward[\-\u2010\u2011\s]looking\sstatements|cautionary\s(?:note|statement)s?(?:\s(?:regarding|concerning|about|on)\sforward[\-\u2010\u2011\s]looking\sstatements)?|safe\sharbor(?:\sstatement)?|contacts?|contact\sinformation|(?:investors?|media|press)(?:\s(?:and|&)\s(?:investors?|media))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|references|conference\scall(?:\s(?:and|&)\swebcast)?(?:\s(?:information|details))?|webcast(?:\s(?:information|details))?|notes?\sto\seditors|source|disclaimer|for\simmediate\srelease)`,
  );
  const ABOUT_HEADING = String.raw`${ci('about')}\s(?:${ci('(?:the|our)')}\s)?[\p{Lu}“"(][^\s]{0,60}(?:\s(?:[\p{Lu}\p{N}&(“"\u2013\u2014\-][^\s]{0,60}|of|and|for|in|with|the|a|an|to|on|at|by|vs\.?|or|as)){0,12}`;
  const TITLE_HEADING = String.raw`(?:[\p{Lu}\p{N}][^\s]{0,30}\s(?:(?:and|of|for|the|in|to|&|on|with)\s){0,2}){1,8}${ci('(?:results|highlights|updates?|overview|outlook|guidance|milestones|summary)')}`;
  const HEADING_LINE = new RegExp(`${LINE_START}(?:${FIXED_HEADINGS}|${ABOUT_HEADING}|${TITLE_HEADING})${LINE_END}`, 'u');
  const CONTACT_LABEL = ci(
    String.raw`(?:(?:investors?|media|press|company|corporate|business\sdevelopment|ir|pr)(?:\s(?:and|&)\s(?:media|investors?))?(?:\s(?:contacts?|relations|inquiries|enquiries))?|contacts?|tel|telephone|phone|mobile|cell|office|fax|e-?mail)`,
  );
  const CONTACT_LINE = new RegExp(`${LINE_START}${CONTACT_LABEL}[ \\t]?:[ \\t]{0,8}\\S`, 'u');
  const BOILERPLATE_PHRASE = new RegExp(
    ci(
      String.raw`(?:forward[\-\u2010\u2011\s]looking\s(?:statements?|information)|private\ssecurities\slitigation\sreform\sact|risks\sand\suncertainties|undue\sreliance|safe[\-\s]harbor|actual\sresults\s(?:may|could|might)\sdiffer|speaks?\sonly\sas\sof|undertakes?\sno\s(?:duty|obligation)|disclaims?\sany\s(?:duty|obligation))`,
    ),
    'u',
  );
  return { HEADING_LINE, CONTACT_LINE, BOILERPLATE_PHRASE };
});
const BLANK_LINE = /^[ \t]{0,1000}$/;
/** The grammar looks for a phrase starting within a line's first 5,000 characters. */
const PHRASE_WINDOW = 5000;
const LONGEST_PHRASE = 60;

const startsBoilerplate = (line: string) => {
  const m = patterns().BOILERPLATE_PHRASE.exec(line.length > PHRASE_WINDOW ? line.slice(0, PHRASE_WINDOW + LONGEST_PHRASE) : line);
  return !!m && m.index <= PHRASE_WINDOW;
};

/** For each line (0-based; CRLF, LF and CR alike), whether the grammar dims it. */
export function dimmedLines(text: string): boolean[] {
  const { HEADING_LINE, CONTACT_LINE } = patterns();
  const lines = text.split(/\r\n|\r|\n/);
  const dimmed = new Array<boolean>(lines.length).fill(false);
  let inBoilerplate = false;
  lines.forEach((line, k) => {
    // The block's end is looked for at each line start; the line is then read as any other.
    if (inBoilerplate && (BLANK_LINE.test(line) || HEADING_LINE.test(line) || CONTACT_LINE.test(line))) inBoilerplate = false;
    if (inBoilerplate) {
      dimmed[k] = true;
      return;
    }
    // Headings come first in the grammar ("Forward-Looking Statements" is a heading, not boilerplate);
    // the costlier heading pattern is tried only on lines that would otherwise be dimmed.
    const phrase = startsBoilerplate(line);
    if ((phrase || CONTACT_LINE.test(line)) && !HEADING_LINE.test(line)) {
      dimmed[k] = true;
      inBoilerplate = phrase;
    }
  });
  return dimmed;
}
