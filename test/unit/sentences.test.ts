import * as assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/text/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentences', () => {
  it('ends a sentence after a letter that ends a code, an amount or a phase', () => {
    assert.deepEqual(sentences('It targets NaPi2b. Then a reservation of $18M. Data from the Phase 2b. The CAR-T. Next.'), [
      'It targets NaPi2b.', 'Then a reservation of $18M.', 'Data from the Phase 2b.', 'The CAR-T.', 'Next.',
    ]);
  });

  it('goes on after an initial', () => {
    assert.deepEqual(sentences('Then J. Smith said so. (A. Jones) left. The U.S. Food and Drug Administration agreed.'), [
      'Then J. Smith said so.', '(A. Jones) left.', 'The U.S. Food and Drug Administration agreed.',
    ]);
  });
});
