import { analyzeRelease } from './analyze';
import type { ReleaseAnalysis } from './types';

/** Analyses releases, here or elsewhere (worker threads); `dispose` releases whatever it holds. */
export interface Analyzer {
  /** `keepMentions: false` drops the release's mention list (see WorkspaceIndexOptions). */
  analyze(file: string, text: string, keepMentions?: boolean): Promise<ReleaseAnalysis>;
  dispose(): void;
}

/** Analysis on the calling thread: in the browser, where workers are unavailable, and as a fallback. */
export class InThreadAnalyzer implements Analyzer {
  analyze(file: string, text: string, keepMentions = true): Promise<ReleaseAnalysis> {
    try {
      return Promise.resolve(analyzeInto(file, text, keepMentions));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  dispose(): void {}
}

export function analyzeInto(file: string, text: string, keepMentions: boolean): ReleaseAnalysis {
  const analysis = analyzeRelease(file, text);
  if (!keepMentions) analysis.mentions = [];
  return analysis;
}
