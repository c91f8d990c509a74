// The workspace catalog (.release-lens.json): parsing with located messages, the JSON schema in
// agreement with the zod schema, and its effect on analysis (patterns, ignored names) and on the
// merge (aliases join programs, pinned facts fill gaps, marked as the catalog's), and the CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { runCli } from '../../src/cli/main';
import { analyzeRelease } from '../../src/core/analyze';
import { programCard } from '../../src/core/cards';
import { catalogRecognition, formatCatalogProblem, type CatalogProblem } from '../../src/core/catalog';
import { catalogSchemas, combineCatalogs, normalizePhase, parseCatalog } from '../../src/core/catalogParser';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { release } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'catalog');
const FILE = '.release-lens.json';

const parse = (value: unknown) => parseCatalog(typeof value === 'string' ? value : JSON.stringify(value, null, 2), FILE);
const messages = (problems: CatalogProblem[]) => problems.map((p) => formatCatalogProblem(p));
/** The catalog text a problem points at. */
const at = (text: string, p: CatalogProblem) => text.slice(p.offset, p.offset + p.length);

describe('catalog: parsing and messages', () => {
  it('reads programs, patterns and ignored names, with the line of each pinned value', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, FILE), 'utf8');
    const { catalog } = parseCatalog(text, FILE);
    assert.equal(catalog.programs.length, 1);
    const p = catalog.programs[0]!;
    assert.deepEqual(
      { code: p.code, aliases: p.aliases, target: p.target, payload: p.payload, company: p.company, phase: p.phase, indications: p.indications },
      { code: 'TB47QK', aliases: ['lorvatamab'], target: 'CLDN18.2', payload: 'PBD', company: 'Tessaro Bio', phase: '2', indications: ['pancreatic cancer'] },
    );
    assert.equal(p.line, 4);
    assert.deepEqual(p.lines, { target: 7, payload: 8, company: 9, phase: 10 });
    assert.deepEqual(p.indicationLines, [11]);
    assert.deepEqual(catalog.codePatterns.map((c) => c.source), ['TB\\d{2}[A-Z]{2}']);
    assert.deepEqual(catalog.ignore, ['GX-200']);
  });

  it('drops a bad entry with one located message; the other entries still apply', async () => {
    const text = JSON.stringify({ programs: [{ code: 'AB-101' }, { code: 'AB-102' }, { code: 'AB-103', aliases: 'AB103' }, { code: 'AB-104' }] }, null, 2);
    const { catalog, problems } = parse(text);
    assert.deepEqual(messages(problems), ['.release-lens.json: programs[2].aliases: expected an array of strings; entry ignored (line 11)']);
    assert.equal(at(text, problems[0]!), '"AB103"');
    assert.equal(problems[0]!.severity, 'error');
    assert.deepEqual(catalog.programs.map((p) => p.code), ['AB-101', 'AB-102', 'AB-104']);
  });

  it('says what a valid value is for each field, and where', async () => {
    const cases: [unknown, string][] = [
      [{ aliases: ['ok'] }, 'programs[0].code: missing; every program needs a "code"; entry ignored'],
      [{ code: 42 }, 'programs[0].code: expected a string, the development code; entry ignored'],
      [{ code: 'X-1', aliases: ['ok', 7] }, 'programs[0].aliases[1]: expected a non-empty string; entry ignored'],
      [{ code: 'X-1', modality: 'adc' }, 'programs[0].modality: expected one of "ADC", "antibody", "bispecific antibody", "small molecule", "cell therapy", "gene therapy", "RNA therapeutic", "vaccine", "peptide", "payload"; entry ignored'],
      [{ code: 'X-1', phase: 'late' }, 'programs[0].phase: expected a phase such as "preclinical", "1", "1b/2", "Phase 2", "Phase III" or "approved"; entry ignored'],
      [{ code: 'X-1', target: '  ' }, 'programs[0].target: expected a string such as "HER3"; entry ignored'],
      [{ code: 'X-1', indications: 'ovarian cancer' }, 'programs[0].indications: expected an array of strings; entry ignored'],
      ['X-1', 'programs[0]: expected an object with at least a "code"; ignored'],
    ];
    for (const [entry, message] of cases) {
      const { catalog, problems } = parse({ programs: [entry] });
      assert.deepEqual(problems.map((p) => `${p.path}: ${p.message}`), [message]);
      assert.equal(catalog.programs.length, 0);
    }
  });

  it('warns about unknown fields (with the likely one) and keeps the entry', async () => {
    const text = JSON.stringify({ programs: [{ code: 'X-1', aliasses: ['Y'] }], codePattern: [] }, null, 2);
    const { catalog, problems } = parse(text);
    assert.deepEqual(messages(problems), [
      '.release-lens.json: codePattern: unknown field (did you mean "codePatterns"?); ignored (line 10)',
      '.release-lens.json: programs[0].aliasses: unknown field (did you mean "aliases"?); ignored (line 5)',
    ]);
    assert.deepEqual(problems.map((p) => [p.severity, at(text, p)]), [['warning', '"codePattern"'], ['warning', '"aliasses"']]);
    assert.deepEqual(catalog.programs.map((p) => p.code), ['X-1']);
  });

  it('points out two entries naming one program', async () => {
    const { catalog, problems } = parse({ programs: [{ code: 'QX-501', aliases: ['QX501', 'velu'] }, { code: 'qx 501' }, { code: 'ZR-77', aliases: ['Velu', 'zr77'] }] });
    assert.deepEqual(problems.map((p) => `${p.path}: ${p.message}`), [
      'programs[1].code: "qx 501" is already a name of programs[0] ("QX-501"); entry ignored',
      'programs[2].aliases[0]: "Velu" is already a name of programs[0] ("QX-501"); ignored',
    ]);
    // "QX501" is the code itself, "zr77" the code of its own entry: kept out silently.
    assert.deepEqual(catalog.programs.map((p) => [p.code, p.aliases]), [['QX-501', ['velu']], ['ZR-77', []]]);
  });

  it('reads invalid JSON as one message with line and column, and an empty catalog', async () => {
    const text = '{\n  "programs": [\n    { "code": "X-1" }\n    { "code": "X-2" }\n  ]\n}\n';
    const { catalog, problems } = parseCatalog(text, FILE);
    assert.deepEqual(messages(problems), ['.release-lens.json: is not valid JSON (Expected \',\' or \']\' after array element, line 4, column 5); the catalog is not used (line 4)']);
    assert.equal(catalog.programs.length, 0);
    assert.deepEqual(messages(parse('[1, 2]').problems), ['.release-lens.json: expected an object with "programs", "codePatterns" and "ignore"; the catalog is not used (line 1)']);
    assert.deepEqual(messages(parse({ programs: { code: 'X' } }).problems), ['.release-lens.json: programs: expected an array of program entries; ignored (line 2)']);
  });

  it('reads an empty file as an empty catalog, and a BOM does not shift positions', async () => {
    assert.deepEqual(parseCatalog('  \n', FILE), { catalog: parseCatalog('{}', FILE).catalog, problems: [] });
    const text = '\uFEFF{ "programs": [{ "code": 5 }] }';
    const { problems } = parseCatalog(text, FILE);
    assert.equal(at(text, problems[0]!), '5');
  });

  it('normalizes phases like the text: Phase 2, II, 1b/2, Phase Ib/II, preclinical, approved', async () => {
    assert.deepEqual(['2', 'Phase 2', 'phase II', 'PHASE 3', 'Phase 1b/2', 'Phase Ib/II', 'IV', '2a'].map(normalizePhase), ['2', '2', '2', '3', '1b/2', '1b/2', '4', '2a']);
    assert.deepEqual(['preclinical', 'Preclinical', 'pre-clinical', 'PRECLINICAL'].map(normalizePhase), ['preclinical', 'preclinical', 'preclinical', 'preclinical']);
    assert.deepEqual(['approved', 'Approved', 'APPROVED'].map(normalizePhase), ['approved', 'approved', 'approved']);
    assert.equal(normalizePhase('Phase 5'), undefined);
    assert.equal(normalizePhase('clinical'), undefined);
  });

  it('refuses unsafe or useless code patterns with a reason, and keeps the others', async () => {
    const text = JSON.stringify({ codePatterns: ['QN\\d{2}[A-Z]{2}', '(', '(?<=x)y', '(a)\\1', '\\w+', '\\d{4}', 7, 'ZK\\d{3}-[A-Z]'] }, null, 2);
    const { catalog, problems } = parse(text);
    assert.deepEqual(problems.map((p) => `${p.path}: ${p.message}`), [
      'codePatterns[1]: "(" is not a valid regular expression (Unterminated group); ignored',
      'codePatterns[2]: "(?<=x)y" has a lookbehind, which code patterns do not support; ignored',
      'codePatterns[3]: "(a)\\\\1" has a backreference (\\1), which code patterns do not support; ignored',
      'codePatterns[4]: "\\\\w+" also matches ordinary words such as "a"; ignored',
      'codePatterns[5]: "\\\\d{4}" also matches ordinary words such as "2024"; ignored',
      'codePatterns[6]: expected a string (a regular expression); ignored',
    ]);
    assert.deepEqual(problems.map((p) => at(text, p)), ['"("', '"(?<=x)y"', '"(a)\\\\1"', '"\\\\w+"', '"\\\\d{4}"', '7']);
    assert.deepEqual(catalog.codePatterns.map((p) => p.source), ['QN\\d{2}[A-Z]{2}', 'ZK\\d{3}-[A-Z]']);
  });

  it('combines the catalogs of several folders', async () => {
    const a = parse({ programs: [{ code: 'A-1', target: 'HER3' }], codePatterns: ['QA\\d{3}'], ignore: ['X-9'] }).catalog;
    const b = parse({ programs: [{ code: 'A-1', target: 'EGFR', phase: '2' }], codePatterns: ['QB\\d{3}'] }).catalog;
    const { catalog, problems } = combineCatalogs([a, b]);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalog.programs.map((p) => [p.code, p.target]), [['A-1', 'HER3'], ['A-1', 'EGFR']]);
    assert.deepEqual(catalog.codePatterns.map((p) => p.source), ['QA\\d{3}', 'QB\\d{3}']);
    assert.deepEqual(catalog.ignore, ['X-9']);
  });
});

