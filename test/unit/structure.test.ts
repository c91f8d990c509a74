import * as assert from 'node:assert/strict';
import { analyzeRelease } from '../../src/core/analyze';

const WRAPPED = [
  'HALCYON BIO',
  '',
  'March 12, 2024',
  '',
  'Halcyon Bio Announces Clearance of Its Investigational New Drug Application for HX-330 for',
  'Patients with Advanced Solid Tumors',
  'SAN DIEGO--(BUSINESS WIRE)-- Halcyon Bio, Inc. (Nasdaq: HLCN), a clinical-stage company, today announced that the FDA cleared its IND.',
  'HX-330 is a HER2-targeting ADC.',
  'About HX-330',
  'HX-330 is an antibody-drug conjugate in development for solid tumors and other conditions of interest here.',
  'About Halcyon Bio, Inc.',
  'Halcyon Bio develops targeted therapies for patients with cancer and has offices in San Diego and Boston.',
  'Forward-Looking Statements',
  'This press release contains forward-looking statements that involve risks and uncertainties.',
  'Investor Contact:',
  'Dana Reyes, 858-555-0199',
  'Media Contact:',
  'Lee Park, press@halcyon.example',
].join('\n');

describe('structure', () => {
  it('joins a headline wrapped over two lines and reads a wire dateline', () => {
    const a = analyzeRelease('a.release', WRAPPED);
    assert.equal(a.title, 'Halcyon Bio Announces Clearance of Its Investigational New Drug Application for HX-330 for Patients with Advanced Solid Tumors');
    assert.equal(a.structure.headline!.line, 5);
    assert.equal(a.structure.headline!.endLine, 6);
    assert.equal(a.structure.banner!.text, 'HALCYON BIO');
    assert.equal(a.date, '2024-03-12');
    assert.equal(a.structure.dateline!.wire, 'Business Wire');
    assert.equal(a.structure.dateline!.place, 'SAN DIEGO');
    assert.equal(a.issuer, 'Halcyon Bio, Inc.');
    assert.deepEqual(a.structure.ticker, { exchange: 'NASDAQ', symbol: 'HLCN' });
  });

  it('finds sections with line ranges and nests contact sub-headings', () => {
    const a = analyzeRelease('a.release', WRAPPED);
    assert.deepEqual(
      a.structure.sections.map((s) => [s.kind, s.title, s.line, s.endLine, s.level]),
      [
        ['about', 'About HX-330', 9, 10, 1],
        ['about', 'About Halcyon Bio, Inc.', 11, 12, 1],
        ['forward-looking', 'Forward-Looking Statements', 13, 14, 1],
        ['contacts', 'Investor Contact', 15, 18, 1],
        ['contacts', 'Media Contact', 17, 18, 2],
      ],
    );
  });

  it('does not take an e-mail address under a contacts heading for a heading', () => {
    const text = `${WRAPPED.trimEnd()}\nmedia@halcyon.example\ninvestors@halcyon.example\n`;
    const titles = analyzeRelease('a.release', text).structure.sections.map((s) => s.title);
    assert.deepEqual(titles, ['About HX-330', 'About Halcyon Bio, Inc.', 'Forward-Looking Statements', 'Investor Contact', 'Media Contact']);
  });

  it('reads the same structure from CRLF text', () => {
    const lf = analyzeRelease('a.release', WRAPPED);
    const crlf = analyzeRelease('a.release', WRAPPED.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.structure, lf.structure);
    assert.deepEqual(crlf.mentions.map((m) => [m.kind, m.text, m.line, m.column]), lf.mentions.map((m) => [m.kind, m.text, m.line, m.column]));
  });

  it('reads a "Place, Date –" dateline without a wire service, and subheadlines', () => {
    const text = [
      'PRESS RELEASE',
      '',
      'Kestrel Pharma Acquires Halo 1130 from Aurelis',
      '',
      '— Transaction adds a clinical-stage ADC to the Kestrel portfolio —',
      '',
      'Lausanne, Switzerland and Boston, Mass., May 2, 2023 – Kestrel Pharma SA (SIX: KSTR) today announced the acquisition.',
      '',
      'This press release contains forward-looking statements.',
    ].join('\n');
    const a = analyzeRelease('b.txt', text);
    assert.equal(a.title, 'Kestrel Pharma Acquires Halo 1130 from Aurelis');
    assert.deepEqual(a.structure.subheadlines.map((s) => s.text), ['Transaction adds a clinical-stage ADC to the Kestrel portfolio']);
    assert.equal(a.date, '2023-05-02');
    assert.equal(a.structure.dateline!.place, 'Lausanne, Switzerland and Boston, Mass.');
    assert.equal(a.structure.dateline!.wire, undefined);
    assert.equal(a.issuer, 'Kestrel Pharma SA');
    assert.deepEqual(a.structure.sections.map((s) => [s.kind, s.line]), [['forward-looking', 9]]);
  });

  it('reads PR Newswire and GlobeNewswire datelines with the date inside', () => {
    const pr = analyzeRelease('c', 'Title Here About Something New\n\nBASEL, Switzerland, Jan. 8, 2025 /PRNewswire/ -- Orvia AG (SIX: ORV) today announced it.');
    assert.equal(pr.date, '2025-01-08');
    assert.equal(pr.structure.dateline!.wire, 'PR Newswire');
    const gn = analyzeRelease('d', 'Another Headline For Testing\n\nBOSTON, June 3, 2024 (GLOBE NEWSWIRE) -- Pelle Bio, Inc. (Nasdaq: PLB) today announced it.');
    assert.equal(gn.date, '2024-06-03');
    assert.equal(gn.structure.dateline!.wire, 'GlobeNewswire');
    assert.equal(gn.issuer, 'Pelle Bio, Inc.');
  });

  it('reads datelines whose parts a vertical bar separates', () => {
    const a = analyzeRelease('e', 'Orvia Reports Half-Year Results\n\nCOPENHAGEN, Denmark | October 5, 2017 | Orvia A/S today announced it.');
    assert.equal(a.date, '2017-10-05');
    assert.equal(a.structure.dateline!.place, 'COPENHAGEN, Denmark');
    assert.equal(analyzeRelease('f', 'Orvia Reports Half-Year Results\n\n05.10.2017 | Orvia SE today announced it.').date, '2017-10-05');
  });

  it('takes a company line above "Press Release" for the banner, and skips a contact line above the headline', () => {
    const a = analyzeRelease('g', 'Orvia Therapeutics\n\nPress Release\n\nOrvia Announces Positive Phase 2 Results for OV-101\n\nBOSTON, Oct. 5, 2017 /PRNewswire/ -- Orvia today announced it.');
    assert.equal(a.title, 'Orvia Announces Positive Phase 2 Results for OV-101');
    assert.equal(a.structure.banner?.text, 'Orvia Therapeutics Press Release');
    const b = analyzeRelease('h', 'FOR IMMEDIATE RELEASE\nContact: Jane Doe, 555-0100\n\nOrvia Announces Phase 2 Results\nfor OV-101 in Lung Cancer\n\nBOSTON, Oct. 5, 2017 -- Orvia today announced it.');
    assert.equal(b.title, 'Orvia Announces Phase 2 Results for OV-101 in Lung Cancer');
  });

  it('takes the company whose ticker the lead gives for the issuer, when the lead names two', () => {
    const a = analyzeRelease('j', 'Orvia and Calder Enter License Agreement\n\nBOSTON, May 1, 2024 -- Orvia Therapeutics, Inc. and Calder Oncology NV (Euronext Brussels: CALD) today announced a license agreement.');
    assert.equal(a.issuer, 'Calder Oncology NV');
    assert.equal(a.structure.ticker?.symbol, 'CALD');
    assert.equal(analyzeRelease('k', 'Orvia Reports\n\nBOSTON, May 1, 2024 -- Johnson and Orvia Inc. (NYSE: JO) today said.').issuer, 'Johnson and Orvia Inc.');
  });

  it('takes the first company for the issuer when the lead names two with tickers, or two without', () => {
    const listed = analyzeRelease('j', 'Orvia and Calder Enter License Agreement\n\nBOSTON, May 1, 2024 -- Orvia Therapeutics GmbH (Frankfurt: ORV) and Calder Oncology NV (Euronext Brussels: CALD) today announced a license agreement.');
    assert.equal(listed.issuer, 'Orvia Therapeutics GmbH');
    const unlisted = analyzeRelease('u', 'Orvia and Calder Enter License Agreement\n\nBOSTON, May 1, 2024 -- Orvia Therapeutics, Ltd and Calder Oncology Limited today announced a license agreement.');
    assert.equal(unlisted.issuer, 'Orvia Therapeutics Ltd');
  });

  it('reads a dateline with a time between its date and the separator, in parentheses or not, and with no place', () => {
    for (const line of ['Leiden, The Netherlands, 3 March 2025 (07:00 CET) — Orvia N.V. announced news.', 'March 3, 2025 08:00 ET | Source: Orvia Bio, Inc.']) {
      const a = analyzeRelease('t', `Orvia Announces Phase 2 Results\n\n${line}\n`);
      assert.equal(a.date, '2025-03-03', line);
      assert.equal(a.title, 'Orvia Announces Phase 2 Results', line);
    }
  });

  it('reads a "Published:" date line with a time', () => {
    assert.equal(analyzeRelease('i', 'Orvia Announces Phase 2 Results\n\nPublished: 2017-10-05 08:00:00 CEST\n\nOrvia AB (publ) today announced it.').date, '2017-10-05');
  });

  it('skips feed service lines before the headline', () => {
    const text = 'RNS Number : 1234A\nWrenfield Therapeutics plc\n11 June 2024\n\nResult of Placing and Phase 1b Data for WT 2120\n\nOxford, UK - Wrenfield Therapeutics plc (AIM: WRN) is pleased to announce the result of the placing announced yesterday and positive interim data.';
    const a = analyzeRelease('e', text);
    assert.equal(a.title, 'Result of Placing and Phase 1b Data for WT 2120');
    assert.equal(a.date, '2024-06-11');
    // The company's name in capitals ("PLC"), again under the date, and its short name.
    const named = analyzeRelease('e2', text.replace('plc\n11 June 2024\n', 'PLC\n11 June 2024\n\nWrenfield Therapeutics PLC\n("Wrenfield" or the "Company")\n'));
    assert.equal(named.title, 'Result of Placing and Phase 1b Data for WT 2120');
    // A news feed's company and keyword line, with or without its service's name.
    for (const feed of ['Orvia AG / Key word(s): Study results', 'EQS-News: Orvia AG / Key word(s): Study results']) {
      const b = analyzeRelease('f', `${feed}\nOrvia AG Announces Positive Phase 2 Data\n\nBasel, Switzerland, March 3, 2025 – Orvia AG (SIX: ORV) today announced data.`);
      assert.equal(b.title, 'Orvia AG Announces Positive Phase 2 Data', feed);
    }
    // An announcement's number on a line of its own, an embargo line, a wire page's share link.
    for (const top of ['Company announcement\nNo. 12/2025', 'Embargoed until 07:00 CET, 3 March 2025', 'EMBARGO: 3 March 2025, 07:00 CET', 'Share this article']) {
      const c = analyzeRelease('g', `${top}\n\nNordia Pharma announces topline results from the NORD-3 trial\n\nCopenhagen, Denmark, 3 March 2025 – Nordia Pharma A/S today announced results.`);
      assert.equal(c.title, 'Nordia Pharma announces topline results from the NORD-3 trial', top);
      assert.equal(c.date, '2025-03-03', top);
    }
  });
});

