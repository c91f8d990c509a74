/**
 * dimmedLines() must say what the grammar does: it is checked line by line against the grammar
 * itself, loaded as VS Code loads it (vscode-textmate + vscode-oniguruma), on every release text in
 * the repository and on edge cases.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { dimmedLines } from '../../src/core/dimmedLines';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DIMMING_SCOPES = ['comment.block.boilerplate.release', 'comment.line.contact.release'];

let grammarPromise: Promise<vsctm.IGrammar> | undefined;
function grammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch((e: Error) => {
      // Another test file may have loaded it already.
      if (!/already|once/i.test(e.message)) throw e;
    });
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes', 'release.tmLanguage.json'), 'utf8'), 'release.tmLanguage.json'),
    });
    const g = await registry.loadGrammar('text.release');
    if (!g) throw new Error('grammar did not load');
    return g;
  })();
  return grammarPromise;
}

/** Per line: does the grammar give its first non-blank character a dimming scope? */
async function grammarDimmed(text: string): Promise<boolean[]> {
  const g = await grammar();
  let stack = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = g.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const first = line.search(/[^ \t]/);
    if (first < 0) return false;
    const token = result.tokens.find((t) => t.startIndex <= first && first < t.endIndex);
    return !!token && token.scopes.some((s) => DIMMING_SCOPES.includes(s));
  });
}

function releaseFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return releaseFiles(full);
    return /\.(?:release|txt)$/.test(e.name) ? [full] : [];
  });
}

const lineNumbers = (flags: boolean[]) => flags.flatMap((f, k) => (f ? [k] : []));

describe('lines the grammar dims', () => {
  it('are the lines the grammar itself dims, in every release of the repository', async function () {
    this.timeout(60_000);
    const files = [...releaseFiles(path.join(ROOT, 'samples')), ...releaseFiles(path.join(ROOT, 'test', 'workspace')), ...releaseFiles(path.join(ROOT, 'test', 'fixtures'))];
    assert.ok(files.length >= 40, `${files.length} files`);
    let dimmed = 0;
    let withDimmed = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const expected = lineNumbers(await grammarDimmed(text));
      assert.deepEqual(lineNumbers(dimmedLines(text)), expected, path.relative(ROOT, file));
      dimmed += expected.length;
      if (expected.length) withDimmed++;
    }
    // Not vacuous: most releases have boilerplate or contact lines.
    assert.ok(dimmed >= 50 && withDimmed >= files.length / 2, `${dimmed} dimmed lines in ${withDimmed} of ${files.length} files`);
  });

  it('match the grammar on edge cases: headings first, block ends, contact lines, CRLF', async () => {
    const cases = [
      'Forward-Looking Statements\nThis release contains forward-looking statements.\nMore text here.\n\nAfter the blank line.',
      'Text before.\nActual results may differ materially.\nAbout Quillon Biosciences, Inc.\nQuillon is fictional.',
      'Safe harbor\nSpeaks only as of today.\nInvestor Contact: Jane Doe\nstill after the contact line',
      'Risks and uncertainties\r\nundue reliance on these\r\nsecond line\r\n   \r\nout',
      'Cautionary Note Regarding Forward-Looking Statements\nThe company undertakes no obligation to update.\nFinancial Results\nRevenue rose.',
      'Media contacts:\nE-mail: press@example.com\nTel: 555\nPhone : nothing\nphone:   x\nSecond Quarter 2031 Results\nundertakes no duty — Q3 Highlights',
      `${'x'.repeat(4990)} forward-looking statements`,
      `${'x'.repeat(5010)} forward-looking statements`,
    ];
    for (const text of cases) assert.deepEqual(lineNumbers(dimmedLines(text)), lineNumbers(await grammarDimmed(text)), JSON.stringify(text.slice(0, 60)));
    assert.deepEqual(lineNumbers(dimmedLines(cases[0]!)), [1, 2]);
  });

  it('take linear time on long and repetitive lines', () => {
    const shapes = ['About A '.repeat(20_000), 'Investor '.repeat(20_000), 'Forward-looking '.repeat(10_000) + 'statements', 'A1 '.repeat(50_000)];
    for (const line of shapes) {
      const t0 = performance.now();
      dimmedLines(`${line}\n`.repeat(5));
      const ms = performance.now() - t0;
      assert.ok(ms < 500, `${line.slice(0, 20)}…: ${ms.toFixed(0)} ms`);
    }
  });
});
