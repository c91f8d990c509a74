import * as assert from 'node:assert/strict';
import { DEFAULT_DEAL_SORT, filterDeals, sortDeals } from '../../src/core/dealsView';
import { buildDealsExport, buildProgramsExport, dealRows, dealsCsv, dealsTable, formatAmount, programsCsv, programsTable, type DealRow } from '../../src/core/exports';
import { csvCell, toCsv } from '../../src/core/format';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { release } from './helpers';

const sortedKeys = (o: object) => Object.keys(o).sort();

function sampleIndex(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set(
    'a.release',
    release('Northwind today announced an exclusive license agreement granting Alderon Pharma rights to NWT-214, an anti-CLDN6 antibody-drug conjugate in a Phase 2 trial in ovarian cancer. Under the agreement, Northwind will receive $50 million upfront and up to $1.2 billion in milestones.', 'March 12, 2024'),
  );
  index.set('b.release', release('NWT-214 entered a Phase 1 trial in ovarian cancer. Northwind closed a €30 million private placement with Brightwater Capital.', 'June 20, 2023'));
  return index;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    assert.equal(csvCell('=HYPERLINK("http://x.example")'), `"'=HYPERLINK(""http://x.example"")"`);
    assert.equal(csvCell('+1 phase'), "'+1 phase");
    assert.equal(csvCell('-cmd'), "'-cmd");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('-5'), '-5');
    assert.equal(csvCell('1200000000'), '1200000000');
  });

  it('ends every row with CRLF', () => {
    assert.equal(toCsv(['a', 'b'], [['1', '2']]), 'a,b\r\n1,2\r\n');
  });
});

describe('amount labels', () => {
  it('shortens amounts with the currency symbol or code', () => {
    assert.equal(formatAmount(1_200_000_000, 'USD'), '$1.2B');
    assert.equal(formatAmount(50_000_000, 'USD'), '$50M');
    assert.equal(formatAmount(1_055_000_000, 'USD'), '$1.055B');
    assert.equal(formatAmount(20_000_000, 'EUR'), '€20M');
    assert.equal(formatAmount(8_000_000, 'CHF'), 'CHF 8M');
    assert.equal(formatAmount(600_000, 'USD'), '$600K');
    assert.equal(formatAmount(45_000_000, 'CAD'), 'C$45M');
    assert.equal(formatAmount(12.5), '12.5');
  });
});

