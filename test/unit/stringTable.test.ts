import * as assert from 'node:assert/strict';
import { analyzeRelease } from '../../src/core/analyze';
import { StringTable } from '../../src/core/stringTable';
import { release } from './helpers';

describe('StringTable: one copy of repeated strings in stored analyses', () => {
  const text = release(
    'Northwind dosed the first patient in a Phase 1 trial of NWT-214, an anti-CLDN6 antibody-drug conjugate, in June 2024. ' +
      'NWT-214 carries QM3, a topoisomerase inhibitor payload. Orvia Pharma paid $40 million upfront for NWT-503.',
  );

  it('leaves every value as it was', () => {
    const analysis = analyzeRelease('file:///w/northwind.release', text);
    const before = structuredClone(analysis);
    new StringTable().shareAll(analysis);
    assert.deepEqual(analysis, before);
  });

  it('keeps short strings only, once each, across releases', () => {
    const table = new StringTable();
    const a = structuredClone(analyzeRelease('file:///w/a.release', text));
    const b = structuredClone(analyzeRelease('file:///w/b.release', text));
    table.shareAll(a);
    const afterOne = table.size;
    table.shareAll(b);
    assert.ok(afterOne > 10, `short strings kept: ${afterOne}`);
    // The second release repeats the first one's short strings (its file name is long, never kept).
    assert.equal(table.size, afterOne);
    assert.equal(table.share('NWT-214'), 'NWT-214');
    const long = 'file:///w/a-much-longer-name.release';
    table.share(long);
    assert.equal(table.size, afterOne, 'strings longer than 12 characters are not kept');
  });
});