describe('a release copied from a company web page', () => {
  const lead = 'BOSTON, March 3, 2025 (GLOBE NEWSWIRE) -- Orvia Bio, Inc. (Nasdaq: ORVB) today announced results.';
  const head = (a: ReturnType<typeof analyzeRelease>) => [a.title, a.date, a.structure.subheadlines.map((s) => s.text)];

  it("skips the page's breadcrumb, its \"Download PDF\" and \"Source:\" lines and a second date line", () => {
    assert.deepEqual(head(analyzeRelease('w', `Home > Investors > News Releases\n\nNews Release Details\n\nOrvia Reports Phase 3 Results\n\n03/03/2025\n\nDownload PDF\n\nORV-101 met its primary endpoint\n\n${lead}`)), [
      'Orvia Reports Phase 3 Results', '2025-03-03', ['ORV-101 met its primary endpoint'],
    ]);
    assert.deepEqual(head(analyzeRelease('w', `Orvia Doses First Patient\nPublished: Mar 3, 2025\nSource: Orvia Bio, Inc.\n\n${lead}`)), ['Orvia Doses First Patient', '2025-03-03', []]);
    // A headline with ">" is no breadcrumb.
    assert.deepEqual(head(analyzeRelease('w', `Orvia Reports ORR > 50% in Phase 2\n\n${lead}`)), ['Orvia Reports ORR > 50% in Phase 2', '2025-03-03', []]);
    assert.deepEqual(head(analyzeRelease('w', `Monday, 3 March 2025\n\nOrvia AG: Positive Phase 2 data\n\nOrvia AG / Key word(s): Study results\n\n03.03.2025 / 07:00 CET/CEST\n\n${lead}`)), [
      'Orvia AG: Positive Phase 2 data', '2025-03-03', [],
    ]);
  });

  it('reads a date line with "at" and a time, a company line with a comma before its legal form, and a contacts block above the headline', () => {
    assert.deepEqual(head(analyzeRelease('w', `March 3, 2025 at 7:00 AM EST\n\nOrvia Reports Full Year 2024 Results\n\n- Cash runway into 2027 -\n\n${lead}`)), [
      'Orvia Reports Full Year 2024 Results', '2025-03-03', ['Cash runway into 2027'],
    ]);
    assert.deepEqual(head(analyzeRelease('w', `Orvia Bio, Inc.\nMar 3, 2025\n\nOrvia to Host R&D Day\n\n${lead}`)), ['Orvia to Host R&D Day', '2025-03-03', []]);
    assert.deepEqual(head(analyzeRelease('w', `PRESS RELEASE\n\nContact:\nJane Doe\njane@orvia.com\n\nORVIA ANNOUNCES FDA CLEARANCE OF IND FOR ORV-202\n\n${lead}`)), ['ORVIA ANNOUNCES FDA CLEARANCE OF IND FOR ORV-202', '2025-03-03', []]);
  });
});

