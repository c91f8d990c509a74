import * as vscode from 'vscode';
import { PROGRAM_TOKEN_MODIFIERS, PROGRAM_TOKEN_TYPES, ProgramNameDictionary, programNameTokens } from '../../core/programNames';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { guard } from './guard';

/** `drugProgram` (declared in package.json with superType `type`), modifiers `alias` and `inn`. */
export const PROGRAM_TOKENS_LEGEND = new vscode.SemanticTokensLegend([...PROGRAM_TOKEN_TYPES], [...PROGRAM_TOKEN_MODIFIERS]);

/** Edits and file events arrive in bursts; the names are compared once the burst is over… */
const REFRESH_DELAY_MS = 300;
/** …or every two seconds while it lasts (a long scan), so new names show up as it goes. */
const MAX_REFRESH_DELAY_MS = 2000;

/**
 * Colours every name of a program known anywhere in the workspace (codes, generic names, aliases)
 * like a drug code, including names the grammar cannot know: "velumab pelidotin" is tied to QX-501
 * by one release and then looks like a code in every release. The token type maps to the grammar's
 * drug-code scope (contributes.semanticTokenScopes), so every theme colours both alike. Names on
 * the lines the grammar dims (boilerplate, contacts) stay dimmed, as codes do there.
 */
export class ProgramSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private dictionary = new ProgramNameDictionary([]);
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when the workspace's program names changed, not on every change of the index. */
  readonly onDidChangeSemanticTokens = this.changeEmitter.event;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly workspace: ReleaseWorkspace,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = workspace.onDidChange(() => this.scheduleRefresh());
    this.refresh();
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens | undefined {
    // The names come from the whole workspace; tokens are asked for again once the scan adds names.
    void this.workspace.ensureStarted();
    return guard(this.log, 'Semantic tokens', () => new vscode.SemanticTokens(programNameTokens(document.getText(), this.dictionary)));
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.pendingSince ??= Date.now();
    const wait = Math.min(REFRESH_DELAY_MS, Math.max(0, this.pendingSince + MAX_REFRESH_DELAY_MS - Date.now()));
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.pendingSince = undefined;
      guard(this.log, 'Semantic tokens refresh', () => this.refresh());
    }, wait);
  }

  /** Rebuilds the dictionary, and asks editors for new tokens, only when the names changed. */
  private refresh(): void {
    const programs = this.workspace.index.programs();
    if (this.dictionary.sameAs(programs)) return;
    this.dictionary = new ProgramNameDictionary(programs);
    this.changeEmitter.fire();
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

export function registerSemanticTokensSupport(
  selector: vscode.DocumentSelector,
  provider: ProgramSemanticTokensProvider,
): vscode.Disposable {
  return vscode.Disposable.from(provider, vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, PROGRAM_TOKENS_LEGEND));
}
