import { analyzeRelease } from './analyze';
import { ProgramGraph, type Program, type ProgramMention } from './programs/merge';
import { programKey } from './recognize/codes';
import { dateSortKey } from './transactions';
import type { Mention, ReleaseAnalysis, Transaction } from './types';

/** A transaction with its program resolved to the workspace's merged program id. */
export interface WorkspaceTransaction extends Transaction {
  /** The merged program's id, when the sentence names a program. */
  programId?: string;
}

/**
 * The releases of a workspace, analysed once each. Adding or changing a file re-analyses only that
 * file, and only the programs it names are merged again, lazily, on the first query after a change.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, ReleaseAnalysis>();
  private graph = new ProgramGraph();
  private transactionList: WorkspaceTransaction[] | undefined;

  /** Analyses `text` as the content of file `id`, replacing what was there. */
  set(id: string, text: string): ReleaseAnalysis {
    const analysis = analyzeRelease(id, text);
    this.files.set(id, analysis);
    this.graph.setRelease(analysis);
    this.transactionList = undefined;
    return analysis;
  }

  /** Stores an analysis made elsewhere (e.g. in a worker). */
  setAnalysis(analysis: ReleaseAnalysis): void {
    this.files.set(analysis.file, analysis);
    this.graph.setRelease(analysis);
    this.transactionList = undefined;
  }

  delete(id: string): boolean {
    const had = this.files.delete(id);
    if (had) this.graph.removeRelease(id);
    if (had) this.transactionList = undefined;
    return had;
  }

  clear(): void {
    this.files.clear();
    this.graph = new ProgramGraph();
    this.transactionList = undefined;
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
   * Every transaction of every release, newest date first (then by file and place in it), each with
   * its program's merged id. Built on the first query after a change.
   */
  transactions(): WorkspaceTransaction[] {
    if (!this.transactionList) {
      const list: WorkspaceTransaction[] = [];
      for (const release of this.files.values()) {
        for (const t of release.transactions) {
          const id = t.program ? this.program(t.program)?.id : undefined;
          list.push(id ? { ...t, programId: id } : { ...t });
        }
      }
      // Code-point order: dates are ISO-like and files are ids; a stable sort keeps a sentence's transactions in text order.
      const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      this.transactionList = list.sort((a, b) => compare(dateSortKey(b.date ?? ''), dateSortKey(a.date ?? '')) || compare(a.file, b.file) || a.offset - b.offset);
    }
    return this.transactionList;
  }
}
