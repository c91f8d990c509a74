import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

describe('grammar source', () => {
  it('syntaxes/release.tmLanguage.json is what scripts/build-grammar.mjs generates', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-grammar.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
