// Code-loading cost of the production bundle outside VS Code: require(dist/extension.js) in a plain
// Node process with a stub `vscode` module (a Proxy; nothing is called at load time except what the
// bundle's top level touches). Prints {"ms": ...}. Used by run.mjs as a contention-free reference
// for the activation numbers measured inside code-server.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const stub = new Proxy(function vscodeStub() {}, {
  get: (_t, k) => (typeof k === 'symbol' || k === 'then' ? undefined : k === '__esModule' ? false : stub),
  apply: () => stub,
  construct: () => stub,
});
// A plain object inheriting from the catch-all proxy, so that esbuild's CommonJS interop (which
// copies own property names) still finds every namespace through the prototype chain, with the
// API's top-level names (from @types/vscode) as own properties, as the real API object has them.
const vscodeModule = Object.create(stub);
const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const m of declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)) vscodeModule[m[1]] = stub;
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscodeModule : load.call(this, request, ...rest);
};
const t0 = performance.now();
const ext = require(process.argv[2]);
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, exports: Object.keys(ext) })}\n`);
