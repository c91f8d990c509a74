import { extractMilestones } from './milestones';
import { CompanyNames } from './programs/companies';
import { addApprovals } from './programs/approval';
import { extractPrograms } from './programs/extract';
import { addTransactionDeals } from './programs/transactionDeals';
import type { Candidate } from './recognize/candidate';
import type { CatalogRecognition } from './recognize/catalogCodes';
import { recognizeAll } from './recognize/index';
import { readStructure } from './structure';
import { detach } from './text/detach';
import { LineIndex } from './text/lines';
import { splitSentences } from './text/sentences';
import { Words } from './text/words';
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
  // The words of the text, found once: the recognizers and the company names read them.
  const words = new Words(text);
  const candidates = recognizeAll({ text, ...(structure.releaseDate ? { releaseDate: structure.releaseDate } : {}), ...(options.catalog ? { catalog: options.catalog } : {}) }, words);
  const mentions = toMentions(candidates, text, lines);
  const sentences = splitSentences(text);
  const companies = new CompanyNames(text, structure.issuer, words);
  const programs = extractPrograms({ file, text, mentions, structure, lines, sentences, companies });
  // A drug code's value is its program id within this release (the workspace index may merge further).
  const byOffset = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'drug-code') byOffset.set(m.offset, m);
  for (const program of programs) {
    for (const { offset } of program.mentions) {
      const m = byOffset.get(offset);
      if (m) m.value = program.names[0]!;
    }
  }
  const milestones = extractMilestones({ text, mentions, programs, structure, lines, sentences });
  addApprovals(programs, milestones, file, structure.releaseDate);
  const transactions = extractTransactions({ file, text, mentions, structure, lines, programs, sentences, companies });
  addTransactionDeals(programs, transactions, companies.issuerShort, structure.releaseDate);
  const analysis: ReleaseAnalysis = { file, structure, mentions, programs, lineCount: lines.lineCount, milestones, transactions };
  if (structure.headline) analysis.title = structure.headline.text;
  if (structure.releaseDate) analysis.date = structure.releaseDate;
  if (structure.issuer) analysis.issuer = structure.issuer;
  return analysis;
}

/**
 * The candidates as mentions. recognizeAll gives them sorted by start, so each one's line is found
 * by walking on from the last one's: the walk never needs to go back.
 */
function toMentions(candidates: Candidate[], text: string, lines: LineIndex): Mention[] {
  const mentions: Mention[] = [];
  let line = 1;
  for (const c of candidates) {
    while (line < lines.lineCount && lines.lineStart(line + 1) <= c.start) line++;
    mentions.push(toMention(c, text, line, c.start - lines.lineStart(line) + 1));
  }
  return mentions;
}

function toMention(c: Candidate, text: string, line: number, column: number): Mention {
  const value = typeof c.value === 'string' ? detach(c.value) : c.value;
  const m: Mention = { kind: c.kind, text: detach(text.slice(c.start, c.end)), offset: c.start, length: c.end - c.start, line, column, value };
  if (c.currency) m.currency = c.currency;
  return m;
}
