// Code-loading cost of the production bundle outside VS Code: require(dist/extension.js) in a plain
// Node process with a stub `vscode` module (a Proxy; nothing is called at load time except what the
// bundle's top level touches). Prints {"ms": ...}. Used by run.mjs as a contention-free reference
// for the activation numbers measured inside code-server.
'use strict';
const Module = require('node:module');

const stub = new Proxy(function vscodeStub() {}, {
  get: (_t, k) => (typeof k === 'symbol' || k === 'then' ? undefined : k === '__esModule' ? false : stub),
  apply: () => stub,
  construct: () => stub,
});
// A plain object inheriting from the catch-all proxy, so that esbuild's CommonJS interop (which
// copies own property names) still finds every namespace through the prototype chain.
const vscodeModule = Object.create(stub);
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscodeModule : load.call(this, request, ...rest);
};
const t0 = performance.now();
const ext = require(process.argv[2]);
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, exports: Object.keys(ext) })}\n`);
