import * as vscode from 'vscode';
import { programCard } from '../../core/cards';
import { describeDate, describeMoney, moneyPurpose } from '../../core/describe';
import { phaseLabel } from '../../core/programs/phase';
import type { ConfigService } from '../config';
import type { ReleaseWorkspace } from '../releaseWorkspace';
import { labelOf, openLink } from '../uris';
import { guardAsync } from './guard';

/** Hover cards: a program's card on a code or name, the normalized value on money and dates. */
export class ReleaseHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly workspace: ReleaseWorkspace,
    private readonly config: ConfigService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const analysis = await this.workspace.analysisOf(document);
    const offset = document.offsetAt(position);
    const mention = this.workspace.index.mentionAt(analysis.file, offset);
    if (!mention) return undefined;
    const range = new vscode.Range(document.positionAt(mention.offset), document.positionAt(mention.offset + mention.length));
    let markdown: string | undefined;
    if (mention.kind === 'drug-code' || mention.kind === 'drug-name' || mention.kind === 'brand') {
      const program = this.workspace.index.program(mention.kind === 'drug-name' ? String(mention.value) : mention.text);
      if (program) {
        markdown = programCard(
          program,
          {
            link: openLink,
            label: labelOf,
            reveal: (id) => `command:releaseLens.revealProgram?${encodeURIComponent(JSON.stringify([id]))}`,
            title: (file) => this.workspace.index.get(file)?.title,
          },
          this.config.value.hoverMaxReleases,
        );
      }
    } else if (mention.kind === 'money' && typeof mention.value === 'number' && mention.currency) {
      const text = document.getText();
      const purpose = moneyPurpose(text.slice(Math.max(0, mention.offset - 80), mention.offset), text.slice(mention.offset + mention.length, mention.offset + mention.length + 60));
      markdown = `**${describeMoney(mention.value, mention.currency)}**${purpose ? `  \n${purpose}` : ''}`;
    } else if (mention.kind === 'date') {
      const d = describeDate(String(mention.value));
      markdown = `**${d.label}**  \n\`${d.iso}\`${d.start && d.end && d.start !== d.end ? `  \n${d.start} → ${d.end}` : ''}`;
    } else if (mention.kind === 'target') {
      markdown = `**Target:** ${mention.text}`;
    } else if (mention.kind === 'phase') {
      markdown = `**${phaseLabel(String(mention.value))}**`;
    } else if (mention.kind === 'indication') {
      markdown = `**Indication:** ${mention.value}`;
    }
    if (!markdown) return undefined;
    const md = new vscode.MarkdownString(markdown);
    md.isTrusted = { enabledCommands: ['releaseLens.openLocation', 'releaseLens.revealProgram'] };
    md.supportThemeIcons = true;
    return new vscode.Hover(md, range);
  }
}

export function registerHoverSupport(selector: vscode.DocumentSelector, workspace: ReleaseWorkspace, config: ConfigService, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider = new ReleaseHoverProvider(workspace, config);
  return vscode.languages.registerHoverProvider(selector, {
    provideHover: (d, p) => guardAsync(log, 'hover', () => provider.provideHover(d, p)),
  });
}
