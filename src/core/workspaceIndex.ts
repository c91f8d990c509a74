import { analyzeRelease } from './analyze';
import { catalogRecognition, type Catalog } from './catalog';
import type { CatalogRecognition } from './recognize/catalogCodes';
import { ReleaseStore } from './releaseStore';
import type { ReleaseAnalysis } from './types';

export { ReleaseStore, type WorkspaceIndexOptions, type WorkspaceMilestone, type WorkspaceTransaction } from './releaseStore';

/**
 * The releases of a workspace, analysed once each. Adding or changing a file re-analyses only that
 * file, and only the programs it names are merged again, lazily, on the first query after a change.
 */
export class WorkspaceIndex extends ReleaseStore {
  private recognition: CatalogRecognition | undefined;

  /** Analyses `text` as the content of file `id`, replacing what was there. */
  set(id: string, text: string, allMentions = this.allMentions): ReleaseAnalysis {
    const analysis = analyzeRelease(id, text, this.recognition ? { catalog: this.recognition } : {});
    this.setAnalysis(analysis, allMentions);
    return analysis;
  }

  /** Applies the workspace catalog; also to the releases `set` reads from now on. */
  override setCatalog(catalog: Catalog): boolean {
    const recognitionChanged = super.setCatalog(catalog);
    if (recognitionChanged) this.recognition = catalogRecognition(catalog);
    return recognitionChanged;
  }
}