describe('catalog: the JSON schema agrees with the zod schema', () => {
  type Node = { type?: string; enum?: unknown[]; pattern?: string; required?: string[]; additionalProperties?: unknown; properties?: Record<string, Node>; items?: Node };
  /** The parts of a schema that decide what is valid (descriptions, examples and snippets left out). */
  function shape(node: Node): unknown {
    return {
      type: node.type,
      ...(node.enum ? { enum: node.enum } : {}),
      ...(node.pattern ? { pattern: node.pattern } : {}),
      ...(node.items ? { items: shape(node.items) } : {}),
      ...(node.properties
        ? {
            properties: Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, shape(v)])),
            required: [...(node.required ?? [])].sort(),
            additionalProperties: node.additionalProperties,
          }
        : {}),
    };
  }
  const fromFile = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'release-lens.schema.json'), 'utf8')) as Node;
  const fromZod = z.toJSONSchema(catalogSchemas().catalog) as Node;

  it('has the same properties, types, enums, patterns and required fields', async () => {
    assert.deepEqual(shape(fromFile), shape(fromZod));
  });

  it('compares something: both describe programs with a required code and ten modalities', async () => {
    const entry = fromFile.properties!.programs!.items!;
    assert.deepEqual(entry.required, ['code']);
    assert.equal(entry.properties!.modality!.enum!.length, 10);
    assert.notDeepEqual(shape(fromFile), shape({ ...fromZod, properties: { ...fromZod.properties, ignore: { type: 'string' } } }));
  });

  it('is contributed for .release-lens.json and packaged', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.release-lens.json', url: './schemas/release-lens.schema.json' }]);
    assert.match(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });
});

