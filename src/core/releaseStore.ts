import { EMPTY_CATALOG, recognitionKey, type Catalog } from './catalog';
import { describeDate } from './describe';
import { ProgramGraph, type Program, type ProgramMention } from './programs/merge';
import { programKey } from './programKey';
import { dateSortKey } from './dateSortKey';
import { StringTable } from './stringTable';
import type { Mention, Milestone, ReleaseAnalysis, Transaction } from './types';

export interface WorkspaceIndexOptions {
  /**
   * Keep each release's list of mentions (default), or by default drop it: workspace-wide queries
   * need only the program mentions kept with each program, and the list is most of the memory.
   * `set(…, true)` keeps the list for the releases that need it (those open in an editor).
   */
  allMentions?: boolean;
}

/** A milestone with its release file and the workspace-wide id of its program. */
export interface WorkspaceMilestone extends Milestone {
  file: string;
  programId: string;
}

/** A transaction with its program resolved to the workspace's merged program id. */
export interface WorkspaceTransaction extends Transaction {
  /** The merged program's id, when the sentence names a program. */
  programId?: string;
}

/**
 * The analysed releases of a workspace and the programs merged from them. Analyses come from
 * elsewhere (WorkspaceIndex.set, a worker): this store holds no analyser, so the extension host that
 * uses it does not load one. A change re-merges only the programs the changed release names, lazily,
 * on the first query after it.
 */
export class ReleaseStore {
  private readonly files = new Map<string, ReleaseAnalysis>();
  /** Releases stored without their list of mentions. */
  private readonly slim = new Set<string>();
  private graph = new ProgramGraph();
  protected readonly allMentions: boolean;
  private catalog: Catalog = EMPTY_CATALOG;
  private transactionList: WorkspaceTransaction[] | undefined;
  private strings = new StringTable();

  constructor(options: WorkspaceIndexOptions = {}) {
    this.allMentions = options.allMentions ?? true;
  }

  /** Stores the analysis of a release, replacing what was there. */
  setAnalysis(analysis: ReleaseAnalysis, allMentions = this.allMentions): void {
    const id = analysis.file;
    if (allMentions) this.slim.delete(id);
    else {
      analysis.mentions = [];
      this.slim.add(id);
    }
    this.strings.shareAll(analysis);
    this.files.set(id, analysis);
    this.graph.setRelease(analysis);
    this.transactionList = undefined;
  }

  /** Whether release `id` is stored with its list of mentions (money, dates, codes …). */
  hasAllMentions(id: string): boolean {
    return this.files.has(id) && !this.slim.has(id);
  }

  delete(id: string): boolean {
    this.slim.delete(id);
    const had = this.files.delete(id);
    if (had) this.graph.removeRelease(id);
    if (had) this.transactionList = undefined;
    return had;
  }

  clear(): void {
    this.files.clear();
    this.slim.clear();
    this.strings = new StringTable();
    this.graph = new ProgramGraph();
    this.graph.setCatalog(this.catalog.programs);
    this.transactionList = undefined;
  }

  /**
   * Applies the workspace catalog. Its pinned programs take effect at once (the programs they name
   * are merged again). Returns true when its code patterns or ignored names changed: releases
   * analysed before must be set again to be read with them.
   */
  setCatalog(catalog: Catalog): boolean {
    const recognitionChanged = recognitionKey(catalog) !== recognitionKey(this.catalog);
    this.catalog = catalog;
    this.graph.setCatalog(catalog.programs);
    // Pinned aliases can change which program a transaction belongs to.
    this.transactionList = undefined;
    return recognitionChanged;
  }

  /** The catalog in use. */
  get currentCatalog(): Catalog {
    return this.catalog;
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
    if (mention.kind !== 'drug-code' && mention.kind !== 'drug-name' && mention.kind !== 'brand') return undefined;
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
