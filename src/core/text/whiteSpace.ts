/** White space other than single spaces: what `replace(/\s+/g, ' ')` would change. */
const SPACE_RUN = /[^\S ]| \s/;

/** `s` with each run of white space made one space; `s` itself when there is none to change. */
export function collapseSpaces(s: string): string {
  return SPACE_RUN.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** White space as `\s` in a regular expression and `String.prototype.trim` see it (line breaks included). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return isNonAsciiWhiteSpace(c);
}

/** isWhiteSpace beyond ASCII: apart, so that the copies of isWhiteSpace compiled into its many callers stay small. */
function isNonAsciiWhiteSpace(c: number): boolean {
  return c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Does text[start, end) hold anything but white space (is `text.slice(start, end).trim()` non-empty)? */
export function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (!isWhiteSpace(text.charCodeAt(p))) return true;
  return false;
}

/** A blank line between two paragraphs (CRLF or LF, spaces or tabs on it). */
export const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/;
