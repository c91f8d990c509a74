import type { Candidate, RecognizeContext } from './candidate';
import { recognizeCatalogCodes } from './catalogCodes';
import { programKey } from '../programKey';
import { recognizeCodes } from './codes';
import { recognizeDates } from './dates';
import { recognizeIndications } from './indications';
import { recognizePercents, recognizePhases, recognizePhones, recognizeTickers, recognizeTrialIds, recognizeUrlsAndEmails } from './misc';
import { recognizeMoney } from './money';
import { recognizeBrands, recognizeDrugNames } from './names';
import type { MentionKind } from '../types';
import { Words } from '../text/words';

/** Which recognizer wins where two overlap: lower first. */
const PRIORITY: Record<MentionKind, number> = {
  url: 0, email: 0, money: 1, date: 2, 'trial-id': 3, phone: 3, ticker: 3, 'drug-code': 4, target: 5,
  'drug-name': 6, brand: 6, phase: 7, indication: 8, percent: 9,
};
/** Codes matched by catalog patterns come right after URLs and e-mail addresses: the user said so. */
const PINNED_PRIORITY = 0.5;
const rank = (c: Candidate) => (c.pinned ? PINNED_PRIORITY : PRIORITY[c.kind]);

/**
 * Runs every recognizer and keeps a non-overlapping set of candidates, preferring higher priority,
 * then longer spans. Returns candidates sorted by start.
 */
export function recognizeAll(ctx: RecognizeContext): Candidate[] {
  const { text } = ctx;
  const words = new Words(text);
  const all: Candidate[] = [];
  const add = (found: Candidate[]) => {
    for (const c of found) all.push(c);
  };
  add(recognizeUrlsAndEmails(text));
  add(recognizeMoney(text, words));
  add(recognizeDates(ctx, words));
  add(recognizeTrialIds(text));
  add(recognizePhones(text, words));
  add(recognizeTickers(text));
  add(recognizeCodes(text, words));
  add(recognizeDrugNames(text, words));
  add(recognizeBrands(text, words));
  add(recognizePhases(text));
  add(recognizeIndications(text, words));
  add(recognizePercents(text, words));
  const catalog = ctx.catalog;
  if (catalog?.codes) add(recognizeCatalogCodes(text, words, catalog.codes));

  all.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length + 1);
  const kept: Candidate[] = [];
  const ignored = catalog && catalog.ignore.size > 0 ? catalog.ignore : undefined;
  for (const c of all) {
    if (c.end <= c.start) continue;
    // Names the catalog says are no programs leave the span to the other recognizers.
    if (ignored && (c.kind === 'drug-code' || c.kind === 'drug-name' || c.kind === 'brand') && ignored.has(programKey(text.slice(c.start, c.end)))) continue;
    let free = true;
    for (let p = c.start; p < c.end; p++) {
      if (taken[p]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export type { Candidate, RecognizeContext };
