import type { LocalProgram, Milestone } from '../types';
import { APPROVED, phaseRank } from './phase';

/**
 * A program the release says an agency approved ("The FDA approved X", "X received EU approval") is
 * in phase Approved, stated where the release says so. Read from the release's approval milestones
 * that happened: one planned or expected ("expects approval in 2025") is no approval.
 */
export function addApprovals(programs: LocalProgram[], milestones: Milestone[], file: string, releaseDate: string | undefined): void {
  for (const m of milestones) {
    if (m.event !== 'approval' || m.planned) continue;
    const program = programs.find((p) => p.names[0] === m.program);
    if (!program || (program.phase && phaseRank(program.phase.value) >= phaseRank(APPROVED))) continue;
    program.phase = { value: APPROVED, source: releaseDate ? { file, line: m.line, date: releaseDate } : { file, line: m.line } };
  }
}
