// In-host test suite entry: loaded by VS Code's extension host through `extensionTestsPath`
// (code-server host: test/host/runCodeServer.ts; desktop host: test/host/runElectron.ts).
// It builds a Mocha instance, adds every compiled `*.test.js` under this folder and runs it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';

function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export async function run(): Promise<void> {
  // mocha 12 is an ES module package: load it with a real dynamic import (kept as `import()` by
  // tsc under module Node16), which works in every extension host, unlike require(esm).
  const { default: Mocha } = await import('mocha');
  // VS Code forwards the extension host's console calls with their arguments joined by spaces
  // (and pins console.log, so it cannot be wrapped), so mocha's printf-style lines would arrive as
  // "✔ %s (%dms) name 75". Have mocha's reporters format them first.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000 });
  const grep = process.env.RELEASE_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = findTestFiles(__dirname);
  if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
  for (const file of files) mocha.addFile(file);

  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
