import type { ReleaseAnalysis } from './types';

/** Strings up to this length are shared. V8 copies slices this short, so a shared one never keeps a release text alive. */
const MAX_SHARED_LENGTH = 12;

/**
 * Stores repeated strings of stored analyses once. An analysis that crossed a thread boundary holds
 * its own copy of every string: the file name in each fact, mention and milestone, every kind,
 * role, date and short code. For a 10,000-release index that is about a third of its heap.
 */
export class StringTable {
  private readonly strings = new Map<string, string>();

  /** The one stored copy of `s`. */
  share(s: string): string {
    if (s.length > MAX_SHARED_LENGTH) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Replaces, in place, `file` fields by the release's own file string and short strings by shared ones. */
  shareAll(analysis: ReleaseAnalysis): void {
    const file = analysis.file;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const v: unknown = node[i];
          if (typeof v === 'string') node[i] = this.share(v);
          else if (v !== null && typeof v === 'object') visit(v);
        }
        return;
      }
      const record = node as Record<string, unknown>;
      for (const key in record) {
        const v = record[key];
        if (typeof v === 'string') record[key] = key === 'file' && v === file ? file : this.share(v);
        else if (v !== null && typeof v === 'object') visit(v);
      }
    };
    visit(analysis);
  }

  get size(): number {
    return this.strings.size;
  }
}
