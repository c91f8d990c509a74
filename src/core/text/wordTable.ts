import { NON_ASCII, type Words } from './words';

/**
 * Fixed word lists looked up straight in the text, without slicing or case-converting a string per
 * word: recognizers ask them about most words of a release, and nearly all are misses, dismissed
 * by their first two characters and length, or after a character or two of a trie. Tables are
 * built on first use, so that loading the module costs nothing.
 */

/** `find` result for a word that holds a character outside ASCII: the table cannot say; ask the slow way. */
export const NOT_ASCII = -2;
/** `find` result for a word that is surely not in the table. */
export const ABSENT = -1;

/** The trie of a WordTable: dense transitions over the characters its keys use. */
class Trie {
  /** Symbol of each ASCII character in the keys (letters folded when case is ignored); -1 for the others. */
  readonly symbols = new Int8Array(128).fill(-1);
  readonly width: number;
  /** next[state * width + symbol]: the following state, 0 for none (state 0 is the root: never a target). */
  readonly next: Uint16Array;
  /** Index of the key that ends in each state, or -1. */
  readonly keyAt: Int32Array;
  /**
   * Whether some key starts with each pair of characters and has each length, the characters read
   * by their low five bits (which fold case and merge a few others) and lengths from 31 on as one:
   * see openingSlot. Most words are dismissed here, before the trie is walked.
   */
  readonly openings = new Uint8Array(32 * 32 * 32);

  constructor(keys: readonly string[], ignoreCase: boolean) {
    const fold = (c: number) => (ignoreCase && c >= 65 && c <= 90 ? c + 32 : c);
    let width = 0;
    for (const key of keys) {
      for (let k = 0; k < key.length; k++) {
        const c = fold(key.charCodeAt(k));
        if (c >= 128) throw new Error(`WordTable keys are ASCII: ${key}`);
        if (this.symbols[c] === -1) this.symbols[c] = width++;
      }
    }
    if (ignoreCase) for (let c = 65; c <= 90; c++) this.symbols[c] = this.symbols[c + 32]!;
    this.width = width;
    let states = 1;
    for (const key of keys) states += key.length;
    if (states > 0xffff) throw new Error('WordTable keys are too long together for 16-bit states');
    const next = new Uint16Array(states * width);
    const keyAt = new Int32Array(states).fill(-1);
    let used = 1;
    keys.forEach((key, index) => {
      this.openings[openingSlot(key, 0, key.length)] = 1;
      let state = 0;
      for (let k = 0; k < key.length; k++) {
        const slot = state * width + this.symbols[key.charCodeAt(k)]!;
        if (next[slot] === 0) next[slot] = used++;
        state = next[slot]!;
      }
      if (keyAt[state] === -1) keyAt[state] = index;
    });
    this.next = next.slice(0, used * width);
    this.keyAt = keyAt.slice(0, used);
  }
}

/** A fixed set of ASCII words, each found by its index in `keys`. */
export class WordTable {
  private trie: Trie | undefined;

  /**
   * `keys` are ASCII. With `ignoreCase`, ASCII letters match either case (as a lookup of the
   * lower-cased word would); otherwise a word must be spelt exactly as its key.
   */
  constructor(
    readonly keys: readonly string[],
    private readonly ignoreCase: boolean,
  ) {}

  /**
   * Index in `keys` of the word `text[start, end)` (the first such key), ABSENT, or NOT_ASCII when
   * the word holds any character outside ASCII: Unicode case mapping may then turn it into a key
   * ("ſ" upper-cases to "S"), which only the caller's own lookup can tell.
   */
  find(text: string, start: number, end: number): number {
    const trie = (this.trie ??= new Trie(this.keys, this.ignoreCase));
    if (trie.openings[openingSlot(text, start, end)] === 0) return hasNonAscii(text, start, end) ? NOT_ASCII : ABSENT;
    const { symbols, next, width } = trie;
    let state = 0;
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c >= 128) return NOT_ASCII;
      const symbol = symbols[c]!;
      state = symbol < 0 ? 0 : next[state * width + symbol]!;
      if (state === 0) return hasNonAscii(text, p + 1, end) ? NOT_ASCII : ABSENT;
    }
    return trie.keyAt[state]!;
  }

  /** `find` for a word the caller knows is ASCII (from Words flags): no check for other characters. */
  findAscii(text: string, start: number, end: number): number {
    const trie = (this.trie ??= new Trie(this.keys, this.ignoreCase));
    if (trie.openings[openingSlot(text, start, end)] === 0) return ABSENT;
    const { symbols, next, width } = trie;
    let state = 0;
    for (let p = start; p < end; p++) {
      const symbol = symbols[text.charCodeAt(p)]!;
      state = symbol < 0 ? 0 : next[state * width + symbol]!;
      if (state === 0) return ABSENT;
    }
    return trie.keyAt[state]!;
  }
}

