// What the extension loads when it starts and what it loads on first use (src/extension/lazyModules.ts):
// the Node build's dist/extension.js leaves the pipeline chart, the deals table, the exports and the
// catalog parser to bundles of their own in dist/lazy/, which must exist, load, and export what
// lazyModules.ts expects of them; the browser build keeps them in its one bundle. Reads the
// development build (`npm run build`, which `npm test` runs first) and its source maps.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIST = path.join(ROOT, 'dist');
const LAZY_SOURCE = path.join(ROOT, 'src', 'extension', 'lazyModules.ts');
const LAZY_WEB_SOURCE = path.join(ROOT, 'src', 'extension', 'lazyModules.web.ts');

/** The sources a bundle was built from, from its source map (paths relative to the repository). */
function sourcesOf(bundle: string): string[] {
  const map = JSON.parse(fs.readFileSync(path.join(DIST, `${bundle}.map`), 'utf8')) as { sources: string[] };
  return map.sources.map((s) => path.relative(ROOT, path.resolve(path.dirname(path.join(DIST, bundle)), s)).replace(/\\/g, '/'));
}

const has = (sources: string[], file: string) => sources.some((s) => s === file || s.endsWith(`/${file}`));

/** The bundles lazyModules.ts requires: name → accessor. */
function lazyRequires(): Map<string, string> {
  const source = fs.readFileSync(LAZY_SOURCE, 'utf8');
  return new Map([...source.matchAll(/export const (\w+) = \(\): typeof \w+ => require\('\.\/lazy\/(\w+)\.js'\)/g)].map((m) => [m[2]!, m[1]!]));
}

/** require() of a bundle with a stand-in `vscode` (scripts/vscodeStub.cjs). */
function loadWithStubVscode(file: string): Record<string, unknown> {
  const { withStubVscode } = require(path.join(ROOT, 'scripts', 'vscodeStub.cjs')) as { withStubVscode: <T>(load: () => T) => T };
  return withStubVscode(() => require(file) as Record<string, unknown>);
}

/** What each lazy bundle is: its own source and what it must export (what the extension calls on it). */
const EXPECTED: Record<string, { sources: string[]; exports: string[] }> = {
  pipeline: { sources: ['src/extension/views/pipelinePanel.ts', 'src/core/pipelineChart.ts'], exports: ['PipelineController'] },
  deals: { sources: ['src/extension/views/dealsPanel.ts', 'src/core/dealsView.ts', 'src/core/exports.ts'], exports: ['DealsPanel'] },
  export: { sources: ['src/extension/commands/export.ts', 'src/core/exports.ts'], exports: ['runExportCommand', 'exportTable'] },
  catalogParser: { sources: ['src/core/catalogParser.ts', 'src/core/text/wordPattern.ts', 'src/core/text/jsonLocations.ts'], exports: ['parseCatalog', 'combineCatalogs'] },
};

/** Never in the bundle that loads when the extension starts. */
const NOT_AT_START = [
  'src/extension/views/pipelinePanel.ts',
  'src/core/pipelineChart.ts',
  'src/extension/views/dealsPanel.ts',
  'src/core/dealsView.ts',
  'src/core/exports.ts',
  'src/extension/commands/export.ts',
  'src/core/catalogParser.ts',
  'src/core/text/wordPattern.ts',
  'src/core/text/wordAutomaton.ts',
  'src/core/text/jsonLocations.ts',
  'node_modules/zod/',
  'src/core/zod.ts',
];

