import * as assert from 'node:assert/strict';
import { NAME_ALIAS, NAME_INN, ProgramNameDictionary, encodeNameTokens, programNameTokens, type NamedProgram, type ProgramNameMatch } from '../../src/core/programNames';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const PROGRAMS: NamedProgram[] = [
  { id: 'QX-501', aliases: ['ZR-77', 'velumab pelidotin'] },
  { id: 'NWT-214', aliases: ['HX214', 'huCL6-QM3'] },
  { id: 'rovatuzumab', aliases: [] },
];
const dictionary = new ProgramNameDictionary(PROGRAMS);

/** [matched text, program id, flags] for each match. */
function found(text: string, d = dictionary): [string, string, number][] {
  return d.find(text).map((m) => [text.slice(m.offset, m.offset + m.length), m.programId, m.flags]);
}

/** Decodes semantic token data back into [line, character, text, modifiers]. */
function decode(text: string, data: Uint32Array): [number, number, string, number][] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: [number, number, string, number][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    assert.equal(data[i + 3], 0, 'token type');
    out.push([line, char, lines[line]!.slice(char, char + data[i + 2]!), data[i + 4]!]);
  }
  return out;
}

describe('program names in any text (semantic highlighting core)', () => {
  it('finds a code however it is spelled: case, hyphen, space, no separator, Unicode hyphens', () => {
    assert.deepEqual(found('QX-501, qx 501, QX501, Qx\u2011501 and qx-\n501.'), [
      ['QX-501', 'QX-501', 0],
      ['qx 501', 'QX-501', 0],
      ['QX501', 'QX-501', 0],
      ['Qx\u2011501', 'QX-501', 0],
      ['qx-\n501', 'QX-501', 0],
    ]);
  });

  it('marks aliases and generic names, and matches multi-word names whole in any case', () => {
    assert.deepEqual(found('ZR-77 (velumab pelidotin); VELUMAB PELIDOTIN; Velumab\n  Pelidotin; rovatuzumab; HX-214.'), [
      ['ZR-77', 'QX-501', NAME_ALIAS],
      ['velumab pelidotin', 'QX-501', NAME_ALIAS | NAME_INN],
      ['VELUMAB PELIDOTIN', 'QX-501', NAME_ALIAS | NAME_INN],
      ['Velumab\n  Pelidotin', 'QX-501', NAME_ALIAS | NAME_INN],
      ['rovatuzumab', 'rovatuzumab', NAME_INN],
      ['HX-214', 'NWT-214', NAME_ALIAS],
    ]);
  });

  it('matches no part of a longer word or compound, no half of a name, and not across a blank line', () => {
    const none = [
      'prevelumab pelidotin',
      'velumab pelidotins',
      'velumab alone, pelidotin alone',
      'velumab\n\npelidotin',
      'velumab. pelidotin',
      'AQX-501 and QX-5012',
      'QX-501-002, QX-501.5, QX-501/7, QX-501,000',
      'ado-rovatuzumab, 12-QX501',
      'rovatuzumabs',
      'huCL6 QM',
    ];
    for (const text of none) assert.deepEqual(found(text), [], text);
    // Punctuation that is not part of a code around a name is fine.
    assert.deepEqual(found('(QX-501/ZR-77), "rovatuzumab"-based, QX-501\'s').map((m) => m[0]), ['QX-501', 'ZR-77', 'rovatuzumab', 'QX-501']);
  });

  it('prefers the longest name and never overlaps', () => {
    const d = new ProgramNameDictionary([
      { id: 'AB-12', aliases: [] },
      { id: 'AB-12X', aliases: ['tolamab'] },
      { id: 'tolamab vedotin', aliases: [] },
    ]);
    assert.deepEqual(found('AB-12, AB-12X, AB 12 X, tolamab vedotin, tolamab.', d), [
      ['AB-12', 'AB-12', 0],
      ['AB-12X', 'AB-12X', 0],
      ['AB 12 X', 'AB-12X', 0],
      ['tolamab vedotin', 'tolamab vedotin', NAME_INN],
      ['tolamab', 'AB-12X', NAME_ALIAS | NAME_INN],
    ]);
  });

  it('takes its names from a workspace index: an alias in a release that never names the code', () => {
    const index = new WorkspaceIndex();
    index.set(
      'license.release',
      'Zerran Licenses QX-501\n\nBASEL, Feb. 2, 2031 -- Zerran Pharma AG today announced that it licensed QX-501 (velumab pelidotin) from Quillon Biosciences.\n',
    );
    const other = 'Quillon Presents Data\n\nBOSTON, May 5, 2031 -- Quillon today presented VELUMAB PELIDOTIN data; velumab pelidotin was well tolerated.\n';
    index.set('data.release', other);
    const d = new ProgramNameDictionary(index.programs());
    assert.deepEqual(found(other, d), [
      ['VELUMAB PELIDOTIN', 'QX-501', NAME_ALIAS | NAME_INN],
      ['velumab pelidotin', 'QX-501', NAME_ALIAS | NAME_INN],
    ]);
  });

  it('encodes tokens relative to the previous one, one per line for a name broken over lines (LF, CRLF, CR)', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = ['About QX-501', `ZR-77 and qx 501 and velumab${nl}   pelidotin today`, '', 'rovatuzumab'].join(nl);
      assert.deepEqual(decode(text, encodeNameTokens(text, dictionary.find(text))), [
        [0, 6, 'QX-501', 0],
        [1, 0, 'ZR-77', NAME_ALIAS],
        [1, 10, 'qx 501', 0],
        [1, 21, 'velumab', NAME_ALIAS | NAME_INN],
        [2, 3, 'pelidotin', NAME_ALIAS | NAME_INN],
        [4, 0, 'rovatuzumab', NAME_INN],
      ], JSON.stringify(nl));
    }
    assert.deepEqual([...encodeNameTokens('no names', [])], []);
  });

  it('encodes offsets in UTF-16 code units (astral characters before a name)', () => {
    const text = '\u{1F9EA}\u{1F9EA} QX-501';
    const matches: ProgramNameMatch[] = dictionary.find(text);
    assert.deepEqual([...encodeNameTokens(text, matches)], [0, 5, 6, 0, 0]);
  });

  it('leaves names on the lines the grammar dims (boilerplate, contacts) alone, as it dims codes there', () => {
    const text = [
      'Quillon Presents Velumab Pelidotin Data',
      '',
      'BOSTON, Oct. 3, 2031 (GLOBE NEWSWIRE) -- Quillon Biosciences, Inc. today presented data for velumab pelidotin (QX-501).',
      '',
      'Forward-Looking Statements',
      'This press release contains forward-looking statements about velumab pelidotin and QX-501 that involve',
      'risks; QX-501 may fail.',
      '',
      'Investor Contact: QX-501 program office, 617-555-0147',
      '',
      'About Quillon',
      'Quillon develops QX-501.',
      '',
    ].join('\n');
    assert.deepEqual(decode(text, programNameTokens(text, dictionary)), [
      [0, 17, 'Velumab Pelidotin', NAME_ALIAS | NAME_INN],
      [2, 92, 'velumab pelidotin', NAME_ALIAS | NAME_INN],
      [2, 111, 'QX-501', 0],
      [11, 17, 'QX-501', 0],
    ]);
    assert.equal(decode(text, encodeNameTokens(text, dictionary.find(text))).length, 8, 'all names, before leaving out the dimmed lines');
  });

  it('tells whether the names changed, without rebuilding', () => {
    assert.equal(dictionary.sameAs(PROGRAMS), true);
    assert.equal(dictionary.sameAs([...PROGRAMS].reverse()), true);
    assert.equal(dictionary.sameAs(PROGRAMS.slice(1)), false, 'a program gone');
    assert.equal(dictionary.sameAs([{ id: 'QX-501', aliases: ['ZR-77', 'velumab pelidotin', 'ZR77B'] }, ...PROGRAMS.slice(1)]), false, 'an alias added');
    assert.equal(dictionary.sameAs([{ id: 'ZR-77', aliases: ['QX-501', 'velumab pelidotin'] }, ...PROGRAMS.slice(1)]), false, 'another id');
    assert.equal(dictionary.size, 7);
    assert.deepEqual(new ProgramNameDictionary([]).find('QX-501'), []);
  });

  it('scans 1 MB in linear time, also when every word starts a long name', function () {
    this.timeout(60_000);
    const programs: NamedProgram[] = Array.from({ length: 3000 }, (_, k) => ({ id: `QZ-${1000 + k}`, aliases: [`ZQ${k}`, `tezumab${k.toString(36)}ine vedotin`] }));
    // The longest names the dictionary keeps (40 characters), which every word of the text below starts.
    programs.push({ id: 'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A B C D E F G H I J K L M N', aliases: [] });
    programs.push({ id: `${'A'.repeat(39)}1`, aliases: [`${'A'.repeat(38)}12`] });
    assert.equal(new ProgramNameDictionary(programs.slice(-2)).size, 3);
    assert.equal(new ProgramNameDictionary([{ id: `${'A'.repeat(40)}1`, aliases: [] }]).size, 0, 'a longer name is left out');
    const d = new ProgramNameDictionary(programs);
    // The fastest of three runs: the machine may be busy with other work.
    const time = (text: string) => {
      let ms = Infinity;
      let n = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        n = d.find(text).length;
        ms = Math.min(ms, performance.now() - t0);
      }
      return { ms, n };
    };
    const prose = 'Trial of QZ-1234 (tezumab2kine vedotin) and zq17 in patients, with $5 million paid in Q3 2031. ';
    const oneMb = prose.repeat(Math.ceil(1_000_000 / prose.length));
    const twoMb = oneMb + oneMb;
    time(oneMb); // warm-up
    const a = time(oneMb);
    const b = time(twoMb);
    assert.equal(a.n, 3 * Math.ceil(1_000_000 / prose.length));
    assert.equal(b.n, 2 * a.n);
    const adversarial = 'A '.repeat(500_000);
    const c = time(adversarial);
    console.log(`      1 MB: ${a.ms.toFixed(0)} ms (${a.n} names), 2 MB: ${b.ms.toFixed(0)} ms, 1 MB of "A A A …": ${c.ms.toFixed(0)} ms`);
    assert.ok(b.ms < a.ms * 4 + 50, `2 MB took ${b.ms} ms, 1 MB ${a.ms} ms`);
    assert.ok(c.ms < 5000, `adversarial input took ${c.ms} ms`);
  });
});
