import type { Candidate, RecognizeContext } from './candidate';
import { recognizeCatalogCodes } from './catalogCodes';
import { programKey } from '../programKey';
import { recognizeCodes } from './codes';
import { recognizeDates } from './dates';
import { recognizeIndications } from './indications';
import { recognizePercents, recognizePhases, recognizePhones, recognizeTickers, recognizeTrialIds, recognizeUrlsAndEmails } from './misc';
import { recognizeMoney } from './money';
import { recognizeBrands, recognizeDrugNames } from './names';
import { recognizeShortNames } from './shortNames';
import { recognizeSpelledTargets } from './spelledTargets';
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
 * then longer spans. Returns candidates sorted by start. `words`: the text's words, when the caller
 * shares them with other readers of the text.
 */
export function recognizeAll(ctx: RecognizeContext, words: Words = new Words(ctx.text)): Candidate[] {
  const { text } = ctx;
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
  add(recognizeSpelledTargets(text, words));
  const drugNames = recognizeDrugNames(text, words);
  add(drugNames);
  add(recognizeBrands(text, words, drugNames));
  add(recognizeShortNames(text, drugNames));
  add(recognizePhases(text));
  add(recognizeIndications(text, words));
  add(recognizePercents(text, words));
  const catalog = ctx.catalog;
  if (catalog?.codes) add(recognizeCatalogCodes(text, words, catalog.codes));

  const ignored = catalog && catalog.ignore.size > 0 ? catalog.ignore : undefined;
  // Names the catalog says are no programs leave the span to the other recognizers.
  const isIgnored = (c: Candidate) =>
    ignored !== undefined && (c.kind === 'drug-code' || c.kind === 'drug-name' || c.kind === 'brand') && ignored.has(programKey(text.slice(c.start, c.end)));
  return resolveOverlaps(all, isIgnored);
}

/**
 * The candidates that win, sorted by start: where spans overlap, they are taken in order of
 * preference (see `byPreference`), each kept only if it overlaps none kept before it.
 *
 * Nearly all candidates overlap no other, so the candidates are walked by start and only groups of
 * overlapping spans are ranked. A candidate's fate depends only on those it overlaps, all in its
 * group, so this keeps exactly what ranking all of them at once would.
 */
function resolveOverlaps(all: Candidate[], isIgnored: (c: Candidate) => boolean): Candidate[] {
  // Stable: candidates with the same start keep the recognizers' order.
  const byStart = all.filter((c) => c.end > c.start && !isIgnored(c)).sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  for (let first = 0; first < byStart.length; ) {
    let last = first + 1;
    let reach = byStart[first]!.end;
    while (last < byStart.length && byStart[last]!.start < reach) reach = Math.max(reach, byStart[last++]!.end);
    if (last === first + 1) {
      kept.push(byStart[first]!);
    } else {
      for (const c of chooseAmongOverlapping(byStart.slice(first, last))) kept.push(c);
    }
    first = last;
  }
  return kept;
}

/** Of a group of overlapping candidates (sorted by start), those kept, sorted by start. */
function chooseAmongOverlapping(overlapping: Candidate[]): Candidate[] {
  const group = withoutTargetsOfDiseaseNames(overlapping);
  const from = group[0]!.start;
  let to = from;
  for (const c of group) to = Math.max(to, c.end);
  const taken = new Uint8Array(to - from);
  const chosen: Candidate[] = [];
  for (const c of byPreference(group)) {
    let free = true;
    for (let p = c.start; p < c.end; p++) {
      if (taken[p - from]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Candidates in the order they claim text: higher priority first, then longer spans, then earlier
 * ones; ties keep the order the recognizers gave. The sort is stable and the group, sorted stably
 * by start, has candidates with the same start in the recognizers' order already.
 */
/** A disease named after a target ("C3 glomerulopathy") is the disease: the target word inside it is no target there. */
function withoutTargetsOfDiseaseNames(group: Candidate[]): Candidate[] {
  const diseases = group.filter((c) => c.kind === 'indication');
  if (diseases.length === 0) return group;
  const inside = (t: Candidate, d: Candidate) => d.start <= t.start && t.end <= d.end && d.end - d.start > t.end - t.start;
  return group.filter((c) => c.kind !== 'target' || !diseases.some((d) => inside(c, d)));
}

function byPreference(group: Candidate[]): Candidate[] {
  return group.slice().sort((x, y) => rank(x) - rank(y) || y.end - y.start - (x.end - x.start) || x.start - y.start);
}

export type { Candidate, RecognizeContext };
