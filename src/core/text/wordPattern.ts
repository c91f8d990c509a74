/**
 * Custom code patterns written by users (regular-expression source, JavaScript syntax, no flags),
 * parsed into a small syntax tree that `wordAutomaton.ts` runs as an automaton. Nothing here runs
 * the user's regular expression with a backtracking engine, so no pattern can take more than linear
 * time: constructs an automaton cannot express (backreferences, lookarounds, word boundaries) are
 * refused with a reason instead.
 */

/** Longest code a pattern may match, in UTF-16 code units; it bounds the work per word too. */
export const MAX_CODE_LENGTH = 32;
/** Longest pattern source accepted. */
export const MAX_PATTERN_SOURCE = 200;
/** Most character positions a pattern may expand to (`\d{3}` is three); keeps the automaton small. */
export const MAX_PATTERN_POSITIONS = 256;

export type CharTest = (c: number) => boolean;

export type PatternNode =
  | { type: 'char'; test: CharTest }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] }
  /** `max` is Infinity for `*`, `+` and `{n,}`. */
  | { type: 'repeat'; node: PatternNode; min: number; max: number }
  | { type: 'empty' };

export interface ParsedPattern {
  source: string;
  root: PatternNode;
}

export type PatternParse = { ok: true; pattern: ParsedPattern } | { ok: false; reason: string };

class PatternError extends Error {}

const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => isDigitCode(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A test for one character, by the engine's own reading of a one-character expression (a class, an escape). */
function nativeCharTest(source: string): CharTest {
  const re = new RegExp(`^(?:${source})$`);
  return (c) => re.test(String.fromCharCode(c));
}

/** Recursive descent over the JavaScript regular-expression grammar (without the `u` flag). */
class Parser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): PatternNode {
    if (this.src.startsWith('^')) this.pos = 1;
    const node = this.alternation();
    if (this.pos < this.src.length) throw new PatternError(`has an unexpected "${this.src[this.pos]}"`);
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') break;
      if (ch === '$' && this.pos === this.src.length - 1) {
        this.pos++; // a match ends at the end of a word anyway
        continue;
      }
      if (ch === '^' || ch === '$') throw new PatternError(`has "${ch}" inside; a pattern matches whole words, so anchors are only allowed at its start and end`);
      items.push(this.quantified(this.atom()));
    }
    return items.length === 0 ? { type: 'empty' } : items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private quantified(node: PatternNode): PatternNode {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.pos++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return node; // a literal "{" (JavaScript reads it so without the u flag)
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return node;
    if (this.peek() === '?') this.pos++; // lazy or greedy: the same words match
    if (this.peek() === '*' || this.peek() === '+' || this.peek() === '?' || /^\{\d/.test(this.src.slice(this.pos))) {
      throw new PatternError('has a quantifier right after another');
    }
    return { type: 'repeat', node, min, max };
  }

  private atom(): PatternNode {
    const start = this.pos;
    const ch = this.src[this.pos++]!;
    switch (ch) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass(start);
      case '.':
        return { type: 'char', test: (c) => !isLineTerminator(c) };
      case '\\':
        return this.escape(start);
      case '*':
      case '+':
      case '?':
        throw new PatternError(`has "${ch}" with nothing to repeat`);
      default: {
        const code = ch.charCodeAt(0);
        return { type: 'char', test: (c) => c === code };
      }
    }
  }

  private group(): PatternNode {
    if (this.peek() === '?') {
      const kind = this.src.slice(this.pos, this.pos + 3);
      if (kind.startsWith('?:')) this.pos += 2;
      else if (kind === '?<=' || kind === '?<!') throw new PatternError('has a lookbehind, which code patterns do not support');
      else if (kind.startsWith('?=') || kind.startsWith('?!')) throw new PatternError('has a lookahead, which code patterns do not support');
      else if (kind.startsWith('?<')) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new PatternError('has an unterminated group name');
        this.pos = close + 1;
      } else throw new PatternError('has an unknown group "(?"');
    }
    const node = this.alternation();
    if (this.peek() !== ')') throw new PatternError('has an unterminated group');
    this.pos++;
    return node;
  }

  private characterClass(start: number): PatternNode {
    let p = this.pos;
    if (this.src[p] === '^') p++;
    // "[]" and "[^]" are complete classes in JavaScript; elsewhere "]" ends the class.
    while (p < this.src.length && this.src[p] !== ']') p += this.src[p] === '\\' ? 2 : 1;
    if (p >= this.src.length) throw new PatternError('has an unterminated character class');
    this.pos = p + 1;
    return { type: 'char', test: nativeCharTest(this.src.slice(start, this.pos)) };
  }

  private escape(start: number): PatternNode {
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new PatternError('ends with "\\"');
    if (ch === 'c' && !/^[A-Za-z]$/.test(this.peek() ?? '')) throw new PatternError('has "\\c" without a control letter');
    switch (ch) {
      case 'd':
        return { type: 'char', test: isDigitCode };
      case 'D':
        return { type: 'char', test: (c) => !isDigitCode(c) };
      case 'w':
        return { type: 'char', test: isWordCode };
      case 'W':
        return { type: 'char', test: (c) => !isWordCode(c) };
      case 'b':
      case 'B':
        throw new PatternError(`has "\\${ch}"; a pattern matches whole words, so word boundaries are implied`);
      case 'k':
        if (this.peek() === '<') throw new PatternError('has a backreference (\\k<…>), which code patterns do not support');
        return { type: 'char', test: (c) => c === 107 };
      case 'p':
      case 'P':
        throw new PatternError(`has "\\${ch}{…}"; Unicode property escapes are not supported (patterns have no u flag)`);
      case 'x':
      case 'u':
      case 'c':
      case 's':
      case 'S':
      case 't':
      case 'n':
      case 'r':
      case 'v':
      case 'f':
      case '0': {
        if (ch === '0' && /^\d$/.test(this.peek() ?? '')) throw new PatternError('has an octal escape, which code patterns do not support');
        const len = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'c' ? 1 : 0;
        // "\x4" (too few hex digits) is "x" then "4" in JavaScript: only complete escapes take the digits.
        const digits = this.src.slice(this.pos, this.pos + len);
        if (ch === 'c' || (digits.length === len && /^[0-9A-Fa-f]*$/.test(digits))) this.pos += len;
        return { type: 'char', test: nativeCharTest(this.src.slice(start, this.pos)) };
      }
      default:
        if (ch >= '1' && ch <= '9') throw new PatternError(`has a backreference (\\${ch}), which code patterns do not support`);
        return { type: 'char', test: ((code) => (c: number) => c === code)(ch.charCodeAt(0)) };
    }
  }
}

