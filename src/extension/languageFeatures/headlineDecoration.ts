import * as vscode from 'vscode';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { RELEASE_LANGUAGE } from '../releaseWorkspace';
import { guardAsync } from './guard';

/**
 * The grammar reads one line at a time and cannot tell which line is the headline; the analysis
 * can, so the headline is set in bold and the dateline in italics here.
 */
export function registerHeadlineDecorations(workspace: ReleaseWorkspace, log: vscode.LogOutputChannel): vscode.Disposable {
  const headline = vscode.window.createTextEditorDecorationType({ fontWeight: 'bold' });
  const dateline = vscode.window.createTextEditorDecorationType({ fontStyle: 'italic' });
  const decorate = (editor: vscode.TextEditor) =>
    guardAsync(log, 'headline decoration', async () => {
      if (editor.document.languageId !== RELEASE_LANGUAGE) return;
      const version = editor.document.version;
      const s = (await workspace.analysisOf(editor.document)).structure;
      // The text changed while it was analysed: the next change event decorates it again.
      if (editor.document.version !== version || editor.document.isClosed) return;
      const lineRange = (from: number, to: number) => new vscode.Range(from - 1, 0, to - 1, editor.document.lineAt(to - 1).text.length);
      editor.setDecorations(headline, s.headline ? [lineRange(s.headline.line, s.headline.endLine)] : []);
      const at = s.dateline ? editor.document.lineAt(s.dateline.line - 1).text.indexOf(s.dateline.text) : -1;
      editor.setDecorations(dateline, s.dateline && at >= 0 ? [new vscode.Range(s.dateline.line - 1, at, s.dateline.line - 1, at + s.dateline.text.length)] : []);
    });
  const decorateVisible = () => vscode.window.visibleTextEditors.forEach((e) => void decorate(e));
  // Editors visible at activation are decorated just after it, to keep activation short.
  const initial = setTimeout(decorateVisible, 0);
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(initial) },
    headline,
    dateline,
    vscode.window.onDidChangeVisibleTextEditors(decorateVisible),
    workspace.onDidChange(decorateVisible),
  );
}