/** The openings slot of `s[start, end)`: its first two characters' low five bits and its length. */
function openingSlot(s: string, start: number, end: number): number {
  const length = end - start;
  const first = length > 0 ? s.charCodeAt(start) & 31 : 0;
  const second = length > 1 ? s.charCodeAt(start + 1) & 31 : 0;
  return (first << 10) | (second << 5) | (length > 31 ? 31 : length);
}

function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (text.charCodeAt(p) >= 128) return true;
  return false;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Is every character of `s` ASCII (a possible WordTable key)? */
export function isAscii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

type Fold = 'none' | 'lower' | 'upper';

const applyFold = (w: string, fold: Fold) => (fold === 'upper' ? w.toUpperCase() : fold === 'lower' ? w.toLowerCase() : w);

/** What a WordMap looks words up in, built on first use. */
interface WordMapTables<V> {
  map: ReadonlyMap<string, V>;
  table: WordTable;
  /** The value of each key of `table`. */
  values: V[];
}

/**
 * A word list with values, looked up as `map.get(fold(word))` would be, with `fold` none, lower or
 * upper case: ASCII words are answered by a table straight from the text, others by the Map.
 */
export class WordMap<V> {
  private tables: WordMapTables<V> | undefined;

  /** `entries` may be given as a function, called on first use when making them costs something. */
  constructor(
    private readonly entries: readonly (readonly [string, V])[] | (() => readonly (readonly [string, V])[]),
    private readonly fold: Fold,
  ) {}

  getRange(text: string, start: number, end: number): V | undefined {
    const { map, table, values } = this.built();
    const found = table.find(text, start, end);
    if (found >= 0) return values[found];
    return found === NOT_ASCII ? map.get(applyFold(text.slice(start, end), this.fold)) : undefined;
  }

  get(word: string): V | undefined {
    return this.getRange(word, 0, word.length);
  }

  /** The value of word `k` of `words`. */
  getWord(words: Words, k: number): V | undefined {
    if (words.flags[k]! & NON_ASCII) return this.getRange(words.text, words.starts[k]!, words.ends[k]!);
    const { table, values } = this.built();
    const found = table.findAscii(words.text, words.starts[k]!, words.ends[k]!);
    return found >= 0 ? values[found] : undefined;
  }

  /** The tables; building them is a call of its own, so that code compiled for lookups leaves it out. */
  private built(): WordMapTables<V> {
    return this.tables ?? this.build();
  }

  private build(): WordMapTables<V> {
    const map = new Map(typeof this.entries === 'function' ? this.entries() : this.entries);
    // Only keys that are their own fold can equal a folded word; of those, ASCII words can only meet ASCII ones.
    const keys = [...map.keys()].filter((w) => isAscii(w) && w === applyFold(w, this.fold));
    return (this.tables = { map, table: new WordTable(keys, this.fold !== 'none'), values: keys.map((k) => map.get(k)!) });
  }
}

/** A Set of words looked up as `set.has(fold(word))` would be (see WordMap). */
export class FoldedWordSet {
  private map: WordMap<true> | undefined;

  constructor(
    private readonly words: Iterable<string>,
    private readonly fold: Fold,
  ) {}

  hasRange(text: string, start: number, end: number): boolean {
    return this.built().getRange(text, start, end) === true;
  }

  has(word: string): boolean {
    return this.hasRange(word, 0, word.length);
  }

  hasWord(words: Words, k: number): boolean {
    return this.built().getWord(words, k) === true;
  }

  private built(): WordMap<true> {
    return (this.map ??= new WordMap([...this.words].map((w) => [w, true] as const), this.fold));
  }
}