describe('catalog: analysis', () => {
  const recognition = (value: unknown) => catalogRecognition(parse(value).catalog)!;
  const codesIn = (text: string, value?: unknown) =>
    analyzeRelease('a.release', text, value ? { catalog: recognition(value) } : {}).mentions.filter((m) => m.kind === 'drug-code').map((m) => m.text);

  it('recognizes codes matching a custom pattern as drug codes and programs', async () => {
    const text = release('Dosing of QN47TX began. QN47TX is an oral KRAS inhibitor.');
    assert.deepEqual(codesIn(text), []);
    assert.deepEqual(codesIn(text, { codePatterns: ['QN\\d{2}[A-Z]{2}'] }), ['QN47TX', 'QN47TX']);
    const a = analyzeRelease('a.release', text, { catalog: recognition({ codePatterns: ['QN\\d{2}[A-Z]{2}'] }) });
    assert.deepEqual(a.programs.map((p) => p.names), [['QN47TX']]);
  });

  it('a custom pattern wins over the built-in reading of the same text', async () => {
    const text = release('The ZK482-B program started a trial.');
    assert.deepEqual(codesIn(text), ['ZK482']);
    assert.deepEqual(codesIn(text, { codePatterns: ['ZK\\d{3}-[A-Z]'] }), ['ZK482-B']);
  });

  it('never takes an ignored string for a code or name (case, spaces and hyphens aside)', async () => {
    const text = release('Responses were read on the GX-200 platform and with gx200 software in patients given QX-501.');
    assert.deepEqual(codesIn(text), ['GX-200', 'gx200', 'QX-501']);
    assert.deepEqual(codesIn(text, { ignore: ['GX 200'] }), ['QX-501']);
  });
});

