import { analyzeRelease } from './analyze';
import { catalogRecognition, type CodePattern, type RecognitionCatalog } from './catalog';
import type { CatalogRecognition } from './recognize/catalogCodes';
import { parseWordPattern } from './text/wordPattern';
import type { ReleaseAnalysis } from './types';

export interface AnalyzeJob {
  /** false drops the release's mention list (see WorkspaceIndexOptions); default true. */
  keepMentions?: boolean;
  /** Code patterns and ignored names of the workspace catalog. */
  catalog?: RecognitionCatalog;
}

/** Analyses releases, here or elsewhere (worker threads); `dispose` releases whatever it holds. */
export interface Analyzer {
  analyze(file: string, text: string, job?: AnalyzeJob): Promise<ReleaseAnalysis>;
  dispose(): void;
}

/** Builds the catalog's matchers once per distinct catalog, not once per release. */
export class RecognitionCache {
  private key = '';
  private recognition: CatalogRecognition | undefined;

  get(catalog: RecognitionCatalog | undefined): CatalogRecognition | undefined {
    if (!catalog) return undefined;
    const key = JSON.stringify(catalog);
    if (key !== this.key) {
      this.key = key;
      const codePatterns: CodePattern[] = [];
      for (const source of catalog.codePatterns) {
        const parsed = parseWordPattern(source);
        if (parsed.ok) codePatterns.push({ source, file: '', pattern: parsed.pattern });
      }
      this.recognition = catalogRecognition({ programs: [], codePatterns, ignore: catalog.ignore });
    }
    return this.recognition;
  }
}

/** Runs one job on the calling thread. */
export function runJob(file: string, text: string, job: AnalyzeJob, cache: RecognitionCache): ReleaseAnalysis {
  const recognition = cache.get(job.catalog);
  const analysis = analyzeRelease(file, text, recognition ? { catalog: recognition } : {});
  if (job.keepMentions === false) analysis.mentions = [];
  return analysis;
}

/** Analysis on the calling thread: in the browser, where workers are unavailable, and as a fallback. */
export class InThreadAnalyzer implements Analyzer {
  private readonly cache = new RecognitionCache();

  analyze(file: string, text: string, job: AnalyzeJob = {}): Promise<ReleaseAnalysis> {
    try {
      return Promise.resolve(runJob(file, text, job, this.cache));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  dispose(): void {}
}
