import type { HistoricFact, Program } from './programs/merge';
import { phaseLabel } from './programs/phase';
import type { Fact, FactSource } from './types';

/** How a card links to a place and names a file; the adapter decides (command URI, relative path). */
export interface CardLinks {
  link(file: string, line: number, column: number): string;
  label(file: string): string;
  /** A link that shows the program in a list of programs, if the adapter has one. */
  reveal?(programId: string): string;
  /** Headline of a release, for the mention list. */
  title?(file: string): string | undefined;
}

/** Markdown's special characters, each escaped with a backslash ("$&" is the character matched). */
const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** Deals listed on a card; the rest are counted. */
const MAX_DEALS = 8;

const PINNED_TITLE = '"Pinned in the workspace catalog"';

/** Where a fact comes from: a release and line, or the catalog (marked as such). */
function source(s: FactSource, links: CardLinks): string {
  if (s.catalog) return `*catalog* · [${escape(links.label(s.file))}:${s.line}](${links.link(s.file, s.line, 1)} ${PINNED_TITLE})`;
  const date = s.date ? `${s.date}, ` : '';
  return `[${escape(date + links.label(s.file))}:${s.line}](${links.link(s.file, s.line, 1)})`;
}

/** "Target: TROP2 — source", and the catalog's other value when a release contradicts it. */
function factLine<T>(label: string, f: Fact<T> | undefined, links: CardLinks, show: (v: T) => string = String, overruled: HistoricFact[] = []): string | undefined {
  if (!f) return undefined;
  const pinned = overruled.map((h) => ` · *catalog says* [${escape(show(h.value as T))}](${links.link(h.file, h.line, 1)} ${PINNED_TITLE})`).join('');
  return `**${label}:** ${escape(show(f.value))} — ${source(f.source, links)}${pinned}`;
}

interface EarlierPhase {
  newest: HistoricFact;
  /** Other releases that stated the same phase. */
  more: number;
}

/**
 * The phases a program was in before its current one, newest first, each once: a program in Phase 1b
 * for two years has a release for every quarter, and the card names the newest and counts the rest.
 */
function earlierPhases(history: readonly HistoricFact[]): EarlierPhase[] {
  const byPhase = new Map<string, EarlierPhase>();
  for (const h of history) {
    if (h.fact !== 'phase' || h.catalog) continue;
    const seen = byPhase.get(h.value);
    if (seen) seen.more++;
    else byPhase.set(h.value, { newest: h, more: 0 });
  }
  return [...byPhase.values()];
}

/**
 * The Markdown card shown when hovering a program: id and aliases, target, modality and payload,
 * latest phase with its date and source, indications, companies and deals, and the releases that
 * mention it (newest first), each linked to the mention.
 */
export function programCard(p: Program, links: CardLinks, maxReleases = 8): string {
  const out: string[] = [];
  const reveal = links.reveal ? ` [$(list-tree)](${links.reveal(p.id)} "Reveal in Programs view")` : '';
  out.push(`### ${escape(p.id)}${p.aliases.length ? ` · ${p.aliases.map(escape).join(' · ')}` : ''}${reveal}`);
  const overruled = (fact: HistoricFact['fact']) => p.history.filter((h) => h.catalog && h.fact === fact);
  const facts = [
    factLine('Target', p.target, links, String, overruled('target')),
    factLine('Modality', p.modality, links, String, overruled('modality')),
    factLine('Payload', p.payload, links, String, overruled('payload')),
    factLine('Phase', p.phase, links, phaseLabel, overruled('phase')),
  ].filter(Boolean);
  if (facts.length) out.push(facts.join('  \n'));
  const earlier = earlierPhases(p.history);
  if (earlier.length) {
    const entry = ({ newest: h, more }: EarlierPhase) => {
      const where = source({ file: h.file, line: h.line, ...(h.date ? { date: h.date } : {}) }, links);
      return `${escape(phaseLabel(h.value))} (${where}${more ? ` and ${more} more` : ''})`;
    };
    out.push(`*Earlier:* ${earlier.map(entry).join(', ')}`);
  }
  if (p.indications.length) {
    const where = (s: FactSource) => (s.catalog ? `[*catalog*](${links.link(s.file, s.line, 1)} ${PINNED_TITLE})` : `[${s.line}](${links.link(s.file, s.line, 1)})`);
    out.push(`**Indications:** ${p.indications.map((f) => `${escape(f.value)} (${where(f.source)})`).join(', ')}`);
  }
  if (p.companies.length) {
    out.push(`**Companies:** ${p.companies.map((f) => `${escape(f.value.name)} *(${f.value.role})* — ${source(f.source, links)}`).join('  \n')}`);
  }
  if (p.deals.length) {
    const deals = p.deals.slice(0, MAX_DEALS).map((f) => {
      const d = f.value;
      const amount = d.amountText ? ` ${escape(d.amountText)}` : '';
      const party = d.counterparty ? ` with ${escape(d.counterparty)}` : '';
      return `- ${escape(d.kind)}${amount}${party} — ${source(f.source, links)}`;
    });
    if (p.deals.length > MAX_DEALS) deals.push(`- … and ${p.deals.length - MAX_DEALS} more`);
    out.push(`**Deals:**\n${deals.join('\n')}`);
  }
  // Mentions come release by release, newest first, as `releases` does: only those of the releases
  // shown are read (a program of hundreds of releases has about a thousand).
  const shown = p.releases.slice(0, maxReleases);
  const byFile = new Map<string, { line: number; column: number; count: number }>();
  for (const m of p.mentions) {
    const e = byFile.get(m.file);
    if (e) e.count++;
    else if (byFile.size === shown.length) break;
    else byFile.set(m.file, { line: m.line, column: m.column, count: 1 });
  }
  const releases = shown.map((file) => {
    const first = byFile.get(file);
    const title = links.title?.(file);
    const where = first ? links.link(file, first.line, first.column) : links.link(file, 1, 1);
    const count = first && first.count > 1 ? ` (${first.count} mentions)` : '';
    return `- [${escape(links.label(file))}](${where})${title ? ` — ${escape(title)}` : ''}${count}`;
  });
  if (p.releases.length > maxReleases) releases.push(`- … and ${p.releases.length - maxReleases} more`);
  out.push(`**Mentioned in ${p.releases.length} release${p.releases.length === 1 ? '' : 's'}:**\n${releases.join('\n')}`);
  return out.join('\n\n');
}
