/** The phase value of a program not yet in a clinical trial ("in IND-enabling studies"). */
export const PRECLINICAL = 'preclinical';

/** Orders phases: "preclinical" < "1" < "1b" < "1b/2" < "2" < "3". */
export function phaseRank(phase: string): number {
  if (phase === PRECLINICAL) return 0;
  const parts = phase.split('/');
  const last = parts[parts.length - 1]!;
  const n = Number(last.replace(/[ab]$/, ''));
  const sub = last.endsWith('a') ? 0.1 : last.endsWith('b') ? 0.2 : 0;
  return n + sub + (parts.length > 1 ? -0.05 : 0);
}

/** A phase as people write it: "Phase 1b/2", "Preclinical". */
export function phaseLabel(phase: string): string {
  return phase === PRECLINICAL ? 'Preclinical' : `Phase ${phase}`;
}

/** A phase and the date of the release that states it: "Phase 2 (2024-03-12)", "Preclinical". */
export function phaseWithDate(phase: string, date: string | null | undefined): string {
  return date ? `${phaseLabel(phase)} (${date})` : phaseLabel(phase);
}
