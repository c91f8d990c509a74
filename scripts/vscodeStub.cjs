// A stand-in `vscode` module for loading the extension's bundles in plain Node (the lazy-bundle unit
// test, the bench's code-loading reference): the API's top-level names (from @types/vscode) as own
// properties, each a catch-all proxy that answers any property, call or construction with itself.
// Nothing is meant to run against it: it lets a bundle's top level load.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const stub = new Proxy(function vscodeStub() {}, {
  get: (_t, k) => (typeof k === 'symbol' || k === 'then' ? undefined : k === '__esModule' ? false : stub),
  apply: () => stub,
  construct: () => stub,
});

/** The stand-in module; it inherits from the proxy, so esbuild's CommonJS interop (which copies own names) finds every namespace. */
function vscodeStubModule() {
  const api = Object.create(stub);
  const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  for (const m of declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)) api[m[1]] = stub;
  return api;
}

/** Runs `load` with require('vscode') answered by the stand-in, and restores the loader after. */
function withStubVscode(load) {
  const api = vscodeStubModule();
  const original = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? api : original.call(this, request, ...rest);
  };
  try {
    return load();
  } finally {
    Module._load = original;
  }
}

module.exports = { withStubVscode };
