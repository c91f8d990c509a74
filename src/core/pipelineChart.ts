import { describeDate } from './describe';
import type { Program } from './programs/merge';
import { issuerShortName } from './programs/companies';
import { APPROVED, PRECLINICAL, phaseLabel, phaseRank } from './programs/phase';
import type { MilestoneKind } from './types';
import type { WorkspaceMilestone } from './workspaceIndex';

/**
 * The pipeline chart as plain data and SVG text: one row per program with a bar from preclinical to
 * its latest stage, and its milestones as marks on a timeline. Pure, so the same SVG is shown in the
 * webview, saved to a file and tested in Node. Colours are resolved values, never CSS variables.
 */

export type ColorBy = 'target' | 'company';
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface ChartTheme {
  kind: ThemeKind;
  background: string;
  foreground: string;
  /** Secondary text: aliases, axis labels. */
  muted: string;
  /** Grid lines and separators. */
  grid: string;
  /** Outline of bars and marks in high-contrast themes. */
  border?: string;
  fontFamily: string;
  /** Base font size in pixels. */
  fontSize: number;
  /** Colour of each kind of milestone mark. */
  marks: Record<MilestoneKind, string>;
}

export const STAGES = ['Preclinical', 'Phase 1', 'Phase 2', 'Phase 3', 'Filed', 'Approved'] as const;

export const MARK_KINDS: { kind: MilestoneKind; label: string }[] = [
  { kind: 'ind', label: 'IND' },
  { kind: 'first-patient', label: 'First patient' },
  { kind: 'data', label: 'Data' },
  { kind: 'regulatory', label: 'Regulatory' },
  { kind: 'deal', label: 'Deal' },
];

/** Categorical colours for bars, ten per theme kind, chosen to stay apart on that theme's background. */
const PALETTES: Record<ThemeKind, string[]> = {
  dark: ['#4e9de6', '#e0864a', '#5cb85c', '#e06c75', '#a887e0', '#c8a26b', '#e377c2', '#56c2d6', '#bcbd22', '#9aa5b1'],
  light: ['#1f6fb5', '#c0602a', '#2e8b3e', '#c0392b', '#7352b8', '#8c6239', '#c2409a', '#11879a', '#7a7b0e', '#5f6b77'],
  'high-contrast': ['#6fc3ff', '#ffb86b', '#7dff7a', '#ff7a7a', '#d9a6ff', '#ffe066', '#ff8fe0', '#5ff2ff', '#e6ff5c', '#ffffff'],
  'high-contrast-light': ['#0f4a85', '#8f3a00', '#1b5e20', '#a4000f', '#4a148c', '#5d4037', '#880e4f', '#006064', '#4d4d00', '#000000'],
};

const DEFAULT_FONT = 'system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif';

/** A theme for when no webview has told us its colours (saving from the command line or before the chart is shown). */
export function defaultTheme(kind: ThemeKind): ChartTheme {
  switch (kind) {
    case 'light':
      return { kind, background: '#ffffff', foreground: '#3b3b3b', muted: '#717171', grid: '#e5e5e5', fontFamily: DEFAULT_FONT, fontSize: 13, marks: { ind: '#652d90', 'first-patient': '#1a85ff', data: '#388a34', regulatory: '#e51400', deal: '#d18616' } };
    case 'high-contrast':
      return { kind, background: '#000000', foreground: '#ffffff', muted: '#ffffff', grid: '#6fc3df', border: '#6fc3df', fontFamily: DEFAULT_FONT, fontSize: 13, marks: { ind: '#b180d7', 'first-patient': '#3794ff', data: '#89d185', regulatory: '#f48771', deal: '#cca700' } };
    case 'high-contrast-light':
      return { kind, background: '#ffffff', foreground: '#292929', muted: '#292929', grid: '#0f4a85', border: '#0f4a85', fontFamily: DEFAULT_FONT, fontSize: 13, marks: { ind: '#652d90', 'first-patient': '#0f4a85', data: '#374e06', regulatory: '#b5200d', deal: '#895503' } };
    default:
      return { kind: 'dark', background: '#1f1f1f', foreground: '#cccccc', muted: '#9d9d9d', grid: '#3c3c3c', fontFamily: DEFAULT_FONT, fontSize: 13, marks: { ind: '#b180d7', 'first-patient': '#3794ff', data: '#89d185', regulatory: '#f14c4c', deal: '#d18616' } };
  }
}

