import { programKey } from '../recognize/codes';
import type { CompanyFact, DealFact, Fact, LocalProgram, Modality, ReleaseAnalysis } from '../types';
import { addCompanyFact } from './companies';
import { phaseRank } from './extract';

export interface ProgramMention {
  file: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  text: string;
  /** The words around the mention. */
  context: string;
}

/** A superseded fact: an older value some release stated. */
export interface HistoricFact {
  fact: 'target' | 'modality' | 'payload' | 'phase';
  value: string;
  file: string;
  line: number;
  date?: string;
}

/** One drug program across the workspace. */
export interface Program {
  /** Canonical id: the preferred development code (or name when no code is given). */
  id: string;
  /** Other names, codes first. */
  aliases: string[];
  target?: Fact<string>;
  modality?: Fact<Modality>;
  payload?: Fact<string>;
  phase?: Fact<string>;
  indications: Fact<string>[];
  companies: Fact<CompanyFact>[];
  deals: Fact<DealFact>[];
  /** Older values of the single-valued facts, newest first. */
  history: HistoricFact[];
  mentions: ProgramMention[];
  /** Files that mention the program, newest release first. */
  releases: string[];
  /** Release date of the newest release mentioning the program. */
  lastMentioned?: string;
}

/** Sort key for release dates: undated releases count as the oldest. */
const dateKey = (d: string | undefined) => d ?? '';

/**
 * Merges what each release says into one record per program. Programs are joined when any of
 * their names share a key; where releases disagree the newest release date wins.
 */
export function mergePrograms(releases: Iterable<ReleaseAnalysis>): Program[] {
  interface Local {
    release: ReleaseAnalysis;
    program: LocalProgram;
  }
  const locals: Local[] = [];
  for (const release of releases) for (const program of release.programs) locals.push({ release, program });

  // Union locals sharing a name key.
  const parent = locals.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const byKey = new Map<string, number>();
  locals.forEach((l, i) => {
    for (const name of l.program.names) {
      const k = programKey(name);
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const components = new Map<number, Local[]>();
  locals.forEach((l, i) => {
    const root = find(i);
    const list = components.get(root) ?? [];
    list.push(l);
    components.set(root, list);
  });

  const programs: Program[] = [];
  for (const members of components.values()) programs.push(mergeComponent(members));
  programs.sort((a, b) => dateKey(b.lastMentioned).localeCompare(dateKey(a.lastMentioned)) || a.id.localeCompare(b.id));
  return programs;

  function mergeComponent(members: Local[]): Program {
    // Newest release first, so the first value found for a fact is the one that wins.
    members.sort((a, b) => dateKey(b.release.date).localeCompare(dateKey(a.release.date)) || a.release.file.localeCompare(b.release.file));
    const id = chooseId(members.map((m) => m.program));
    const aliasSeen = new Set([programKey(id)]);
    const aliases: string[] = [];
    const history: HistoricFact[] = [];
    const program: Program = { id, aliases, indications: [], companies: [], deals: [], history, mentions: [], releases: [] };
    for (const { release, program: local } of members) {
      for (const name of local.names) {
        const k = programKey(name);
        if (!aliasSeen.has(k)) {
          aliasSeen.add(k);
          aliases.push(name);
        }
      }
      for (const key of ['target', 'modality', 'payload', 'phase'] as const) {
        const f = local[key] as Fact<string> | undefined;
        if (!f) continue;
        const current = program[key] as Fact<string> | undefined;
        if (!current) (program as unknown as Record<string, Fact<string>>)[key] = f;
        else if (current.value !== f.value || current.source.file !== f.source.file) {
          // Same release: a higher phase wins; otherwise the newer release (seen first) stays.
          if (key === 'phase' && current.source.file === f.source.file && phaseRank(f.value) > phaseRank(current.value)) {
            (program as unknown as Record<string, Fact<string>>)[key] = f;
            history.push(historic(key, current));
          } else if (current.value !== f.value) history.push(historic(key, f));
        }
      }
      for (const f of local.indications) if (!program.indications.some((x) => x.value === f.value)) program.indications.push(f);
      for (const f of local.companies) addCompanyFact(program.companies, f);
      for (const f of local.deals) {
        if (!program.deals.some((x) => x.value.kind === f.value.kind && x.value.amount === f.value.amount && x.source.date === f.source.date)) program.deals.push(f);
      }
      if (!program.releases.includes(release.file)) program.releases.push(release.file);
      const contexts = new Map(local.mentionOffsets.map((o, i) => [o, local.mentionContexts[i] ?? '']));
      for (const m of release.mentions) {
        const context = contexts.get(m.offset);
        if (context !== undefined) program.mentions.push({ file: release.file, offset: m.offset, length: m.length, line: m.line, column: m.column, text: m.text, context });
      }
    }
    const newest = members.find((m) => m.release.date)?.release.date;
    if (newest) program.lastMentioned = newest;
    return program;
  }
}

function historic(fact: HistoricFact['fact'], f: Fact<string>): HistoricFact {
  return { fact, value: f.value, file: f.source.file, line: f.source.line, ...(f.source.date ? { date: f.source.date } : {}) };
}

/** The id is the code most releases put first; ties go to the name seen most, then alphabetical order. */
function chooseId(locals: LocalProgram[]): string {
  const firstCounts = new Map<string, { name: string; first: number; seen: number }>();
  for (const l of locals) {
    l.names.forEach((name, i) => {
      const k = programKey(name);
      const e = firstCounts.get(k) ?? { name, first: 0, seen: 0 };
      e.seen++;
      if (i === 0) e.first++;
      firstCounts.set(k, e);
    });
  }
  const isCode = (n: string) => /\d/.test(n);
  return [...firstCounts.values()].sort(
    (a, b) => Number(isCode(b.name)) - Number(isCode(a.name)) || b.first - a.first || b.seen - a.seen || a.name.localeCompare(b.name),
  )[0]!.name;
}
