import type { MentionKind } from '../types';

/** A recognized span before overlaps between recognizers are resolved. */
export interface Candidate {
  kind: MentionKind;
  start: number;
  end: number;
  value: string | number;
  currency?: string;
}

export interface RecognizeContext {
  text: string;
  /** Release date `YYYY-MM-DD` when known: supplies the year of "June 3" or "third quarter". */
  releaseDate?: string;
}
