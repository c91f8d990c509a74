import { programKey } from '../programKey';
import { phaseRank } from './phase';
import { splitSentences, type SentenceSpan } from '../text/sentences';
import type { LineIndex } from '../text/lines';
import type { CompanyFact, DealFact, DealKind, Fact, LocalProgram, Mention, Modality, ReleaseStructure } from '../types';
import { addCompanyFact, CompanyNames, companyRole, issuerShortName, sameCompany, type CompanyMention } from './companies';
import { AGREEMENT_CUE, DEAL_CUES, PARTNER_CUE } from './dealCues';
import { MODALITY_RANK, modalityWords } from './modality';

export interface ExtractInput {
  file: string;
  text: string;
  mentions: Mention[];
  structure: ReleaseStructure;
  lines: LineIndex;
  /** The text's sentences, when the caller has split it already. */
  sentences?: SentenceSpan[];
  /** The companies the release names, when the caller shares them with other readers of the release. */
  companies?: CompanyNames;
}

const NAME_KINDS = new Set(['drug-code', 'drug-name']);
/** Facts are read from sentences with at most this many mentions (tables and dumps are skipped). */
const MAX_SENTENCE_MENTIONS = 60;
/** Between two names, text that makes them aliases: "/", " (", " (formerly ", ", also known as ". */
const ALIAS_LINK = /^(?:\s*\/\s*|\s*\(\s*(?:formerly(?:\s+known\s+as)?\s+|also\s+known\s+as\s+|previously\s+|a\.?k\.?a\.?\s+|or\s+)?|,?\s+(?:also\s+known\s+as|formerly(?:\s+known\s+as)?|previously\s+known\s+as|a\.k\.a\.)\s+)$/i;

/** Text after a name that calls it a payload: "DGN549 IGN payload", "PX7, a topoisomerase-1 inhibitor payload"; not "X uses the Y payload". */
const PAYLOAD_WORDS = /^\W{0,3}(?:(?!(?:uses?|using|with|carr\w*|contain\w*|has|have|and|plus|is|was)\b)[\w-]+\s+){0,4}(?:payload|cell-killing agent|warhead|toxin)|^-loaded/i;
const PAYLOAD_WORD = /payload|cell-killing agent|warhead|toxin|^-loaded/i;
/** "its", "our" or "the Company's" and up to three words, right before a name. */
const OWNER_BEFORE = /\b(?:its|our|the Company's)\s+(?:[\w-]+\s+){0,3}$/i;
/** Every OWNER_BEFORE match has one of these words; a quick test before the slower one. */
const OWNER_WORD = /its|our|company's/i;
const TARGET_CUE_BEFORE = /(?:anti-?|targeting\s+|targets\s+|against\s+|binds?\s+(?:to\s+)?|directed\s+(?:against|at|to)\s+)$/i;
const TARGET_CUE_AFTER = /^(?:-|\s)(?:targeting|targeted|directed|specific|binding)\b/i;
/** AGREEMENT_CUE's one word that PARTNER_CUE does not cover. */
const EXCLUSIVE = /\bexclusive\b/i;
const FUTURE_CUE = /\b(?:start\s+of|initiat\w*|planned|pivotal|recommended|enter(?:ing|s)?|move\s+(?:forward\s+)?into|advanc(?:e|es|ing)\s+(?:in)?to|upon|prior\s+to|before|toward|towards|ready\s+to|plan(?:s|ned)?\s+to|expect(?:s|ed)?\s+to|will|eligible|anticipate[sd]?|intends?\s+to|next)\b[^.]{0,60}$/i;


class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface Group {
  program: LocalProgram;
  /** Mentions of this program, in text order. */
  mentions: Mention[];
}

/** Groups the release's program names into programs and reads facts about each from its sentences. */
export function extractPrograms(input: ExtractInput): LocalProgram[] {
  const { text, mentions } = input;
  const names = mentions.filter((m) => NAME_KINDS.has(m.kind));
  if (names.length === 0) return [];

  // 1. Aliases: names linked by "/", "(", "formerly" … and the same key anywhere in the text.
  const keys = names.map((m) => programKey(m.kind === 'drug-name' ? String(m.value) : m.text));
  const uf = new UnionFind(names.length);
  const firstByKey = new Map<string, number>();
  names.forEach((_m, i) => {
    const k = keys[i]!;
    const first = firstByKey.get(k);
    if (first === undefined) firstByKey.set(k, i);
    else uf.union(first, i);
  });
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    const between = text.slice(a.offset + a.length, b.offset);
    // "(nordatamab, NDB-310)": names listed together inside parentheses.
    const listedInParentheses = /^\s*,\s*$/.test(between) && text.charCodeAt(a.offset - 1) === 40 && text.charCodeAt(b.offset + b.length) === 41;
    if (between.length <= 40 && (ALIAS_LINK.test(between) || listedInParentheses) && keys[i] !== keys[i + 1]) {
      // "DM4" in "SAR3419 (DM4-loaded)" or a payload named beside its ADC is not an alias.
      if (!PAYLOAD_WORDS.test(text.slice(b.offset + b.length, b.offset + b.length + 30))) uf.union(i, i + 1);
    }
  }
  const groups = new Map<number, Group>();
  names.forEach((m, i) => {
    const root = uf.find(i);
    let g = groups.get(root);
    if (!g) {
      g = { program: { names: [], indications: [], companies: [], deals: [], mentions: [] }, mentions: [] };
      groups.set(root, g);
    }
    g.mentions.push(m);
    g.program.mentions.push({ file: input.file, offset: m.offset, length: m.length, line: m.line, column: m.column, text: m.text });
  });
  const keyOf = keysOf(names, keys);
  for (const g of groups.values()) g.program.names = preferredNames(g.mentions, keyOf);
  const groupOf = new Map<number, Group>();
  names.forEach((m, i) => groupOf.set(m.offset, groups.get(uf.find(i))!));

  // 2. Facts, sentence by sentence.
  const sentences = input.sentences ?? splitSentences(text);
  const issuer = input.structure.issuer;
  const ticker = input.structure.ticker?.symbol;
  // Companies named in full somewhere ("Northwind Therapeutics, Inc.") are recognised by their first word elsewhere.
  const companies = input.companies ?? new CompanyNames(text, issuer);
  // Lines of "Upcoming milestones"-style sections: phases there are plans, not the current phase.
  const outlookLines = new Set<number>();
  for (const sec of input.structure.sections) {
    if (sec.kind === 'outlook') for (let l = sec.line; l <= sec.endLine && outlookLines.size < 100_000; l++) outlookLines.add(l);
  }
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi]!.offset < s.start) mi++;
    let end = mi;
    let named = false;
    for (; end < mentions.length && mentions[end]!.offset < s.end; end++) named ||= groupOf.has(mentions[end]!.offset);
    // Most sentences name no program: their mentions are not gathered.
    if (!named || end - mi > MAX_SENTENCE_MENTIONS) continue;
    const inSentence = mentions.slice(mi, end);
    const programMentions = inSentence.filter((m) => groupOf.has(m.offset));
    readSentenceFacts(input, s, inSentence, programMentions, groupOf, issuer, ticker, companies, outlookLines);
  }
  return [...groups.values()].map((g) => g.program);
}

