import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Release Lens', { log: true });
  context.subscriptions.push(output);
  output.info('Release Lens activated');
}

export function deactivate(): void {}
