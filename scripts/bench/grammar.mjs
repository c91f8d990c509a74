// Grammar benchmark (run in a worker process by run.mjs): tokenizes ~1 MB of concatenated synthetic
// releases line by line, carrying the rule stack, with vscode-textmate + vscode-oniguruma (the
// engine VS Code uses), once with syntaxes/release.tmLanguage.json and once with VS Code's own
// Markdown grammar (text.html.markdown) from the installed code-server. Grammars that Markdown
// embeds are loaded from code-server's built-in extensions when present (null otherwise), and the
// built-in injections into Markdown (markdown-math) are applied, as in VS Code.
//
// For each grammar: one cold pass (new registry: grammar load + regex compilation + first
// tokenization), then `passes` warm passes with the same grammar object; passes alternate between
// the two grammars so that machine noise hits both alike. tokenizeLine2 (binary tokens) is what
// VS Code's tokenizer calls.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { concatenatedReleases } from './generate.mjs';

const require = createRequire(import.meta.url);

function grammarIndex(extensionsDir) {
  const byScope = new Map();
  const injections = new Map();
  if (!extensionsDir || !fs.existsSync(extensionsDir)) return { byScope, injections };
  for (const ext of fs.readdirSync(extensionsDir)) {
    const pj = path.join(extensionsDir, ext, 'package.json');
    if (!fs.existsSync(pj)) continue;
    let manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(pj, 'utf8'));
    } catch {
      continue;
    }
    for (const g of manifest.contributes?.grammars ?? []) {
      if (!g.scopeName || !g.path) continue;
      byScope.set(g.scopeName, path.join(extensionsDir, ext, g.path));
      for (const target of g.injectTo ?? []) (injections.get(target) ?? injections.set(target, []).get(target)).push(g.scopeName);
    }
  }
  return { byScope, injections };
}

export async function runGrammar(task) {
  const vsctm = require('vscode-textmate');
  const onig = require('vscode-oniguruma');
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onigLib = Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) });

  const { byScope, injections } = grammarIndex(task.vscodeExtensionsDir);
  byScope.set('text.release', task.releaseGrammar);
  if (task.markdownGrammar) byScope.set('text.html.markdown', task.markdownGrammar);
  const loaded = new Set();
  const missing = new Set();
  const newRegistry = () =>
    new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) => {
        const file = byScope.get(scopeName);
        if (!file || !fs.existsSync(file)) {
          missing.add(scopeName);
          return null;
        }
        loaded.add(scopeName);
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
      getInjections: (scopeName) => injections.get(scopeName) ?? [],
    });

  const text = concatenatedReleases(task.bytes ?? 1024 * 1024, task.seed);
  const lines = text.split('\n');
  const tokenizeAll = (grammar) => {
    let stack = vsctm.INITIAL;
    let tokens = 0;
    const t0 = performance.now();
    for (const line of lines) {
      const r = grammar.tokenizeLine2(line, stack);
      tokens += r.tokens.length / 2;
      stack = r.ruleStack;
    }
    return { ms: performance.now() - t0, tokens };
  };

  const subjects = [
    { key: 'release', scope: 'text.release' },
    { key: 'markdown', scope: 'text.html.markdown' },
  ];
  const out = { bytes: Buffer.byteLength(text), lines: lines.length, maxLineLength: Math.max(...lines.map((l) => l.length)) };
  for (const s of subjects) {
    const t0 = performance.now();
    const grammar = await newRegistry().loadGrammar(s.scope);
    if (!grammar) throw new Error(`grammar ${s.scope} not found`);
    const loadMs = performance.now() - t0;
    const first = tokenizeAll(grammar);
    s.grammar = grammar;
    out[s.key] = { loadMs, coldMs: loadMs + first.ms, tokens: first.tokens, passes: [] };
  }
  for (let i = 0; i < (task.passes ?? 5); i++) {
    for (const s of i % 2 ? [...subjects].reverse() : subjects) out[s.key].passes.push(tokenizeAll(s.grammar).ms);
  }
  out.embeddedLoaded = [...loaded].sort();
  out.embeddedMissing = [...missing].sort();
  return out;
}
