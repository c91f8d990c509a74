/**
 * The next line break ("\n" or "\r") at or after a position, for positions that never go back:
 * each `indexOf` search runs once over the text, so finding every line break of many sentences in
 * order is linear.
 */
export class LineBreaks {
  private lf = -1;
  private cr = -1;

  constructor(private readonly text: string) {}

  /** Offset of the next line break at or after `from`, or the text's length. */
  next(from: number): number {
    if (this.lf !== this.text.length && this.lf < from) this.lf = this.find('\n', from);
    if (this.cr !== this.text.length && this.cr < from) this.cr = this.find('\r', from);
    return Math.min(this.lf, this.cr);
  }

  private find(c: string, from: number): number {
    const at = this.text.indexOf(c, from);
    return at < 0 ? this.text.length : at;
  }
}
