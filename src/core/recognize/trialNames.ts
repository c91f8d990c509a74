import type { Candidate } from './candidate';

/**
 * Trials named like codes: a word and a number of one to three digits ("EV-301", "HALO-101"), the
 * way sponsors name their trials, and their drugs too ("ACE-083"). A release that only ever calls
 * such a name a trial means the trial: each time, the name stands right before "trial" or "study"
 * ("the EV-301 trial") or is set off after one ("a Phase 3 trial, HALO-301, is ongoing").
 */
const TRIAL_NAME_SHAPE = /^[A-Za-z]{2,8}-\d{1,3}$/;
/** After the name: "trial", "study", with at most one adjective that trials take. Not a phase: "the ACE-083 Phase 2 trial" is the drug's. */
const TRIAL_AFTER = /^\s+(?:(?:pivotal|registrational|confirmatory)\s+)?(?:trials?|stud(?:y|ies))\b/i;
/** Before a name set off by a comma or a bracket: "trial, HALO-301,", "study (HALO-301)". */
const TRIAL_BEFORE = /\b(?:trials?|stud(?:y|ies))\s*[,(]\s*$/i;
const SET_OFF_AFTER = /^\s*[,)]/;
/** Characters read on either side of a name. */
const REACH = 48;

/** Is the code-like name at [start, end) called a trial where it stands? */
function calledTrial(text: string, start: number, end: number): boolean {
  if (TRIAL_AFTER.test(text.slice(end, end + REACH))) return true;
  return TRIAL_BEFORE.test(text.slice(Math.max(0, start - REACH), start)) && SET_OFF_AFTER.test(text.slice(end, end + 4));
}

/** The code candidates without the trial names among them (see TRIAL_NAME_SHAPE). */
export function withoutTrialNames(text: string, candidates: Candidate[]): Candidate[] {
  // A name is a trial's while every mention of it is called one.
  let trialOnly: Map<string, boolean> | undefined;
  for (const c of candidates) {
    if (c.kind !== 'drug-code' || typeof c.value !== 'string' || !TRIAL_NAME_SHAPE.test(c.value)) continue;
    trialOnly ??= new Map();
    const called = calledTrial(text, c.start, c.end);
    trialOnly.set(c.value, (trialOnly.get(c.value) ?? true) && called);
  }
  if (!trialOnly || ![...trialOnly.values()].some(Boolean)) return candidates;
  return candidates.filter((c) => !(c.kind === 'drug-code' && typeof c.value === 'string' && trialOnly.get(c.value) === true));
}
