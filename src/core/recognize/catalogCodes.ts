import type { WordMatcher } from '../text/wordAutomaton';
import type { Words } from '../text/words';
import type { Candidate } from './candidate';

/** What a workspace catalog changes in recognition (see core/catalog.ts). */
export interface CatalogRecognition {
  /** The catalog's code patterns, as one automaton. */
  codes?: WordMatcher;
  /** programKey of each string never to take for a drug code or name. */
  ignore: ReadonlySet<string>;
}

/**
 * Drug codes matched by the catalog's patterns: from the start of a word to the end of a word
 * (the longest match), at most MAX_CODE_LENGTH characters. Each word start costs at most that
 * many automaton steps, so the scan is linear in the text whatever the patterns.
 */
export function recognizeCatalogCodes(text: string, words: Words, codes: WordMatcher): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  for (let k = 0; k < words.count; k++) {
    const start = words.starts[k]!;
    if (start < next) continue;
    const end = codes.matchAt(text, start);
    if (end < 0) continue;
    out.push({ kind: 'drug-code', start, end, value: text.slice(start, end), pinned: true });
    next = end;
  }
  return out;
}
