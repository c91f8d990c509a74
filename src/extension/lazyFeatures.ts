import * as vscode from 'vscode';
import { dealsModule, exportModule, pipelineModule } from './lazyModules';
import type { ReleaseWorkspace } from './releaseWorkspace';
import type { DealsPanel } from './views/dealsPanel';
import type { PipelineController } from './views/pipelinePanel';

/**
 * The pipeline chart, the deals table and the exports. Their commands are registered at
 * activation; their code is loaded (lazyModules.ts) and their controllers made when first used.
 */
export class LazyFeatures implements vscode.Disposable {
  private pipelineValue: PipelineController | undefined;
  private dealsValue: DealsPanel | undefined;
  private readonly commands: vscode.Disposable;
  private disposed = false;

  constructor(
    private readonly workspace: ReleaseWorkspace,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.commands = vscode.Disposable.from(
      vscode.commands.registerCommand('releaseLens.showPipeline', () => this.pipeline.show()),
      vscode.commands.registerCommand('releaseLens.pipeline.saveSvg', (target?: unknown) => this.pipeline.saveSvg(uriArgument(target))),
      vscode.commands.registerCommand('releaseLens.pipeline.savePng', (target?: unknown) => this.pipeline.savePng(uriArgument(target))),
      vscode.commands.registerCommand('releaseLens.showDeals', () => this.deals.show()),
      vscode.commands.registerCommand('releaseLens.exportPrograms', (arg?: unknown) => exportModule().runExportCommand(workspace, 'programs', arg)),
      vscode.commands.registerCommand('releaseLens.exportDeals', (arg?: unknown) => exportModule().runExportCommand(workspace, 'deals', arg)),
    );
  }

  /** The pipeline chart's controller. */
  get pipeline(): PipelineController {
    this.checkNotDisposed();
    return (this.pipelineValue ??= new (pipelineModule().PipelineController)(this.workspace, this.extensionUri, this.log));
  }

  /** The deals table. */
  get deals(): DealsPanel {
    this.checkNotDisposed();
    return (this.dealsValue ??= new (dealsModule().DealsPanel)(this.extensionUri, this.workspace, this.log, (...args) => exportModule().exportTable(...args)));
  }

  /** A feature made after deactivation would never be disposed. */
  private checkNotDisposed(): void {
    if (this.disposed) throw new Error('Release Lens is no longer active');
  }

  dispose(): void {
    this.disposed = true;
    this.commands.dispose();
    this.pipelineValue?.dispose();
    this.dealsValue?.dispose();
  }
}

/** A command's file argument: a Uri (from code) or a URI string (from a keybinding's `args`). */
function uriArgument(target: unknown): vscode.Uri | undefined {
  return target instanceof vscode.Uri ? target : typeof target === 'string' && target ? vscode.Uri.parse(target) : undefined;
}
