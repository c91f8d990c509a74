import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jsonChunks } from '../../src/cli/jsonChunks';
import { buildScanReport } from '../../src/core/report';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples');
const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks (JSON output written piece by piece)', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for odd shapes too', () => {
    const values: unknown[] = [
      { version: 1, releases: [], programs: [{ id: 'A-1', nested: [[1, 2], { x: [] }], text: 'two\nlines "quoted"' }] },
      { a: undefined, b: [undefined, () => 1, null, { c: undefined }], d: {}, e: [[]], f: 'x' },
      [{ a: 1 }, [2, [3]], 'four\n', null],
      [],
      {},
      { only: [] },
      'plain',
      42,
      null,
      { toJSON: () => ({ replaced: [1] }) },
      { when: new Date(Date.UTC(2031, 4, 6)), list: [new Date(Date.UTC(2032, 0, 1))] },
    ];
    for (const value of values) assert.equal([...jsonChunks(value)].join(''), whole(value), JSON.stringify(value));
  });

  it('writes a scan report of the samples as JSON.stringify does, one release or program per piece', () => {
    const index = new WorkspaceIndex();
    for (const f of fs.readdirSync(SAMPLES)) index.set(f, fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    const report = buildScanReport(index);
    const chunks = [...jsonChunks(report)];
    assert.equal(chunks.join(''), whole(report));
    assert.ok(report.releases.length > 3 && report.programs.length > 3, 'samples give releases and programs');
    const largest = Math.max(...chunks.map((c) => c.length));
    assert.ok(largest < whole(report).length / 3, `no piece holds most of the output (${largest} of ${whole(report).length} characters)`);
  });
});
