import * as vscode from 'vscode';
import { looksLikeRelease } from '../core/looksLikeRelease';
import type { ConfigService } from './config';
import { RELEASE_LANGUAGE } from './releaseWorkspace';

/** Switches plain-text documents that look like press releases to the release language. */
export function registerPlainTextDetection(config: ConfigService, log: vscode.LogOutputChannel): vscode.Disposable {
  const considered = new Set<string>();
  const consider = (document: vscode.TextDocument) => {
    if (!config.value.detectPlainText || document.languageId !== 'plaintext') return;
    const id = document.uri.toString();
    // Once per document: a user who switches the language back is not overruled.
    if (considered.has(id)) return;
    considered.add(id);
    if (!looksLikeRelease(document.getText())) return;
    vscode.languages.setTextDocumentLanguage(document, RELEASE_LANGUAGE).then(
      () => log.info(`Opened ${vscode.workspace.asRelativePath(document.uri)} as a press release.`),
      (e) => log.warn(`Could not switch ${document.uri.toString()} to the release language: ${String(e)}`),
    );
  };
  // Documents open before activation are looked at just after it, to keep activation short.
  const initial = setTimeout(() => vscode.workspace.textDocuments.forEach(consider), 0);
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(initial) },
    vscode.workspace.onDidOpenTextDocument(consider),
    vscode.workspace.onDidCloseTextDocument((d) => considered.delete(d.uri.toString())),
  );
}
