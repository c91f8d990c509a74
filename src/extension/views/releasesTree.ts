import * as vscode from 'vscode';
import type { ReleaseAnalysis, Section } from '../../core/types';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { labelOf, uriOf } from '../uris';

export type ReleaseTreeNode = { type: 'release'; release: ReleaseAnalysis } | { type: 'section'; release: ReleaseAnalysis; section: Section; children: Section[] };

/** The Releases view: releases by date (newest first) with headline and issuer, expanding to their outline. */
export class ReleasesTreeProvider implements vscode.TreeDataProvider<ReleaseTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ReleaseTreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspace: ReleaseWorkspace) {
    this.subscription = workspace.onDidChange(() => this.emitter.fire());
  }

  getChildren(node?: ReleaseTreeNode): ReleaseTreeNode[] {
    if (!node) {
      void this.workspace.ensureStarted();
      return this.workspace.index.releases().map((release) => ({ type: 'release', release }));
    }
    const sections = node.type === 'release' ? node.release.structure.sections : node.children;
    const out: ReleaseTreeNode[] = [];
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i]!;
      if (node.type === 'release' && section.level !== 1) continue;
      const children: Section[] = [];
      if (node.type === 'release') for (let j = i + 1; j < sections.length && sections[j]!.level === 2; j++) children.push(sections[j]!);
      out.push({ type: 'section', release: node.release, section, children });
    }
    return out;
  }

  getTreeItem(node: ReleaseTreeNode): vscode.TreeItem {
    if (node.type === 'release') {
      const r = node.release;
      const item = new vscode.TreeItem(r.title ?? labelOf(r.file), r.structure.sections.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `release:${r.file}`;
      item.description = [r.date, r.issuer].filter(Boolean).join(' · ');
      item.tooltip = `${r.title ?? ''}\n${labelOf(r.file)}${r.date ? `\n${r.date}` : ''}${r.issuer ? `\n${r.issuer}` : ''}`;
      item.resourceUri = uriOf(r.file);
      item.iconPath = new vscode.ThemeIcon('file-text');
      item.contextValue = 'releaseLens.release';
      item.command = { command: 'releaseLens.openLocation', title: 'Open release', arguments: [r.file, r.structure.headline?.line ?? 1, 1] };
      return item;
    }
    const s = node.section;
    const item = new vscode.TreeItem(s.title, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `section:${node.release.file}:${s.line}`;
    item.description = `lines ${s.line}–${s.endLine}`;
    item.iconPath = new vscode.ThemeIcon(s.kind === 'about' ? 'symbol-class' : s.kind === 'contacts' ? 'person' : s.kind === 'forward-looking' ? 'warning' : 'symbol-namespace');
    item.command = { command: 'releaseLens.openLocation', title: 'Open section', arguments: [node.release.file, s.line, 1] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

