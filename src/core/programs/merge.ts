import type { CatalogProgram } from '../catalog';
import { programKey } from '../programKey';
import type { Fact, FactSource, LocalMention, LocalProgram, ProgramFacts, ReleaseAnalysis } from '../types';
import { addCompanyFact, addKeyedCompanyFact, companyKey } from './companyFacts';
import { looksBack, phaseRank } from './phase';

/** A mention of a program in one release of the workspace (the release's own record, shared). */
export type ProgramMention = LocalMention;

/** A superseded fact: an older value some release stated. */
export interface HistoricFact {
  fact: 'target' | 'modality' | 'payload' | 'phase';
  value: string;
  file: string;
  line: number;
  date?: string;
  /** A pinned value of the workspace catalog that a release contradicts (the release wins). */
  catalog?: true;
}

/** One drug program across the workspace. */
export interface Program extends ProgramFacts {
  /** Canonical id: the preferred development code (or name when no code is given). */
  id: string;
  /** Other names, codes first. */
  aliases: string[];
  /** Older values of the single-valued facts, newest first. */
  history: HistoricFact[];
  /**
   * Every mention, newest release first. This list and `releases` are made when first read, from
   * the program's releases as they are then: a record kept across an edit of one of them may list
   * the edited release's mentions.
   */
  mentions: ProgramMention[];
  /** Files that mention the program, newest release first. */
  releases: string[];
  /** Release date of the newest release mentioning the program. */
  lastMentioned?: string;
}

/** Sort key for release dates: undated releases count as the oldest. */
const dateKey = (d: string | undefined) => d ?? '';

interface Local {
  release: ReleaseAnalysis;
  program: LocalProgram;
  /** programKey of each name, in the order of `program.names` (computed once, not on every merge). */
  nameKeys: string[];
  /** The distinct name keys: the links of this program to others. */
  keys: string[];
  /** Position of the program in its release, so that merging never depends on the order releases arrive in. */
  position: number;
  /** companyKey of each company fact and the dedup key of each deal, computed once, not on every merge. */
  companyKeys: string[];
  dealKeys: string[];
  /** This program's single-valued facts as history entries, made when first superseded and then reused. */
  historic: (HistoricFact | undefined)[];
}

/** A program pinned in the workspace catalog: its names join programs like a release's names do. */
interface Pinned {
  pinned: CatalogProgram;
  keys: string[];
  /** Position in the catalog: the first pinned entry of a program gives its id and facts first. */
  order: number;
}

const isPinned = (member: Local | Pinned): member is Pinned => 'pinned' in member;

/** Programs joined by shared name keys, and the merged record made of them. */
interface Component {
  locals: Local[];
  pinned: CatalogProgram[];
  program: Program;
}

