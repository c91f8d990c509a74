import * as vscode from 'vscode';
import { programKey } from '../../core/programKey';
import type { Program } from '../../core/programs/merge';
import { phaseLabel } from '../../core/programs/phase';
import type { Mention } from '../../core/types';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { locationOf, uriOf } from '../uris';
import { guard, guardAsync } from './guard';

const NAME_KINDS = new Set(['drug-code', 'drug-name', 'brand']);

async function programAt(workspace: ReleaseWorkspace, document: vscode.TextDocument, position: vscode.Position): Promise<{ program: Program; mention: Mention } | undefined> {
  const analysis = await workspace.analysisOf(document);
  const mention = workspace.index.mentionAt(analysis.file, document.offsetAt(position));
  if (!mention || !NAME_KINDS.has(mention.kind)) return undefined;
  const program = workspace.index.program(mention.kind === 'drug-name' ? String(mention.value) : mention.text);
  return program ? { program, mention } : undefined;
}

/**
 * Where a program is defined: the heading of an "About <name>" section in any release (newest
 * first), else the first mention in the oldest release that names it.
 */
export function definitionOf(workspace: ReleaseWorkspace, program: Program): vscode.Location | undefined {
  const keys = new Set([program.id, ...program.aliases].map(programKey));
  for (const file of program.releases) {
    const release = workspace.index.get(file);
    if (!release) continue;
    for (const section of release.structure.sections) {
      if (section.kind !== 'about') continue;
      const name = section.title.replace(/^about\s+/i, '');
      if (keys.has(programKey(name)) || [...keys].some((k) => programKey(name).startsWith(k))) {
        return new vscode.Location(uriOf(file), new vscode.Range(section.line - 1, 0, section.line - 1, section.title.length));
      }
    }
  }
  const oldest = program.releases[program.releases.length - 1];
  const first = program.mentions.find((m) => m.file === oldest) ?? program.mentions[0];
  return first ? locationOf(first.file, first.line, first.column, first.text) : undefined;
}

export function registerNavigationSupport(selector: vscode.DocumentSelector, workspace: ReleaseWorkspace, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition: (d, p) =>
        guardAsync(log, 'definition', async () => {
          const found = await programAt(workspace, d, p);
          return found ? definitionOf(workspace, found.program) : undefined;
        }),
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences: (d, p, context) =>
        guardAsync(log, 'references', async () => {
          const found = await programAt(workspace, d, p);
          if (!found) return undefined;
          const all = found.program.mentions.map((m) => locationOf(m.file, m.line, m.column, m.text));
          if (context.includeDeclaration) return all;
          const def = definitionOf(workspace, found.program);
          return def ? all.filter((l) => !(l.uri.toString() === def.uri.toString() && l.range.isEqual(def.range))) : all;
        }),
    }),
    vscode.languages.registerDocumentHighlightProvider(selector, {
      provideDocumentHighlights: (d, p) =>
        guardAsync(log, 'highlights', async () => {
          const found = await programAt(workspace, d, p);
          if (!found) return undefined;
          const id = d.uri.toString();
          return found.program.mentions
            .filter((m) => m.file === id)
            .map((m) => new vscode.DocumentHighlight(new vscode.Range(d.positionAt(m.offset), d.positionAt(m.offset + m.length)), vscode.DocumentHighlightKind.Text));
        }),
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols: (query) =>
        guard(log, 'workspace symbols', () => {
          void workspace.ensureStarted();
          const q = query.toLowerCase().replace(/[\s-]+/g, '');
          const matches = (s: string) => !q || s.toLowerCase().replace(/[\s-]+/g, '').includes(q);
          const out: vscode.SymbolInformation[] = [];
          for (const p of workspace.index.programs()) {
            if (![p.id, ...p.aliases].some(matches)) continue;
            const def = definitionOf(workspace, p);
            if (def) out.push(new vscode.SymbolInformation(p.id, vscode.SymbolKind.Constant, [p.target?.value, p.phase ? phaseLabel(p.phase.value) : undefined].filter(Boolean).join(' · '), def));
          }
          for (const r of workspace.index.releases()) {
            const title = r.title ?? r.file;
            if (!matches(title)) continue;
            out.push(new vscode.SymbolInformation(title, vscode.SymbolKind.File, r.date ?? '', new vscode.Location(uriOf(r.file), new vscode.Position((r.structure.headline?.line ?? 1) - 1, 0))));
          }
          return out;
        }),
    }),
  );
}
