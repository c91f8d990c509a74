import * as assert from 'node:assert/strict';
import { linearityRatio } from './linearity';
import { analyzeRelease } from '../../src/core/analyze';
import type { Milestone } from '../../src/core/types';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';

/** A fictional release by Tessaly Therapeutics dated `date`, with `body` as its paragraphs. */
function release(body: string, date = 'May 10, 2017'): string {
  return `Tessaly Therapeutics Reports Progress\n\nBOSTON, ${date} -- Tessaly Therapeutics, Inc. (Nasdaq: TSLY), a fictional company, today announced news.\n\n${body}\n`;
}

function milestones(body: string, date?: string): Milestone[] {
  return analyzeRelease('t.release', release(body, date)).milestones;
}

const brief = (m: Milestone) => `${m.program} ${m.label} ${m.date ?? '?'}${m.planned ? ' planned' : ''}`;

describe('milestones', () => {
  it('does not take a wholesale acquisition cost for an acquisition', () => {
    assert.deepEqual(milestones('The company expects TSY-101 to be available in the first half of 2017 at a wholesale acquisition cost of $0.3 million per course.').map(brief), []);
  });

  it('takes the date written in the sentence, else the release date', () => {
    const found = milestones('On May 2, 2017, the first patient was dosed in the Phase 1 trial of TSY-101.\n\nThe company dosed the first patient in the Phase 1 trial of TSY-202 in Europe.');
    assert.deepEqual(found.map(brief), ['TSY-101 first patient dosed 2017-05-02', 'TSY-202 first patient dosed 2017-05-10']);
    assert.equal(found[0]!.dateSource, 'sentence');
    assert.equal(found[1]!.dateSource, 'release');
  });

  it('reads "in Q3 2017" and "on May 24, 2017" as the date of the event', () => {
    const found = milestones('TSY-101 received Orphan Drug Designation from the FDA on May 24, 2017.\n\nTopline data from the Phase 2 trial of TSY-202 were reported in Q1 2017.', 'June 1, 2017');
    assert.deepEqual(found.map(brief), ['TSY-101 Orphan Drug designation 2017-05-24', 'TSY-202 topline data 2017-Q1']);
  });

  it('marks plans as planned: future wording, or a date after the release', () => {
    const found = milestones(
      'Tessaly expects to dose the first patient in the Phase 1 trial of TSY-101 in Q3 2017.\n\nInitial data for TSY-202 are expected in the first half of 2018.\n\nThe company plans to submit a BLA for TSY-303 by year-end.',
    );
    assert.deepEqual(found.map(brief), ['TSY-101 first patient dosed 2017-Q3 planned', 'TSY-202 data readout 2018-H1 planned', 'TSY-303 BLA submitted 2017-05-10 planned']);
  });

  it('gives each cue the date written after it: done and planned events in one sentence', () => {
    const found = milestones('Tessaly dosed the first patient with TSY-101 in April 2017 and expects topline data from TSY-101 in the fourth quarter of 2018.');
    assert.deepEqual(found.map(brief), ['TSY-101 first patient dosed 2017-04', 'TSY-101 topline data 2018-Q4 planned']);
  });

  it('finds marks for several programs in one sentence, each cue for the nearest program and the programs listed with it', () => {
    const found = milestones(
      'The FDA granted Fast Track designation to TSY-101 and Orphan Drug designation to TSY-202 in April 2017.\n\nUpdated results for TSY-303 and TSY-404 were presented at the ASCO Annual Meeting on April 30, 2017.',
    );
    assert.deepEqual(found.map(brief).sort(), [
      'TSY-101 Fast Track designation 2017-05-10',
      'TSY-202 Orphan Drug designation 2017-04',
      'TSY-303 presentation at ASCO 2017-04-30',
      'TSY-404 presentation at ASCO 2017-04-30',
    ]);
  });

  it('finds nothing in sentences that name no program, and nothing without a cue', () => {
    assert.deepEqual(milestones('The company expects topline data in Q3 2017.\n\nThe first patient was dosed in April 2017.'), []);
    assert.deepEqual(milestones('TSY-101 is a small-molecule inhibitor of KRAS G12D.'), []);
  });

  it('ignores background and boilerplate sections (About, forward-looking statements)', () => {
    const text = release(
      'TSY-101 received Fast Track designation from the FDA.\n\nAbout TSY-202\nTSY-202 was licensed from Brightwater University under an exclusive agreement and received Orphan Drug designation from the FDA.\n\nForward-Looking Statements\nStatements about the timing of topline data for TSY-101 and the submission of an NDA are forward-looking.',
    );
    assert.deepEqual(analyzeRelease('t.release', text).milestones.map(brief), ['TSY-101 Fast Track designation 2017-05-10']);
  });

  it('reads the items of an "Upcoming Milestones" list as planned events', () => {
    const found = milestones('Upcoming Milestones\n- Expansion-cohort data for TSY-101: first half of 2018\n- IND submission for TSY-505: Q1 2018\n- Interim analysis of TSY-202');
    assert.deepEqual(found.map(brief), ['TSY-101 data readout 2018-H1 planned', 'TSY-505 IND filed 2018-Q1 planned', 'TSY-202 interim data 2017-05-10 planned']);
    // Each item is the statement alone, without its mark.
    assert.deepEqual(found.map((m) => m.text), ['Expansion-cohort data for TSY-101: first half of 2018', 'IND submission for TSY-505: Q1 2018', 'Interim analysis of TSY-202']);
  });

  it('reads "X data expected in …" as a planned readout', () => {
    const found = milestones('TSY-101 Phase 2 data expected in the fourth quarter of 2018.\n\nTSY-202 results are anticipated.');
    assert.deepEqual(found.map(brief), ['TSY-101 data readout 2018-Q4 planned', 'TSY-202 data readout 2017-05-10 planned']);
  });

  it('reads sub-headline bullets apart from the headline: each event keeps its own date', () => {
    const text =
      'Tessaly Doses First Patient in Phase 1 Study of TSY-101\n— TSY-202 Phase 2 data expected in mid-2018\n' +
      'BOSTON, May 10, 2017 -- Tessaly Therapeutics, Inc. (Nasdaq: TSLY) today announced news.\n';
    const found = analyzeRelease('t.release', text).milestones;
    assert.deepEqual(found.map(brief), ['TSY-101 first patient dosed 2017-05-10', 'TSY-202 data readout 2018-mid planned']);
  });

  it('reads items marked with dashes or bullets, on CRLF lines and with blank lines between them', () => {
    const found = milestones('Upcoming Milestones\r\n\r\n— IND submission for TSY-505: Q1 2018\r\n\r\n◦ Topline data for TSY-202 in Q4 2018');
    assert.deepEqual(found.map((m) => m.text), ['IND submission for TSY-505: Q1 2018', 'Topline data for TSY-202 in Q4 2018']);
  });

  it('names the events: IND cleared or filed, filings and resubmissions, approvals, designations, complete response letters', () => {
    const found = milestones(
      [
        'The FDA cleared the Investigational New Drug (IND) application for TSY-101 in March 2017.',
        'The FDA accepted the Biologics License Application for TSY-202 with Priority Review.',
        'The European Commission granted marketing authorization to TSY-303 on April 28, 2017.',
        'TSY-404 received Breakthrough Therapy Designation.',
        'There are no FDA-approved therapies for this disease, and TSY-606 is in Phase 2.',
        'The FDA issued a Complete Response Letter for the New Drug Application for TSY-505.',
        'Tessaly resubmitted the NDA for TSY-505 in June 2017.',
        'TSY-707 produced a complete response in two patients.',
      ].join('\n\n'),
    );
    assert.deepEqual(found.map((m) => `${m.program} ${m.kind}/${m.event} ${m.label}`), [
      'TSY-101 ind/ind-cleared IND cleared',
      'TSY-202 regulatory/filing-accepted BLA accepted',
      'TSY-202 regulatory/designation Priority Review',
      'TSY-303 regulatory/approval EU approval',
      'TSY-404 regulatory/designation Breakthrough Therapy designation',
      'TSY-505 regulatory/complete-response Complete Response Letter',
      'TSY-505 regulatory/filing NDA resubmitted',
    ]);
  });

  it('reads clinical holds, partial or full, and holds lifted; "in a separate release" lifts nothing', () => {
    const found = milestones(
      [
        'In a separate release, the FDA placed a partial clinical hold on the Phase 1 trial of TSY-101.',
        'The FDA placed TSY-202 on clinical hold in April 2017.',
        'The FDA lifted the clinical hold on TSY-303 in March 2017.',
      ].join('\n\n'),
    );
    assert.deepEqual(found.map((m) => `${m.program} ${m.kind}/${m.event} ${m.label} ${m.date ?? ''}`), [
      'TSY-101 regulatory/clinical-hold partial clinical hold 2017-05-10',
      'TSY-202 regulatory/clinical-hold clinical hold 2017-04',
      'TSY-303 regulatory/hold-lifted clinical hold lifted 2017-03',
    ]);
  });

  it('makes one deal mark per program and release: a "collaboration and license agreement" is a licence', () => {
    const found = milestones(
      'Tessaly and Marrow Pharma Enter Collaboration for TSY-101\n\nTessaly entered into an exclusive license agreement granting Marrow Pharma rights to TSY-101 in Japan.\n\nUnder the license agreement, Marrow Pharma will pay $20 million upfront for TSY-101.',
    );
    assert.deepEqual(found.map(brief), ['TSY-101 licence 2017-05-10']);
    assert.equal(found[0]!.kind, 'deal');
  });

  it('points at the sentence: offset, length, line and text', () => {
    const text = release('Some context first.\n\nTessaly dosed the first patient with TSY-101 in April 2017.');
    const [m] = analyzeRelease('t.release', text).milestones;
    assert.ok(m);
    assert.equal(text.slice(m.offset, m.offset + m.length), 'Tessaly dosed the first patient with TSY-101 in April 2017.');
    assert.equal(m.line, 7);
    assert.equal(m.column, 1);
    assert.equal(m.text, 'Tessaly dosed the first patient with TSY-101 in April 2017.');
  });

  it('dates an event with a year written alone ("in 2015") rather than the release date', () => {
    assert.deepEqual(milestones('TSY-101 was licensed from Brightwater University in 2015 under an exclusive agreement.').map(brief), ['TSY-101 licence 2015']);
  });

  it('stays linear on long adversarial text', function () {
    this.timeout(20_000);
    // Shapes of one sentence per repeat, and long sentences with one program and many cues.
    const shapes = [
      'first patient TSY-101 dosed ',
      'IND TSY-101 cleared filed ',
      'TSY-101 and TSY-202 and ',
      'data results readout TSY-101 in 2019 ',
      '- TSY-101\n',
      `TSY-101 ${'IND cleared first patient dosed FDA approval Fast Track designation in 2019 '.repeat(20)}.\n\n`,
      `TSY-101 ${'presented at ASCO acquired licensed '.repeat(40)}.\n\n`,
    ];
    for (const shape of shapes) {
      const scale = shape.length > 200 ? 0.02 : 1;
      // 4x the input: a linear pass takes about 4x the time; a quadratic one 16x.
      const { small, large } = linearityRatio((n) => release(shape.repeat(n)), 2500 * scale, 10000 * scale, 9);
      assert.ok(large < small * 9, `"${shape.trim().slice(0, 40)}": ${small.toFixed(0)} ms for ${2500 * scale} repeats, ${large.toFixed(0)} ms for ${10000 * scale}`);
    }
  });
});