describe('catalog: merge', () => {
  const text1 = release('The first patient received TB47QK, an investigational drug, in a Phase 1 trial in gastric cancer.', 'April 8, 2032');
  const text2 = release('New preclinical data for lorvatamab were presented.', 'June 2, 2032');
  const catalogText = fs.readFileSync(path.join(FIXTURES, FILE), 'utf8');
  const catalog = parseCatalog(catalogText, FILE).catalog;

  function index(withCatalog = true): WorkspaceIndex {
    const idx = new WorkspaceIndex();
    if (withCatalog) idx.setCatalog(catalog);
    idx.set('one.release', text1);
    idx.set('two.release', text2);
    return idx;
  }

  it('joins the programs of pinned aliases, under the pinned code', async () => {
    // Without the catalog's pattern TB47QK is no code at all.
    assert.deepEqual(index(false).programs().map((p) => p.id), ['lorvatamab']);
    const programs = index().programs();
    assert.equal(programs.length, 1);
    assert.equal(programs[0]!.id, 'TB47QK');
    assert.deepEqual(programs[0]!.releases.sort(), ['one.release', 'two.release']);
    assert.equal(index().program('lorvatamab')?.id, 'TB47QK');
  });

  it('fills gaps with pinned facts marked as the catalog\'s; the text wins where it states a value', () => {
    const p = index().program('TB47QK')!;
    assert.deepEqual(p.target, { value: 'CLDN18.2', source: { file: FILE, line: 7, catalog: true } });
    assert.deepEqual(p.payload, { value: 'PBD', source: { file: FILE, line: 8, catalog: true } });
    // The release says Phase 1, the catalog Phase 2: the release wins, the pinned value is kept in history.
    assert.equal(p.phase?.value, '1');
    assert.equal(p.phase?.source.catalog, undefined);
    assert.deepEqual(p.history, [{ fact: 'phase', value: '2', file: FILE, line: 10, catalog: true }]);
    assert.deepEqual(p.indications.map((f) => [f.value, f.source.catalog ?? false]), [['gastric cancer', false], ['pancreatic cancer', true]]);
    assert.deepEqual(p.companies.map((f) => [f.value.name, f.value.role, f.source.catalog]), [['Tessaro Bio', 'owner', true]]);
  });

  it('a pinned program that no release mentions is no program', async () => {
    const idx = index();
    idx.setCatalog(parse({ programs: [...JSON.parse(catalogText).programs.slice(0, 1), { code: 'ZZ-999', target: 'EGFR' }] }).catalog);
    assert.equal(idx.program('ZZ-999'), undefined);
    assert.equal(idx.programs().length, 1);
  });

  it('a change of pinned programs re-merges without analysing again; new patterns ask for it', async () => {
    const idx = index();
    const before = idx.get('one.release');
    assert.equal(idx.setCatalog(parse({ programs: [{ code: 'TB47QK', target: 'EGFR' }], codePatterns: ['TB\\d{2}[A-Z]{2}'], ignore: ['GX-200'] }).catalog), false);
    assert.equal(idx.get('one.release'), before, 'the analysis object is the same');
    assert.equal(idx.program('TB47QK')?.target?.value, 'EGFR');
    assert.equal(idx.programs().length, 2, 'without the alias, lorvatamab is a program of its own again');
    assert.equal(idx.setCatalog(parse({ codePatterns: ['TB\\d{3}'] }).catalog), true);
    assert.equal(idx.setCatalog(parse({ codePatterns: ['TB\\d{3}'], ignore: ['GX-200'] }).catalog), true);
  });

  it('removing the catalog splits the programs again, and clear() keeps it', async () => {
    const idx = index();
    idx.setCatalog(parse({}).catalog);
    assert.equal(idx.programs().length, 2);
    idx.setCatalog(catalog);
    idx.clear();
    idx.set('one.release', text1);
    idx.set('two.release', text2);
    assert.equal(idx.programs().length, 1);
  });

  it('the hover card marks pinned facts as the catalog\'s, linked to the catalog line', () => {
    const links = { link: (file: string, line: number) => `open:${file}:${line}`, label: (file: string) => file };
    const card = programCard(index().program('TB47QK')!, links);
    assert.match(card, /\*\*Target:\*\* CLDN18\\\.2 — \*catalog\* · \[\\\.release\\-lens\\\.json:7\]\(open:\.release-lens\.json:7 "Pinned in the workspace catalog"\)/);
    assert.match(card, /\*\*Phase:\*\* Phase 1 — \[2032\\-04\\-08, one\\\.release:\d+\]\(open:one\.release:\d+\) · \*catalog says\* \[Phase 2\]\(open:\.release-lens\.json:10/);
    assert.match(card, /pancreatic cancer \(\[\*catalog\*\]\(open:\.release-lens\.json:11/);
    assert.doesNotMatch(card, /\*Earlier:\*/, 'a pinned phase is no earlier phase');
  });
});

describe('catalog: CLI', () => {
  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: ROOT, columns: 140 });
    return { code, stdout, stderr };
  }

  it('reads <folder>/.release-lens.json, reports its problems once on stderr', async () => {
    const { code, stdout, stderr } = await run(['scan', 'test/fixtures/catalog']);
    assert.equal(code, 0);
    const catalogPath = path.join('test', 'fixtures', 'catalog', FILE);
    assert.deepEqual(stderr.trim().split('\n'), [
      `release-lens: warning: ${catalogPath}: programs[1].aliases: expected an array of strings; entry ignored (line 13)`,
      `release-lens: warning: ${catalogPath}: codePatterns[1]: "(?<=x)y" has a lookbehind, which code patterns do not support; ignored (line 15)`,
    ]);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.programs.map((p: { id: string }) => p.id), ['TB47QK']);
    const p = report.programs[0];
    assert.deepEqual(p.target, { value: 'CLDN18.2', file: catalogPath, line: 7, date: null });
    assert.equal(p.releases.length, 2);
    const codes = report.releases.flatMap((r: { mentions: { kind: string; text: string }[] }) => r.mentions.filter((m) => m.kind === 'drug-code').map((m) => m.text));
    assert.ok(codes.includes('TB47QK'), 'the custom pattern found TB47QK');
    assert.ok(!codes.includes('GX-200'), 'GX-200 is ignored');
  });

  it('uses --catalog FILE instead, and fails on a missing one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-catalog-'));
    try {
      const file = path.join(dir, 'other.json');
      fs.writeFileSync(file, JSON.stringify({ programs: [{ code: 'TB47QK', target: 'MSLN' }] }));
      const { code, stdout, stderr } = await run(['scan', 'test/fixtures/catalog', '--catalog', file]);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      // The folder's catalog is not read: no pattern finds TB47QK, GX-200 is a code again.
      const report = JSON.parse(stdout);
      assert.deepEqual(report.programs.map((p: { id: string }) => p.id).sort(), ['GX-200', 'Lorvatamab']);
      const missing = await run(['scan', 'test/fixtures/catalog', '--catalog', path.join(dir, 'none.json')]);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /error: no such catalog: .*none\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
