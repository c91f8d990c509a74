/** Orders phases: "1" < "1b" < "1b/2" < "2" < "3". */
export function phaseRank(phase: string): number {
  const parts = phase.split('/');
  const last = parts[parts.length - 1]!;
  const n = Number(last.replace(/[ab]$/, ''));
  const sub = last.endsWith('a') ? 0.1 : last.endsWith('b') ? 0.2 : 0;
  return n + sub + (parts.length > 1 ? -0.05 : 0);
}
