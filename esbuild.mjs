// Bundles the extension (Node host), the CLI, the evaluation tool and the analysis worker thread;
// the extension for the browser (vscode.dev, github.dev: a web worker) and the test suite that runs
// in that web worker.
// Usage: node esbuild.mjs [--watch] [--production]
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { noNode, umdAsCommonJs, webVariants } from './scripts/browser-build.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * Names the analyser in the extension's index cache (src/extension/indexCache.ts): a hash of the
 * core's sources, so that entries written by another build are not taken. A watch build changes
 * the core as it runs, so it takes a name of its own each time it starts.
 */
function analyzerBuild() {
  if (watch) return `watch-${Date.now()}`;
  const hash = createHash('sha256');
  const files = fs.readdirSync('src/core', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(path.join('src/core', f))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** @type {esbuild.BuildOptions} */
const common = {
  define: { RELEASE_LENS_ANALYZER_BUILD: JSON.stringify(analyzerBuild()) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

/**
 * One `vscode` namespace for the whole bundle. By default every module's `import * as vscode` turns
 * into a require("vscode") of its own whose ~290 API properties are copied into a fresh namespace
 * object when the bundle loads; this resolves them all to one module that re-exports the API once.
 * @returns {esbuild.Plugin}
 */
function oneVscodeNamespace() {
  return {
    name: 'one-vscode-namespace',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-namespace' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-namespace' }));
      build.onLoad({ filter: /.*/, namespace: 'vscode-namespace' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
    },
  };
}

/**
 * The lazy bundles that validate with zod (src/core/zod.ts) require dist/lazy/zod.js, their sibling,
 * instead of each bundling a copy; only that bundle's own entry resolves the module.
 * @returns {esbuild.Plugin}
 */
function sharedZod() {
  return {
    name: 'shared-zod',
    setup(build) {
      build.onResolve({ filter: /(^|\/)zod$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './zod.js', external: true }));
    },
  };
}

/**
 * What activation does not need, each a bundle of its own in dist/lazy/ that
 * src/extension/lazyModules.ts requires on first use (the browser build keeps them in its one bundle).
 */
const LAZY_MODULES = {
  'lazy/pipeline': 'src/extension/views/pipelinePanel.ts',
  'lazy/deals': 'src/extension/views/dealsPanel.ts',
  'lazy/export': 'src/extension/commands/export.ts',
  'lazy/catalogParser': 'src/core/catalogParser.ts',
  'lazy/zod': 'src/core/zod.ts',
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts', ...LAZY_MODULES },
    outdir: 'dist',
    external: ['vscode', './lazy/*'],
    plugins: [oneVscodeNamespace(), sharedZod()],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/main.ts', eval: 'src/cli/eval.ts', analysisWorker: 'src/node/analysisWorker.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist/web',
    external: ['vscode'],
    plugins: [webVariants(), noNode(), oneVscodeNamespace()],
  },
  // The suite for the web-worker host; a production build (what is packaged) leaves it out.
  ...(production ? [] : [{
    ...common,
    platform: 'browser',
    target: 'es2022',
    entryPoints: { index: 'test/web/index.ts' },
    outdir: 'out/test-web',
    external: ['vscode'],
    minify: false,
    plugins: [webVariants(), noNode({ globals: false }), umdAsCommonJs(/^mocha\/mocha\.js$/)],
  }]),
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
