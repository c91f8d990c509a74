import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildDealsExport, buildProgramsExport, dealRows, dealsCsv, dealsTable, programRows, programsCsv, programsTable } from '../core/exports';
import { formatCsv, formatTable } from '../core/format';
import { buildScanReport } from '../core/report';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { analyzeFiles } from './analyzeFiles';
import { jsonChunks } from './jsonChunks';
import { loadCatalog } from './catalog';
import { collectReleases } from './files';

const USAGE = `Usage: release-lens <command> [paths...] [--format json|table|csv] [--max-size MB] [--catalog FILE]

Reads press releases (*.release, and *.txt / *.md files that look like releases) from the
files and folders given, or from the bundled samples when none are, and prints what they say.

Commands:
  scan       every release with its sections and mentions, and every program
  programs   the program table: one row per program across the releases
  deals      the deals table: one row per deal or financing the releases state

Formats:
  json   scan: every release and program; programs / deals: the table as JSON (default)
  table  a table for the terminal
  csv    one row per program (scan, programs) or per deal (deals), RFC 4180 with CRLF

Options:
  --format, -f   json | table | csv
  --max-size     skip files larger than this many megabytes (default 5)
  --catalog      the workspace catalog to use (default: .release-lens.json in each folder given)
  --help, -h     show this help
  --version      print the version
`;

const COMMANDS = ['scan', 'programs', 'deals'] as const;
type Command = (typeof COMMANDS)[number];

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Terminal width for the table format. */
  columns?: number;
}

/** Folder of the bundled samples: beside `dist/` in the package (searched upwards from this file). */
export function samplesDirectory(): string {
  let dir = __dirname;
  for (let up = 0; up < 5; up++) {
    const candidate = path.join(dir, 'samples');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..', 'samples');
}

/** Runs the CLI; resolves with the exit code (0 ok, 2 usage error or missing path). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h') || args.length === 0) {
    io.stdout(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = args.shift() as Command;
  if (!COMMANDS.includes(command)) {
    io.stderr(`release-lens: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let format = 'json';
  let maxMb = 5;
  let catalogFile: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format' || a === '-f') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--max-size') maxMb = Number(args[++i]);
    else if (a.startsWith('--max-size=')) maxMb = Number(a.slice(11));
    else if (a === '--catalog') catalogFile = args[++i] ?? '';
    else if (a.startsWith('--catalog=')) catalogFile = a.slice(10);
    else if (a.startsWith('-') && a !== '-') {
      io.stderr(`release-lens: unknown option ${a}\n`);
      return 2;
    } else paths.push(a);
  }
  if (!['json', 'table', 'csv'].includes(format)) {
    io.stderr(`release-lens: --format must be json, table or csv (got "${format}")\n`);
    return 2;
  }
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    io.stderr('release-lens: --max-size must be a positive number of megabytes\n');
    return 2;
  }
  if (catalogFile === '') {
    io.stderr('release-lens: --catalog needs a file\n');
    return 2;
  }
  const roots = paths.length ? paths : [samplesDirectory()];
  const catalog = loadCatalog(catalogFile, roots, io.cwd);
  if (catalog.missing !== undefined) {
    io.stderr(`release-lens: error: no such catalog: ${catalog.missing}\n`);
    return 2;
  }
  for (const w of catalog.warnings) io.stderr(`release-lens: warning: ${w}\n`);
  const collected = collectReleases(roots, { maxBytes: maxMb * 1024 * 1024, cwd: io.cwd });
  for (const w of collected.warnings) io.stderr(`release-lens: warning: ${w}\n`);
  if (collected.missing.length) {
    for (const m of collected.missing) io.stderr(`release-lens: error: no such file or folder: ${m}\n`);
    return 2;
  }
  // Only scan prints every mention; the tables need the programs and deals alone.
  const index = new WorkspaceIndex({ allMentions: command === 'scan' });
  index.setCatalog(catalog.catalog);
  await analyzeFiles(index, collected.files, catalog.catalog, command === 'scan');
  for (const chunk of render(command, format as Format, index, io.columns ?? 120)) io.stdout(chunk);
  return 0;
}

type Format = 'json' | 'table' | 'csv';

/** The output, in pieces (JSON is written element by element: see jsonChunks). */
function render(command: Command, format: Format, index: WorkspaceIndex, width: number): Iterable<string> {
  if (command === 'programs') {
    if (format === 'json') return jsonChunks(buildProgramsExport(index));
    const rows = programRows(index);
    return [format === 'csv' ? programsCsv(rows) : programsTable(rows, width)];
  }
  if (command === 'deals') {
    if (format === 'json') return jsonChunks(buildDealsExport(index));
    const rows = dealRows(index);
    return [format === 'csv' ? dealsCsv(rows) : dealsTable(rows, width)];
  }
  const report = buildScanReport(index);
  if (format === 'json') return jsonChunks(report);
  return [format === 'csv' ? formatCsv(report) : formatTable(report, width)];
}

declare const RELEASE_LENS_VERSION: string | undefined;
const VERSION = typeof RELEASE_LENS_VERSION === 'string' ? RELEASE_LENS_VERSION : '0.0.0-dev';

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
  }).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`release-lens: error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
