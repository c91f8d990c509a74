import type { Program } from './programs/merge';
import type { Fact, Mention } from './types';
import type { ReleaseStore } from './releaseStore';

/** The CLI's JSON output, version 1. Tests pin this shape: change it only with a new version. */
export interface ScanReport {
  version: 1;
  releases: ReleaseReport[];
  programs: ProgramReport[];
}

export interface ReleaseReport {
  file: string;
  title: string | null;
  date: string | null;
  issuer: string | null;
  sections: { title: string; line: number; endLine: number }[];
  mentions: Mention[];
}

export interface FactReport<T> {
  value: T;
  file: string;
  line: number;
  date: string | null;
}

export interface ProgramReport {
  id: string;
  aliases: string[];
  target: FactReport<string> | null;
  modality: FactReport<string> | null;
  payload: FactReport<string> | null;
  phase: FactReport<string> | null;
  indications: FactReport<string>[];
  companies: { name: string; role: string; file: string; line: number; date: string | null }[];
  deals: { kind: string; amount: number | null; currency: string | null; amountText: string | null; counterparty: string | null; file: string; line: number; date: string | null }[];
  history: { fact: string; value: string; file: string; line: number; date: string | null }[];
  mentions: { file: string; line: number; column: number; offset: number; length: number; text: string }[];
  releases: string[];
}

function fact<T>(f: Fact<T> | undefined): FactReport<T> | null {
  return f ? { value: f.value, file: f.source.file, line: f.source.line, date: f.source.date ?? null } : null;
}

export function programReport(p: Program): ProgramReport {
  return {
    id: p.id,
    aliases: p.aliases,
    target: fact(p.target),
    modality: fact(p.modality),
    payload: fact(p.payload),
    phase: fact(p.phase),
    indications: p.indications.map((f) => fact(f)!),
    companies: p.companies.map((f) => ({ name: f.value.name, role: f.value.role, file: f.source.file, line: f.source.line, date: f.source.date ?? null })),
    deals: p.deals.map((f) => ({
      kind: f.value.kind,
      amount: f.value.amount ?? null,
      currency: f.value.currency ?? null,
      amountText: f.value.amountText ?? null,
      counterparty: f.value.counterparty ?? null,
      file: f.source.file,
      line: f.source.line,
      date: f.source.date ?? null,
    })),
    history: p.history.map((h) => ({ fact: h.fact, value: h.value, file: h.file, line: h.line, date: h.date ?? null })),
    mentions: p.mentions.map((m) => ({ file: m.file, line: m.line, column: m.column, offset: m.offset, length: m.length, text: m.text })),
    releases: p.releases,
  };
}

/** Builds the JSON report of everything in the index; drug-code values are workspace program ids. */
export function buildScanReport(index: ReleaseStore): ScanReport {
  const programs = index.programs();
  const releases: ReleaseReport[] = index.releases().map((r) => ({
    file: r.file,
    title: r.title ?? null,
    date: r.date ?? null,
    issuer: r.issuer ?? null,
    sections: r.structure.sections.map((s) => ({ title: s.title, line: s.line, endLine: s.endLine })),
    mentions: r.mentions.map((m) => {
      const value = m.kind === 'drug-code' ? index.programIdOf(m) ?? m.value : m.value;
      return {
        kind: m.kind,
        text: m.text,
        offset: m.offset,
        length: m.length,
        line: m.line,
        column: m.column,
        value,
        ...(m.currency ? { currency: m.currency } : {}),
      };
    }),
  }));
  return { version: 1, releases, programs: programs.map(programReport) };
}