/** Whether two lists of a release's programs link the same keys, one for one (then no component joins or splits). */
function sameLinks(a: readonly Local[], b: readonly Local[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!.keys;
    const y = b[i]!.keys;
    if (x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

/** Code-point order: ISO dates and ids need no locale rules, and this is much cheaper than localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNewest = (a: Program, b: Program) => compare(dateKey(b.lastMentioned), dateKey(a.lastMentioned)) || compare(a.id, b.id);

/**
 * The programs of a set of releases, kept up to date one release at a time. Programs are joined
 * when any of their names share a key; where releases disagree the newest release date wins. A
 * change re-merges only the programs whose names the changed release touches.
 */
export class ProgramGraph {
  private readonly localsByKey = new Map<string, Set<Local | Pinned>>();
  private pinned: Pinned[] = [];
  private readonly localsByFile = new Map<string, Local[]>();
  private readonly componentByKey = new Map<string, Component>();
  /** Keys whose component must be found again (a program linked or unlinked). */
  private readonly dirty = new Set<string>();
  /** Components whose members were replaced one for one: merged again without being searched. */
  private readonly stale = new Set<Component>();
  private sorted: Program[] | undefined;

  /** Adds or replaces what one release says. */
  setRelease(release: ReleaseAnalysis): void {
    const locals = release.programs.map((program, position) => toLocal(release, program, position));
    const old = this.localsByFile.get(release.file);
    // The usual edit: the release names the same programs as before, so every component keeps its
    // shape and only the ones it touches are merged again (no search over large components).
    if (old && sameLinks(old, locals)) {
      old.forEach((previous, i) => this.replace(previous, locals[i]!));
      this.localsByFile.set(release.file, locals);
      return;
    }
    this.removeRelease(release.file);
    for (const local of locals) this.link(local);
    if (locals.length) this.localsByFile.set(release.file, locals);
  }

  private replace(previous: Local, local: Local): void {
    for (const k of local.keys) {
      const set = this.localsByKey.get(k)!;
      set.delete(previous);
      set.add(local);
    }
    const component = this.componentByKey.get(local.keys[0]!);
    if (!component) return; // not merged yet: its keys are dirty
    const i = component.locals.indexOf(previous);
    // Not there: the release was linked after the last merge, so its keys are dirty already.
    if (i < 0) return;
    component.locals[i] = local;
    this.stale.add(component);
  }

  /**
   * Replaces the programs pinned in the workspace catalog. Only the programs their names (old and
   * new) reach are merged again; no release is read again.
   */
  setCatalog(programs: readonly CatalogProgram[]): void {
    for (const p of this.pinned) this.unlink(p);
    this.pinned = programs.map((pinned, order) => ({ pinned, order, keys: [...new Set([pinned.code, ...pinned.aliases].map(programKey))] }));
    for (const p of this.pinned) this.link(p);
  }

  private link(member: Local | Pinned): void {
    for (const k of member.keys) {
      let set = this.localsByKey.get(k);
      if (!set) this.localsByKey.set(k, (set = new Set()));
      set.add(member);
      this.dirty.add(k);
    }
  }

  private unlink(member: Local | Pinned): void {
    for (const k of member.keys) {
      const set = this.localsByKey.get(k);
      set?.delete(member);
      if (set && set.size === 0) this.localsByKey.delete(k);
      this.dirty.add(k);
    }
  }

  removeRelease(file: string): void {
    const locals = this.localsByFile.get(file);
    if (!locals) return;
    this.localsByFile.delete(file);
    for (const local of locals) this.unlink(local);
  }

  /** The program a name or id belongs to. */
  get(key: string): Program | undefined {
    this.flush();
    return this.componentByKey.get(key)?.program;
  }

  /** All programs, most recently mentioned first. The list is the graph's own, updated in place by later changes. */
  programs(): Program[] {
    this.flush();
    if (!this.sorted) this.sorted = [...new Set([...this.componentByKey.values()].map((c) => c.program))].sort(byNewest);
    return this.sorted;
  }

  /**
   * Re-merges the components reachable from changed keys (every piece of a split component holds
   * one of them), then the components whose members were only replaced.
   */
  private flush(): void {
    if (this.dirty.size === 0 && this.stale.size === 0) return;
    const replaced = new Set<Program>();
    const merged: Program[] = [];
    const seen = new Set<string>();
    for (const start of this.dirty) {
      if (seen.has(start)) continue;
      const componentKeys: string[] = [];
      const members = new Set<Local | Pinned>();
      const queue = [start];
      seen.add(start);
      while (queue.length) {
        const k = queue.pop()!;
        componentKeys.push(k);
        for (const local of this.localsByKey.get(k) ?? []) {
          if (members.has(local)) continue;
          members.add(local);
          for (const k2 of local.keys) {
            if (!seen.has(k2)) {
              seen.add(k2);
              queue.push(k2);
            }
          }
        }
      }
      for (const k of componentKeys) {
        const old = this.componentByKey.get(k);
        if (old) {
          replaced.add(old.program);
          this.stale.delete(old);
        }
      }
      const locals: Local[] = [];
      const pinned: Pinned[] = [];
      for (const m of members) {
        if (isPinned(m)) pinned.push(m);
        else locals.push(m);
      }
      // A pinned program that no release mentions is no program of the workspace.
      if (locals.length === 0) {
        for (const k of componentKeys) this.componentByKey.delete(k);
        continue;
      }
      const component: Component = { locals, pinned: pinned.sort((a, b) => a.order - b.order).map((p) => p.pinned), program: undefined! };
      component.program = mergeComponent(newestFirstInPlace(locals), component.pinned);
      merged.push(component.program);
      for (const k of componentKeys) this.componentByKey.set(k, component);
    }
    for (const component of this.stale) {
      replaced.add(component.program);
      component.program = mergeComponent(newestFirstInPlace(component.locals), component.pinned);
      merged.push(component.program);
    }
    this.dirty.clear();
    this.stale.clear();
    if (this.sorted) this.sorted = updateSorted(this.sorted, replaced, merged);
  }
}

/**
 * The sorted program list after a change: one pass drops the replaced programs and places the new
 * ones, into a list made at its final size, so an edit costs a linear pass rather than a full sort.
 */
function updateSorted(sorted: Program[], replaced: Set<Program>, merged: Program[]): Program[] {
  // The usual edit leaves the order as it was: the list needs no new array.
  if (replaceInPlace(sorted, replaced, merged)) return sorted;
  merged.sort(byNewest);
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (!replaced.has(sorted[i]!)) kept++;
  const out = new Array<Program>(kept + merged.length);
  let at = 0;
  let next = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (replaced.has(p)) continue;
    while (next < merged.length && byNewest(merged[next]!, p) < 0) out[at++] = merged[next++]!;
    out[at++] = p;
  }
  while (next < merged.length) out[at++] = merged[next++]!;
  return out;
}

/**
 * Puts each program merged again in the place of the one it replaces, when each has that one's id
 * and date (so the order stays). False, with the list untouched, when they do not.
 */
function replaceInPlace(sorted: Program[], replaced: Set<Program>, merged: Program[]): boolean {
  if (merged.length !== replaced.size) return false;
  const places: number[] = [];
  for (let i = 0; i < sorted.length && places.length < merged.length; i++) if (replaced.has(sorted[i]!)) places.push(i);
  if (places.length !== merged.length) return false;
  const next: Program[] = [];
  for (const i of places) {
    const p = merged.find((m) => byNewest(m, sorted[i]!) === 0);
    if (!p || next.includes(p)) return false;
    next.push(p);
  }
  for (let j = 0; j < places.length; j++) sorted[places[j]!] = next[j]!;
  return true;
}

/** Merges what each release says into one record per program (see ProgramGraph). */
export function mergePrograms(releases: Iterable<ReleaseAnalysis>): Program[] {
  const graph = new ProgramGraph();
  for (const r of releases) graph.setRelease(r);
  return graph.programs();
}

/** What parts a pair of targets: "BCMAxCD3", "BCMA x CD3", "BCMA/CD3", "BCMA and CD3". */
const PAIR_SEPARATOR = /\s+(?:and|x)\s+|\s*[×/]\s*|(?<=[A-Z0-9])x(?=[A-Z0-9])/;

/** One target, or one pair, written two ways: "BCMAxCD3" and "BCMA and CD3" are no new value for the history. */
function sameTargets(a: string, b: string): boolean {
  const parts = (v: string) => v.split(PAIR_SEPARATOR).map(programKey).sort().join('+');
  return parts(a) === parts(b);
}

/** The facts a program has one value of at a time; older values go to its history. */
const SINGLE_FACTS = ['target', 'modality', 'payload', 'phase'] as const;

const NO_KEYS: string[] = [];
/**
 * A local's history entries before any is made: an array of the same kind as the ones made later,
 * so that a local keeps its shape (a field that went from undefined to an array would throw away
 * the merge's compiled code on the first edit).
 */
const NO_HISTORY: (HistoricFact | undefined)[] = [undefined, undefined, undefined, undefined];

function toLocal(release: ReleaseAnalysis, program: LocalProgram, position: number): Local {
  const nameKeys = program.names.map(programKey);
  return {
    release,
    program,
    nameKeys,
    keys: [...new Set(nameKeys)],
    position,
    // Most programs name no company and no deal: they share one empty list (the index holds tens of thousands).
    companyKeys: program.companies.length ? program.companies.map((f) => companyKey(f.value.name)) : NO_KEYS,
    dealKeys: program.deals.length ? program.deals.map((f) => `${f.value.kind}|${f.value.amount}|${f.source.date}`) : NO_KEYS,
    historic: NO_HISTORY,
  };
}

/** Newest release first, so the first value found for a fact is the one that wins. */
const newestFirst = (a: Local, b: Local) => compare(dateKey(b.release.date), dateKey(a.release.date)) || compare(a.release.file, b.release.file) || a.position - b.position;

/**
 * Sorts members newest first, unless they are in order already (a component merged before mostly
 * is). Kept out of mergeComponent: a check that first runs on the first edit would otherwise throw
 * away mergeComponent's compiled code, and a program of hundreds of releases would be merged once
 * in the interpreter.
 */
function newestFirstInPlace(members: Local[]): Local[] {
  for (let i = 1; i < members.length; i++) if (newestFirst(members[i - 1]!, members[i]!) > 0) return members.sort(newestFirst);
  return members;
}

/** A member's fact as a history entry, made once per member (a program is merged again on every edit of one of its releases). */
function historicOf(member: Local, factIndex: number, f: Fact<string>): HistoricFact {
  let entries = member.historic;
  if (entries === NO_HISTORY) member.historic = entries = [undefined, undefined, undefined, undefined];
  return (entries[factIndex] ??= historic(SINGLE_FACTS[factIndex]!, f));
}

/**
 * Merges a component's members, sorted newest first, into one record. A program named in hundreds
 * of releases is merged again on every edit of one of them, so this allocates little beyond the
 * record itself: keys are computed per release beforehand, lists are made at their final size, and
 * a release's entries are adjacent once sorted, so no set of files is needed.
 */
function mergeComponent(members: Local[], pinned: CatalogProgram[] = []): Program {
  // A pinned code is the id the user chose.
  const id = pinned[0]?.code ?? chooseId(members);
  const aliasSeen = new Set([programKey(id)]);
  const aliases: string[] = [];
  const history: HistoricFact[] = [];
  const companyKeys: string[] = [];
  const program = { id, aliases, indications: [], companies: [], deals: [], history } as unknown as Program;
  Object.defineProperty(program, LISTS, { value: { members } });
  Object.defineProperties(program, LAZY_LISTS);
  // Sets keep the merge linear in the number of facts, even for a program named in hundreds of releases.
  const indicationSeen = new Set<string>();
  const dealSeen = new Set<string>();
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!;
    const { program: local, nameKeys } = member;
    for (let i = 0; i < nameKeys.length; i++) {
      const k = nameKeys[i]!;
      if (!aliasSeen.has(k)) {
        aliasSeen.add(k);
        aliases.push(local.names[i]!);
      }
    }
    for (let i = 0; i < SINGLE_FACTS.length; i++) {
      const key = SINGLE_FACTS[i]!;
      const f = local[key] as Fact<string> | undefined;
      if (!f) continue;
      const current = program[key] as Fact<string> | undefined;
      if (!current) (program as unknown as Record<string, Fact<string>>)[key] = f;
      else if (current.value !== f.value || current.source.file !== f.source.file) {
        // Same release: a higher phase wins; otherwise the newer release (seen first) stays, unless its
        // phase looks back from the older one's (see looksBack).
        if (key === 'phase' && (current.source.file === f.source.file ? phaseRank(f.value) > phaseRank(current.value) : looksBack(current.value, f.value))) {
          (program as unknown as Record<string, Fact<string>>)[key] = f;
          history.push(historic(key, current));
        } else if (current.value !== f.value && !(key === 'target' && sameTargets(current.value, f.value))) history.push(historicOf(member, i, f));
      }
    }
    for (const f of local.indications) {
      if (indicationSeen.has(f.value)) continue;
      indicationSeen.add(f.value);
      program.indications.push(f);
    }
    for (let i = 0; i < local.companies.length; i++) addKeyedCompanyFact(program.companies, companyKeys, local.companies[i]!, member.companyKeys[i]!);
    for (let i = 0; i < local.deals.length; i++) {
      const key = member.dealKeys[i]!;
      if (dealSeen.has(key)) continue;
      dealSeen.add(key);
      program.deals.push(local.deals[i]!);
    }
  }
  for (const p of pinned) addPinned(program, p, aliasSeen, indicationSeen);
  const newest = members.find((m) => m.release.date)?.release.date;
  if (newest) program.lastMentioned = newest;
  return program;
}

/** A merged program's members, and its lists of mentions and files once read. */
interface Lists {
  members: readonly Local[];
  mentions?: ProgramMention[];
  releases?: string[];
}
const LISTS = Symbol('lists');
type Merged = Program & { [LISTS]: Lists };

/**
 * A merged program's lists of mentions and files are made on first read, from its members: an edit
 * merges a program of hundreds of releases again, and these lists were most of what each merge
 * kept. One pair of getters serves every program, so that all keep one shape (a getter made per
 * program gives each its own dictionary of properties, and every read of one is slower).
 */
const LAZY_LISTS: PropertyDescriptorMap = { mentions: lazyList('mentions', mentionsOf), releases: lazyList('releases', releasesOf) };

/** A getter of one list: made from the members on the first read, then kept. */
function lazyList<K extends 'mentions' | 'releases'>(key: K, make: (members: readonly Local[]) => NonNullable<Lists[K]>): PropertyDescriptor {
  return {
    get(this: Merged) {
      const lists = this[LISTS];
      return (lists[key] ??= make(lists.members));
    },
    enumerable: true,
    configurable: true,
  };
}

/** Every member's mentions, in member order, in one list made at its final size. */
function mentionsOf(members: readonly Local[]): ProgramMention[] {
  let count = 0;
  for (let m = 0; m < members.length; m++) count += members[m]!.program.mentions.length;
  const mentions = new Array<ProgramMention>(count);
  let at = 0;
  for (let m = 0; m < members.length; m++) {
    const own = members[m]!.program.mentions;
    for (let i = 0; i < own.length; i++) mentions[at++] = own[i]!;
  }
  return mentions;
}

/** The members' files, newest first; sorted members of one release are adjacent. */
function releasesOf(members: readonly Local[]): string[] {
  let count = 0;
  for (let m = 0; m < members.length; m++) if (m === 0 || members[m]!.release !== members[m - 1]!.release) count++;
  const files = new Array<string>(count);
  let at = 0;
  for (let m = 0; m < members.length; m++) if (m === 0 || members[m]!.release !== members[m - 1]!.release) files[at++] = members[m]!.release.file;
  return files;
}

/**
 * Adds what the catalog pins: its names as aliases, and its facts where no release states them.
 * Where a release states another value, the release wins and the pinned value goes to history,
 * marked as the catalog's, so that the disagreement can be shown.
 */
function addPinned(program: Program, p: CatalogProgram, aliasSeen: Set<string>, indicationSeen: Set<string>): void {
  const source = (line: number): FactSource => ({ file: p.file, line, catalog: true });
  for (const name of [p.code, ...p.aliases]) {
    const k = programKey(name);
    if (aliasSeen.has(k)) continue;
    aliasSeen.add(k);
    program.aliases.push(name);
  }
  for (const key of ['target', 'modality', 'payload', 'phase'] as const) {
    const value = p[key];
    if (value === undefined) continue;
    const f: Fact<string> = { value, source: source(p.lines[key] ?? p.line) };
    const current = program[key] as Fact<string> | undefined;
    if (!current) (program as unknown as Record<string, Fact<string>>)[key] = f;
    else if (current.value.toUpperCase() !== value.toUpperCase()) program.history.push({ ...historic(key, f), catalog: true });
  }
  p.indications.forEach((value, i) => {
    if (indicationSeen.has(value) || indicationSeen.has(value.toLowerCase())) return;
    indicationSeen.add(value);
    program.indications.push({ value, source: source(p.indicationLines[i] ?? p.line) });
  });
  if (p.company) addCompanyFact(program.companies, { value: { name: p.company, role: 'owner' }, source: source(p.lines.company ?? p.line) });
}

function historic(fact: HistoricFact['fact'], f: Fact<string>): HistoricFact {
  return { fact, value: f.value, file: f.source.file, line: f.source.line, ...(f.source.date ? { date: f.source.date } : {}) };
}

/** The id is the code most releases put first; ties go to the name seen most, then alphabetical order. */
function chooseId(locals: Local[]): string {
  const firstCounts = new Map<string, { name: string; first: number; seen: number }>();
  for (const { program, nameKeys } of locals) {
    for (let i = 0; i < nameKeys.length; i++) {
      const k = nameKeys[i]!;
      let e = firstCounts.get(k);
      if (!e) firstCounts.set(k, (e = { name: program.names[i]!, first: 0, seen: 0 }));
      e.seen++;
      if (i === 0) e.first++;
    }
  }
  // The best entry in one pass: a program is merged again on every edit of one of its releases.
  let best: { name: string; first: number; seen: number } | undefined;
  for (const e of firstCounts.values()) if (!best || idOrder(e, best) < 0) best = e;
  return best!.name;
}

const isCode = (n: string) => /\d/.test(n);
const idOrder = (a: { name: string; first: number; seen: number }, b: { name: string; first: number; seen: number }) =>
  Number(isCode(b.name)) - Number(isCode(a.name)) || b.first - a.first || b.seen - a.seen || a.name.localeCompare(b.name);
