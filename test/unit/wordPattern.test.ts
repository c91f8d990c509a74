// Custom code patterns of the catalog: what is refused and why, that accepted patterns match
// exactly what JavaScript's own engine matches, and that matching stays linear in the text for the
// worst patterns accepted (nested quantifiers included), measured on 1 MB inputs.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyzeRelease } from '../../src/core/analyze';
import { catalogRecognition } from '../../src/core/catalog';
import { parseCatalog } from '../../src/core/catalogParser';
import { recognizeCatalogCodes } from '../../src/core/recognize/catalogCodes';
import { WordMatcher } from '../../src/core/text/wordAutomaton';
import { MAX_CODE_LENGTH, parseWordPattern, type ParsedPattern } from '../../src/core/text/wordPattern';
import { Words } from '../../src/core/text/words';

function parsed(source: string): ParsedPattern {
  const r = parseWordPattern(source);
  if (!r.ok) throw new Error(`${source}: ${r.reason}`);
  return r.pattern;
}

const matcher = (...sources: string[]) => new WordMatcher(sources.map(parsed));

/** Codes the patterns find in `text`. */
function codes(text: string, ...sources: string[]): string[] {
  return recognizeCatalogCodes(text, new Words(text), matcher(...sources)).map((c) => text.slice(c.start, c.end));
}

describe('code patterns: what is refused', () => {
  const refused: [string, RegExp][] = [
    ['(', /is not a valid regular expression \(Unterminated group\)/],
    ['a**', /is not a valid regular expression \(Nothing to repeat\)/],
    ['[a-', /is not a valid regular expression/],
    ['(a)\\1', /has a backreference \(\\1\)/],
    ['(?<x>a)\\k<x>', /has a backreference \(\\k<…>\)/],
    ['(?=A)\\w+', /has a lookahead/],
    ['(?!A)\\w+', /has a lookahead/],
    ['(?<=A)\\d+', /has a lookbehind/],
    ['(?<!A)\\d+', /has a lookbehind/],
    ['AB\\b', /word boundaries are implied/],
    ['A^B', /anchors are only allowed at its start and end/],
    ['A$B', /anchors are only allowed at its start and end/],
    ['\\p{Lu}\\d', /Unicode property escapes are not supported/],
    ['A\\c1', /has "\\c" without a control letter/],
    ['A\\01', /has an octal escape/],
    ['a*', /can match an empty word/],
    ['(?:AB)?', /can match an empty word/],
    ['A{33}', /needs more than 32 characters/],
    ['(?:[A-Z]{20}|[0-9]{20}){1,20}', /is too large \(it expands to 800 character positions, at most 256\)/],
    ['', /is empty/],
    ['A'.repeat(201), /is longer than 200 characters/],
  ];
  for (const [source, reason] of refused) {
    it(`refuses ${JSON.stringify(source.length > 40 ? `${source.slice(0, 40)}…` : source)}`, () => {
      const r = parseWordPattern(source);
      assert.equal(r.ok, false);
      assert.match((r as { reason: string }).reason, reason);
    });
  }

  it('accepts nested quantifiers and alternations, which the automaton runs in linear time', () => {
    for (const source of ['(a+)+$', '^(a|a)*b$', '(a|aa)+', '(?:\\w*){1,32}x', '(?<name>QX)-\\d{3}']) assert.equal(parseWordPattern(source).ok, true, source);
  });
});

