import * as vscode from 'vscode';
import { phaseLabel, phaseRank, phaseWithDate } from '../../core/programs/phase';
import type { Program, ProgramMention } from '../../core/programs/merge';
import { mentionContext } from '../../core/text/context';
import type { Fact } from '../../core/types';
import type { ConfigService } from '../config';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { labelOf, rangeOf, uriOf } from '../uris';

export type GroupBy = 'program' | 'target' | 'company' | 'phase';

export type ProgramTreeNode =
  | { type: 'group'; key: string; label: string; programs: Program[] }
  | { type: 'program'; program: Program; parentKey: string }
  | { type: 'fact'; program: Program; label: string; value: string; fact: Fact<unknown>; parentKey: string }
  | { type: 'release'; program: Program; file: string; mentions: ProgramMention[]; parentKey: string }
  | { type: 'mention'; mention: ProgramMention; context?: string; parentKey: string };


/**
 * The Programs view: every program in the workspace, grouped by program, target, company or
 * phase; children are its facts and its mentions grouped by release, each opening the file at the mention.
 */
export class ProgramsTreeProvider implements vscode.TreeDataProvider<ProgramTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ProgramTreeNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private filterText = '';
  private groupByOverride: GroupBy | undefined;
  /** The setting when the grouping was picked from the view's button. */
  private groupBySettingOverridden: GroupBy | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly workspace: ReleaseWorkspace,
    private readonly config: ConfigService,
  ) {
    this.subscriptions.push(
      workspace.onDidChange(() => this.emitter.fire()),
      config.onDidChange((c) => {
        // Changing the setting overrides a grouping picked from the view's button.
        if (c.groupBy !== this.groupBySettingOverridden) this.groupByOverride = undefined;
        this.emitter.fire();
      }),
    );
  }

  get groupBy(): GroupBy {
    return this.groupByOverride ?? this.config.value.groupBy;
  }

  setGroupBy(g: GroupBy): void {
    this.groupBySettingOverridden = this.config.value.groupBy;
    this.groupByOverride = g;
    this.emitter.fire();
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', 'releaseLens.programsFiltered', this.filterText.length > 0);
    this.emitter.fire();
  }

  /** Programs after the filter, in the chosen order. */
  visiblePrograms(): Program[] {
    const q = this.filterText.toLowerCase();
    let programs = this.workspace.index.programs();
    if (q) {
      programs = programs.filter((p) =>
        [p.id, ...p.aliases, p.target?.value, p.phase ? `phase ${p.phase.value}` : '', ...p.indications.map((i) => i.value), ...p.companies.map((c) => c.value.name)]
          .filter(Boolean)
          .some((s) => s!.toLowerCase().includes(q)),
      );
    }
    const sortBy = this.config.value.sortBy;
    const sorted = [...programs];
    if (sortBy === 'name') sorted.sort((a, b) => a.id.localeCompare(b.id));
    else if (sortBy === 'mentions') sorted.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
    else sorted.sort((a, b) => (b.lastMentioned ?? '').localeCompare(a.lastMentioned ?? '') || a.id.localeCompare(b.id));
    return sorted;
  }

  /** Synchronous except under a release node, whose mentions need the release's text. */
  getChildren(node?: Exclude<ProgramTreeNode, { type: 'release' }>): ProgramTreeNode[];
  getChildren(node?: ProgramTreeNode): ProgramTreeNode[] | Promise<ProgramTreeNode[]>;
  getChildren(node?: ProgramTreeNode): ProgramTreeNode[] | Promise<ProgramTreeNode[]> {
    if (!node) {
      void this.workspace.ensureStarted();
      const programs = this.visiblePrograms();
      if (this.groupBy === 'program') return programs.map((program) => ({ type: 'program', program, parentKey: '' }));
      return this.groups(programs);
    }
    switch (node.type) {
      case 'group':
        return node.programs.map((program) => ({ type: 'program', program, parentKey: node.key }));
      case 'program':
        return this.programChildren(node.program, `${node.parentKey}/${node.program.id}`);
      case 'release':
        return this.mentionNodes(node.file, node.mentions, `${node.parentKey}/${node.file}`);
      default:
        return [];
    }
  }

  /** Mentions with the words around them, read from the release when its node is expanded. */
  private async mentionNodes(file: string, mentions: ProgramMention[], parentKey: string): Promise<ProgramTreeNode[]> {
    const text = await this.workspace.textOf(file);
    return mentions.map((mention) => ({
      type: 'mention',
      mention,
      parentKey,
      // The file may have changed since it was indexed; show context only where the name still stands.
      ...(text !== undefined && text.startsWith(mention.text, mention.offset) ? { context: mentionContext(text, mention.offset, mention.length) } : {}),
    }));
  }

  private groups(programs: Program[]): ProgramTreeNode[] {
    const groups = new Map<string, Program[]>();
    // Phase groups are ordered by the phase they stand for, furthest first.
    const phaseRanks = new Map<string, number>();
    const add = (key: string, p: Program) => {
      const list = groups.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      groups.set(key, list);
    };
    for (const p of programs) {
      if (this.groupBy === 'target') add(p.target?.value ?? '(no target stated)', p);
      else if (this.groupBy === 'phase') {
        const label = p.phase ? phaseLabel(p.phase.value) : '(no phase stated)';
        if (p.phase) phaseRanks.set(label, phaseRank(p.phase.value));
        add(label, p);
      }
      else if (p.companies.length === 0) add('(no company stated)', p);
      else for (const c of p.companies) add(c.value.name, p);
    }
    const keys = [...groups.keys()].sort((a, b) => {
      if (a.startsWith('(') !== b.startsWith('(')) return a.startsWith('(') ? 1 : -1;
      if (this.groupBy === 'phase') return phaseRanks.get(b)! - phaseRanks.get(a)! || a.localeCompare(b);
      return a.localeCompare(b);
    });
    return keys.map((key) => ({ type: 'group', key: `${this.groupBy}:${key}`, label: key, programs: groups.get(key)! }));
  }

  private programChildren(p: Program, key: string): ProgramTreeNode[] {
    const facts: ProgramTreeNode[] = [];
    const addFact = (label: string, fact: Fact<unknown> | undefined, value?: string) => {
      if (fact) facts.push({ type: 'fact', program: p, label, value: value ?? String(fact.value), fact, parentKey: key });
    };
    addFact('Target', p.target);
    addFact('Modality', p.modality);
    addFact('Payload', p.payload);
    addFact('Phase', p.phase, p.phase ? phaseWithDate(p.phase.value, p.phase.source.date) : undefined);
    for (const i of p.indications) addFact('Indication', i);
    for (const c of p.companies) addFact('Company', c, `${c.value.name} (${c.value.role})`);
    for (const d of p.deals) addFact('Deal', d, `${d.value.kind}${d.value.amountText ? ` ${d.value.amountText}` : ''}${d.value.counterparty ? ` · ${d.value.counterparty}` : ''}`);
    const byFile = new Map<string, ProgramMention[]>();
    for (const m of p.mentions) {
      const list = byFile.get(m.file) ?? [];
      list.push(m);
      byFile.set(m.file, list);
    }
    const releases: ProgramTreeNode[] = p.releases.map((file) => ({ type: 'release', program: p, file, mentions: byFile.get(file) ?? [], parentKey: key }));
    return [...facts, ...releases];
  }

  getTreeItem(node: ProgramTreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.key;
        item.description = `${node.programs.length}`;
        item.contextValue = 'releaseLens.group';
        item.iconPath = new vscode.ThemeIcon(this.groupBy === 'company' ? 'organization' : this.groupBy === 'phase' ? 'milestone' : 'symbol-field');
        return item;
      }
      case 'program': {
        const p = node.program;
        const item = new vscode.TreeItem(p.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.parentKey}/${p.id}`;
        item.description = [p.target?.value, p.phase ? phaseLabel(p.phase.value) : undefined].filter(Boolean).join(' · ');
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${p.id}**${p.aliases.length ? ` (${p.aliases.join(', ')})` : ''}\n\n`);
        if (p.target) tip.appendMarkdown(`Target: ${p.target.value}  \n`);
        if (p.modality) tip.appendMarkdown(`Modality: ${p.modality.value}  \n`);
        if (p.phase) tip.appendMarkdown(`${phaseWithDate(p.phase.value, p.phase.source.date)}  \n`);
        tip.appendMarkdown(`${p.mentions.length} mentions in ${p.releases.length} release${p.releases.length === 1 ? '' : 's'}`);
        item.tooltip = tip;
        item.contextValue = 'releaseLens.program';
        item.iconPath = new vscode.ThemeIcon(p.modality?.value === 'payload' ? 'zap' : 'beaker');
        return item;
      }
      case 'fact': {
        const item = new vscode.TreeItem(`${node.label}: ${node.value}`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parentKey}/fact:${node.label}:${node.value}`;
        const src = node.fact.source;
        item.description = `${src.catalog ? 'catalog ·' : src.date ?? ''} ${labelOf(src.file)}:${src.line}`.trim();
        item.tooltip = `${node.label}: ${node.value}\n${src.catalog ? 'pinned in' : 'from'} ${labelOf(src.file)}, line ${src.line}${src.date ? `, ${src.date}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(src.catalog ? 'pinned' : 'info');
        item.contextValue = 'releaseLens.fact';
        item.command = { command: 'releaseLens.openLocation', title: 'Open source', arguments: [src.file, src.line, 1] };
        return item;
      }
      case 'release': {
        const release = this.workspace.index.get(node.file);
        const label = [release?.date, release?.title ?? labelOf(node.file)].filter(Boolean).join(' — ');
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.parentKey}/release:${node.file}`;
        item.description = `${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'}`;
        item.tooltip = `${labelOf(node.file)}${release?.issuer ? `\n${release.issuer}` : ''}`;
        item.resourceUri = uriOf(node.file);
        item.iconPath = new vscode.ThemeIcon('file-text');
        item.contextValue = 'releaseLens.release';
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(`${m.line}: ${node.context ?? m.text}`, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parentKey}/${m.offset}`;
        item.tooltip = `${labelOf(m.file)}:${m.line}:${m.column}`;
        item.command = {
          command: 'vscode.open',
          title: 'Open mention',
          arguments: [uriOf(m.file), { selection: rangeOf(m.line, m.column, m.text), preview: true } satisfies vscode.TextDocumentShowOptions],
        };
        item.iconPath = new vscode.ThemeIcon('location');
        return item;
      }
    }
  }

  /** Parents of program nodes, so that reveal() can expand the way to a program. */
  getParent(node: ProgramTreeNode): ProgramTreeNode | undefined {
    if (node.type !== 'program' || !node.parentKey) return undefined;
    return this.getChildren().find((g) => g.type === 'group' && g.key === node.parentKey);
  }

  /** The tree node of a program (in its first group when grouped). */
  nodeFor(programId: string): ProgramTreeNode | undefined {
    for (const root of this.getChildren()) {
      if (root.type === 'program' && root.program.id === programId) return root;
      if (root.type === 'group') {
        const program = root.programs.find((p) => p.id === programId);
        if (program) return { type: 'program', program, parentKey: root.key };
      }
    }
    return undefined;
  }

  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