describe('program and deal exports', () => {
  it('pins the programs JSON contract, version 1', () => {
    const doc = buildProgramsExport(sampleIndex());
    assert.deepEqual(sortedKeys(doc), ['kind', 'programs', 'version']);
    assert.equal(doc.version, 1);
    assert.equal(doc.kind, 'programs');
    const p = doc.programs.find((x) => x.id === 'NWT-214')!;
    assert.deepEqual(sortedKeys(p), [
      'aliases', 'companies', 'firstMentioned', 'id', 'indications', 'lastMentioned', 'modality', 'payload', 'phase', 'phaseDate', 'phaseSource', 'releaseCount', 'target',
    ]);
    assert.deepEqual(
      { phase: p.phase, phaseDate: p.phaseDate, phaseSource: p.phaseSource, releaseCount: p.releaseCount, first: p.firstMentioned, last: p.lastMentioned, target: p.target },
      { phase: '2', phaseDate: '2024-03-12', phaseSource: { file: 'a.release', line: 5 }, releaseCount: 2, first: '2023-06-20', last: '2024-03-12', target: 'CLDN6' },
    );
    assert.deepEqual(sortedKeys(p.companies[0]!), ['name', 'role']);
  });

  it('pins the deals JSON contract, version 1', () => {
    const doc = buildDealsExport(sampleIndex(), { fileLabel: (f) => `releases/${f}` });
    assert.deepEqual(sortedKeys(doc), ['deals', 'kind', 'version']);
    assert.equal(doc.version, 1);
    assert.equal(doc.kind, 'deals');
    assert.deepEqual(sortedKeys(doc.deals[0]!), [
      'amount', 'amountLabel', 'amountText', 'currency', 'date', 'file', 'financing', 'kind', 'length', 'line', 'offset', 'parties', 'program', 'programText', 'release', 'releaseDate', 'status',
    ]);
    assert.deepEqual(
      doc.deals.map((d) => [d.date, d.kind, d.financing, d.program, d.amount, d.currency, d.amountLabel, d.file]),
      [
        ['2024-03-12', 'license', null, 'NWT-214', null, null, null, 'releases/a.release'],
        ['2024-03-12', 'upfront', null, 'NWT-214', 50_000_000, 'USD', '$50M', 'releases/a.release'],
        ['2024-03-12', 'milestone', null, 'NWT-214', 1_200_000_000, 'USD', '$1.2B', 'releases/a.release'],
        ['2023-06-20', 'financing', 'private placement', null, 30_000_000, 'EUR', '€30M', 'releases/b.release'],
      ],
    );
    assert.equal(doc.deals[0]!.release, 'Northwind Therapeutics Reports Progress');
    assert.deepEqual(doc.deals[3]!.parties, [
      { name: 'Brightwater Capital', role: 'investor' },
      { name: 'Northwind Therapeutics', role: 'issuer' },
    ]);
  });

  it('writes the tables as CSV with a header and one row each', () => {
    const index = sampleIndex();
    const deals = dealsCsv(dealRows(index)).split('\r\n');
    assert.equal(deals[0], 'date,kind,financing,parties,program,amount,currency,amount_text,status,file,line,release');
    assert.equal(deals.length, 4 + 2, 'header, four rows, and the final CRLF');
    assert.equal(deals[2], '2024-03-12,upfront,,Northwind Therapeutics (licensor); Alderon Pharma (licensee),NWT-214,50000000,USD,$50 million,expected,a.release,5,Northwind Therapeutics Reports Progress');
    const programs = programsCsv(buildProgramsExport(index).programs).split('\r\n');
    assert.equal(programs[0], 'id,aliases,target,modality,payload,phase,phase_date,phase_source,indications,companies,release_count,first_mentioned,last_mentioned');
    assert.ok(programs.some((row) => row.startsWith('NWT-214,,CLDN6,ADC,,2,2024-03-12,a.release:5,ovarian cancer,')), programs.join('\n'));
  });

  it('fits the tables to the terminal', () => {
    const index = sampleIndex();
    const table = dealsTable(dealRows(index), 100).split('\n');
    assert.match(table[0]!, /^DATE\s+KIND\s+PARTIES\s+PROGRAM\s+AMOUNT\s+STATUS\s+RELEASE$/);
    assert.ok(table.every((l) => l.length <= 100), table.join('\n'));
    assert.ok(table.some((l) => /^2024-03-12\s+milestone payment\s+.*\$1\.2B\s+expected/.test(l)));
    assert.ok(table.includes('4 deals in 2 releases'));
    const programs = programsTable(buildProgramsExport(index).programs, 120);
    assert.match(programs, /NWT-214\s+CLDN6\s+ADC\s+Phase 2 \(2024-03-12\)/);
  });
});

describe('deals view', () => {
  const row = (over: Partial<DealRow>): DealRow => ({
    date: '2024-01-01', kind: 'upfront', financing: null, parties: [], program: null, programText: null, amount: null, currency: null, amountText: null, amountLabel: null,
    status: null, file: 'f', line: 1, offset: 0, length: 1, release: null, releaseDate: null, ...over,
  });

  it('sorts amounts by value within US dollars first, other currencies grouped after, no amount last', () => {
    const rows = [
      row({ amount: 5e6, currency: 'EUR', amountLabel: '€5M' }),
      row({ amount: 1.2e9, currency: 'USD', amountLabel: '$1.2B' }),
      row({ amount: null }),
      row({ amount: 50e6, currency: 'USD', amountLabel: '$50M' }),
      row({ amount: 8e6, currency: 'CHF', amountLabel: 'CHF 8M' }),
      row({ amount: 30e6, currency: 'EUR', amountLabel: '€30M' }),
    ];
    const labels = (rs: DealRow[]) => rs.map((r) => r.amountLabel);
    assert.deepEqual(labels(sortDeals(rows, { column: 'amount', direction: 'descending' })), ['$1.2B', '$50M', 'CHF 8M', '€30M', '€5M', null]);
    assert.deepEqual(labels(sortDeals(rows, { column: 'amount', direction: 'ascending' })), ['$50M', '$1.2B', 'CHF 8M', '€5M', '€30M', null]);
  });

  it('sorts dates by when they start, and filters on every word', () => {
    const rows = [row({ date: '2025-01-08', kind: 'license' }), row({ date: '2025-H1', kind: 'milestone' }), row({ date: '2024-12-01', kind: 'financing', financing: 'PIPE' })];
    assert.deepEqual(sortDeals(rows, DEFAULT_DEAL_SORT).map((r) => r.date), ['2025-01-08', '2025-H1', '2024-12-01']);
    assert.deepEqual(sortDeals(rows, { column: 'kind', direction: 'ascending' }).map((r) => r.kind), ['license', 'milestone', 'financing']);
    assert.deepEqual(filterDeals(rows, 'pipe 2024').map((r) => r.kind), ['financing']);
    assert.equal(filterDeals(rows, '  ').length, 3);
  });
});
