/**
 * The next place any of a few characters stands at or after a position, or the text's length, for
 * positions that never go back: each character's `indexOf` search runs on from where it stopped, so
 * visiting every such place of a text in order is linear. Line breaks, sentence stops and currency
 * signs are found this way.
 */
export class NextOf {
  /** Where each character was last found (the text's length: nowhere further on); -1 before the first search. */
  private readonly at: number[];

  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
  ) {
    this.at = [];
    for (let k = 0; k < chars.length; k++) this.at.push(-1);
  }

  next(from: number): number {
    const { text, chars, at } = this;
    let best = text.length;
    for (let k = 0; k < chars.length; k++) {
      let found = at[k]!;
      if (found < from && found !== text.length) {
        found = text.indexOf(chars[k]!, from);
        at[k] = found = found < 0 ? text.length : found;
      }
      if (found < best) best = found;
    }
    return best;
  }
}

/** "\n" and "\r", for NextOf. */
export const LINE_BREAK_CHARS: readonly string[] = ['\n', '\r'];
