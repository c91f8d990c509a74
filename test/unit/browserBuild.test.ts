// The browser build (vscode.dev, github.dev) must contain no Node: esbuild.mjs builds it with the
// plugin from scripts/browser-build.mjs, which fails the build on Node modules and globals.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface BrowserBuild {
  noNode(options?: { globals?: boolean }): esbuild.Plugin;
  webVariants(): esbuild.Plugin;
}

async function browserBuild(): Promise<BrowserBuild> {
  const url = pathToFileURL(path.join(ROOT, 'scripts', 'browser-build.mjs')).href;
  return (await import(url)) as BrowserBuild;
}

async function buildForBrowser(options: esbuild.BuildOptions): Promise<{ text: string; errors: string[] }> {
  const { noNode, webVariants } = await browserBuild();
  try {
    const result = await esbuild.build({
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      logLevel: 'silent',
      absWorkingDir: ROOT,
      outfile: path.join(ROOT, 'out', 'browser-build-test.js'),
      plugins: [webVariants(), noNode()],
      ...options,
    });
    return { text: (result.outputFiles ?? []).map((f) => f.text).join('\n'), errors: [] };
  } catch (e) {
    return { text: '', errors: ((e as esbuild.BuildFailure).errors ?? []).map((m) => m.text) };
  }
}

const source = (contents: string): esbuild.BuildOptions => ({ stdin: { contents, loader: 'ts', resolveDir: ROOT, sourcefile: 'probe.ts' } });

describe('browser build', () => {
  it('bundles the extension for a web worker with no Node module or global', async () => {
    const { text, errors } = await buildForBrowser({ entryPoints: ['src/extension/extension.ts'] });
    assert.deepEqual(errors, []);
    assert.match(text, /require\("vscode"\)/);
    assert.match(text, /registerDocumentSemanticTokensProvider/);
  });

  it('fails the build on an import of a Node built-in module', async () => {
    for (const mod of ['fs', 'node:path', 'child_process', 'fs/promises']) {
      const { errors } = await buildForBrowser(source(`import * as m from '${mod}'; export const x = m;`));
      assert.equal(errors.length, 1, mod);
      assert.match(errors[0]!, new RegExp(`Node built-in module "${mod}" imported by probe\\.ts`));
    }
  });

  it('fails the build on Node globals and on a require left in the bundle', async () => {
    const { errors } = await buildForBrowser(
      source(`export const a = process.env.HOME; export const b = Buffer.from('x'); export const c = typeof setImmediate; export const d = __dirname;
        export const load = (name: string) => require(name);`),
    );
    assert.deepEqual(errors.filter((e) => e.startsWith('Node global')).map((e) => e.split('"')[1]).sort(), ['Buffer', '__dirname', 'process', 'setImmediate']);
    assert.ok(errors.some((e) => /^require\(name\) left in/.test(e)), errors.join('\n'));
  });

  it('uses the browser variant x.web.ts of a module x.ts where there is one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-web-variant-'));
    try {
      fs.writeFileSync(path.join(dir, 'host.ts'), "import { cpus } from 'os';\nexport const where = () => `desktop, ${cpus().length} cores`;\n");
      fs.writeFileSync(path.join(dir, 'host.web.ts'), "export const where = () => 'browser';\n");
      fs.writeFileSync(path.join(dir, 'entry.ts'), "import { where } from './host';\nexport const place = where();\n");
      const { text, errors } = await buildForBrowser({ entryPoints: [path.join(dir, 'entry.ts')] });
      assert.deepEqual(errors, []);
      assert.match(text, /'browser'|"browser"/);
      assert.doesNotMatch(text, /desktop/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets web APIs through: TextDecoder, setTimeout, globalThis', async () => {
    const { errors } = await buildForBrowser(source(`export const t = new TextDecoder('utf-8'); export const s = setTimeout(() => undefined, 1); export const g = globalThis;`));
    assert.deepEqual(errors, []);
  });
});