describe('code patterns: matching', () => {
  it('finds whole words and hyphen- or space-joined runs, the longest match, never inside a word', () => {
    assert.deepEqual(codes('Dosing of ZK482-B and ZK17-Q began; XZK482-B is not one.', 'ZK\\d{2,3}-[A-Z]'), ['ZK482-B', 'ZK17-Q']);
    assert.deepEqual(codes('ZK482-B-loaded, ZK482-BC', 'ZK\\d{3}-[A-Z]'), ['ZK482-B']);
    assert.deepEqual(codes('the QB 1234 study and QB 12345', 'QB \\d{4}'), ['QB 1234']);
    assert.deepEqual(codes('QN47TX or QN47TXA', 'QN\\d{2}[A-Z]{2}', 'QN\\d{2}[A-Z]{3}'), ['QN47TX', 'QN47TXA']);
  });

  it('stops at a line break and after MAX_CODE_LENGTH characters', () => {
    assert.deepEqual(codes('AB\nCD', 'AB\\sCD'), []);
    assert.deepEqual(codes('AB CD', 'AB\\sCD'), ['AB CD']);
    const long = `X${'1'.repeat(MAX_CODE_LENGTH)}`;
    assert.deepEqual(codes(`${long} X${'1'.repeat(MAX_CODE_LENGTH - 1)}`, 'X\\d+'), [`X${'1'.repeat(MAX_CODE_LENGTH - 1)}`]);
  });

  it('matches a word exactly when JavaScript matches the whole word (random patterns and words)', () => {
    // Patterns from a grammar of the constructs accepted, over a small alphabet, against short words.
    const atom = fc.constantFrom('a', 'b', '1', '-', '[ab]', '[^a]', '\\d', '\\w', '.', '[a-b1]', '\\x61', '\\x6', '\\u0062', '\\-', '{', '}', ']');
    const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => a + b),
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
        fc.tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2}', '{0,2}', '{1,}', '*?')).map(([a, q]) => `(${a})${q}`),
      ),
    })).node;
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '1', '-'), maxLength: 9 });
    fc.assert(
      fc.property(pattern, fc.array(word, { minLength: 1, maxLength: 8 }), (source, words) => {
        const r = parseWordPattern(source);
        fc.pre(r.ok);
        const m = new WordMatcher([(r as { pattern: ParsedPattern }).pattern]);
        const native = new RegExp(`^(?:${source})$`);
        for (const w of words) {
          // A word ends at the end of the string; "-" is no letter or digit, so only whole strings compare.
          assert.equal(m.matchesWhole(w), native.test(w), `${source} on ${JSON.stringify(w)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

const MB = 1 << 20;
/** 1 MB inputs that make backtracking engines explode on the patterns below, and some that keep windows long. */
const INPUTS: Record<string, () => string> = {
  'aaaa…!': () => `${'a'.repeat(MB - 1)}!`,
  'a a a …': () => 'a '.repeat(MB / 2),
  'a-a-a…': () => 'a-'.repeat(MB / 2),
  '31 a, space, …': () => `${'a'.repeat(31)} `.repeat(MB / 32),
  'random a, b, space': () => {
    let seed = 7;
    let s = '';
    for (let i = 0; i < MB; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += 'ab '[seed % 3];
    }
    return s;
  },
};
/** The worst patterns accepted: catastrophic for backtracking, or with automata that thrash the state cache. */
const WORST = ['(a+)+$', '(a|a)*b', '(a|aa)+', '(?:\\w*){1,32}x', '\\w*\\w*\\w*\\w*\\w*\\w*\\w*\\w*z', '(?:[a -]|a)+b', '(a|b| )*a(a|b| ){20}', '[a -]{1,32}'];

/**
 * A backtracking engine would not finish these in a lifetime ((a+)+$ on 1 MB of "a…!" is 2^1048575
 * steps); the automaton takes well under a second each on an idle machine (README, Catalog). The
 * ceiling leaves room for a loaded machine; linearity is what the ratio checks.
 */
const LIMIT_MS = 8000;
const NOISE_FLOOR_MS = 15;

/** Time to try the automaton at every word start of `text` (the work recognition does, without building candidates). */
function timeScan(text: string, m: WordMatcher): number {
  const words = new Words(text);
  const started = performance.now();
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    const start = words.starts[k]!;
    if (start < next) continue;
    const end = m.matchAt(text, start);
    if (end > 0) next = end;
  }
  return performance.now() - started;
}

describe('code patterns: linear time on adversarial input (1 MB)', function () {
  this.timeout(120_000);
  const results: string[] = [];
  after(() => {
    console.log(`      slowest pattern × input (1 MB): ${results.sort((a, b) => Number(b.split(' ')[0]) - Number(a.split(' ')[0])).slice(0, 3).join('; ')}`);
  });

  for (const source of WORST) {
    it(`${source}: time(1 MB) / time(256 KB) < 8 on every input, and 1 MB well under ${LIMIT_MS / 1000} s`, () => {
      const m = matcher(source);
      for (const [name, make] of Object.entries(INPUTS)) {
        const text = make();
        const quarterText = text.slice(0, MB / 4);
        timeScan(text.slice(0, 64 * 1024), m); // warm up
        // Minimum of runs, and a floor below which timer and GC noise dominate (the machine may be shared).
        const quarter = Math.max(NOISE_FLOOR_MS, Math.min(timeScan(quarterText, m), timeScan(quarterText, m), timeScan(quarterText, m)));
        const full = Math.min(timeScan(text, m), timeScan(text, m));
        results.push(`${full.toFixed(0)} ms: ${source} on ${name}`);
        assert.ok(full < LIMIT_MS, `${source} on ${name}: ${full.toFixed(0)} ms for 1 MB`);
        assert.ok(full / quarter < 8, `${source} on ${name}: 256 KB ${quarter.toFixed(0)} ms, 1 MB ${full.toFixed(0)} ms`);
      }
    });
  }

  it('a whole analysis with the worst patterns a catalog accepts takes about as long as one without', () => {
    const { catalog, problems } = parseCatalog(JSON.stringify({ codePatterns: WORST }), '.release-lens.json');
    // Those matching ordinary words ("a") are refused by the catalog; the nested and thrashing ones are not.
    assert.deepEqual(problems.map((p) => p.path), ['codePatterns[0]', 'codePatterns[2]', 'codePatterns[7]']);
    const recognition = catalogRecognition(catalog)!;
    for (const name of ['aaaa…!', 'a a a …', 'a-a-a…']) {
      const text = INPUTS[name]!();
      const plain = Math.min(...[0, 1].map(() => time(() => analyzeRelease('x.release', text))));
      const pinned = Math.min(...[0, 1].map(() => time(() => analyzeRelease('x.release', text, { catalog: recognition }))));
      console.log(`      1 MB "${name}": analysis ${plain.toFixed(0)} ms, with ${catalog.codePatterns.length} of the patterns ${pinned.toFixed(0)} ms`);
      assert.ok(pinned < plain * 2 + 1000, `${name}: ${plain.toFixed(0)} ms without, ${pinned.toFixed(0)} ms with`);
    }
  });
});

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
