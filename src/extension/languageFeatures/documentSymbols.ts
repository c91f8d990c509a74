import * as vscode from 'vscode';
import type { ReleaseAnalysis, SectionKind } from '../../core/types';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { guardAsync } from './guard';

const SECTION_KINDS: Record<SectionKind, vscode.SymbolKind> = {
  about: vscode.SymbolKind.Class,
  financial: vscode.SymbolKind.Number,
  highlights: vscode.SymbolKind.Event,
  outlook: vscode.SymbolKind.Event,
  'conference-call': vscode.SymbolKind.Event,
  'forward-looking': vscode.SymbolKind.Null,
  contacts: vscode.SymbolKind.Interface,
  references: vscode.SymbolKind.Array,
  table: vscode.SymbolKind.Struct,
  safety: vscode.SymbolKind.Constant,
  other: vscode.SymbolKind.Namespace,
};

function lineRange(document: vscode.TextDocument, from: number, to: number): vscode.Range {
  const last = Math.min(to, document.lineCount) - 1;
  return new vscode.Range(from - 1, 0, last, document.lineAt(Math.max(0, last)).text.length);
}

/** Headline, dateline and sections (nested, with programs named in them as children) for the Outline. */
export function documentSymbols(document: vscode.TextDocument, analysis: ReleaseAnalysis): vscode.DocumentSymbol[] {
  const s = analysis.structure;
  const out: vscode.DocumentSymbol[] = [];
  if (s.headline) {
    const r = lineRange(document, s.headline.line, s.headline.endLine);
    out.push(new vscode.DocumentSymbol(s.headline.text, 'headline', vscode.SymbolKind.String, r, r));
  }
  if (s.dateline) {
    const line = document.lineAt(s.dateline.line - 1);
    const full = line.range;
    const sel = new vscode.Range(full.start, full.start.translate(0, Math.min(line.text.length, s.dateline.text.length)));
    const detail = [s.releaseDate, s.dateline.wire, analysis.issuer].filter(Boolean).join(' · ');
    out.push(new vscode.DocumentSymbol(s.dateline.place ? `${s.dateline.place} (dateline)` : 'Dateline', detail, vscode.SymbolKind.Event, full, sel));
  }
  const programMentions = analysis.mentions.filter((m) => m.kind === 'drug-code');
  let parent: vscode.DocumentSymbol | undefined;
  for (const section of s.sections) {
    const range = lineRange(document, section.line, section.endLine);
    const selection = lineRange(document, section.line, section.line);
    const symbol = new vscode.DocumentSymbol(section.title, section.kind, SECTION_KINDS[section.kind], range, selection);
    // Programs named in the section, once each.
    const seen = new Set<string>();
    for (const m of programMentions) {
      if (m.line < section.line || m.line > section.endLine || seen.has(String(m.value))) continue;
      seen.add(String(m.value));
      const start = document.positionAt(m.offset);
      const r = new vscode.Range(start, document.positionAt(m.offset + m.length));
      symbol.children.push(new vscode.DocumentSymbol(m.text, 'program', vscode.SymbolKind.Constant, r, r));
    }
    if (section.level === 2 && parent && range.start.line <= parent.range.end.line) parent.children.push(symbol);
    else {
      out.push(symbol);
      parent = symbol;
    }
  }
  return out;
}

export function registerDocumentSymbolSupport(selector: vscode.DocumentSelector, workspace: ReleaseWorkspace, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    selector,
    { provideDocumentSymbols: (d) => guardAsync(log, 'outline', async () => documentSymbols(d, await workspace.analysisOf(d))) },
    { label: 'Release Lens' },
  );
}
