// Builds what the benchmark measures, always from the current sources:
//  - .bench/core.mjs: the pure core (src/core) bundled by esbuild as one ES module, not minified,
//    with an external source map (for readable CPU profiles);
//  - .bench/prod/: the repository's own `node esbuild.mjs --production`, run with .bench/prod as the
//    working directory (src and node_modules symlinked), so the production bundle lands in
//    .bench/prod/dist/ and the developer's dist/ is left alone; package.json, the grammar, the
//    language configuration and media are copied beside it, making .bench/prod an extension folder
//    that code-server can load with extensionDevelopmentPath.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH_DIR = path.join(ROOT, '.bench');

/** Creates .bench/ with a .gitignore of its own, so its outputs never show up in git status. */
export function ensureBenchDir() {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const ignore = path.join(BENCH_DIR, '.gitignore');
  if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# benchmark outputs (scripts/bench)\n*\n');
}

export async function buildCore() {
  const esbuild = await import('esbuild');
  const outfile = path.join(BENCH_DIR, 'core.mjs');
  ensureBenchDir();
  await esbuild.build({
    stdin: {
      contents: [
        "export { WorkspaceIndex } from './src/core/workspaceIndex';",
        "export { analyzeRelease } from './src/core/analyze';",
        "export { programCard } from './src/core/cards';",
        "export { decodeRelease } from './src/core/decode';",
        "export { looksLikeRelease } from './src/core/looksLikeRelease';",
        "export { AnalysisPool } from './src/node/analysisPool';",
        "export { analyzeInOrder } from './src/node/analyzeInOrder';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'bench-core-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'external',
    sourcesContent: false,
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** `node esbuild.mjs --production` into .bench/prod/dist; returns the extension folder. */
export function buildProduction() {
  const dir = path.join(BENCH_DIR, 'prod');
  ensureBenchDir();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'src'), path.join(dir, 'src'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs --production failed:\n${r.stdout}\n${r.stderr}`);
  for (const f of ['package.json', 'language-configuration.json', 'LICENSE', 'README.md']) {
    if (fs.existsSync(path.join(ROOT, f))) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  for (const d of ['syntaxes', 'media']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  // The symlinks are only for the build; code-server should not see the sources.
  fs.unlinkSync(path.join(dir, 'src'));
  fs.unlinkSync(path.join(dir, 'node_modules'));
  return { dir, extensionJs: path.join(dir, 'dist', 'extension.js'), cliJs: path.join(dir, 'dist', 'cli.js') };
}

/** The regular development build (`node esbuild.mjs`, for the CLI measurement) and the compiled test host helpers. */
export function buildDev() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed:\n${r.stdout}\n${r.stderr}`);
  // The test host helpers, which the activation measurement shares with the test runner.
  const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.test.json failed:\n${tsc.stdout}\n${tsc.stderr}`);
}
