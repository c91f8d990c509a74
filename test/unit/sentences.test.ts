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

describe('sentences of a list', () => {
  it('gives each list item a sentence of its own, whatever ends the line before', () => {
    assert.deepEqual(sentences('Highlights\n- NWT-101 is in Phase 2.\n- NWT-202 entered Phase 1 in lung cancer\n• NWT-303: IND filed.\n* Cash was $12 million.'), [
      'Highlights', '- NWT-101 is in Phase 2.', '- NWT-202 entered Phase 1 in lung cancer', '• NWT-303: IND filed.', '* Cash was $12 million.',
    ]);
  });

  it('reads a dash inside a line, or one that joins a wrapped line, as no list item', () => {
    assert.deepEqual(sentences('NWT-101 - a HER2 ADC - is in Phase 2.\nIt goes on -\nand ends here.'), ['NWT-101 - a HER2 ADC - is in Phase 2.', 'It goes on -\nand ends here.']);
  });
});