export interface ChartInput {
  programs: Program[];
  milestones: WorkspaceMilestone[];
  colorBy: ColorBy;
  theme: ChartTheme;
  /** Width available in pixels; the chart never gets narrower than MIN_WIDTH. */
  width: number;
  /** A title for the saved SVG ("Pipeline — 12 programs"); absent: made from the counts. */
  title?: string;
  /** Issuer of each release (file → company), to colour programs no release names a company for. */
  issuers?: ReadonlyMap<string, string>;
}

/** A place in a release: where a click on a row or a mark takes the user. */
export interface ChartLocation {
  file: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export interface ChartRow {
  /** DOM id within the chart: `r0`, `r1`, … */
  id: string;
  programId: string;
  aliases: string[];
  /** Index into STAGES. */
  stage: number;
  /** "Phase 1/2", "Approved", "no phase stated". */
  stageLabel: string;
  colorKey: string;
  color: string;
  /** Top of the row in the body, in pixels. */
  y: number;
  marks: ChartMark[];
  ariaLabel: string;
  /** The program's first mention in its newest release. */
  location?: ChartLocation;
}

export interface ChartMark {
  /** DOM id within the chart: `m0`, `m1`, … */
  id: string;
  row: number;
  milestone: WorkspaceMilestone;
  x: number;
  y: number;
  ariaLabel: string;
  location: ChartLocation;
  /** For a deal: the amounts the same release states for the program ("upfront $40 million · milestone $900 million"). */
  terms?: string;
}

export interface LegendEntry {
  key: string;
  color: string;
  count: number;
}

export interface PipelineChart {
  width: number;
  /** Height of the sticky header (legend and axis) and of the rows. */
  headerHeight: number;
  bodyHeight: number;
  rows: ChartRow[];
  marks: ChartMark[];
  legend: LegendEntry[];
  /** Dated milestones that could not be placed (no date at all). */
  undated: number;
  /** Payload codes are listed as programs by the index but are no pipeline rows. */
  payloadsHidden: number;
  /** The header (legend, stage names, timeline axis) as an SVG element. */
  header: string;
  /** The rows as an SVG element; focusable rows and marks carry `data-id` (position) and `data-key` (what they show, stable across updates). */
  body: string;
  /** Title, header and rows in one self-contained SVG document, for saving. */
  svg: string;
}

const PAD = 16;
const ROW_HEIGHT = 28;
const LABEL_WIDTH = 250;
const STAGE_WIDTH = 70;
const GAP = 24;
const MIN_TIMELINE = 320;
export const MIN_WIDTH = PAD * 2 + LABEL_WIDTH + STAGE_WIDTH * STAGES.length + GAP + MIN_TIMELINE;
const AXIS_HEIGHT = 26;
const LEGEND_LINE = 20;
const MARK_R = 5;
const MARK_SPACING = 9;
const TITLE_HEIGHT = 34;
/** Keys beyond the palette share the colour of "other". */
const NO_KEY = { target: '(no target stated)', company: '(no company stated)' } as const;

const DAY = 86_400_000;

/** XML-escapes text for element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** The stage a program has reached: its latest phase, or Filed/Approved from done regulatory events. */
export function programStage(program: Program, marks: readonly WorkspaceMilestone[]): { stage: number; label: string } {
  const done = marks.filter((m) => !m.planned);
  if (done.some((m) => m.event === 'approval') || program.phase?.value === APPROVED) return { stage: 5, label: 'Approved' };
  if (done.some((m) => m.event === 'filing' || m.event === 'filing-accepted' || m.event === 'action-date' || m.event === 'positive-opinion' || m.event === 'complete-response')) return { stage: 4, label: 'Filed' };
  const phase = program.phase?.value;
  if (!phase) return { stage: 0, label: 'no phase stated' };
  if (phase === PRECLINICAL) return { stage: 0, label: phaseLabel(phase) };
  const rank = phaseRank(phase);
  const stage = Number.isFinite(rank) ? Math.max(1, Math.min(3, Math.floor(rank))) : 1;
  return { stage, label: phaseLabel(phase) };
}

/**
 * The company a program is coloured by: its owner, else the licensor, the acquirer or the first
 * company named; else the issuer of most of the releases that mention it (the newest on a tie).
 */
export function programCompany(program: Program, issuers?: ReadonlyMap<string, string>): string | undefined {
  const byRole = (role: string) => program.companies.find((c) => c.value.role === role)?.value.name;
  const named = byRole('owner') ?? byRole('licensor') ?? byRole('acquirer') ?? program.companies[0]?.value.name;
  if (named || !issuers) return named;
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const file of program.releases) {
    const issuer = issuers.get(file);
    if (!issuer) continue;
    const name = issuerShortName(issuer);
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (!best || count > counts.get(best)!) best = name;
  }
  return best;
}

