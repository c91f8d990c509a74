import { extractMilestones } from './milestones';
import { extractPrograms } from './programs/extract';
import type { Candidate } from './recognize/candidate';
import type { CatalogRecognition } from './recognize/catalogCodes';
import { recognizeAll } from './recognize/index';
import { readStructure } from './structure';
import { detach } from './text/detach';
import { LineIndex } from './text/lines';
import { splitSentences } from './text/sentences';
import { extractTransactions } from './transactions';
import type { Mention, ReleaseAnalysis } from './types';

export interface AnalyzeOptions {
  /** Code patterns and ignored names of the workspace catalog (see core/catalog.ts). */
  catalog?: CatalogRecognition;
}

/** Analyses one release: structure, mentions and what it says about each program. Pure. */
export function analyzeRelease(file: string, text: string, options: AnalyzeOptions = {}): ReleaseAnalysis {
  const lines = new LineIndex(text);
  const structure = readStructure(lines);
  const candidates = recognizeAll({ text, ...(structure.releaseDate ? { releaseDate: structure.releaseDate } : {}), ...(options.catalog ? { catalog: options.catalog } : {}) });
  const mentions = candidates.map((c) => toMention(c, text, lines));
  const sentences = splitSentences(text);
  const programs = extractPrograms({ file, text, mentions, structure, lines, sentences });
  // A drug code's value is its program id within this release (the workspace index may merge further).
  const byOffset = new Map(mentions.map((m) => [m.offset, m]));
  for (const program of programs) {
    for (const { offset } of program.mentions) {
      const m = byOffset.get(offset);
      if (m && m.kind === 'drug-code') m.value = program.names[0]!;
    }
  }
  const milestones = extractMilestones({ text, mentions, programs, structure, lines, sentences });
  const transactions = extractTransactions({ file, text, mentions, structure, lines, programs, sentences });
  const analysis: ReleaseAnalysis = { file, structure, mentions, programs, lineCount: lines.lineCount, milestones, transactions };
  if (structure.headline) analysis.title = structure.headline.text;
  if (structure.releaseDate) analysis.date = structure.releaseDate;
  if (structure.issuer) analysis.issuer = structure.issuer;
  return analysis;
}

function toMention(c: Candidate, text: string, lines: LineIndex): Mention {
  const { line, column } = lines.position(c.start);
  const value = typeof c.value === 'string' ? detach(c.value) : c.value;
  const m: Mention = { kind: c.kind, text: detach(text.slice(c.start, c.end)), offset: c.start, length: c.end - c.start, line, column, value };
  if (c.currency) m.currency = c.currency;
  return m;
}
