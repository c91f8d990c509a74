import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompanyNames, findCompanies } from '../../src/core/programs/companies';
import { recognizeAll } from '../../src/core/recognize/index';
import { issuerShortName, KNOWN_COMPANIES, withoutTails } from '../../src/core/programs/companyNames';
import { MODALITIES, modalityWords } from '../../src/core/programs/modality';
import { isBlank, isLineBreak, isUpper } from '../../src/core/text/chars';
import { ABBREVIATIONS, splitSentences, type SentenceSpan } from '../../src/core/text/sentences';
import { ALL_CUES, cueMatches, GATE, GATE_WORDS, GateMatches } from '../../src/core/transactions';
import { ANY_CUE, cueFamilies, findCues } from '../../src/core/milestones';
import { AGREEMENT_CUE, EXCLUSIVE_CUE, PARTNER_CUE } from '../../src/core/programs/dealCues';

/**
 * The readers of a release avoid slow searches: they look for a quick sign first, search only parts
 * of the text, or reuse what a search of the whole text found. Each shortcut must give exactly what
 * the plain search gives; these tests hold each one against the plain search it replaces.
 */

/** A small seeded random generator, so that failures can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** Texts of `count` words drawn from `words`, joined by assorted separators, words in assorted case. */
function soups(seed: number, count: number, words: string[], maxWords = 25): string[] {
  const rnd = random(seed);
  const separators = [' ', ' ', ' ', '  ', '\n', '\n\n', '-', '', ', ', '. ', '_', '1', '\t', '\u00a0'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = 1 + rnd(maxWords); k > 0; k--) {
      const w = words[rnd(words.length)]!;
      text += [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)][rnd(3)] + separators[rnd(separators.length)];
    }
    out.push(text);
  }
  return out;
}

