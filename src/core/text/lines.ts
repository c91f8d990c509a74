import { LINE_BREAK_CHARS, NextOf } from './nextOf';

/** Line handling that treats CRLF, LF and a lone CR alike. */

export interface TextLine {
  /** 1-based line number. */
  line: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, excluding the line break. */
  end: number;
  text: string;
}

export class LineIndex {
  /** starts[i] is the offset where line i+1 begins. */
  private readonly starts: number[];

  constructor(private readonly source: string) {
    const starts = [0];
    // Line breaks found by indexOf (native, far faster than reading every character here).
    const breaks = new NextOf(source, LINE_BREAK_CHARS);
    for (let i = breaks.next(0); i < source.length; i = breaks.next(i)) {
      if (source.charCodeAt(i) === 13 && source.charCodeAt(i + 1) === 10) i++;
      starts.push(++i);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of an offset (binary search). */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.source.length;
  }

  lineEnd(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.source.length;
    let end = next;
    if (end > 0 && this.source.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.source.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStart(line));
  }

  lineText(line: number): string {
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
  }

  lines(): TextLine[] {
    const out: TextLine[] = [];
    for (let n = 1; n <= this.starts.length; n++) {
      const start = this.lineStart(n);
      const end = this.lineEnd(n);
      out.push({ line: n, start, end, text: this.source.slice(start, end) });
    }
    return out;
  }
}
