// Reads semantic tokens back through the real API, as VS Code's own tests do: the legend and the
// tokens from the `vscode.provideDocumentSemanticTokens*` commands, decoded into text ranges.
// Uses only the `vscode` API, so the web suite shares it.
import * as vscode from 'vscode';

export interface DecodedToken {
  line: number;
  character: number;
  text: string;
  type: string;
  modifiers: string[];
}

export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const out: DecodedToken[] = [];
  const data = tokens.data;
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    const length = data[i + 2]!;
    const bits = data[i + 4]!;
    out.push({
      line,
      character,
      text: document.lineAt(line).text.slice(character, character + length),
      type: legend.tokenTypes[data[i + 3]!] ?? `#${data[i + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, k) => bits & (1 << k)),
    });
  }
  return out;
}

/** The token expected for `text` (its n-th occurrence) in `document`. */
export function expectedToken(document: vscode.TextDocument, text: string, modifiers: string[], nth = 0): DecodedToken {
  let index = -1;
  for (let k = 0; k <= nth; k++) index = document.getText().indexOf(text, index + 1);
  if (index < 0) throw new Error(`"${text}" not in ${document.uri.path}`);
  const at = document.positionAt(index);
  return { line: at.line, character: at.character, text, type: 'drugProgram', modifiers };
}
