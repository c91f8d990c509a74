import { programKey } from './programKey';
import type { ReleaseReport } from './report';

/** A hand-made annotation in the development-set format. */
export interface Annotation {
  source: string;
  release: { title: string | null; date: string | null };
  drugCodes: string[];
  money: { text: string; value: number; currency: string }[];
  dates: { text: string; value: string }[];
  programs?: { code: string; aliases: string[]; target: string }[];
}

export interface KindScore {
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  /** Of the matched strings, the share whose value (and currency) is right; null where values are not compared. */
  valueAccuracy: number | null;
  valueChecked: number;
  valueRight: number;
}

export interface DocumentErrors {
  source: string;
  falsePositives: Record<string, string[]>;
  falseNegatives: Record<string, string[]>;
  wrongValues: string[];
  title?: { expected: string | null; actual: string | null };
  date?: { expected: string | null; actual: string | null };
}

/** A program as one release states it: its names, and its target where the release says. */
export interface StatedProgram {
  names: string[];
  target?: string;
}

export interface EvaluationResult {
  documents: number;
  /** `program`: programs whose target the release states, matched by any name; the value is the target. */
  kinds: Record<'drug-code' | 'money' | 'date' | 'program', KindScore>;
  titleAccuracy: number;
  dateAccuracy: number;
  errors: DocumentErrors[];
}

/** Surface strings compare with whitespace collapsed and a stray backslash before "$" dropped. */
export function normalizeSurface(text: string): string {
  return text.replace(/\\(?=[$€£¥])/g, '').replace(/\s+/g, ' ').trim();
}

function normalizeTitle(t: string | null | undefined): string | null {
  return t ? t.replace(/\s+/g, ' ').trim() : null;
}

const emptyScore = (): KindScore => ({ truePositives: 0, predicted: 0, expected: 0, precision: 0, recall: 0, valueAccuracy: null, valueChecked: 0, valueRight: 0 });

/**
 * Scores releases against annotations: precision and recall by distinct surface string per
 * document for drug codes, money and dates; value accuracy on the matches; title and date accuracy.
 */
export function evaluate(pairs: { annotation: Annotation; release: ReleaseReport | undefined; programs?: StatedProgram[] }[]): EvaluationResult {
  const kinds = { 'drug-code': emptyScore(), money: emptyScore(), date: emptyScore() };
  const programs = emptyScore();
  const errors: DocumentErrors[] = [];
  let titleRight = 0;
  let dateRight = 0;
  for (const { annotation, release, programs: stated } of pairs) {
    const doc: DocumentErrors = { source: annotation.source, falsePositives: {}, falseNegatives: {}, wrongValues: [] };
    const mentions = release?.mentions ?? [];
    const gold: Record<keyof typeof kinds, Map<string, string | null>> = {
      'drug-code': new Map(annotation.drugCodes.map((c) => [normalizeSurface(c), null])),
      money: new Map(annotation.money.map((m) => [normalizeSurface(m.text), `${m.value} ${m.currency}`])),
      date: new Map(annotation.dates.map((d) => [normalizeSurface(d.text), d.value])),
    };
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      const predicted = new Map<string, string | null>();
      for (const m of mentions) {
        if (m.kind !== kind) continue;
        // Bare years may be marked but are not counted.
        if (kind === 'date' && /^\d{4}$/.test(String(m.value))) continue;
        const value = kind === 'money' ? `${m.value} ${m.currency}` : kind === 'date' ? String(m.value) : null;
        const key = normalizeSurface(m.text);
        if (!predicted.has(key)) predicted.set(key, value);
      }
      const expected = gold[kind];
      const score = kinds[kind];
      score.predicted += predicted.size;
      score.expected += expected.size;
      for (const [text, value] of predicted) {
        if (expected.has(text)) {
          score.truePositives++;
          const want = expected.get(text);
          if (want !== null && want !== undefined) {
            score.valueChecked++;
            if (want === value) score.valueRight++;
            else doc.wrongValues.push(`${kind} ${JSON.stringify(text)}: expected ${want}, got ${value}`);
          }
        } else (doc.falsePositives[kind] ??= []).push(text);
      }
      for (const text of expected.keys()) if (!predicted.has(text)) (doc.falseNegatives[kind] ??= []).push(text);
    }
    if (annotation.programs && stated) scorePrograms(annotation.programs, stated, programs, doc);
    const title = normalizeTitle(release?.title);
    if (title === normalizeTitle(annotation.release.title)) titleRight++;
    else doc.title = { expected: annotation.release.title, actual: title };
    if ((release?.date ?? null) === annotation.release.date) dateRight++;
    else doc.date = { expected: annotation.release.date, actual: release?.date ?? null };
    if (Object.keys(doc.falsePositives).length || Object.keys(doc.falseNegatives).length || doc.wrongValues.length || doc.title || doc.date) errors.push(doc);
  }
  const all = { ...kinds, program: programs };
  for (const s of Object.values(all)) {
    s.precision = s.predicted ? s.truePositives / s.predicted : 1;
    s.recall = s.expected ? s.truePositives / s.expected : 1;
    s.valueAccuracy = s.valueChecked ? s.valueRight / s.valueChecked : null;
  }
  const n = pairs.length || 1;
  return { documents: pairs.length, kinds: all, titleAccuracy: titleRight / n, dateAccuracy: dateRight / n, errors };
}

/**
 * Programs with a stated target against the annotated ones: a stated program matches an annotated
 * one when any of its names is the annotation's code or an alias (case, spaces and hyphens aside);
 * its value, the target, is compared the same way.
 */
function scorePrograms(gold: NonNullable<Annotation['programs']>, stated: StatedProgram[], score: KindScore, doc: DocumentErrors): void {
  const withTarget = stated.filter((p) => p.target !== undefined);
  const matched = new Set<number>();
  score.predicted += withTarget.length;
  score.expected += gold.length;
  for (const p of withTarget) {
    const keys = new Set(p.names.map(programKey));
    const g = gold.findIndex((x, i) => !matched.has(i) && [x.code, ...x.aliases].some((name) => keys.has(programKey(name))));
    if (g < 0) {
      (doc.falsePositives.program ??= []).push(p.names[0]!);
      continue;
    }
    matched.add(g);
    score.truePositives++;
    score.valueChecked++;
    if (programKey(p.target!) === programKey(gold[g]!.target)) score.valueRight++;
    else doc.wrongValues.push(`program ${JSON.stringify(gold[g]!.code)}: expected target ${gold[g]!.target}, got ${p.target}`);
  }
  gold.forEach((x, i) => {
    if (!matched.has(i)) (doc.falseNegatives.program ??= []).push(x.code);
  });
}