describe("a listed company's announcement with the exchange's layout", () => {
  const announcement = (closing: string) =>
    [
      'Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for the contents of this announcement, make no representation as to its accuracy or completeness and expressly disclaim any liability whatsoever for any loss howsoever arising from or in reliance upon the whole or any part of the contents of this announcement.',
      '',
      'TALVEN BIOSCIENCES LIMITED',
      '(Incorporated in the Cayman Islands with limited liability)',
      '(Stock Code: 9921)',
      '',
      'VOLUNTARY ANNOUNCEMENT',
      'IND APPROVAL FOR TV-208 IN CHINA',
      '',
      'This announcement is made by Talven Biosciences Limited (the "Company", together with its subsidiaries, the "Group") on a voluntary basis to inform the shareholders of the Company and potential investors of the latest business development of the Group.',
      '',
      'The board of directors of the Company (the "Board") is pleased to announce that the IND application for TV-208, an anti-CD38 antibody, has been approved by the NMPA on 12 February 2025.',
      '',
      'By order of the Board',
      'Talven Biosciences Limited',
      closing,
      '',
      'As at the date of this announcement, the Board comprises Dr. Li Wei as executive Director.',
    ].join('\n');

  it('reads the headline under the disclaimer, company, incorporation and stock code lines, the issuer from "made by", the date from the signature', () => {
    const a = analyzeRelease('hk.txt', announcement('Hong Kong, 13 February 2025'));
    assert.equal(a.title, 'IND APPROVAL FOR TV-208 IN CHINA');
    assert.equal(a.date, '2025-02-13');
    assert.equal(a.issuer, 'Talven Biosciences Limited');
    assert.equal(a.structure.subheadlines.length, 0);
    // Without the signature's date there is none: the approval's date in the text is not the release's.
    assert.equal(analyzeRelease('hk.txt', announcement('Chairman')).date, undefined);
  });
});

