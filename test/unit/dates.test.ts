import * as assert from 'node:assert/strict';
import { mentions, release } from './helpers';

function dates(body: string, date?: string) {
  return mentions(release(body, date), 'date')
    .filter((m) => m.line > 3)
    .map((m) => [m.text, m.value]);
}

describe('dates', () => {
  const cases: [string, string, string][] = [
    ['signed on May 24, 2017 in Boston', 'May 24, 2017', '2017-05-24'],
    ['on Oct. 16, 2017 the FDA', 'Oct. 16, 2017', '2017-10-16'],
    ['as of December 31, 2016 cash', 'December 31, 2016', '2016-12-31'],
    ['a plenary session on June 3 at ASCO', 'June 3', '2024-06-03'],
    ['dosed in November 2016 at', 'November 2016', '2016-11'],
    ['an IND filing (Q3 2017).', 'Q3 2017', '2017-Q3'],
    ['data in the third quarter of 2017 are', 'third quarter of 2017', '2017-Q3'],
    ['report data in mid-2017 from', 'mid-2017', '2017-mid'],
    ['results in the first half of 2018 are', 'first half of 2018', '2018-H1'],
    ['the meeting June 4-8, 2010 in Chicago', 'June 4-8, 2010', '2010-06-04'],
    ['results in Q4/2017 were', 'Q4/2017', '2017-Q4'],
    ['results in Q4/17 were', 'Q4/17', '2017-Q4'],
    ['guidance for Q1-18 was', 'Q1-18', '2018-Q1'],
    ['due in mid-September with', 'mid-September', '2024-09'],
    ['expected in the second quarter, and', 'second quarter', '2024-Q2'],
    ['In January, we advanced', 'January', '2024-01'],
    ['published on 24 May 2017 in', '24 May 2017', '2017-05-24'],
    ['the congress 25-28 September 2024 in', '25-28 September 2024', '2024-09-25'],
    ['closing 14.10.2024 at', '14.10.2024', '2024-10-14'],
    ['results for 3Q17 were', '3Q17', '2017-Q3'],
    ['guidance for 1H 2025 and', '1H 2025', '2025-H1'],
    ['a Q2\'25 readout', "Q2'25", '2025-Q2'],
    ['released 2017-05-24 in', '2017-05-24', '2017-05-24'],
    ['signed on 24/05/2017 in Basel', '24/05/2017', '2017-05-24'],
    ['the record date, 24-May-2017, and', '24-May-2017', '2017-05-24'],
    ['In March, 2018, the company', 'March, 2018', '2018-03'],
    ['in the third calendar quarter of 2018.', 'third calendar quarter of 2018', '2018-Q3'],
    ['by the first fiscal quarter, the', 'first fiscal quarter', '2024-Q1'],
    ['signed on the 5th of March 2018 in', '5th of March 2018', '2018-03-05'],
    ['data in Q1 of 2025 and', 'Q1 of 2025', '2025-Q1'],
    ['results for Q2 FY25 were', 'Q2 FY25', '2025-Q2'],
    ['revenue in Q3 fiscal 2025 rose', 'Q3 fiscal 2025', '2025-Q3'],
    // The year written after the period joins it: the period alone is the date.
    ['results for the fourth quarter and full year 2023 were', 'fourth quarter', '2023-Q4'],
    ['revenue for the fourth quarter ended December 31, 2023 was', 'fourth quarter', '2023-Q4'],
    ['the third quarter and nine months ended September 30, 2022, the', 'third quarter', '2022-Q3'],
    ['results for the fourth quarter\nand full year 2023 were', 'fourth quarter', '2023-Q4'],
    ['guidance for H2 of 2025 and', 'H2 of 2025', '2025-H2'],
    ['in the second quarter of fiscal year 2025.', 'second quarter of fiscal year 2025', '2025-Q2'],
  ];
  for (const [body, text, value] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      assert.deepEqual(dates(body)[0], [text, value]);
    });
  }

  it('gives a quarter or half without a year the year the release last gave it, else the release year', () => {
    const body = 'Fourth Quarter 2023 Results\n\nRevenue for the fourth quarter was $2 million. In the first half, sales rose. An IND is planned in the third quarter and in 2H 2024; data in the second half.';
    assert.deepEqual(dates(body, 'February 20, 2024'), [
      ['Fourth Quarter 2023', '2023-Q4'],
      ['fourth quarter', '2023-Q4'],
      ['first half', '2024-H1'],
      ['third quarter', '2024-Q3'],
      ['2H 2024', '2024-H2'],
      ['second half', '2024-H2'],
    ]);
    // A year named for comparison is not the one the release goes on about.
    assert.deepEqual(dates('Sales in first-quarter 2025 rose 9% compared with Q1 2024.\n\nSales by product, first quarter', 'April 24, 2025'), [
      ['first-quarter 2025', '2025-Q1'],
      ['Q1 2024', '2024-Q1'],
      ['first quarter', '2025-Q1'],
    ]);
    // A year still to come is not the year of what a clause tells as done.
    assert.deepEqual(dates('Data are expected in Q3 2025.\n\nA portfolio review completed in the third quarter ended two programs.', 'December 5, 2024'), [
      ['Q3 2025', '2025-Q3'],
      ['third quarter', '2024-Q3'],
    ]);
  });

  it('reads a quarter named by its last month, and a quarter after its fiscal year', () => {
    assert.deepEqual(dates('Cash at the end of the September quarter rose; the December quarter 2025 and the March quarterly report.', 'October 29, 2025'), [
      ['September quarter', '2025-Q3'],
      ['December quarter 2025', '2025-Q4'],
    ]);
    assert.deepEqual(dates('Results for FY2024 Q3 and FY25 Q1 and Q2.', 'February 6, 2025'), [
      ['FY2024 Q3', '2024-Q3'],
      ['FY25 Q1', '2025-Q1'],
      ['Q2', '2025-Q2'],
    ]);
  });

  it("does not take a table column's year under a heading for the year of the heading's day", () => {
    const table = 'Three Months Ended\n                      September 30,          September 30,\n                        2024       2023\nRevenue   $ 3,338    $ 3,061';
    assert.deepEqual(dates(table, 'October 30, 2024'), [
      ['September 30', '2024-09-30'],
      ['September 30', '2024-09-30'],
    ]);
    // A wrapped line's year is the day's, and the period's.
    assert.deepEqual(dates('Cash as of June 30,\n2025 was ample.'), [['June 30,\n2025', '2025-06-30']]);
    assert.deepEqual(dates('An IND filing is planned in 2H\n2025.'), [['2H\n2025', '2025-H2']]);
    assert.deepEqual(dates('Notices are sent on 19\nJune 2025 before noon.'), [['19\nJune 2025', '2025-06-19']]);
  });

  it('gives a yearless month later than the release month the year before where its clause tells of something done', () => {
    const body = [
      'In December, we completed enrollment.',
      'We expect to report data in December.',
      'Since November, 40 patients have been dosed.',
      'On December 18, the FDA granted Fast Track designation.',
      'In June, we plan to present data.',
      'In December, the Company will present at a congress.',
      'Enrollment was completed by March.',
      'In mid-November, we signed an agreement.',
      'In December 2023, the company was founded.',
    ].join(' ');
    assert.deepEqual(dates(body, 'January 5, 2024'), [
      ['December', '2023-12'],
      ['December', '2024-12'],
      ['November', '2023-11'],
      ['December 18', '2023-12-18'],
      ['June', '2024-06'],
      ['December', '2024-12'],
      ['March', '2024-03'],
      ['mid-November', '2023-11'],
      ['December 2023', '2023-12'],
    ]);
    // Earlier in the year than the release: the release's year, done or not.
    assert.deepEqual(dates('In March, we completed enrollment.', 'June 5, 2024'), [['March', '2024-03']]);
  });

  it('takes the year of a yearless date from the release date', () => {
    assert.deepEqual(dates('on June 6 the data', 'May 16, 2012')[0], ['June 6', '2012-06-06']);
  });

  it('takes the year of a yearless day from the day listed with it, or the year before across a new year', () => {
    const body = 'Dosing ran between June 1 and June 30, 2025, on June 2 and 3, 2025, on Dec. 3 and Jan. 4, 2026, on 3 June and 4 June 2025, on 30 December and 2 January 2026, and on May 4 and in 2026.';
    assert.deepEqual(dates(body, 'January 5, 2024'), [
      ['June 1', '2025-06-01'],
      ['June 30, 2025', '2025-06-30'],
      ['June 2 and 3, 2025', '2025-06-02'],
      ['Dec. 3', '2025-12-03'],
      ['Jan. 4, 2026', '2026-01-04'],
      ['3 June', '2025-06-03'],
      ['4 June 2025', '2025-06-04'],
      ['30 December', '2025-12-30'],
      ['2 January 2026', '2026-01-02'],
      ['May 4', '2024-05-04'],
    ]);
  });

  it('does not mark bare years, years with a word, times of day or the modal "may"', () => {
    assert.deepEqual(dates('In 2017 and fiscal 2016, by the end of 2017, at 8:00 am ET, results may vary; early 2026.'), []);
  });

  it('does not take impossible numeric dates, a hyphenated day without a year or a calendar year for dates', () => {
    assert.deepEqual(dates('codes 13/13/2017 and 32/05/2017, due 24-May, the third calendar year.'), []);
  });

  it('does not take a capitalised name for a lone month', () => {
    assert.deepEqual(dates('said April Jones, and March Madness.'), []);
  });

  it('reads a lone month in capitals as a name, and one with a day or year as a date', () => {
    assert.deepEqual(dates('a bispecific antibody targeting BAFF and APRIL, with dosing planned in April.'), [['April', '2024-04']]);
    assert.deepEqual(dates('DATA EXPECTED APRIL 5, 2025 AND IN JUNE 2025'), [['APRIL 5, 2025', '2025-04-05'], ['JUNE 2025', '2025-06']]);
  });
});