describe('workspace milestones', () => {
  const index = new WorkspaceIndex();
  index.set(
    'a.release',
    release('Tessaly dosed the first patient in the Phase 1 trial of TSY-101 (velimab) in March 2017.'),
  );
  index.set(
    'b.release',
    `Marrow Pharma Licenses Velimab\n\nTOKYO, June 1, 2018 -- Marrow Pharma (a fictional company) today announced an exclusive license agreement for velimab (MRW-177, TSY-101) in Japan.\n\nMarrow Pharma expects topline data for MRW-177 in Q4 2019.\n`,
  );
  index.set('c.release', release('TSY-909 received Fast Track designation from the FDA.', 'January 5, 2016'));

  it('maps each release\'s local program name to the merged program id, oldest first', () => {
    const all = index.milestones();
    assert.deepEqual(all.map((m) => `${m.programId} ${m.label} ${m.date}${m.planned ? ' planned' : ''} ${m.file}`), [
      'TSY-909 Fast Track designation 2016-01-05 c.release',
      'TSY-101 first patient dosed 2017-03 a.release',
      'TSY-101 licence 2018-06-01 b.release',
      'TSY-101 topline data 2019-Q4 planned b.release',
    ]);
  });

  it('answers for one program by id or any alias', () => {
    assert.equal(index.milestones('MRW-177').length, 3);
    assert.equal(index.milestones('velimab').length, 3);
    assert.equal(index.milestones('TSY-909').length, 1);
    assert.deepEqual(index.milestones('NO-SUCH-1'), []);
  });

  it('follows changes: a replaced release replaces its marks', () => {
    const local = new WorkspaceIndex();
    local.set('x.release', release('TSY-101 received Fast Track designation from the FDA.'));
    assert.equal(local.milestones().length, 1);
    local.set('x.release', release('TSY-101 is a small molecule.'));
    assert.equal(local.milestones().length, 0);
  });
});
