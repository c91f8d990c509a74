import * as assert from 'node:assert/strict';
import { analyzeRelease } from '../../src/core/analyze';
import { AnalysisCache } from '../../src/core/analysisCache';

const TEXT = [
  'Quillon Bio Announces Phase 2 Start for QLB-114',
  '',
  'BOSTON, March 3, 2024 /PR Newswire/ -- Quillon Bio, Inc. today announced that the first patient was dosed with QLB-114, a HER2 antibody-drug conjugate, and received a $12 million milestone payment from Zerran Pharma.',
  '',
  'About Quillon Bio',
  'Quillon Bio develops antibody-drug conjugates.',
].join('\n');

/** A slim analysis, as the workspace keeps a release read from disk. */
function analysisOf(file: string, text = TEXT) {
  const a = analyzeRelease(file, text);
  a.mentions = [];
  return a;
}

const written = (cache: AnalysisCache) => [...cache.lines()].join('\n');

describe('analysis cache', () => {
  it('gives back what was stored for the same size and modification time, after a round trip through text', () => {
    const cache = new AnalysisCache('build-1');
    const odd = 'file:///r/odd "name",\\ [1].release';
    cache.set('file:///r/a.release', 100, 1700000000000, analysisOf('file:///r/a.release'));
    cache.set(odd, 7, 5, analysisOf(odd));
    cache.set('file:///r/notes.md', 50, 6, null);
    const read = AnalysisCache.parse(written(cache), 'build-1');
    assert.ok(read);
    assert.equal(read.size, 3);
    assert.deepEqual(read.get('file:///r/a.release', 100, 1700000000000)?.analysis, JSON.parse(JSON.stringify(analysisOf('file:///r/a.release'))));
    assert.equal(read.get(odd, 7, 5)?.analysis?.file, odd);
    assert.deepEqual(read.get('file:///r/notes.md', 50, 6), { size: 50, mtime: 6, analysis: null });
    assert.ok((read.get('file:///r/a.release', 100, 1700000000000)?.analysis?.programs.length ?? 0) > 0);
  });

  it('has no entry for a file whose size or modification time changed', () => {
    const cache = new AnalysisCache('k');
    cache.set('a', 10, 20, analysisOf('a'));
    assert.equal(cache.get('a', 11, 20), undefined);
    assert.equal(cache.get('a', 10, 21), undefined);
    assert.equal(cache.get('b', 10, 20), undefined);
    assert.ok(cache.get('a', 10, 20));
  });

  it('is not read when written for another key, in another format, or cut short', () => {
    const cache = new AnalysisCache('build-1');
    cache.set('a', 1, 2, analysisOf('a'));
    cache.set('b', 3, 4, analysisOf('b'));
    const text = written(cache);
    assert.ok(AnalysisCache.parse(text, 'build-1'));
    assert.equal(AnalysisCache.parse(text, 'build-2'), undefined);
    assert.equal(AnalysisCache.parse(text.slice(0, text.lastIndexOf('\n')), 'build-1'), undefined, 'a line missing');
    assert.equal(AnalysisCache.parse(text.slice(0, -10), 'build-1'), undefined, 'a line cut');
    assert.equal(AnalysisCache.parse('', 'build-1'), undefined);
    assert.equal(AnalysisCache.parse('{"format":"other"}', 'build-1'), undefined);
    assert.equal(AnalysisCache.parse(text.replace('"version":1', '"version":2'), 'build-1'), undefined);
  });

  it('drops an entry whose analysis does not hold what was written, so that its file is read again', () => {
    const cache = new AnalysisCache('k');
    cache.set('a', 1, 2, analysisOf('a'));
    cache.set('b', 1, 2, analysisOf('b'));
    const text = written(cache).replace('"file":"b"', '"file":"elsewhere"');
    const read = AnalysisCache.parse(text, 'k');
    assert.ok(read);
    assert.equal(read.get('b', 1, 2), undefined);
    assert.equal(read.size, 1);
    assert.ok(read.get('a', 1, 2));
  });

  it('writes entries it has not parsed yet as they were read', () => {
    const cache = new AnalysisCache('k');
    cache.set('a', 1, 2, analysisOf('a'));
    const text = written(cache);
    const read = AnalysisCache.parse(text, 'k')!;
    assert.equal(written(read), text);
    assert.equal(read.dirty, false);
  });

  it('writes the entries it had when writing began, whatever changes meanwhile', () => {
    const cache = new AnalysisCache('k');
    cache.set('a', 1, 2, null);
    cache.set('b', 1, 2, null);
    const lines: string[] = [];
    for (const line of cache.lines()) {
      lines.push(line);
      if (lines.length < 3) cache.set(`new-${lines.length}`, 1, 2, null);
      cache.delete('b');
    }
    const read = AnalysisCache.parse(lines.join('\n'), 'k');
    assert.equal(read?.size, 2);
    assert.ok(read.get('b', 1, 2));
  });

  it('keeps only the files still listed, and says when it changed', () => {
    const cache = new AnalysisCache('k');
    cache.set('a', 1, 2, null);
    cache.set('b', 1, 2, null);
    cache.dirty = false;
    cache.retainOnly(new Set(['a', 'c']));
    assert.equal(cache.size, 1);
    assert.ok(cache.dirty);
    assert.ok(cache.get('a', 1, 2));
  });
});