/** `a` mixed with `b` (`t` of `b`), for #rrggbb colours; other colour forms are returned as they are. */
function blend(a: string, b: string, t: number): string {
  const hex = /^#([0-9a-f]{6})$/i;
  const ma = hex.exec(a);
  const mb = hex.exec(b);
  if (!ma || !mb) return a;
  const channel = (m: RegExpExecArray, i: number) => parseInt(m[1]!.slice(i, i + 2), 16);
  return `#${[0, 2, 4].map((i) => Math.round(channel(ma, i) * (1 - t) + channel(mb, i) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** Milliseconds of a date value's middle: a day itself, the middle of a month, quarter or half, mid-year. */
export function dateTime(value: string): number | undefined {
  if (/^\d{4}$/.test(value)) return Date.UTC(Number(value), 6, 1);
  const d = describeDate(value);
  if (!d.start || !d.end) return undefined;
  const start = Date.parse(`${d.start}T00:00:00Z`);
  const end = Date.parse(`${d.end}T00:00:00Z`);
  return Number.isFinite(start) && Number.isFinite(end) ? Math.round((start + end) / 2 / DAY) * DAY : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Sep 14, 2030", "Jan 2032", "Q3 2031", "H1 2031", "mid-2031", "2019". */
export function shortDate(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-([QH][1-4])$/.exec(value);
  if (m) return `${m[2]} ${m[1]}`;
  m = /^(\d{4})-mid$/.exec(value);
  if (m) return `mid-${m[1]}`;
  return value;
}

const baseName = (file: string) => decodeURIComponent(file.slice(file.lastIndexOf('/') + 1));

/** Rough text width: the chart is laid out without a DOM, so long labels are cut by estimate (the full text stays in the title). */
function fits(text: string, fontSize: number, width: number, bold = false): string {
  const charWidth = fontSize * (bold ? 0.62 : 0.56);
  const max = Math.floor(width / charWidth);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.56;
const n = (x: number) => String(Math.round(x * 10) / 10);

interface Scale {
  start: number;
  end: number;
  x0: number;
  x1: number;
  at(time: number): number;
  ticks: { x: number; label: string; major: boolean }[];
}

/** Whole years around the dated milestones, with a tick per year (or per quarter over a short span). */
function timeScale(times: number[], x0: number, x1: number): Scale | undefined {
  if (times.length === 0) return undefined;
  let min = times[0]!;
  let max = times[0]!;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const minYear = new Date(min).getUTCFullYear();
  const maxYear = new Date(max).getUTCFullYear();
  const start = Date.UTC(minYear, 0, 1);
  const end = Date.UTC(maxYear + 1, 0, 1);
  const at = (time: number) => x0 + ((time - start) / (end - start)) * (x1 - x0);
  const years = maxYear - minYear + 1;
  const ticks: Scale['ticks'] = [];
  const step = Math.max(1, Math.ceil(years / Math.max(1, Math.floor((x1 - x0) / 48))));
  for (let y = minYear; y <= maxYear + 1; y++) {
    const labelled = (y - minYear) % step === 0 && y <= maxYear;
    ticks.push({ x: at(Date.UTC(y, 0, 1)), label: labelled ? String(y) : '', major: true });
    if (years <= 3 && y <= maxYear) for (const q of [1, 2, 3]) ticks.push({ x: at(Date.UTC(y, q * 3, 1)), label: years <= 2 ? `Q${q + 1}` : '', major: false });
  }
  return { start, end, x0, x1, at, ticks };
}

/** Path of a mark's shape centred on (x, y): each kind has its own shape, so colour is never the only cue. */
function markPath(kind: MilestoneKind, x: number, y: number, r = MARK_R): string {
  switch (kind) {
    case 'ind':
      return `M${n(x - r + 0.5)} ${n(y - r + 0.5)}h${n(2 * r - 1)}v${n(2 * r - 1)}h${n(-(2 * r - 1))}z`;
    case 'first-patient':
      return `M${n(x - r)} ${n(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    case 'data':
      return `M${n(x)} ${n(y - r - 0.5)}L${n(x + r + 0.5)} ${n(y + r - 0.5)}H${n(x - r - 0.5)}z`;
    case 'regulatory':
      return `M${n(x)} ${n(y - r - 1)}L${n(x + r + 1)} ${n(y)}L${n(x)} ${n(y + r + 1)}L${n(x - r - 1)} ${n(y)}z`;
    default:
      return `M${n(x - r - 0.5)} ${n(y - r + 0.5)}H${n(x + r + 0.5)}L${n(x)} ${n(y + r + 0.5)}z`;
  }
}

function markShape(kind: MilestoneKind, x: number, y: number, color: string, planned: boolean, theme: ChartTheme): string {
  const d = markPath(kind, x, y);
  return planned
    ? `<path d="${d}" fill="${escapeXml(theme.background)}" stroke="${escapeXml(color)}" stroke-width="1.6" stroke-dasharray="2.2 1.4"/>`
    : `<path d="${d}" fill="${escapeXml(color)}" stroke="${escapeXml(theme.border ?? theme.background)}" stroke-width="1"/>`;
}

/** Colours for the keys, the most frequent first; keys beyond the palette and "not stated" share the muted colour. */
function assignColors(keys: string[], missing: string, theme: ChartTheme): { colorOf: Map<string, string>; legend: LegendEntry[] } {
  const palette = PALETTES[theme.kind];
  // Programs without a key are drawn in a quiet grey; high-contrast themes keep full contrast.
  const neutral = theme.border ? theme.muted : blend(theme.muted, theme.background, 0.4);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ordered = [...counts.entries()].filter(([k]) => k !== missing).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const colorOf = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let other = 0;
  ordered.forEach(([key, count], i) => {
    if (i < palette.length) {
      colorOf.set(key, palette[i]!);
      legend.push({ key, color: palette[i]!, count });
    } else {
      colorOf.set(key, neutral);
      other += count;
    }
  });
  if (other) legend.push({ key: 'other', color: neutral, count: other });
  const missingCount = counts.get(missing) ?? 0;
  if (missingCount) {
    colorOf.set(missing, neutral);
    legend.push({ key: missing.replace(/^\((.*)\)$/, '$1'), color: neutral, count: missingCount });
  }
  return { colorOf, legend };
}

/** Lays out the chart and renders its SVG. Linear in programs and milestones (plus sorting). */
export function layoutPipeline(input: ChartInput): PipelineChart {
  const { theme, colorBy } = input;
  const width = Math.max(MIN_WIDTH, Math.floor(input.width));
  const fs = theme.fontSize;
  const labelX = PAD;
  const stageX = PAD + LABEL_WIDTH;
  const timeX0 = stageX + STAGE_WIDTH * STAGES.length + GAP;
  const timeX1 = width - PAD;

  const marksByProgram = new Map<string, WorkspaceMilestone[]>();
  for (const m of input.milestones) {
    const list = marksByProgram.get(m.programId);
    if (list) list.push(m);
    else marksByProgram.set(m.programId, [m]);
  }
  const shown = input.programs.filter((p) => p.modality?.value !== 'payload');
  const payloadsHidden = input.programs.length - shown.length;
  const staged = shown.map((p, order) => ({ program: p, order, ...programStage(p, marksByProgram.get(p.id) ?? []) }));
  // Most advanced first; within a stage, the index's order (most recently mentioned first).
  staged.sort((a, b) => b.stage - a.stage || a.order - b.order);

  const keyOf = (p: Program) => (colorBy === 'target' ? p.target?.value : programCompany(p, input.issuers)) ?? NO_KEY[colorBy];
  const { colorOf, legend } = assignColors(staged.map((s) => keyOf(s.program)), NO_KEY[colorBy], theme);

  let undated = 0;
  const times: number[] = [];
  for (const s of staged) {
    for (const m of marksByProgram.get(s.program.id) ?? []) {
      const t = m.date ? dateTime(m.date) : undefined;
      if (t === undefined) undated++;
      else times.push(t);
    }
  }
  const scale = timeScale(times, timeX0 + MARK_R + 2, timeX1 - MARK_R - 2);

  const rows: ChartRow[] = [];
  const marks: ChartMark[] = [];
  staged.forEach((s, i) => {
    const p = s.program;
    const y = i * ROW_HEIGHT;
    const colorKey = keyOf(p);
    const own = (marksByProgram.get(p.id) ?? []).map((m) => ({ m, t: m.date ? dateTime(m.date) : undefined })).filter((e): e is { m: WorkspaceMilestone; t: number } => e.t !== undefined);
    own.sort((a, b) => a.t - b.t);
    // Marks closer than MARK_SPACING are pushed apart, then pulled back inside the timeline.
    const xs = own.map((e) => scale!.at(e.t));
    for (let k = 1; k < xs.length; k++) xs[k] = Math.max(xs[k]!, xs[k - 1]! + MARK_SPACING);
    for (let k = xs.length - 1; k >= 0; k--) xs[k] = Math.min(xs[k]!, (k === xs.length - 1 ? scale?.x1 ?? timeX1 : xs[k + 1]! - MARK_SPACING));
    const rowMarks: ChartMark[] = own.map((e, k) => {
      const m = e.m;
      const mark: ChartMark = {
        id: `m${marks.length + k}`,
        row: i,
        milestone: m,
        x: xs[k]!,
        y: y + ROW_HEIGHT / 2,
        ariaLabel: `${p.id}: ${m.label}${m.planned ? ' (planned)' : ''}, ${m.date ? shortDate(m.date) : 'undated'}, ${baseName(m.file)}`,
        location: { file: m.file, offset: m.offset, length: m.length, line: m.line, column: m.column },
      };
      const terms = m.kind === 'deal' ? dealTerms(p, m.file) : '';
      if (terms) mark.terms = terms;
      return mark;
    });
    marks.push(...rowMarks);
    const count = rowMarks.length;
    const row: ChartRow = {
      id: `r${i}`,
      programId: p.id,
      aliases: p.aliases,
      stage: s.stage,
      stageLabel: s.label,
      colorKey,
      color: colorOf.get(colorKey) ?? theme.muted,
      y,
      marks: rowMarks,
      ariaLabel: `${p.id}, ${s.label}, ${count} milestone${count === 1 ? '' : 's'}`,
    };
    const location = firstMentionInNewestRelease(p);
    if (location) row.location = location;
    rows.push(row);
  });

  const legendSvg = renderLegend(legend, colorBy, theme, width);
  const headerHeight = legendSvg.height + AXIS_HEIGHT;
  const bodyHeight = Math.max(rows.length * ROW_HEIGHT, ROW_HEIGHT * 3);
  const geometry = { width, labelX, stageX, timeX0, timeX1, headerHeight, bodyHeight };
  const headerInner = `${legendSvg.svg}<g transform="translate(0 ${legendSvg.height})">${renderAxis(scale, theme, geometry)}</g>`;
  const bodyInner = rows.length ? renderRows(rows, scale, theme, geometry) : renderEmpty(theme, geometry);
  const fontAttrs = `font-family="${escapeXml(theme.fontFamily)}" font-size="${fs}"`;
  const svgOpen = (h: number, extra: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" ${fontAttrs} ${extra}>`;
  const header = `${svgOpen(headerHeight, 'class="pipeline-header" aria-hidden="true"')}<rect width="${width}" height="${headerHeight}" fill="${escapeXml(theme.background)}"/>${headerInner}</svg>`;
  const bodyLabel = rows.length ? `Pipeline: ${rows.length} program${rows.length === 1 ? '' : 's'}, ${marks.length} milestone${marks.length === 1 ? '' : 's'}` : 'Pipeline: no programs';
  const body = `${svgOpen(bodyHeight, `class="pipeline-body" role="group" aria-label="${escapeXml(bodyLabel)}"`)}${bodyInner}</svg>`;
  const title = input.title ?? bodyLabel;
  const total = TITLE_HEIGHT + headerHeight + bodyHeight + PAD;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n${svgOpen(total, `role="img" aria-label="${escapeXml(title)}"`)}<title>${escapeXml(title)}</title>` +
    `<rect width="${width}" height="${total}" fill="${escapeXml(theme.background)}"/>` +
    `<text x="${PAD}" y="${TITLE_HEIGHT - 12}" font-size="${fs + 3}" font-weight="600" fill="${escapeXml(theme.foreground)}">${escapeXml(title)}</text>` +
    `<g transform="translate(0 ${TITLE_HEIGHT})">${headerInner}</g>` +
    `<g transform="translate(0 ${TITLE_HEIGHT + headerHeight})">${bodyInner}</g></svg>\n`;
  return { width, headerHeight, bodyHeight, rows, marks, legend, undated, payloadsHidden, header, body, svg };
}

/** The deal amounts a release states for a program, from the program's deal facts. */
function dealTerms(p: Program, file: string): string {
  return p.deals
    .filter((d) => d.source.file === file && d.value.amountText)
    .map((d) => `${d.value.kind} ${d.value.amountText}`)
    .join(' · ');
}

/** Where a click on a program's row goes: its first mention in its newest release. */
export function firstMentionInNewestRelease(p: Program): ChartLocation | undefined {
  const newest = p.releases[0];
  if (newest === undefined) return undefined;
  let first: Program['mentions'][number] | undefined;
  for (const m of p.mentions) if (m.file === newest && (!first || m.offset < first.offset)) first = m;
  return first ? { file: first.file, offset: first.offset, length: first.length, line: first.line, column: first.column } : undefined;
}

interface Geometry {
  width: number;
  labelX: number;
  stageX: number;
  timeX0: number;
  timeX1: number;
  headerHeight: number;
  bodyHeight: number;
}

function renderLegend(legend: LegendEntry[], colorBy: ColorBy, theme: ChartTheme, width: number): { svg: string; height: number } {
  const fs = theme.fontSize - 1;
  const parts: string[] = [];
  let x = PAD;
  let line = 0;
  const place = (w: number) => {
    if (x + w > width - PAD && x > PAD) {
      line++;
      x = PAD;
    }
    const at = { x, y: line * LEGEND_LINE + 14 };
    x += w + 14;
    return at;
  };
  const caption = (text: string) => {
    const at = place(textWidth(text, fs) * 1.2);
    parts.push(`<text x="${n(at.x)}" y="${at.y}" font-size="${fs}" font-weight="600" fill="${escapeXml(theme.muted)}">${escapeXml(text)}</text>`);
  };
  caption(colorBy === 'target' ? 'Target' : 'Company');
  for (const e of legend) {
    const label = fits(`${e.key} (${e.count})`, fs, 200);
    const at = place(14 + textWidth(label, fs));
    const stroke = theme.border ? ` stroke="${escapeXml(theme.border)}"` : '';
    parts.push(`<rect x="${n(at.x)}" y="${at.y - 9}" width="10" height="10" rx="2" fill="${escapeXml(e.color)}"${stroke}/><text x="${n(at.x + 14)}" y="${at.y}" font-size="${fs}" fill="${escapeXml(theme.foreground)}">${escapeXml(label)}</text>`);
  }
  x += 16;
  caption('Milestones');
  for (const { kind, label } of MARK_KINDS) {
    const at = place(14 + textWidth(label, fs));
    parts.push(`${markShape(kind, at.x + 5, at.y - 4, theme.marks[kind], false, theme)}<text x="${n(at.x + 14)}" y="${at.y}" font-size="${fs}" fill="${escapeXml(theme.foreground)}">${label}</text>`);
  }
  const plannedAt = place(14 + textWidth('Planned', fs));
  parts.push(`${markShape('first-patient', plannedAt.x + 5, plannedAt.y - 4, theme.foreground, true, theme)}<text x="${n(plannedAt.x + 14)}" y="${plannedAt.y}" font-size="${fs}" fill="${escapeXml(theme.foreground)}">Planned</text>`);
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (line + 1) * LEGEND_LINE + 8 };
}

function renderAxis(scale: Scale | undefined, theme: ChartTheme, g: Geometry): string {
  const fs = theme.fontSize - 1;
  const y = AXIS_HEIGHT - 9;
  const parts: string[] = [`<text x="${g.labelX}" y="${y}" font-size="${fs}" font-weight="600" fill="${escapeXml(theme.muted)}">Program</text>`];
  STAGES.forEach((name, i) => {
    parts.push(`<text x="${n(g.stageX + STAGE_WIDTH * i + STAGE_WIDTH / 2)}" y="${y}" font-size="${fs}" text-anchor="middle" fill="${escapeXml(theme.muted)}">${name}</text>`);
  });
  if (scale) {
    for (const t of scale.ticks) {
      if (t.label) parts.push(`<text x="${n(t.x + 3)}" y="${y}" font-size="${t.major ? fs : fs - 2}" fill="${escapeXml(t.major ? theme.foreground : theme.muted)}">${t.label}</text>`);
    }
  } else {
    parts.push(`<text x="${g.timeX0}" y="${y}" font-size="${fs}" fill="${escapeXml(theme.muted)}">Milestones</text>`);
  }
  parts.push(`<line x1="${PAD}" x2="${g.width - PAD}" y1="${AXIS_HEIGHT - 0.5}" y2="${AXIS_HEIGHT - 0.5}" stroke="${escapeXml(theme.grid)}"/>`);
  return `<g class="axis">${parts.join('')}</g>`;
}

function renderGrid(scale: Scale | undefined, theme: ChartTheme, g: Geometry, height: number): string {
  const parts: string[] = [];
  const grid = escapeXml(theme.grid);
  for (let i = 0; i <= STAGES.length; i++) {
    const x = g.stageX + STAGE_WIDTH * i + 0.5;
    parts.push(`<line x1="${n(x)}" x2="${n(x)}" y1="0" y2="${height}" stroke="${grid}"/>`);
  }
  if (scale) {
    for (const t of scale.ticks) {
      parts.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${height}" stroke="${grid}"${t.major ? '' : ' stroke-dasharray="2 3"'}/>`);
    }
  }
  return `<g class="grid" aria-hidden="true">${parts.join('')}</g>`;
}

