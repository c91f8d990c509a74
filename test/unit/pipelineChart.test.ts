import * as assert from 'node:assert/strict';
import {
  MIN_WIDTH,
  dateTime,
  defaultTheme,
  layoutPipeline,
  programStage,
  shortDate,
  type ChartInput,
  type ColorBy,
} from '../../src/core/pipelineChart';
import type { Program } from '../../src/core/programs/merge';
import type { CompanyRole, MilestoneEvent, MilestoneKind } from '../../src/core/types';
import { WorkspaceIndex, type WorkspaceMilestone } from '../../src/core/workspaceIndex';

const source = { file: 'file:///w/a.release', line: 3, date: '2031-01-10' };

/** A merged program as the index makes them, written by hand so each test controls its facts. */
function program(id: string, facts: { phase?: string; target?: string; company?: [string, CompanyRole]; aliases?: string[]; payload?: boolean; file?: string } = {}): Program {
  const file = facts.file ?? 'file:///w/a.release';
  const p: Program = {
    id,
    aliases: facts.aliases ?? [],
    indications: [],
    companies: facts.company ? [{ value: { name: facts.company[0], role: facts.company[1] }, source }] : [],
    deals: [],
    history: [],
    mentions: [
      { file, offset: 120, length: id.length, line: 5, column: 9, text: id },
      { file, offset: 40, length: id.length, line: 2, column: 1, text: id },
    ],
    releases: [file],
  };
  if (facts.phase) p.phase = { value: facts.phase, source };
  if (facts.target) p.target = { value: facts.target, source };
  if (facts.payload) p.modality = { value: 'payload', source };
  return p;
}

function milestone(programId: string, date: string, kind: MilestoneKind = 'data', event: MilestoneEvent = 'topline', planned = false): WorkspaceMilestone {
  return {
    kind,
    event,
    label: event === 'topline' ? 'topline data' : event,
    program: programId,
    programId,
    date,
    dateSource: 'sentence',
    planned,
    offset: 300,
    length: 42,
    line: 9,
    column: 1,
    text: `A sentence about ${programId}.`,
    file: 'file:///w/b%20c.release',
  };
}

function chart(programs: Program[], milestones: WorkspaceMilestone[] = [], colorBy: ColorBy = 'target', extra: Partial<ChartInput> = {}) {
  return layoutPipeline({ programs, milestones, colorBy, theme: defaultTheme('dark'), width: 1200, ...extra });
}