describe('an ad hoc announcement with its place and date on a line of their own above the headline', () => {
  it('takes the line for the date, and the headline under it for the title', () => {
    const a = analyzeRelease(
      'adhoc.txt',
      'Ad hoc announcement pursuant to Art. 53 LR\n\nBasel, 3 March 2026\n\nVeltris AG reports positive phase II results for VLT-109\n\nVeltris AG (SIX: VLTR) today announced that the phase II GALAXY study of VLT-109 met its primary endpoint.\n',
    );
    assert.equal(a.title, 'Veltris AG reports positive phase II results for VLT-109');
    assert.equal(a.date, '2026-03-03');
    assert.equal(a.structure.subheadlines.length, 0);
  });
});

describe('structure of other layouts', () => {
  it('joins a headline wrapped over three lines, and keeps the bullets under it apart', () => {
    const a = analyzeRelease(
      'w.txt',
      'Tarnwell Therapeutics Receives FDA Regenerative Medicine Advanced\nTherapy (RMAT) Designation for TNW-104 in Late-Onset Pompe Disease and\nOutlines Path to BLA Submission\n\n- Designation supported by Phase 1/2 data showing sustained enzyme\n  activity through 18 months\n\nBOSTON, June 2, 2025 (GLOBE NEWSWIRE) -- Tarnwell Therapeutics, Inc. today announced the designation.\n',
    );
    assert.equal(a.title, 'Tarnwell Therapeutics Receives FDA Regenerative Medicine Advanced Therapy (RMAT) Designation for TNW-104 in Late-Onset Pompe Disease and Outlines Path to BLA Submission');
    assert.deepEqual(a.structure.subheadlines.map((s) => s.text), ['Designation supported by Phase 1/2 data showing sustained enzyme activity through 18 months']);
  });

  it('takes a company line with its listing for the banner, and a date line with a city and country, or a time zone written out', () => {
    const asx = analyzeRelease('q.txt', 'ASX ANNOUNCEMENT\n29 October 2025\n\nWattle Isotopes Limited (ASX: WIL)\n\nQuarterly Activities Report for the Quarter Ended 30 September 2025\n\nMELBOURNE, Australia -- Wattle Isotopes Limited is pleased to provide its quarterly activities report for the quarter.\n');
    assert.equal(asx.title, 'Quarterly Activities Report for the Quarter Ended 30 September 2025');
    assert.equal(asx.date, '2025-10-29');
    const lyon = analyzeRelease('l.txt', 'Press release\nLyon, France, 2 June 2025, 5:45 pm CEST\n\nOrvelle Therapeutics Enters into a License Agreement with Halden Pharma for OVL-5521\n\nOrvelle Therapeutics SA (Euronext: ORVL) today announced a license agreement with Halden Pharma for OVL-5521.\n');
    assert.equal(lyon.title, 'Orvelle Therapeutics Enters into a License Agreement with Halden Pharma for OVL-5521');
    assert.equal(lyon.date, '2025-06-02');
    const bw = analyzeRelease('b.txt', 'Kestlyn Bio to Acquire Pellmore Therapeutics\n\nTransaction expected to close in the first quarter of 2025\n\nNovember 18, 2024 06:45 AM Eastern Standard Time\n\nBOSTON--(BUSINESS WIRE)--Kestlyn Bio, Inc. (NYSE: KSTL) today announced that it will acquire Pellmore Therapeutics.\n');
    assert.equal(bw.title, 'Kestlyn Bio to Acquire Pellmore Therapeutics');
    assert.equal(bw.date, '2024-11-18');
    assert.deepEqual(bw.structure.subheadlines.map((s) => s.text), ['Transaction expected to close in the first quarter of 2025']);
  });

  it("reads the headline of an RNS announcement under its feed's notices, its company line and a second date line", () => {
    const text = [
      'RNS Number : 4821Q',
      'Thornmere Therapeutics PLC',
      '02 June 2025',
      '',
      'THIS ANNOUNCEMENT AND THE INFORMATION CONTAINED HEREIN IS RESTRICTED AND IS NOT FOR PUBLICATION, RELEASE OR DISTRIBUTION, IN WHOLE OR IN PART, DIRECTLY OR INDIRECTLY, IN, INTO OR FROM THE UNITED STATES OR ANY OTHER JURISDICTION IN WHICH THE SAME WOULD BE UNLAWFUL.',
      '',
      'For immediate release',
      '',
      '2 June 2025',
      '',
      'Thornmere Therapeutics plc',
      '("Thornmere", the "Company" or the "Group")',
      '',
      'Proposed Placing to raise approximately £18.0 million',
      'and',
      'FDA Orphan Drug Designation granted to TMT-1107',
      '',
      'Thornmere Therapeutics plc (AIM: TMRE), the rare disease company developing enzyme replacement therapies for lysosomal storage disorders, is pleased to announce a proposed fundraising.',
    ].join('\n');
    const a = analyzeRelease('r.txt', text);
    assert.equal(a.title, 'Proposed Placing to raise approximately £18.0 million and FDA Orphan Drug Designation granted to TMT-1107');
    assert.equal(a.date, '2025-06-02');
  });

  it('takes "Media and Investor Release" and the company line above it for the banner', () => {
    const a = analyzeRelease('m.txt', 'HELVORA AG\nMedia and Investor Release\n\nBasel, 24 April 2025\n\nHelvora delivers 9% sales growth in first-quarter 2025\n\nHelvora AG (SIX: HELV) today reported group sales of CHF 4,862 million for the first quarter of 2025, an increase of 9% at constant exchange rates.\n');
    assert.equal(a.title, 'Helvora delivers 9% sales growth in first-quarter 2025');
    assert.equal(a.date, '2025-04-24');
  });

  it('reads a dateline whose parts a capital I separates', () => {
    const a = analyzeRelease('t.txt', 'Hoshiyama Pharma Reports Third Quarter Results\n\nTOKYO, Japan I February 6, 2025 I Hoshiyama Pharma Co., Ltd. (TSE: 4599) today announced its results.\n');
    assert.equal(a.date, '2025-02-06');
    assert.equal(a.structure.dateline?.place, 'TOKYO, Japan');
    assert.equal(a.issuer, 'Hoshiyama Pharma Co., Ltd.');
  });
});

