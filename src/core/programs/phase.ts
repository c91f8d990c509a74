/** The phase value of a program not yet in a clinical trial ("in IND-enabling studies"). */
export const PRECLINICAL = 'preclinical';
/** The phase value of a program an agency approved: past Phase 3, before the trials that follow approval (Phase 4). */
export const APPROVED = 'approved';

/** Orders phases: "preclinical" < "1" < "1b" < "1b/2" < "2" < "3" < "approved" < "4". */
export function phaseRank(phase: string): number {
  if (phase === PRECLINICAL) return 0;
  if (phase === APPROVED) return 3.9;
  const parts = phase.split('/');
  const last = parts[parts.length - 1]!;
  const n = Number(last.replace(/[ab]$/, ''));
  const sub = last.endsWith('a') ? 0.1 : last.endsWith('b') ? 0.2 : 0;
  return n + sub + (parts.length > 1 ? -0.05 : 0);
}

/**
 * Does a newer release's phase look back from an older one's, so that the older one stands? "IND-enabling
 * studies" of a program an older release put in the clinic, and a trial (in a new indication, say) of
 * a program an older release said was approved, tell of the past or of more work, not of a step back.
 */
export function looksBack(newer: string, older: string): boolean {
  if (newer === PRECLINICAL) return older !== PRECLINICAL;
  return older === APPROVED && phaseRank(newer) < phaseRank(APPROVED);
}

/** A phase as people write it: "Phase 1b/2", "Preclinical", "Approved". */
export function phaseLabel(phase: string): string {
  return phase === PRECLINICAL ? 'Preclinical' : phase === APPROVED ? 'Approved' : `Phase ${phase}`;
}

/** A phase and the date of the release that states it: "Phase 2 (2024-03-12)", "Preclinical". */
export function phaseWithDate(phase: string, date: string | null | undefined): string {
  return date ? `${phaseLabel(phase)} (${date})` : phaseLabel(phase);
}