function renderRows(rows: ChartRow[], scale: Scale | undefined, theme: ChartTheme, g: Geometry): string {
  const fs = theme.fontSize;
  const parts: string[] = [];
  const fg = escapeXml(theme.foreground);
  const muted = escapeXml(theme.muted);
  // Alternate rows are shaded a little to guide the eye along a row of 100+ programs.
  for (const row of rows) {
    if (Number(row.id.slice(1)) % 2 === 1) parts.push(`<rect x="0" y="${row.y}" width="${g.width}" height="${ROW_HEIGHT}" fill="${fg}" fill-opacity="0.045"/>`);
  }
  parts.push(renderGrid(scale, theme, g, rows.length * ROW_HEIGHT));
  const labelWidth = LABEL_WIDTH - 12;
  for (const [i, row] of rows.entries()) {
    const cy = row.y + ROW_HEIGHT / 2;
    const name = fits(row.programId, fs, labelWidth, true);
    const rest = labelWidth - textWidth(name, fs) * 1.1 - 8;
    const aliases = row.aliases.length && rest > 30 ? fits(row.aliases.join(' · '), fs - 1, rest) : '';
    const barEnd = g.stageX + STAGE_WIDTH * (row.stage + 1) - 5;
    const unknown = row.stageLabel === 'no phase stated';
    const barStroke = theme.border ? ` stroke="${escapeXml(theme.border)}"` : unknown ? ` stroke="${escapeXml(row.color)}" stroke-dasharray="3 2"` : '';
    const tip = [row.programId, row.aliases.length ? `also: ${row.aliases.join(', ')}` : '', row.stageLabel, `${row.colorKey}`, `${row.marks.length} milestone${row.marks.length === 1 ? '' : 's'}`].filter(Boolean).join(' — ');
    parts.push(
      `<g class="row" data-id="${row.id}" data-key="${escapeXml(row.programId)}" data-row="${i}" role="button" tabindex="${i === 0 ? 0 : -1}" aria-label="${escapeXml(row.ariaLabel)}">` +
        `<title>${escapeXml(tip)}</title>` +
        `<rect class="hit" x="${PAD - 4}" y="${row.y + 1}" width="${g.timeX0 - PAD - GAP / 2 + 4}" height="${ROW_HEIGHT - 2}" fill="${escapeXml(theme.background)}" fill-opacity="0"/>` +
        `<rect class="ring" x="${PAD - 4}" y="${row.y + 2}" width="${g.timeX0 - PAD - GAP / 2 + 4}" height="${ROW_HEIGHT - 4}" rx="3" fill="none" stroke="none" stroke-width="2"/>` +
        `<text x="${g.labelX}" y="${n(cy + fs * 0.35)}" font-size="${fs}" fill="${fg}"><tspan font-weight="600">${escapeXml(name)}</tspan>${aliases ? `<tspan font-size="${fs - 1}" fill="${muted}" dx="8">${escapeXml(aliases)}</tspan>` : ''}</text>` +
        `<rect class="bar" x="${g.stageX + 5}" y="${cy - 6}" width="${n(barEnd - g.stageX - 5)}" height="12" rx="3" fill="${escapeXml(row.color)}"${unknown ? ' fill-opacity="0.35"' : ''}${barStroke}/>` +
        `</g>`,
    );
  }
  for (const row of rows) {
    for (const mark of row.marks) {
      const m = mark.milestone;
      const color = theme.marks[m.kind];
      parts.push(
        `<g class="mark" data-id="${mark.id}" data-key="${escapeXml(`${row.programId}|${m.file}|${m.offset}|${m.label}|${m.date ?? ''}`)}" data-row="${mark.row}" role="button" tabindex="-1" aria-label="${escapeXml(mark.ariaLabel)}">` +
          `<title>${escapeXml([mark.ariaLabel, mark.terms, m.text].filter(Boolean).join('\n'))}</title>` +
          `<rect class="ring" x="${n(mark.x - MARK_R - 4)}" y="${n(mark.y - MARK_R - 4)}" width="${2 * MARK_R + 8}" height="${2 * MARK_R + 8}" rx="3" fill="none" stroke="none" stroke-width="2"/>` +
          markShape(m.kind, mark.x, mark.y, color, m.planned, theme) +
          `</g>`,
      );
    }
  }
  return parts.join('');
}

function renderEmpty(theme: ChartTheme, g: Geometry): string {
  const fs = theme.fontSize;
  const lines = [
    'Open a folder of press releases (*.release files, or .txt and .md files that look like releases),',
    'check the releaseLens.include and releaseLens.exclude settings, or run "Release Lens: Rescan Releases".',
  ];
  return (
    `<text x="${PAD}" y="${ROW_HEIGHT}" font-size="${fs + 1}" font-weight="600" fill="${escapeXml(theme.foreground)}">No programs yet</text>` +
    lines.map((line, i) => `<text x="${PAD}" y="${ROW_HEIGHT * 2 + i * (fs + 6)}" font-size="${fs}" fill="${escapeXml(theme.muted)}">${escapeXml(fits(line, fs, g.width - PAD * 2))}</text>`).join('')
  );
}