describe('bundles: what loads when the extension starts, and what on first use', () => {
  it('lazyModules.ts names the four lazy bundles (the test reads it right)', () => {
    assert.deepEqual([...lazyRequires().keys()].sort(), Object.keys(EXPECTED).sort());
  });

  it('dist/extension.js leaves the pipeline chart, deals table, exports, catalog parser and zod out', () => {
    const sources = sourcesOf('extension.js');
    assert.ok(has(sources, 'src/extension/extension.ts') && has(sources, 'src/extension/releaseWorkspace.ts'), 'the map lists the sources');
    assert.deepEqual(
      NOT_AT_START.filter((f) => sources.some((s) => s.includes(f))),
      [],
    );
    const text = fs.readFileSync(path.join(DIST, 'extension.js'), 'utf8');
    for (const name of lazyRequires().keys()) assert.match(text, new RegExp(`require\\("\\./lazy/${name}\\.js"\\)`), `dist/extension.js requires ./lazy/${name}.js`);
  });

  it('each lazy bundle is in dist/lazy/, built from its module, and requires no other lazy bundle', () => {
    const built = fs.readdirSync(path.join(DIST, 'lazy')).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''));
    assert.deepEqual([...lazyRequires().keys()].filter((name) => !built.includes(name)), [], 'every bundle lazyModules.ts requires is built');
    for (const [name, { sources }] of Object.entries(EXPECTED)) {
      const listed = sourcesOf(`lazy/${name}.js`);
      assert.deepEqual(sources.filter((f) => !has(listed, f)), [], name);
      // A require('./lazy/…') inside dist/lazy/ would look for dist/lazy/lazy/….
      assert.doesNotMatch(fs.readFileSync(path.join(DIST, 'lazy', `${name}.js`), 'utf8'), /require\("\.\/lazy\//, name);
    }
  });

  it('zod is bundled once, in dist/lazy/zod.js, which the bundles that validate with it require', () => {
    const lazy = fs.readdirSync(path.join(DIST, 'lazy')).filter((f) => f.endsWith('.js'));
    assert.deepEqual(lazy.filter((f) => sourcesOf(`lazy/${f}`).some((s) => s.includes('node_modules/zod/'))), ['zod.js']);
    for (const name of ['catalogParser', 'deals', 'pipeline']) {
      assert.match(fs.readFileSync(path.join(DIST, 'lazy', `${name}.js`), 'utf8'), /require\("\.\/zod\.js"\)/, name);
    }
    assert.doesNotMatch(fs.readFileSync(path.join(DIST, 'extension.js'), 'utf8'), /zod\.js/);
    const zod = require(path.join(DIST, 'lazy', 'zod.js')) as typeof import('../../src/core/zod');
    assert.equal(zod.object({ code: zod.string() }).safeParse({ code: 'QX-501' }).success, true);
    assert.equal(zod.object({ code: zod.string() }).safeParse({ code: 501 }).success, false);
  });

  it('each lazy bundle loads and exports what the extension calls', () => {
    for (const [name, { exports }] of Object.entries(EXPECTED)) {
      const loaded = loadWithStubVscode(path.join(DIST, 'lazy', `${name}.js`));
      for (const e of exports) assert.equal(typeof loaded[e], 'function', `${name}.js exports ${e}`);
    }
  });

  it('the catalog parser bundle parses a catalog on its own', () => {
    const { parseCatalog } = loadWithStubVscode(path.join(DIST, 'lazy', 'catalogParser.js')) as { parseCatalog: (text: string, file: string) => { catalog: { programs: { code: string }[] }; problems: unknown[] } };
    const parsed = parseCatalog('{ "programs": [{ "code": "QX-501", "aliases": ["quixatamab"] }] }', 'c.json');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.catalog.programs.map((p) => p.code), ['QX-501']);
  });

  it('the browser variant offers the same modules, and the browser bundle carries them (no require but vscode)', () => {
    const names = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/export const (\w+) =/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(LAZY_WEB_SOURCE), names(LAZY_SOURCE));
    const web = sourcesOf('web/extension.js');
    for (const { sources } of Object.values(EXPECTED)) assert.deepEqual(sources.filter((f) => !has(web, f)), [], 'web/extension.js');
    assert.doesNotMatch(fs.readFileSync(path.join(DIST, 'web', 'extension.js'), 'utf8'), /require\("\.\/lazy\//);
  });

  it('every bundle of the extension requires vscode once (one shared namespace, not a copy per module)', () => {
    for (const bundle of ['extension.js', 'web/extension.js', ...[...lazyRequires().keys()].map((n) => `lazy/${n}.js`)]) {
      const count = [...fs.readFileSync(path.join(DIST, bundle), 'utf8').matchAll(/require\("vscode"\)/g)].length;
      assert.ok(count <= 1, `${bundle}: ${count} require("vscode")`);
    }
    assert.equal([...fs.readFileSync(path.join(DIST, 'extension.js'), 'utf8').matchAll(/require\("vscode"\)/g)].length, 1);
  });

  it('the package includes the lazy bundles', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(ignore.includes('!dist/lazy/*.js'), '.vscodeignore keeps dist/lazy/*.js');
  });
});
