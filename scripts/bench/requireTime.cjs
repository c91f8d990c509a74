// Code-loading cost of the production bundle outside VS Code: require(dist/extension.js) in a plain
// Node process with a stand-in `vscode` module (scripts/vscodeStub.cjs). Prints {"ms": ...}. Used by
// run.mjs as a contention-free reference for the activation numbers measured inside code-server.
'use strict';
const { withStubVscode } = require('../vscodeStub.cjs');

let ms = 0;
// Timed inside: making the stand-in (reading @types/vscode) is not the bundle's cost.
const ext = withStubVscode(() => {
  const t0 = performance.now();
  const loaded = require(process.argv[2]);
  ms = performance.now() - t0;
  return loaded;
});
process.stdout.write(`${JSON.stringify({ ms, exports: Object.keys(ext) })}\n`);