/** Checks that a string is well-formed XML as far as an SVG needs: tags nest, entities are escaped, attributes are quoted. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    assert.ok(!/&(?!(?:amp|lt|gt|quot|#39);)/.test(text), `unescaped & in text near "${text.slice(0, 40)}"`);
    assert.ok(!text.includes('>'), `stray > in text near "${text.slice(0, 40)}"`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    assert.ok(m, `malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    const [, closing, name, attrs, selfClosing] = m;
    assert.ok(!/&(?!(?:amp|lt|gt|quot|#39);)/.test(attrs!), `unescaped & in attributes of <${name}>`);
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!selfClosing) stack.push(name!);
    i = tag.lastIndex;
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}

describe('pipeline chart layout', () => {
  it('has one row per program, most advanced first, with accessible names', () => {
    const programs = [program('AB-1', { phase: '1' }), program('AB-2', { phase: '2' }), program('AB-3'), program('AB-4', { phase: '1b/2' }), program('AB-5', { phase: '3' })];
    const c = chart(programs, [milestone('AB-2', '2031-03-01'), milestone('AB-2', '2031-05-01'), milestone('AB-5', '2030-01-10')]);
    assert.deepEqual(c.rows.map((r) => r.programId), ['AB-5', 'AB-2', 'AB-1', 'AB-4', 'AB-3']);
    assert.deepEqual(c.rows.map((r) => r.ariaLabel), ['AB-5, Phase 3, 1 milestone', 'AB-2, Phase 2, 2 milestones', 'AB-1, Phase 1, 0 milestones', 'AB-4, Phase 1b/2, 0 milestones', 'AB-3, no phase stated, 0 milestones']);
    assert.deepEqual(c.rows.map((r) => r.id), ['r0', 'r1', 'r2', 'r3', 'r4']);
    assert.match(c.body, /<g class="row" data-id="r1" data-key="AB-2" data-row="1" role="button" tabindex="-1" aria-label="AB-2, Phase 2, 2 milestones">/);
    // Keys say what an element shows, so the webview keeps focus on it when rows move.
    const keys = [...c.body.matchAll(/data-key="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(new Set(keys).size, keys.length);
    // One tab stop: the first row; the webview moves it with the arrow keys.
    assert.equal([...c.body.matchAll(/tabindex="0"/g)].length, 1);
  });

  it('takes Filed and Approved from done regulatory milestones, not from planned ones', () => {
    const p = program('AB-1', { phase: '3' });
    assert.equal(programStage(p, [milestone('AB-1', '2031-01-01', 'regulatory', 'filing-accepted')]).label, 'Filed');
    assert.equal(programStage(p, [milestone('AB-1', '2031-01-01', 'regulatory', 'complete-response')]).label, 'Filed');
    assert.equal(programStage(p, [milestone('AB-1', '2031-01-01', 'regulatory', 'approval')]).label, 'Approved');
    assert.equal(programStage(p, [milestone('AB-1', '2032-01-01', 'regulatory', 'approval', true)]).label, 'Phase 3');
    assert.deepEqual(programStage(program('AB-2', { phase: '2/3' }), []), { stage: 2, label: 'Phase 2/3' });
    assert.deepEqual(programStage(program('AB-3', { phase: 'preclinical' }), []), { stage: 0, label: 'Preclinical' });
  });

  it('leaves payloads out and says how many', () => {
    const c = chart([program('AB-1', { phase: '1' }), program('PX9', { payload: true })]);
    assert.deepEqual(c.rows.map((r) => r.programId), ['AB-1']);
    assert.equal(c.payloadsHidden, 1);
  });

  it('colours bars by target or by company, with a legend', () => {
    const programs = [
      program('AB-1', { target: 'TROP2', company: ['Ardent Bio', 'owner'] }),
      program('AB-2', { target: 'TROP2', company: ['Blythe Pharma', 'licensor'] }),
      program('AB-3', { target: 'HER2', company: ['Ardent Bio', 'owner'] }),
      program('AB-4'),
    ];
    const byTarget = chart(programs, [], 'target');
    const byCompany = chart(programs, [], 'company');
    assert.deepEqual(byTarget.legend.map((e) => `${e.key} ${e.count}`), ['TROP2 2', 'HER2 1', 'no target stated 1']);
    assert.deepEqual(byCompany.legend.map((e) => `${e.key} ${e.count}`), ['Ardent Bio 2', 'Blythe Pharma 1', 'no company stated 1']);
    const color = (c: typeof byTarget, id: string) => c.rows.find((r) => r.programId === id)!.color;
    assert.equal(color(byTarget, 'AB-1'), color(byTarget, 'AB-2'));
    assert.notEqual(color(byTarget, 'AB-1'), color(byTarget, 'AB-3'));
    assert.equal(color(byCompany, 'AB-1'), color(byCompany, 'AB-3'));
    assert.notEqual(color(byCompany, 'AB-1'), color(byCompany, 'AB-2'));
    assert.match(byTarget.header, />Target</);
    assert.match(byCompany.header, />Company</);
  });

  it('colours by the issuer of a program\'s releases when no release names its company', () => {
    const issuers = new Map([['file:///w/a.release', 'Ardent Bio, Inc.']]);
    const c = chart([program('AB-1'), program('AB-2', { company: ['Blythe Pharma', 'owner'] }), program('AB-3', { file: 'file:///w/other.release' })], [], 'company', { issuers });
    assert.deepEqual(c.rows.map((r) => r.colorKey), ['Ardent Bio', 'Blythe Pharma', '(no company stated)']);
  });

  it('gives keys beyond the palette one shared "other" colour', () => {
    const programs = Array.from({ length: 14 }, (_, i) => program(`AB-${i + 1}`, { target: `T${String(i).padStart(2, '0')}` }));
    const c = chart(programs);
    assert.equal(c.legend.length, 11);
    const other = c.legend.at(-1)!;
    assert.deepEqual([other.key, other.count], ['other', 4]);
    const others = c.rows.filter((r) => !c.legend.slice(0, 10).some((e) => e.key === r.colorKey));
    assert.equal(others.length, 4);
    assert.ok(others.every((r) => r.color === other.color));
    assert.ok(!c.legend.slice(0, 10).some((e) => e.color === other.color));
  });

  it('places marks in time order on the timeline, planned ones hollow and dashed', () => {
    const c = chart(
      [program('AB-1', { phase: '2' })],
      [milestone('AB-1', '2030-02-01', 'first-patient', 'first-patient'), milestone('AB-1', '2031-Q3', 'data', 'topline', true), milestone('AB-1', '2031-01-15', 'deal', 'license')],
    );
    const marks = c.rows[0]!.marks;
    assert.deepEqual(marks.map((m) => m.milestone.date), ['2030-02-01', '2031-01-15', '2031-Q3']);
    assert.ok(marks[0]!.x < marks[1]!.x && marks[1]!.x < marks[2]!.x);
    const svgOf = (id: string) => new RegExp(`<g class="mark" data-id="${id}"[^>]*>([\\s\\S]*?)</g>`).exec(c.body)![1]!;
    assert.match(svgOf(marks[2]!.id), /stroke-dasharray/);
    assert.match(svgOf(marks[2]!.id), new RegExp(`fill="${defaultTheme('dark').background}"`));
    assert.doesNotMatch(svgOf(marks[0]!.id), /stroke-dasharray/);
    assert.match(svgOf(marks[0]!.id), new RegExp(`fill="${defaultTheme('dark').marks['first-patient']}"`));
    assert.equal(marks[2]!.ariaLabel, 'AB-1: topline data (planned), Q3 2031, b c.release');
    assert.deepEqual(marks[0]!.location, { file: 'file:///w/b%20c.release', offset: 300, length: 42, line: 9, column: 1 });
  });

  it('shows the deal amounts the release states in a deal mark\'s tooltip', () => {
    const p = program('AB-1');
    p.deals.push({ value: { kind: 'upfront', amount: 4e7, currency: 'USD', amountText: '$40 million' }, source: { file: 'file:///w/b%20c.release', line: 9 } });
    p.deals.push({ value: { kind: 'milestone', amount: 9e8, currency: 'USD', amountText: '$900 million' }, source: { file: 'file:///w/b%20c.release', line: 9 } });
    p.deals.push({ value: { kind: 'upfront', amount: 1e6, currency: 'USD', amountText: '$1 million' }, source: { file: 'file:///w/elsewhere.release', line: 2 } });
    const c = chart([p], [milestone('AB-1', '2031-02-02', 'deal', 'license')]);
    assert.equal(c.marks[0]!.terms, 'upfront $40 million · milestone $900 million');
    assert.match(c.body, /<title>AB-1: license, Feb 2, 2031, b c\.release\nupfront \$40 million · milestone \$900 million\nA sentence about AB-1\.<\/title>/);
  });

  it('pushes marks of one row apart when they fall on the same day', () => {
    const c = chart([program('AB-1')], [milestone('AB-1', '2031-03-01'), milestone('AB-1', '2031-03-01', 'deal', 'license'), milestone('AB-1', '2029-01-01')]);
    const xs = c.rows[0]!.marks.map((m) => m.x);
    assert.ok(xs[2]! - xs[1]! >= 9, xs.join(', '));
    assert.ok(xs.every((x) => x <= c.width - 16), xs.join(', '));
  });

  it('points a row at the first mention in the program\'s newest release', () => {
    const c = chart([program('AB-1')]);
    assert.deepEqual(c.rows[0]!.location, { file: 'file:///w/a.release', offset: 40, length: 4, line: 2, column: 1 });
  });

  it('stays readable with 150 programs: a separate header, one row each, labels cut with the full name in a tooltip', () => {
    const long = 'AB-1 with a very long name that cannot fit in the label column of the chart at all';
    const programs = Array.from({ length: 150 }, (_, i) => program(i === 0 ? long : `AB-${i + 1}`, { phase: String((i % 3) + 1), target: `T${i % 12}`, aliases: [`alias-${i}`] }));
    const milestones = programs.flatMap((p, i) => [milestone(p.id, `20${20 + (i % 10)}-0${(i % 9) + 1}-01`), milestone(p.id, `2031-Q${(i % 4) + 1}`, 'regulatory', 'designation', true)]);
    const c = chart(programs, milestones);
    assert.equal(c.rows.length, 150);
    assert.equal(c.marks.length, 300);
    assert.equal(c.bodyHeight, 150 * 28);
    assert.equal(new Set([...c.rows.map((r) => r.id), ...c.marks.map((m) => m.id)]).size, 450);
    assert.doesNotMatch(c.header, /class="row"/);
    assert.match(c.header, />2020</);
    assert.match(c.header, />Phase 3</);
    assert.match(c.body, /<tspan font-weight="600">AB-1 with a very long name[^<]*…<\/tspan>/);
    assert.ok(c.body.includes(`<title>${long} — also: alias-0`));
    assertWellFormed(c.svg);
  });

  it('never gets narrower than its minimum width', () => {
    assert.equal(chart([program('AB-1')], [], 'target', { width: 300 }).width, MIN_WIDTH);
    assert.equal(chart([program('AB-1')], [], 'target', { width: 1600 }).width, 1600);
  });

  it('says what to do when there are no programs', () => {
    const c = chart([]);
    assert.equal(c.rows.length, 0);
    assert.match(c.body, /No programs yet/);
    assert.match(c.svg, /Rescan Releases/);
    assertWellFormed(c.svg);
  });

  it('is a self-contained SVG: resolved colours, no CSS variables, no external references, escaped text', () => {
    const c = chart([program('A<&>"\'-1', { phase: '1', target: 'T&C', aliases: ['x<y'] })], [milestone('A<&>"\'-1', '2031-01-01')], 'target', { title: 'Pipeline & more' });
    assert.ok(c.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.doesNotMatch(c.svg, /var\(|currentColor|href=|url\(|<style|<script/);
    assert.match(c.svg, /<title>Pipeline &amp; more<\/title>/);
    assert.match(c.svg, /A&lt;&amp;&gt;&quot;&#39;-1/);
    assert.match(c.svg, new RegExp(`<rect width="${c.width}" height="\\d+" fill="#1f1f1f"/>`));
    assertWellFormed(c.svg);
    assertWellFormed(c.header);
    assertWellFormed(c.body);
  });

  it('follows the theme it is given: light and high-contrast colours, outlines in high contrast', () => {
    const programs = [program('AB-1', { phase: '1' })];
    const light = layoutPipeline({ programs, milestones: [], colorBy: 'target', theme: defaultTheme('light'), width: 1200 });
    const hc = layoutPipeline({ programs, milestones: [], colorBy: 'target', theme: defaultTheme('high-contrast'), width: 1200 });
    assert.match(light.svg, /fill="#ffffff"/);
    assert.doesNotMatch(light.svg, /fill="#1f1f1f"/);
    assert.match(hc.svg, /fill="#000000"/);
    assert.match(hc.body, /class="bar"[^>]*stroke="#6fc3df"/);
  });

  it('reads date values as points in time and writes them short', () => {
    assert.equal(new Date(dateTime('2031-Q3')!).toISOString().slice(0, 10), '2031-08-16');
    assert.equal(new Date(dateTime('2031-05-24')!).toISOString().slice(0, 10), '2031-05-24');
    assert.equal(new Date(dateTime('2019')!).toISOString().slice(0, 10), '2019-07-01');
    assert.equal(dateTime('--05-24'), undefined);
    assert.deepEqual(['2030-09-14', '2032-01', '2031-Q3', '2031-H1', '2031-mid', '2019'].map(shortDate), ['Sep 14, 2030', 'Jan 2032', 'Q3 2031', 'H1 2031', 'mid-2031', '2019']);
  });

  it('charts a real index: rows and marks from releases', () => {
    const index = new WorkspaceIndex();
    index.set(
      'file:///w/one.release',
      'Tessaly Doses First Patient with TSY-101\n\nBOSTON, May 10, 2031 -- Tessaly Therapeutics, Inc., a fictional company, today announced that the first patient was dosed in a Phase 1 trial of TSY-101.\n',
    );
    index.set('file:///w/two.release', 'Tessaly Reports Topline Data\n\nBOSTON, June 2, 2032 -- Tessaly Therapeutics today announced positive topline data from the Phase 2 trial of TSY-101 and expects to submit a BLA in Q4 2032.\n');
    const c = layoutPipeline({ programs: index.programs(), milestones: index.milestones(), colorBy: 'target', theme: defaultTheme('dark'), width: 1200 });
    assert.deepEqual(c.rows.map((r) => r.ariaLabel), ['TSY-101, Phase 2, 3 milestones']);
    assert.deepEqual(c.marks.map((m) => m.ariaLabel), ['TSY-101: first patient dosed, May 10, 2031, one.release', 'TSY-101: topline data, Jun 2, 2032, two.release', 'TSY-101: BLA submitted (planned), Q4 2032, two.release']);
    assert.equal(c.rows[0]!.location?.file, 'file:///w/two.release');
  });
});