describe('structure without blank lines', () => {
  it('finds headline, dateline and sections when paragraphs are not separated', () => {
    const text = [
      'PRESS RELEASE',
      'Pelle Bio Acquires Rights to PB-330 from Orvia',
      '- Deal adds a Phase 2 asset -',
      'ZUG, Switzerland, Oct. 2, 2024 – Pelle Bio AG (SIX: PLLB) today announced the acquisition of PB-330, an anti-CD38 antibody, from Orvia Bio.',
      'Pelle Bio paid CHF 12 million upfront.',
      'About PB-330',
      'PB-330 is an investigational antibody being developed for multiple myeloma in several countries around the world.',
      'About Pelle Bio AG',
      'Pelle Bio is a Swiss company that develops antibodies for hematologic cancers and autoimmune diseases.',
      'Contacts:',
      'Ana Ruiz, +41 41 555 01 22',
    ].join('\n');
    const a = analyzeRelease('p.txt', text);
    assert.equal(a.title, 'Pelle Bio Acquires Rights to PB-330 from Orvia');
    assert.deepEqual(a.structure.subheadlines.map((s) => s.text), ['Deal adds a Phase 2 asset']);
    assert.equal(a.date, '2024-10-02');
    assert.equal(a.issuer, 'Pelle Bio AG');
    assert.deepEqual(a.structure.sections.map((s) => [s.title, s.line, s.endLine]), [
      ['About PB-330', 6, 7],
      ['About Pelle Bio AG', 8, 9],
      ['Contacts', 10, 11],
    ]);
  });
});
