import * as vscode from 'vscode';
import { createAnalyzer } from './analyzerHost';
import { CatalogService } from './catalog';
import { registerCommands } from './commands/index';
import { ConfigService } from './config';
import { registerDocumentSymbolSupport } from './languageFeatures/documentSymbols';
import { registerHeadlineDecorations } from './languageFeatures/headlineDecoration';
import { registerHoverSupport } from './languageFeatures/hover';
import { IndexCacheFile } from './indexCache';
import { registerNavigationSupport } from './languageFeatures/navigation';
import { ProgramSemanticTokensProvider, registerSemanticTokensSupport } from './languageFeatures/semanticTokens';
import { registerPlainTextDetection } from './languageDetection';
import { LazyFeatures } from './lazyFeatures';
import { RELEASE_LANGUAGE, ReleaseWorkspace } from './releaseWorkspace';
import type { DealsPanel } from './views/dealsPanel';
import { ProgramsTreeProvider } from './views/programsTree';
import { ReleasesTreeProvider } from './views/releasesTree';
import { registerProgramsView } from './views/registerViews';
import type { PipelineController } from './views/pipelinePanel';

/** What tests and other extensions can reach. */
export interface ReleaseLensApi {
  config: ConfigService;
  workspace: ReleaseWorkspace;
  programs: ProgramsTreeProvider;
  releases: ReleasesTreeProvider;
  catalog: CatalogService;
  /** Loaded and made when first read (as when its command first runs). */
  readonly pipeline: PipelineController;
  semanticTokens: ProgramSemanticTokensProvider;
  /** Loaded and made when first read (as when its command first runs). */
  readonly deals: DealsPanel;
}

export function activate(context: vscode.ExtensionContext): ReleaseLensApi | undefined {
  const log = vscode.window.createOutputChannel('Release Lens', { log: true });
  context.subscriptions.push(log);
  try {
    const config = new ConfigService((message) => {
      log.warn(message);
      void vscode.window.showWarningMessage(message);
    });
    const workspace = new ReleaseWorkspace(config, log, createAnalyzer(context), new IndexCacheFile(context.storageUri, log));
    const catalog = new CatalogService(log);
    workspace.useCatalog(catalog);
    const programs = new ProgramsTreeProvider(workspace, config);
    const releases = new ReleasesTreeProvider(workspace);
    const features = new LazyFeatures(workspace, context.extensionUri, log);
    const selector: vscode.DocumentSelector = [{ language: RELEASE_LANGUAGE }];
    const semanticTokens = new ProgramSemanticTokensProvider(workspace, log);
    context.subscriptions.push(
      config,
      workspace,
      programs,
      releases,
      registerPlainTextDetection(config, log),
      registerHoverSupport(selector, workspace, config, log),
      registerDocumentSymbolSupport(selector, workspace, log),
      registerNavigationSupport(selector, workspace, log),
      registerHeadlineDecorations(workspace, log),
      registerProgramsView(workspace, programs, releases),
      registerCommands(workspace, programs, log),
      catalog,
      features,
      registerSemanticTokensSupport(selector, semanticTokens),
    );
    // Index in the background once a release is open (after activation returns: nothing heavy in
    // it); the views start it too when shown.
    setTimeout(() => {
      if (vscode.workspace.textDocuments.some((d) => d.languageId === RELEASE_LANGUAGE)) void workspace.ensureStarted();
    }, 0);
    context.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.languageId === RELEASE_LANGUAGE) void workspace.ensureStarted();
      }),
    );
    log.info('Release Lens activated.');
    return {
      config, workspace, programs, releases, catalog, semanticTokens,
      get pipeline() {
        return features.pipeline;
      },
      get deals() {
        return features.deals;
      },
    };
  } catch (e) {
    // VS Code does not show activation errors by itself.
    const message = `Release Lens failed to start: ${e instanceof Error ? e.message : String(e)}`;
    log.error(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((a) => a && log.show());
    return undefined;
  }
}

export function deactivate(): void {}