/** White space other than single spaces: what `replace(/\s+/g, ' ')` would change. */
const SPACE_RUN = /[^\S ]| \s/;

/** programKey of a mention's text, computed once per distinct text (a release names its programs many times). */
function keysOf(names: Mention[], keys: string[]): (text: string) => string {
  const byText = new Map<string, string>();
  names.forEach((m, i) => {
    if (m.kind === 'drug-code') byText.set(m.text, keys[i]!);
  });
  return (text) => {
    let key = byText.get(text);
    if (key === undefined) byText.set(text, (key = programKey(text)));
    return key;
  };
}

/** Codes first (in order of appearance), then generic names. */
function preferredNames(ms: Mention[], keyOf: (text: string) => string): string[] {
  const seen = new Set<string>();
  const codes: string[] = [];
  const others: string[] = [];
  for (const m of ms) {
    const name = SPACE_RUN.test(m.text) ? m.text.replace(/\s+/g, ' ') : m.text;
    // Collapsing white space does not change a key.
    const key = keyOf(m.text);
    if (seen.has(key)) continue;
    seen.add(key);
    (m.kind === 'drug-code' ? codes : others).push(name);
  }
  return [...codes, ...others];
}

function nearest(ms: Mention[], offset: number, exclude?: Mention): Mention | undefined {
  let best: Mention | undefined;
  let bestDistance = Infinity;
  for (const m of ms) {
    if (m === exclude) continue;
    const d = m.offset > offset ? m.offset - offset : offset - (m.offset + m.length);
    if (d < bestDistance) {
      bestDistance = d;
      best = m;
    }
  }
  return best;
}

