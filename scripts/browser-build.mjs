// esbuild plugins for the browser builds: the extension for vscode.dev / github.dev (a web worker)
// and the test suite that runs in that web worker.
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

/** Globals Node provides and a web worker does not. */
const NODE_GLOBALS = ['process', 'Buffer', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'global'];
const MARKER = '__nodeGlobal_';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Fails the build when Node creeps in: an import of a Node built-in module (`fs`, `node:path`, …)
 * and, with `globals`, any use of a Node global (`process`, `Buffer`, `setImmediate`, …) or a
 * `require` of anything but `vscode` left in the output. Globals are found by defining each as a
 * marker identifier (esbuild replaces only free references, not properties or strings) and
 * looking for the markers in the output.
 * @param {{ globals?: boolean }} [options]
 * @returns {import('esbuild').Plugin}
 */
export function noNode({ globals = true } = {}) {
  return {
    name: 'no-node',
    setup(build) {
      const builtins = new RegExp(`^(?:node:.*|(?:${builtinModules.map(escape).join('|')})(?:/.*)?)$`);
      build.onResolve({ filter: builtins }, (args) => ({
        errors: [{ text: `Node built-in module "${args.path}" imported by ${path.relative(process.cwd(), args.importer)}: the browser build runs without Node (use vscode.workspace.fs and web APIs)` }],
      }));
      if (!globals) return;
      const options = build.initialOptions;
      options.define = { ...options.define, ...Object.fromEntries(NODE_GLOBALS.map((g) => [g, `${MARKER}${g}`])) };
      options.metafile = true;
      build.onEnd((result) => {
        if (result.errors.length) return;
        const outputs = result.outputFiles
          ? result.outputFiles.map((f) => [f.path, f.text])
          : Object.keys(result.metafile?.outputs ?? {}).map((f) => [f, fs.readFileSync(f, 'utf8')]);
        const errors = [];
        for (const [file, text] of outputs) {
          if (!file.endsWith('.js')) continue;
          const used = [...new Set([...text.matchAll(new RegExp(`${MARKER}(\\w+)`, 'g'))].map((m) => m[1]))];
          for (const g of used) errors.push({ text: `Node global "${g}" used in ${path.relative(process.cwd(), file)}: the browser build runs without Node` });
          const requires = [...new Set([...text.matchAll(/\brequire\s*\(\s*(?!["']vscode["']\s*\))([^)]{0,40})/g)].map((m) => m[1]))];
          for (const r of requires) errors.push({ text: `require(${r}) left in ${path.relative(process.cwd(), file)}: only "vscode" is provided in the browser` });
        }
        return { errors };
      });
    },
  };
}

/**
 * Lets a module have a browser variant: an import of `./x` resolves to `./x.web.ts` when that file
 * exists next to `x.ts` (e.g. an analyzer that uses Node worker threads on the desktop and the
 * extension's own worker in the browser).
 * @returns {import('esbuild').Plugin}
 */
export function webVariants() {
  return {
    name: 'web-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const stem = path.resolve(args.resolveDir, args.path).replace(/\.(?:ts|js)$/, '');
        const variant = `${stem}.web.ts`;
        if (args.importer === variant || !fs.existsSync(variant) || !fs.existsSync(`${stem}.ts`)) return undefined;
        return { path: variant };
      });
    },
  };
}

/**
 * Loads a UMD file (mocha's browser build) as CommonJS. Its package says "type": "module", so
 * esbuild would read it as an ES module, and its `module.exports = …` would then replace the
 * exports of the whole bundle.
 * @param {RegExp} filter import paths to load this way
 * @returns {import('esbuild').Plugin}
 */
export function umdAsCommonJs(filter) {
  return {
    name: 'umd-as-commonjs',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'umd') return undefined; // our own lookup below
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'umd' });
        if (resolved.errors.length) return { errors: resolved.errors };
        return { path: resolved.path, namespace: 'umd' };
      });
      build.onLoad({ filter: /.*/, namespace: 'umd' }, (args) => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'js', resolveDir: path.dirname(args.path) }));
    },
  };
}