/** The words a regular expression's source spells out, as material for texts it matches. */
const wordsOf = (re: RegExp) => [...new Set(re.source.replace(/\\[bswdSWD]/g, ' ').match(/[A-Za-z&'’-]{2,}/g) ?? [])];

function fixtureTexts(): string[] {
  const root = path.resolve(__dirname, '../../..');
  const out: string[] = [];
  for (const dir of ['samples', 'test/workspace']) {
    for (const f of fs.readdirSync(path.join(root, dir), { recursive: true }) as string[]) {
      if (/\.(?:release|txt)$/.test(f)) out.push(fs.readFileSync(path.join(root, dir, f), 'utf8'));
    }
  }
  return out;
}

const allMatches = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return Array.from(text.matchAll(re), (m) => `${m.index}:${m[0]}`);
};

describe('search shortcuts give what the plain searches give', () => {
  const fixtures = fixtureTexts();

  it('finds the fixtures', () => assert.ok(fixtures.length >= 8, `${fixtures.length} fixtures`));

  it('transaction cues: ALL_CUES tried only where a cue word starts', () => {
    const phrases = [
      'initial public offering', 'follow-on public offering', 'awarded a grant', 'awarded an SBIR grant', 'aggregate deal value', 'exercised its option',
      'exercise its exclusive option to license', 'in new funding', 'R&D funding', 'up-front', 'at-the-market', 'priced at-the-market under', 'non-dilutive funding',
      "placement agent's fees", 'net proceeds', 'net loss', 'Series B financing', 'seed round', 'term loan', 'gross proceeds', 'stock options', 'options to purchase additional',
    ];
    const texts = [...fixtures, ...soups(1, 20000, [...wordsOf(ALL_CUES), ...phrases, 'the', 'x', 'in', 'at', 'to', 'an', 'up', '$5'])];
    let withCues = 0;
    for (const text of texts) {
      const plain = allMatches(ALL_CUES, text);
      if (plain.length) withCues++;
      assert.deepEqual(cueMatches(text).map((m) => `${m.index}:${m[0]}`), plain, JSON.stringify(text));
    }
    assert.ok(withCues > texts.length / 2, `${withCues} of ${texts.length} texts have cues`);
  });

  it('transaction gate: a search restarted before each sentence finds the matches of one search of the whole text', () => {
    const rnd = random(2);
    const texts = [...fixtures, ...soups(3, 5000, [...wordsOf(GATE), 'expected', 'to', 'and', 'x', 'Acme'], 60)];
    for (const text of texts) {
      const starts = allMatches(GATE, text).map((m) => Number(m.split(':')[0]));
      const gate = new GateMatches(text);
      let from = 0;
      while (from < text.length) {
        const to = Math.min(text.length, from + 1 + rnd(120));
        // Some stretches are never asked about, as boilerplate sentences are not.
        if (rnd(3)) assert.equal(gate.startsIn(from, to), starts.some((s) => s >= from && s < to), `${JSON.stringify(text)} [${from}, ${to})`);
        from = to;
      }
    }
  });

  it('transaction gate: tried only where a word opens as a gate word, it finds every match, words with other letters too', () => {
    const rnd = random(12);
    // The gate words as spelt in GATE_WORDS (GATE itself has them grouped), glued to letters outside ASCII now and then.
    const plain = wordsOf(new RegExp(GATE_WORDS.join('|')));
    const words = [...plain, ...plain.map((w) => `é${w}`), 'R&D funding', 'at the market', 'up-front', 'led by', 'ATMs', 'x', 'and', '_seed'];
    for (const text of soups(13, 3000, words, 30)) {
      const starts = allMatches(GATE, text).map((m) => Number(m.split(':')[0]));
      const gate = new GateMatches(text);
      for (let from = 0; from < text.length; ) {
        const to = Math.min(text.length, from + 1 + rnd(60));
        assert.equal(gate.startsIn(from, to), starts.some((s) => s >= from && s < to), `${JSON.stringify(text)} [${from}, ${to})`);
        from = to;
      }
    }
  });

  it('transaction gate: GATE grouped by first letter matches what the plain list of its words matches', () => {
    const plain = new RegExp(`\\b(?:${GATE_WORDS.join('|')})`, 'gi');
    assert.notEqual(GATE.source, plain.source);
    const texts = [...fixtures, ...soups(4, 5000, [...wordsOf(plain), 'expected', 'to', 'x', 'R&D', 'at-the-market'])];
    for (const text of texts) assert.deepEqual(allMatches(GATE, text), allMatches(plain, text), JSON.stringify(text));
  });

  it('milestone cues: the finders a sentence calls for find what every finder finds after ANY_CUE', () => {
    const phrases = [
      'top line data', 'topline results', 'late-breaking abstract', 'ASCO', 'Annual Meeting', 'positive opinion', 'target action date', 'Orphan Drug designation',
      'Fast Track status', 'priority review', 'Biologics License Application', 'New Drug Application', 'first patient dosed', 'initiated dosing', 'enrolled',
      'IND', 'CTA', 'Investigational New Drug', 'cleared', 'submitted', 'FDA', 'approved', 'license agreement', 'collaboration', 'entered', 'acquisition', 'indication', 'oral',
    ];
    const texts = [...fixtures.flatMap((t) => t.split(/(?<=\.)\s+/)), ...soups(5, 20000, [...wordsOf(ANY_CUE), ...phrases, 'the', 'x', 'of', 'in', '2025'], 14)];
    let withCues = 0;
    for (const sentence of texts) {
      const everyFinder = ANY_CUE.test(sentence) ? findCues(sentence, ~0) : [];
      const families = cueFamilies(sentence);
      const called = families ? findCues(sentence, families) : [];
      if (everyFinder.length) withCues++;
      assert.deepEqual(called, everyFinder, JSON.stringify(sentence));
    }
    assert.ok(withCues > texts.length / 4, `${withCues} of ${texts.length} sentences have cues`);
  });

  it('program deals: without a partner cue, the agreement cue is "exclusive" alone', () => {
    const texts = [...fixtures, ...soups(6, 20000, [...wordsOf(AGREEMENT_CUE), ...wordsOf(PARTNER_CUE), 'exclusively', 'nonexclusive', 'x', 'the'], 8)];
    let agreements = 0;
    for (const text of texts) {
      if (PARTNER_CUE.test(text)) continue;
      if (AGREEMENT_CUE.test(text)) agreements++;
      assert.equal(AGREEMENT_CUE.test(text), EXCLUSIVE_CUE.test(text), JSON.stringify(text));
    }
    assert.ok(agreements > 100, `${agreements} texts with an agreement cue and no partner cue`);
  });

  it('modality words: each modality pattern tried only where a modality word starts', () => {
    const words = [...new Set(MODALITIES.flatMap(([re]) => wordsOf(re))), 'antibody-drug conjugate', 'CAR-T cell therapy', 'T-cell engager', 'monoclonal antibody', 'x', 'the', 'T'];
    for (const text of [...fixtures, ...soups(4, 20000, words, 12)]) {
      const plain = MODALITIES.flatMap(([re, modality]) => allMatches(new RegExp(re.source, re.flags.replace('y', 'g')), text).map((m) => `${modality}@${m.split(':')[0]}`));
      assert.deepEqual(modalityWords(text).map((w) => `${w.modality}@${w.index}`), plain, JSON.stringify(text));
    }
  });

  it('company names: what a search of the whole release finds, taken sentence by sentence', () => {
    const words = ['argenx', 'Alpha', 'Beta', 'Bio', 'Inc.', 'Inc', 'Therapeutics', 'Group', 'The', 'A', 'x', 'iPhone', 'N.V.', 'Co.', 'Ltd', 'Pharma.', ',', 'and', 'Ölz', 'Eli', 'Lilly', 'Pfizer', 'Johnson & Johnson', 'Merck9', '_Roche', 'Roche', 'Halcyon', '(', 'Biotech', 'Al𝒜der', '𝒜', 'éPfizeréRoche', 'ÖLilly', 'Rocheß', 'Roche_', '3Roche', 'Eli Lillyé', 'Bristol-Myers Squibb', 'xargenx'];
    const rnd = random(5);
    for (const text of [...fixtures, ...soups(6, 5000, words, 50)]) {
      const issuer = ['Alpha Bio, Inc.', 'Pfizer Inc.', undefined][rnd(3)];
      const known = rnd(2) ? ['Halcyon Bio', 'Beta Group', 'Eli Lilly'] : [];
      const names = new CompanyNames(text, issuer);
      // known() is the search's first names, less those that end another one but the issuer's (withoutTails, tested in programs.test.ts).
      assert.deepEqual(names.known(), withoutTails(referenceFindCompanies(text, issuer).slice(0, 50).map((c) => c.name), issuer && issuerShortName(issuer)));
      assert.deepEqual(findCompanies(text, issuer, known), referenceFindCompanies(text, issuer, known));
      for (let k = 0; k < 4; k++) {
        const lo = rnd(text.length + 1);
        const hi = lo + rnd(text.length - lo + 1);
        assert.deepEqual(names.find(lo, hi, known), referenceFindCompanies(text.slice(lo, hi), issuer, known), `${JSON.stringify(text)} [${lo}, ${hi})`);
        assert.deepEqual(names.inSentence(lo, hi), referenceFindCompanies(text.slice(lo, hi), issuer, names.known()), `${JSON.stringify(text)} [${lo}, ${hi}) in a sentence`);
      }
    }
  });

  it('recognized mentions: sorted by start and none overlapping, so lines are found walking forward', () => {
    const words = ['$5 million', 'USD 10m', 'Jan. 5, 2025', '2025', 'ABC-123', 'ADC', 'trastuzumab emtansine', 'Phase 2', 'HER2', 'non-small cell lung cancer', '50%', 'www.x.com', 'a@b.com', 'NCT01234567', '(NASDAQ: ABC)', 'Kadcyla®', 'Kadcyla', '+1 617 555 0142', 'x'];
    let mentions = 0;
    for (const text of [...fixtures, ...soups(9, 3000, words, 20)]) {
      const found = recognizeAll({ text });
      mentions += found.length;
      for (let k = 1; k < found.length; k++) assert.ok(found[k - 1]!.end <= found[k]!.start, `${JSON.stringify(text.slice(0, 200))} at ${found[k]!.start}`);
    }
    assert.ok(mentions > 1000, `${mentions} mentions`);
  });

  it('sentences: ends found by indexOf are the ends a reading of every character finds', () => {
    const rnd = random(7);
    const words = ['Word', 'word', 'Inc.', 'U.S.', 'e.g.', 'J.', 'x.', 'end.', 'end!', 'end?', '“Quote.”', '(note.)', '1.5', 'A', '- item', '• item', 'Heading'];
    const long = Array.from({ length: 30 }, () => Array.from({ length: 3000 }, () => ['word', ' ', '\t', 'x', '.', '\n', 'A'][rnd(rnd(2) ? 3 : 7)]).join(''));
    for (const text of [...fixtures, ...soups(8, 20000, words, 40), ...long]) {
      assert.deepEqual(splitSentences(text), referenceSplitSentences(text), JSON.stringify(text.slice(0, 300)));
    }
  });
});

// The plain searches, as the readers did them before the shortcuts.

const SUFFIX = /^(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|NV|S\.A\.|GmbH|Corp\.?|Corporation|LLC|K\.K\.|Co\.|Limited|Pharmaceuticals?|Therapeutics|Biosciences|Biotherapeutics|Pharma|Biotech|Oncology|Biologics|Bio|BioPharma|Biopharma|Biopharmaceuticals|Group|Holdings|Laboratories|Labs|Medicines|Sciences|Health|Healthcare|Genetics|Biomedical|Immunotherapeutics|Bioscience|Biotherapeutics|International)$/;
const LEGAL_FORM = /^(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|NV|S\.A\.|GmbH|Corp\.?|Corporation|LLC|K\.K\.|Co\.|Limited)$/;
const knownPattern = new RegExp(`\\b(?:${KNOWN_COMPANIES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

function referenceFindCompanies(text: string, issuer?: string, alsoKnown: string[] = []): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const seen = new Set<string>();
  // `length`: of the words that name it ("Halo" for Halo Therapeutics), when shorter than the name.
  const add = (name: string, start: number, length = name.length) => {
    const key = name.toLowerCase().split(/\s+/)[0]!;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, start, end: start + length });
  };
  if (issuer) {
    const short = issuer.replace(/,?\s+(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|S\.A\.|GmbH|Corp\.?|Corporation|LLC|Limited|Co\.)$/, '').trim();
    const k = text.indexOf(short);
    if (k >= 0) add(short, k);
  }
  for (const m of text.matchAll(knownPattern)) add(m[0], m.index);
  for (const name of alsoKnown) {
    const word = name.split(/\s+/)[0]!;
    const m = word ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text) : null;
    if (m) add(name, m.index, text.startsWith(name, m.index) ? name.length : word.length);
  }
  for (const m of text.matchAll(/[A-Z][\p{L}0-9'’&.-]*(?:\s+[A-Z][\p{L}0-9'’&.-]*){0,3}/gu)) {
    const parts = m[0].split(/\s+/);
    const suffixIdx = parts.findIndex((p, i) => i > 0 && SUFFIX.test(p.replace(/[,.]$/, '')));
    if (suffixIdx > 0 && !/^(?:The|A|An|Our|Its|This|In|For|With|About|Under|From)$/.test(parts[0]!) && !SUFFIX.test(parts[0]!)) {
      const keep = LEGAL_FORM.test(parts[suffixIdx]!.replace(/,$/, '')) ? suffixIdx : suffixIdx + 1;
      const name = parts.slice(0, keep).join(' ').replace(/,$/, '');
      add(keep > suffixIdx ? name.replace(/\.$/, '') : name, m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function referenceSplitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  let lineStart = 0;
  const push = (end: number) => {
    if (end > start && text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (i - start >= 2000 && (c === 32 || c === 9)) {
      push(i);
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      let j = i + 1;
      while (j < text.length && /["”’)\]]/.test(text[j]!)) j++;
      if (j < text.length && !(isBlank(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j)))) continue;
      let k = j;
      while (k < text.length && (isBlank(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k)))) k++;
      const bullet = /^[-•*–·▪●◦][ \t]/.test(text.slice(k, k + 2)) && isLineBreak(text.charCodeAt(k - 1));
      if (k < text.length && !isUpper(text.charCodeAt(k)) && !/["“‘(\d]/.test(text[k]!) && !bullet) continue;
      if (c === 46) {
        let w = i;
        while (w > 0 && w > i - 6 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
        const word = text.slice(w, i).toLowerCase();
        if (ABBREVIATIONS.has(word) || (/^[a-z]$/i.test(word) && (w === 0 || /[\s"“‘(]/.test(text[w - 1]!)))) continue;
      }
      push(j);
      i = j - 1;
    } else if (isLineBreak(c)) {
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
      if ((last && /[A-Za-z0-9)]/.test(last) && isUpper(text.charCodeAt(k)) && i - thisLineStart < 70) || /^[-•*–·▪●◦][ \t]/.test(text.slice(k, k + 2))) push(i);
    }
  }
  push(text.length);
  return out;
}
