import * as assert from 'node:assert/strict';
import { recognizeAll } from '../../src/core/recognize/index';
import { ABSENT, FoldedWordSet, NOT_ASCII, WordMap, WordTable } from '../../src/core/text/wordTable';
import { FIRST_DIGIT, HAS_UPPER, HYPHEN_AFTER, HYPHEN_BEFORE, JOINER_AFTER, LONG_WORD, NON_ASCII, Words } from '../../src/core/text/words';

/** Words whose case mapping is unusual: long s and dotless i upper-case to ASCII, the Kelvin sign lower-cases to "k". */
const TRICKY = ['ſ', 'ı', 'K', 'İ', 'ﬀ', 'ß', 'α', 'Α'];

describe('word tables', () => {
  const table = new WordTable(['mid', 'first', 'Quarter', 'mid'], true);

  it('finds keys in the text without slicing, case ignored, the first of equal keys', () => {
    const text = 'in MID-2017, the First quarter';
    assert.equal(table.find(text, 3, 6), 0);
    assert.equal(table.find(text, 17, 22), 1);
    assert.equal(table.find(text, 23, 30), 2);
    assert.equal(table.findAscii(text, 23, 30), 2);
  });

  it('tells a miss from a word it cannot judge', () => {
    assert.equal(table.find('middle', 0, 6), ABSENT);
    assert.equal(table.find('mi', 0, 2), ABSENT);
    assert.equal(table.find('', 0, 0), ABSENT);
    // Outside ASCII, even where the trie would dismiss the word before reaching that character.
    assert.equal(table.find('mıd', 0, 3), NOT_ASCII);
    assert.equal(table.find('xyzα', 0, 4), NOT_ASCII);
    assert.equal(table.find('longer wordα', 0, 12), NOT_ASCII);
  });

  it('matches case exactly unless told to ignore it', () => {
    const exact = new WordTable(['US', 'Swiss'], false);
    assert.equal(exact.find('US', 0, 2), 0);
    assert.equal(exact.find('us', 0, 2), ABSENT);
    assert.equal(exact.find('SWISS', 0, 5), ABSENT);
  });

  it('refuses keys outside ASCII (when first asked, as tables are built on first use)', () => {
    assert.throws(() => new WordTable(['naïve'], true).find('naive', 0, 5));
  });

  const words = ['EGFR', 'egfr', 'Egfr', 'FRα', 'FRΑ', 'fra', 'Alliance', 'ALLIANCE', 'constructor', 'toString', 'k', 'K', 'KRAS', ...TRICKY];
  for (const fold of ['upper', 'lower', 'none'] as const) {
    it(`answers as Set.has(word ${fold === 'none' ? 'as is' : `to ${fold} case`}) would, outside ASCII too (${fold})`, () => {
      const keys = new Set(['EGFR', 'FRΑ', 'FRA', 'Alliance', 'k', 'KRAS', 'S', 'I', 'FF', 'ss', 'k', 'million']);
      const mapped = (w: string) => (fold === 'upper' ? w.toUpperCase() : fold === 'lower' ? w.toLowerCase() : w);
      const set = new FoldedWordSet(keys, fold);
      for (const w of [...words, ...[...keys].flatMap((k) => [k, k.toLowerCase(), k.toUpperCase()])]) {
        assert.equal(set.has(w), keys.has(mapped(w)), `${w}`);
        assert.equal(set.hasRange(`(${w})`, 1, w.length + 1), keys.has(mapped(w)), `${w} in text`);
      }
    });
  }

  it('maps words to values with own keys only (no Object.prototype names)', () => {
    const scales = new WordMap(Object.entries({ million: 6, M: 6, k: 3 }), 'lower');
    assert.equal(scales.get('MILLION'), 6);
    assert.equal(scales.get('K'), 3);
    assert.equal(scales.get('\u212a'), 3); // the Kelvin sign lower-cases to "k"
    assert.equal(scales.get('M'), undefined); // "M".toLowerCase() is "m", not a key
    assert.equal(scales.get('constructor'), undefined);
    assert.equal(scales.get('toString'), undefined);
  });
});

describe('word list', () => {
  it('marks hyphens and apostrophes around words', () => {
    const text = 'non-Hodgkin Crohn’s BMS‑986016 x';
    const words = new Words(text);
    const flagsOf = (w: string) => words.flags[[...Array(words.count).keys()].find((k) => words.word(k) === w)!]!;
    assert.ok(flagsOf('non') & HYPHEN_AFTER && flagsOf('non') & JOINER_AFTER);
    assert.ok(flagsOf('Hodgkin') & HYPHEN_BEFORE && !(flagsOf('Hodgkin') & HYPHEN_AFTER));
    assert.ok(flagsOf('Crohn') & JOINER_AFTER && !(flagsOf('Crohn') & HYPHEN_AFTER));
    // A non-breaking hyphen joins code parts but no phrase words.
    assert.ok(flagsOf('BMS') & HYPHEN_AFTER && !(flagsOf('BMS') & JOINER_AFTER));
    assert.ok(!(flagsOf('986016') & HYPHEN_BEFORE));
    assert.equal(flagsOf('x') & (HYPHEN_AFTER | JOINER_AFTER | HYPHEN_BEFORE), 0);
  });

  it('finds every word of texts dense with short words (its room grows)', () => {
    for (const text of ['a b c d e f g h', 'x'.repeat(3), 'a '.repeat(5000), 'é-1 Ω2,'.repeat(700) + 'z', '1 2 3 ']) {
      const words = new Words(text);
      const expected = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => [m.index, m.index + m[0].length]);
      assert.deepEqual([...Array(words.count).keys()].map((k) => [words.starts[k], words.ends[k]]), expected);
    }
  });

  it('marks numbers and long words by flags', () => {
    const text = 'In 2017, Étienne paid $25 to EGFR 3rd-party x2';
    const words = new Words(text);
    const withFlag = (flag: number) => [...Array(words.count).keys()].filter((k) => words.flags[k]! & flag).map((k) => words.word(k));
    assert.deepEqual(withFlag(FIRST_DIGIT), ['2017', '25', '3rd']);
    assert.deepEqual(withFlag(LONG_WORD), ['Étienne']);
    assert.deepEqual(withFlag(HAS_UPPER | NON_ASCII), ['In', 'Étienne', 'EGFR']);
    assert.deepEqual(withFlag(HYPHEN_AFTER), ['3rd']);
  });
});

describe('recognizers and Object.prototype names', () => {
  const kinds = (text: string) => recognizeAll({ text }).map((c) => [c.kind, text.slice(c.start, c.end), c.value]);

  it('takes no prototype name for an exchange, a scale or a currency', () => {
    assert.deepEqual(kinds('Shares trade (constructor: ABC) today.'), []);
    assert.deepEqual(kinds('It paid $5 constructor fees.'), [['money', '$5', 5]]);
    assert.deepEqual(kinds('We raised 25 toString there.'), []);
  });
});
