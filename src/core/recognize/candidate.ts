import type { MentionKind } from '../types';
import type { CatalogRecognition } from './catalogCodes';

/** A recognized span before overlaps between recognizers are resolved. */
export interface Candidate {
  kind: MentionKind;
  start: number;
  end: number;
  value: string | number;
  currency?: string;
  /** Matched by a pattern of the workspace catalog: the user's word wins over the built-in recognizers. */
  pinned?: true;
}

export interface RecognizeContext {
  text: string;
  /** Release date `YYYY-MM-DD` when known: supplies the year of "June 3" or "third quarter". */
  releaseDate?: string;
  /** Code patterns and ignored names from the workspace catalog. */
  catalog?: CatalogRecognition;
}
