import * as assert from 'node:assert/strict';
import { evaluate, normalizeSurface, type Annotation } from '../../src/core/evaluate';
import type { ReleaseReport } from '../../src/core/report';
import type { MentionKind } from '../../src/core/types';

const mention = (kind: MentionKind, text: string, value: string | number, currency?: string) => ({
  kind, text, value, offset: 0, length: text.length, line: 1, column: 1, ...(currency ? { currency } : {}),
});

describe('evaluate', () => {
  it('scores by distinct surface string per document', () => {
    const annotation: Annotation = {
      source: 'a.txt',
      release: { title: 'A Title', date: '2024-01-02' },
      drugCodes: ['AB-101', 'CD 2202'],
      money: [{ text: '$5 million', value: 5_000_000, currency: 'USD' }],
      dates: [{ text: 'June 3', value: '2024-06-03' }],
    };
    const release: ReleaseReport = {
      file: 'a.txt', title: 'A  Title', date: '2024-01-02', issuer: null, sections: [],
      mentions: [
        mention('drug-code', 'AB-101', 'AB-101'),
        mention('drug-code', 'AB-101', 'AB-101'),
        mention('drug-code', 'HER2', 'HER2'),
        mention('money', '\\$5\nmillion', 5_000_000, 'USD'),
        mention('date', 'June 3', '2023-06-03'),
        mention('date', '2024', '2024'),
      ],
    };
    const r = evaluate([{ annotation, release }]);
    assert.deepEqual([r.kinds['drug-code'].truePositives, r.kinds['drug-code'].predicted, r.kinds['drug-code'].expected], [1, 2, 2]);
    assert.equal(r.kinds['drug-code'].precision, 0.5);
    assert.equal(r.kinds.money.recall, 1);
    assert.equal(r.kinds.money.valueAccuracy, 1);
    assert.equal(r.kinds.date.precision, 1, 'bare years are not counted');
    assert.equal(r.kinds.date.valueAccuracy, 0);
    assert.equal(r.titleAccuracy, 1);
    assert.equal(r.dateAccuracy, 1);
    assert.deepEqual(r.errors[0]!.falseNegatives, { 'drug-code': ['CD 2202'] });
  });

  it('scores programs with a stated target, matched by any name, the target as the value', () => {
    const annotation: Annotation = {
      source: 'a.txt', release: { title: null, date: null }, drugCodes: [], money: [], dates: [],
      programs: [
        { code: 'AB-101', aliases: ['abtuzumab'], target: 'CD37' },
        { code: 'AB-202', aliases: [], target: 'HER2' },
        { code: 'AB-303', aliases: [], target: 'EGFR' },
      ],
    };
    const release: ReleaseReport = { file: 'a.txt', title: null, date: null, issuer: null, sections: [], mentions: [] };
    const programs = [
      { names: ['Abtuzumab'], target: 'CD37' },
      { names: ['AB202'], target: 'TROP2' },
      { names: ['AB-404'], target: 'CD19' },
      { names: ['AB-303'] },
    ];
    const r = evaluate([{ annotation, release, programs }]);
    const p = r.kinds.program;
    assert.deepEqual([p.truePositives, p.predicted, p.expected, p.valueRight, p.valueChecked], [2, 3, 3, 1, 2]);
    assert.deepEqual(r.errors[0]!.falsePositives, { program: ['AB-404'] });
    assert.deepEqual(r.errors[0]!.falseNegatives, { program: ['AB-303'] });
  });

  it('normalises backslashes and line breaks in surfaces', () => {
    assert.equal(normalizeSurface('\\$89.7\r\nmillion'), '$89.7 million');
  });
});
