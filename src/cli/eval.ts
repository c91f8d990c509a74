import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluate, type Annotation, type EvaluationResult } from '../core/evaluate';
import { buildScanReport } from '../core/report';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { decodeRelease } from '../core/decode';

/**
 * Scores the scan of an annotated folder (NAME.txt beside NAME.json) and prints precision,
 * recall and value accuracy per kind, and title/date accuracy. `--verbose` lists every error,
 * `--json` prints the result as JSON.
 */
export function runEval(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const asJson = argv.includes('--json');
  const folders = argv.filter((a) => !a.startsWith('-'));
  if (folders.length === 0) {
    err('Usage: npm run eval -- <annotated-folder>... [--verbose] [--json]\n');
    return 2;
  }
  const index = new WorkspaceIndex();
  const annotations: Annotation[] = [];
  for (const folder of folders) {
    if (!fs.existsSync(folder)) {
      err(`eval: no such folder: ${folder}\n`);
      return 2;
    }
    for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
      const annotation = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as Annotation;
      const textPath = path.join(folder, annotation.source ?? name.replace(/\.json$/, '.txt'));
      if (!fs.existsSync(textPath)) continue;
      const decoded = decodeRelease(fs.readFileSync(textPath));
      if (!decoded.ok) continue;
      const id = path.join(folder, annotation.source);
      index.set(id, decoded.text);
      annotations.push({ ...annotation, source: id });
    }
  }
  const report = buildScanReport(index);
  const byFile = new Map(report.releases.map((r) => [r.file, r]));
  const statedPrograms = (file: string) =>
    index.get(file)?.programs.map((p) => ({ names: p.names, ...(p.target ? { target: p.target.value } : {}) }));
  const result = evaluate(annotations.map((a) => ({ annotation: a, release: byFile.get(a.source), programs: statedPrograms(a.source) })));
  if (asJson) out(JSON.stringify(result, null, 2) + '\n');
  else out(formatResult(result, verbose));
  return 0;
}

const pct = (x: number | null) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function formatResult(r: EvaluationResult, verbose: boolean): string {
  const lines = [`${r.documents} annotated releases`, '', 'kind        precision  recall  value-acc   (tp / predicted / expected)'];
  for (const [kind, s] of Object.entries(r.kinds)) {
    lines.push(`${kind.padEnd(10)}  ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.valueAccuracy)}     (${s.truePositives} / ${s.predicted} / ${s.expected})`);
  }
  lines.push('', `release title right: ${pct(r.titleAccuracy)}`, `release date right:  ${pct(r.dateAccuracy)}`);
  if (verbose) {
    for (const d of r.errors) {
      lines.push('', `== ${d.source}`);
      for (const [k, v] of Object.entries(d.falsePositives)) lines.push(`  false ${k}: ${v.map((x) => JSON.stringify(x)).join(', ')}`);
      for (const [k, v] of Object.entries(d.falseNegatives)) lines.push(`  missed ${k}: ${v.map((x) => JSON.stringify(x)).join(', ')}`);
      for (const w of d.wrongValues) lines.push(`  wrong value: ${w}`);
      if (d.title) lines.push(`  title: expected ${JSON.stringify(d.title.expected)}\n         got      ${JSON.stringify(d.title.actual)}`);
      if (d.date) lines.push(`  date: expected ${d.date.expected}, got ${d.date.actual}`);
    }
  }
  return lines.join('\n') + '\n';
}

if (require.main === module) {
  process.exitCode = runEval(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
