import { analyzeRelease } from './analyze';
import { describeDate } from './describe';
import { ProgramGraph, type Program, type ProgramMention } from './programs/merge';
import { programKey } from './recognize/codes';
import type { Mention, Milestone, ReleaseAnalysis } from './types';

/**
 * The releases of a workspace, analysed once each. Adding or changing a file re-analyses only that
 * file, and only the programs it names are merged again, lazily, on the first query after a change.
 */
/** A milestone with its release file and the workspace-wide id of its program. */
export interface WorkspaceMilestone extends Milestone {
  file: string;
  programId: string;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, ReleaseAnalysis>();
  private graph = new ProgramGraph();

  /** Analyses `text` as the content of file `id`, replacing what was there. */
  set(id: string, text: string): ReleaseAnalysis {
    const analysis = analyzeRelease(id, text);
    this.files.set(id, analysis);
    this.graph.setRelease(analysis);
    return analysis;
  }

  /** Stores an analysis made elsewhere (e.g. in a worker). */
  setAnalysis(analysis: ReleaseAnalysis): void {
    this.files.set(analysis.file, analysis);
    this.graph.setRelease(analysis);
  }

  delete(id: string): boolean {
    const had = this.files.delete(id);
    if (had) this.graph.removeRelease(id);
    return had;
  }

  clear(): void {
    this.files.clear();
    this.graph = new ProgramGraph();
  }

  has(id: string): boolean {
    return this.files.has(id);
  }

  get(id: string): ReleaseAnalysis | undefined {
    return this.files.get(id);
  }

  get size(): number {
    return this.files.size;
  }

  /** Releases, newest first; undated ones last, by file name. */
  releases(): ReleaseAnalysis[] {
    return [...this.files.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.file.localeCompare(b.file));
  }

  programs(): Program[] {
    return this.graph.programs();
  }

  /** A program by its id or any alias ("Debio 1562", "debio-1562" and "IMGN529" find the same one). */
  program(nameOrId: string): Program | undefined {
    return this.graph.get(programKey(nameOrId));
  }

  /** Every mention of a program and its aliases across the workspace. */
  programMentions(nameOrId: string): ProgramMention[] {
    return this.program(nameOrId)?.mentions ?? [];
  }

  /** The mention covering `offset` in file `id` (binary search over the sorted mentions). */
  mentionAt(id: string, offset: number): Mention | undefined {
    const mentions = this.files.get(id)?.mentions;
    if (!mentions) return undefined;
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid]!;
      if (offset < m.offset) hi = mid - 1;
      else if (offset > m.offset + m.length) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** The program id a mention's text belongs to, workspace-wide. */
  programIdOf(mention: Pick<Mention, 'kind' | 'text' | 'value'>): string | undefined {
    if (mention.kind !== 'drug-code' && mention.kind !== 'drug-name') return undefined;
    return this.program(mention.kind === 'drug-name' ? String(mention.value) : mention.text)?.id;
  }

  /**
   * Milestones across the workspace (of one program, given its id or any alias), oldest first;
   * each release's local program name is mapped to the merged program's id.
   */
  milestones(nameOrId?: string): WorkspaceMilestone[] {
    const only = nameOrId === undefined ? undefined : this.program(nameOrId)?.id;
    if (nameOrId !== undefined && only === undefined) return [];
    const out: { milestone: WorkspaceMilestone; key: string }[] = [];
    for (const analysis of this.files.values()) {
      for (const m of analysis.milestones) {
        const programId = this.program(m.program)?.id;
        if (programId === undefined || (only !== undefined && programId !== only)) continue;
        // Periods sort by their first day: "2031-Q3" after "2031-06-30", before "2031-07-02".
        const key = `${m.date ? (describeDate(m.date).start ?? m.date) : ''}|${analysis.file}|${String(m.offset).padStart(10, '0')}`;
        out.push({ milestone: { ...m, file: analysis.file, programId }, key });
      }
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.milestone);
  }
}