function readSentenceFacts(
  input: ExtractInput,
  s: SentenceSpan,
  inSentence: Mention[],
  programMentions: Mention[],
  groupOf: Map<number, Group>,
  issuer: string | undefined,
  ticker: string | undefined,
  companyNames: CompanyNames,
  outlookLines: Set<number>,
): void {
  const { text, file, structure } = input;
  const source = (offset: number) => ({ file, line: input.lines.position(offset).line, ...(structure.releaseDate ? { date: structure.releaseDate } : {}) });
  const fact = <T>(value: T, offset: number): Fact<T> => ({ value, source: source(offset) });
  const sentence = text.slice(s.start, s.end);
  const inOutlook = (offset: number) => outlookLines.has(input.lines.position(offset).line);

  // Payload codes described as such ("DGN549 IGN payload", "DM4-loaded") and the program they arm.
  const payloads = programMentions.filter((m) => calledPayload(text, m) || /^(?:DM\d|SN-?38|DXd|MMA[EF])$/i.test(m.text));
  for (const p of payloads) {
    const g = groupOf.get(p.offset)!;
    g.program.modality ??= fact<Modality>('payload', p.offset);
    const armed = nearest(programMentions.filter((m) => groupOf.get(m.offset) !== g && !payloads.includes(m)), p.offset);
    if (armed) {
      const ag = groupOf.get(armed.offset)!;
      ag.program.payload ??= fact(g.program.names[0]!, p.offset);
      ag.program.modality ??= fact<Modality>('ADC', p.offset);
    }
  }
  const subjects = programMentions.filter((m) => !payloads.includes(m));
  if (subjects.length === 0) return;

  for (const m of inSentence) {
    if (m.kind === 'target') {
      const before = text.slice(Math.max(s.start, m.offset - 24), m.offset);
      const after = text.slice(m.offset + m.length, m.offset + m.length + 16);
      if (!TARGET_CUE_BEFORE.test(before) && !TARGET_CUE_AFTER.test(after)) continue;
      const owner = nearest(subjects, m.offset);
      if (owner) groupOf.get(owner.offset)!.program.target ??= fact(String(m.value), m.offset);
    } else if (m.kind === 'phase') {
      const lead = text.slice(Math.max(s.start, m.offset - 80), m.offset);
      // Plans and doses are not the phase a program is in: "start a Phase 3 trial", "the recommended Phase 2 dose".
      if (FUTURE_CUE.test(lead) || /^\s+(?:dose|doses|portion)\b/i.test(text.slice(m.offset + m.length, m.offset + m.length + 10))) continue;
      if (inOutlook(m.offset)) continue;
      const owner = nearest(subjects, m.offset);
      if (!owner) continue;
      const g = groupOf.get(owner.offset)!;
      const current = g.program.phase?.value;
      if (!current || phaseRank(String(m.value)) > phaseRank(current)) g.program.phase = fact(String(m.value), m.offset);
    } else if (m.kind === 'indication') {
      const owner = nearest(subjects, m.offset);
      if (!owner) continue;
      const g = groupOf.get(owner.offset)!;
      if (!g.program.indications.some((f) => f.value === m.value)) g.program.indications.push(fact(String(m.value), m.offset));
    }
  }

  // Modality: "X is a … ADC", "its … ADC, X", "X, a CD33-targeting ADC". Not looked for when
  // every program named already has the most specific modality a sentence can give.
  const modalityOpen = subjects.some((m) => !isMostSpecific(groupOf.get(m.offset)!.program.modality?.value));
  for (const { modality, index } of modalityOpen ? modalityWords(sentence) : []) {
    const at = s.start + index;
    const owner = nearest(subjects, at);
    if (!owner) continue;
    const between = owner.offset < at ? text.slice(owner.offset + owner.length, at) : text.slice(at, owner.offset);
    if (between.length > 90 || /\b(?:uses?|with|and|using|combination|plus)\b/.test(between)) continue;
    // A more specific statement ("ADC") outranks a general one ("antibody") made earlier.
    const program = groupOf.get(owner.offset)!.program;
    const current = program.modality?.value;
    if (!current || (current !== 'payload' && MODALITY_RANK[modality] > MODALITY_RANK[current])) program.modality = fact(modality, owner.offset);
  }

  // Companies and deals, where the sentence speaks of partners, deals or money.
  const money = inSentence.filter((m) => m.kind === 'money');
  const partnerCue = PARTNER_CUE.test(sentence);
  // Companies are looked for only when a fact needs them: most sentences state none that does.
  let companies: CompanyMention[] | undefined;
  const companiesNamed = () => (companies ??= partnerCue || money.length ? companyNames.find(s.start, s.end, issuer, companyNames.known()) : []);
  const issuerShort = issuer ? issuerShortName(issuer) : undefined;
  for (const m of subjects) {
    if (issuerShort && ownedByIssuer(text, s, m, issuerShort, ticker)) {
      addCompanyFact(groupOf.get(m.offset)!.program.companies, fact<CompanyFact>({ name: issuerShort, role: 'owner' }, m.offset));
    }
  }
  if (partnerCue) {
    for (const c of companiesNamed()) {
      const role = companyRole(sentence, c.start, c.end);
      if (!role) continue;
      const owner = nearest(subjects, s.start + c.start);
      if (!owner) continue;
      addCompanyFact(groupOf.get(owner.offset)!.program.companies, fact<CompanyFact>({ name: c.name, role }, s.start + c.start));
    }
  }
  const counterparty = () => companiesNamed().find((c) => !issuerShort || !sameCompany(c.name, issuerShort))?.name;
  for (const mo of money) {
    const around = text.slice(mo.offset + mo.length, Math.min(s.end, mo.offset + mo.length + 40));
    const before = text.slice(Math.max(s.start, mo.offset - 40), mo.offset);
    let kind: DealKind | undefined;
    for (const [re, k] of DEAL_CUES) {
      if (re.test(around) || re.test(before)) {
        kind = k;
        break;
      }
    }
    if (!kind) continue;
    const owner = nearest(subjects, mo.offset);
    if (!owner) continue;
    const other = counterparty();
    const deal: DealFact = { kind, amount: Number(mo.value), amountText: mo.text.replace(/\s+/g, ' '), ...(mo.currency ? { currency: mo.currency } : {}), ...(other ? { counterparty: other } : {}) };
    const g = groupOf.get(owner.offset)!;
    if (!g.program.deals.some((d) => d.value.kind === deal.kind && d.value.amount === deal.amount)) g.program.deals.push(fact(deal, mo.offset));
  }
  // The agreement word is the rarer: it is looked for first. Without a partner cue the only agreement
  // word left is "exclusive" (PARTNER_CUE covers the others), a quicker search.
  if (money.length === 0 && (partnerCue ? AGREEMENT_CUE : EXCLUSIVE).test(sentence)) {
    for (const [re, kind] of DEAL_CUES) {
      if ((kind === 'acquisition' || kind === 'license') && re.test(sentence)) {
        const owner = subjects[0]!;
        const g = groupOf.get(owner.offset)!;
        if (!g.program.deals.some((d) => d.value.kind === kind)) {
          const other = counterparty();
          g.program.deals.push(fact<DealFact>({ kind, ...(other ? { counterparty: other } : {}) }, owner.offset));
        }
        break;
      }
    }
  }
}