/** Fewest characters a node can match (saturating at MAX_CODE_LENGTH + 1). */
export function minLength(node: PatternNode): number {
  const cap = MAX_CODE_LENGTH + 1;
  switch (node.type) {
    case 'char':
      return 1;
    case 'empty':
      return 0;
    case 'seq':
      return Math.min(cap, node.items.reduce((n, item) => n + minLength(item), 0));
    case 'alt':
      return Math.min(...node.options.map(minLength));
    case 'repeat':
      return Math.min(cap, node.min * minLength(node.node));
  }
}

/** Repetition counts that matter: no match is longer than MAX_CODE_LENGTH. */
export function clampRepeat(min: number, max: number): { min: number; max: number } {
  return { min: Math.min(min, MAX_CODE_LENGTH), max: Math.min(max, MAX_CODE_LENGTH) };
}

/** Character positions the automaton of a node has (copies of a repeated part counted). */
export function positionCount(node: PatternNode): number {
  switch (node.type) {
    case 'char':
      return 1;
    case 'empty':
      return 0;
    case 'seq':
      return node.items.reduce((n, item) => n + positionCount(item), 0);
    case 'alt':
      return node.options.reduce((n, option) => n + positionCount(option), 0);
    case 'repeat': {
      const { min, max } = clampRepeat(node.min, node.max);
      // "x{2,}" is two copies, the second one looping; "x{2,5}" is five.
      const copies = node.max === Infinity ? Math.max(min, 1) : max;
      return copies * positionCount(node.node);
    }
  }
}

/**
 * Parses a code pattern. Refuses, with a reason that reads after the quoted pattern ("has a
 * lookbehind, …"), what the engine cannot run in linear time or what cannot match a code.
 */
export function parseWordPattern(source: string): PatternParse {
  if (source.length === 0) return { ok: false, reason: 'is empty' };
  if (source.length > MAX_PATTERN_SOURCE) return { ok: false, reason: `is longer than ${MAX_PATTERN_SOURCE} characters` };
  try {
    // Compiling (never running) the expression checks its syntax with the engine's own messages.
    new RegExp(source);
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') : String(e);
    return { ok: false, reason: `is not a valid regular expression (${message})` };
  }
  let root: PatternNode;
  try {
    root = new Parser(source).parse();
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, reason: e.message };
    throw e;
  }
  const shortest = minLength(root);
  if (shortest === 0) return { ok: false, reason: 'can match an empty word' };
  if (shortest > MAX_CODE_LENGTH) return { ok: false, reason: `needs more than ${MAX_CODE_LENGTH} characters, the longest code matched` };
  const positions = positionCount(root);
  if (positions > MAX_PATTERN_POSITIONS) return { ok: false, reason: `is too large (it expands to ${positions} character positions, at most ${MAX_PATTERN_POSITIONS})` };
  return { ok: true, pattern: { source, root } };
}
