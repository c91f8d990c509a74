import { analyzeRelease } from '../../src/core/analyze';
import type { Mention, MentionKind } from '../../src/core/types';

/** A minimal fictional release around `body`, dated so yearless dates resolve. */
export function release(body: string, date = 'March 12, 2024'): string {
  return `Northwind Therapeutics Reports Progress\n\nCAMBRIDGE, Mass., ${date} -- Northwind Therapeutics, Inc. (Nasdaq: NWTX) today announced news.\n\n${body}\n`;
}

export function mentions(text: string, kind?: MentionKind): Mention[] {
  const all = analyzeRelease('test.release', text).mentions;
  return kind ? all.filter((m) => m.kind === kind) : all;
}

const HEADER_LINES = 4;

/** Texts of the mentions of `kind` found in `body` (wrapped as a release; the wrapper's own mentions left out). */
export function texts(body: string, kind: MentionKind): string[] {
  return mentions(release(body), kind).filter((m) => m.line > HEADER_LINES).map((m) => m.text);
}

export function values(body: string, kind: MentionKind): (string | number)[] {
  return mentions(release(body), kind).filter((m) => m.line > HEADER_LINES).map((m) => m.value);
}