/** No modality word outranks these (see the modality loop of readSentenceFacts). */
const isMostSpecific = (modality: Modality | undefined) => modality === 'payload' || modality === 'ADC';

/** Is the mention called a payload by the words after it ("DGN549 IGN payload", "DM4-loaded")? */
function calledPayload(text: string, m: Mention): boolean {
  const after = text.slice(m.offset + m.length, m.offset + m.length + 40);
  // Every PAYLOAD_WORDS match has one of these words; most windows have none.
  return PAYLOAD_WORD.test(after) && PAYLOAD_WORDS.test(after);
}

/** The issuer's own program: its code starts with the ticker ("ACME-101"), or "its", "our" or "Acme's" comes just before it. */
function ownedByIssuer(text: string, s: SentenceSpan, m: Mention, issuerShort: string, ticker: string | undefined): boolean {
  if (ticker && m.text.replace(/[\s-]*\d.*$/, '').toUpperCase() === ticker.toUpperCase()) return true;
  const before = text.slice(Math.max(s.start, m.offset - 40), m.offset);
  if (OWNER_WORD.test(before) && OWNER_BEFORE.test(before)) return true;
  // "Acme's" (either apostrophe): the short name must stand in the 40 characters, so look for it once.
  const at = before.indexOf(issuerShort);
  return at >= 0 && (before.includes(`${issuerShort}'s`, at) || before.includes(`${issuerShort}’s`, at));
}
