import { isWordChar } from './chars';
import { clampRepeat, MAX_CODE_LENGTH, type CharTest, type ParsedPattern, type PatternNode } from './wordPattern';

/**
 * Runs parsed code patterns as one automaton. Each character of a word costs one step whatever
 * the pattern (nested quantifiers included), because the automaton tracks all ways to match at
 * once instead of trying them one after another: a word of at most MAX_CODE_LENGTH characters
 * is at most MAX_CODE_LENGTH steps, so matching is linear in the text.
 *
 * The automaton is Glushkov's (one state per character position of the pattern, no empty moves);
 * the sets of positions it can be in are cached as deterministic states on first use.
 */

interface Fragment {
  nullable: boolean;
  first: number[];
  last: number[];
}

/** Collects positions (one per character test) and which position may follow which. */
class GlushkovBuilder {
  readonly tests: CharTest[] = [];
  readonly follow: number[][] = [];

  build(node: PatternNode): Fragment {
    switch (node.type) {
      case 'char': {
        const p = this.tests.length;
        this.tests.push(node.test);
        this.follow.push([]);
        return { nullable: false, first: [p], last: [p] };
      }
      case 'empty':
        return { nullable: true, first: [], last: [] };
      case 'seq':
        return this.sequence(node.items.map((item) => this.build(item)));
      case 'alt': {
        const parts = node.options.map((option) => this.build(option));
        return { nullable: parts.some((f) => f.nullable), first: parts.flatMap((f) => f.first), last: parts.flatMap((f) => f.last) };
      }
      case 'repeat': {
        const { min, max } = clampRepeat(node.min, node.max);
        const parts: Fragment[] = [];
        if (node.max === Infinity) {
          // x{2,}: one required copy, then a copy that loops back on itself (optional when min is 0).
          for (let i = 0; i < Math.max(min, 1); i++) parts.push(this.build(node.node));
          const loop = parts[parts.length - 1]!;
          this.link(loop.last, loop.first);
          if (min === 0) parts[0] = { ...loop, nullable: true };
        } else {
          for (let i = 0; i < max; i++) {
            const copy = this.build(node.node);
            parts.push(i < min ? copy : { ...copy, nullable: true });
          }
        }
        return this.sequence(parts);
      }
    }
  }

  private sequence(parts: Fragment[]): Fragment {
    let acc: Fragment = { nullable: true, first: [], last: [] };
    for (const f of parts) {
      this.link(acc.last, f.first);
      acc = {
        nullable: acc.nullable && f.nullable,
        first: acc.nullable ? [...acc.first, ...f.first] : acc.first,
        last: f.nullable ? [...acc.last, ...f.last] : f.last,
      };
    }
    return acc;
  }

  private link(from: number[], to: number[]): void {
    for (const p of from) for (const q of to) this.follow[p]!.push(q);
  }
}

interface DfaState {
  /** Positions the automaton is in; undefined for the state before the first character. */
  positions: Uint32Array | undefined;
  accepting: boolean;
  /** Cached moves by character code; null where no position can go on. */
  next: Map<number, DfaState | null>;
}

/** Bounds of the caches: beyond them they are emptied and rebuilt as needed (time stays linear). */
const MAX_DFA_STATES = 4096;
const MAX_CHAR_MASKS = 4096;

export class WordMatcher {
  private readonly tests: CharTest[];
  private readonly width: number;
  private readonly follow: Uint32Array[];
  private readonly first: Uint32Array;
  private readonly last: Uint32Array;
  private readonly states = new Map<string, DfaState>();
  private readonly masks = new Map<number, Uint32Array>();
  private start: DfaState;

  constructor(patterns: readonly ParsedPattern[]) {
    const builder = new GlushkovBuilder();
    const root = builder.build(patterns.length === 1 ? patterns[0]!.root : { type: 'alt', options: patterns.map((p) => p.root) });
    this.tests = builder.tests;
    this.width = Math.max(1, Math.ceil(this.tests.length / 32));
    this.first = this.bits(root.first);
    this.last = this.bits(root.last);
    this.follow = builder.follow.map((f) => this.bits(f));
    this.start = this.newStart();
  }

  /** Number of character positions (states of the automaton). */
  get size(): number {
    return this.tests.length;
  }

  /**
   * End offset of the longest match that starts at `start` and ends where a word ends (the next
   * character is no letter or digit), at most MAX_CODE_LENGTH characters on one line; -1 if none.
   */
  matchAt(text: string, start: number): number {
    let state = this.start;
    let best = -1;
    const limit = Math.min(text.length, start + MAX_CODE_LENGTH);
    for (let i = start; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      let next = state.next.get(c);
      if (next === undefined) {
        next = this.step(state, c);
        state.next.set(c, next);
      }
      if (next === null) break;
      state = next;
      if (state.accepting && !isWordChar(text.charCodeAt(i + 1))) best = i + 1;
    }
    return best;
  }

  /** Does the whole of `word` match? */
  matchesWhole(word: string): boolean {
    return word.length > 0 && this.matchAt(word, 0) === word.length;
  }

  private newStart(): DfaState {
    return { positions: undefined, accepting: false, next: new Map() };
  }

  private bits(positions: number[]): Uint32Array {
    const out = new Uint32Array(this.width);
    for (const p of positions) out[p >>> 5] |= 1 << (p & 31);
    return out;
  }

  private charMask(c: number): Uint32Array {
    let mask = this.masks.get(c);
    if (!mask) {
      if (this.masks.size >= MAX_CHAR_MASKS) this.masks.clear();
      mask = new Uint32Array(this.width);
      for (let p = 0; p < this.tests.length; p++) if (this.tests[p]!(c)) mask[p >>> 5] |= 1 << (p & 31);
      this.masks.set(c, mask);
    }
    return mask;
  }

  private step(state: DfaState, c: number): DfaState | null {
    const mask = this.charMask(c);
    const out = new Uint32Array(this.width);
    if (!state.positions) out.set(this.first);
    else {
      for (let w = 0; w < this.width; w++) {
        let word = state.positions[w]!;
        while (word !== 0) {
          const low = word & -word;
          const p = (w << 5) | (31 - Math.clz32(low));
          word ^= low;
          const f = this.follow[p]!;
          for (let k = 0; k < this.width; k++) out[k] |= f[k]!;
        }
      }
    }
    let any = 0;
    let accepting = 0;
    for (let w = 0; w < this.width; w++) {
      out[w] &= mask[w]!;
      any |= out[w]!;
      accepting |= out[w]! & this.last[w]!;
    }
    if (any === 0) return null;
    let key = '';
    for (let w = 0; w < this.width; w++) key += String.fromCharCode(out[w]! & 0xffff, out[w]! >>> 16);
    let found = this.states.get(key);
    if (!found) {
      if (this.states.size >= MAX_DFA_STATES) {
        this.states.clear();
        this.start = this.newStart();
      }
      found = { positions: out, accepting: accepting !== 0, next: new Map() };
      this.states.set(key, found);
    }
    return found;
  }
}
