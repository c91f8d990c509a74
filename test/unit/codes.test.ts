import * as assert from 'node:assert/strict';
import { texts, values } from './helpers';

describe('drug codes', () => {
  const shapes = [
    'IMGN632', 'Debio 1562', 'SAR650984', 'T-DM1', 'DM4', 'DGN549', 'huC242-DM4', 'MK-3475', 'BMS-986016',
    'PF-06647020', 'LY3009120', 'GSK2857916', 'DS-8201a', 'AMG 510', 'REGN2810', 'VX-809', 'TAK-788', 'SAR3419',
    'BNT162b2', 'mRNA-1273', 'BGB-A317', 'E7080', 'E-7080', 'JR-141',
  ];
  for (const code of shapes) {
    it(`finds ${code}`, () => {
      assert.deepEqual(texts(`The company advanced ${code} into the clinic.`, 'drug-code'), [code]);
    });
  }

  // Shapes that need nothing around them: a known prefix's letter-led number, a name armed with a known payload.
  // So do a digit-led prefix, a capital and digit after a letter-led number, a known prefix's pair of numbers,
  // and capitals and a number followed by a second number.
  for (const code of ['HuMax-TF-ADC', 'HuMax-CD20', 'HuMax-AXL-ADC', 'SGN-LIV1A', 'SGN-B6A', 'ALT-P7', 'Dato-DXd', 'HER3-DXd', '9MW2821', 'QX-B01D1', 'BAY 94-9343', 'Debio 1562M', 'QRX-CLS-484', 'NNC0385-0434', 'QX126-262']) {
    it(`finds ${code}`, () => {
      assert.deepEqual(texts(`The company advanced ${code} into the clinic.`, 'drug-code'), [code]);
    });
  }

  // Shapes that genes, versions and grades share: codes where the text says so, and not otherwise.
  for (const code of ['ASG-22ME', 'AGS-15E', 'AGS-16C3F', 'AGS67E', 'AGS62P1', 'U3-1402', 'QRX-B6A', 'S-649266', 'A-166', 'A166', 'Zyn022', 'XmAb22841', 'TORL-1-23', 'QLTA-2001', 'D-1553', 'IGM-8444', 'PR-4455', 'PR4455', 'CR845', 'PD-0325901', 'MD1003', 'MD-706', 'NR-201', 'CY-3149', 'ZN-c3', 'ASN004', 'ACR-368']) {
    it(`finds ${code} where the text says it is a drug, and only there`, () => {
      assert.deepEqual(texts(`The company advanced ${code}, an antibody-drug conjugate, into the clinic.`, 'drug-code'), [code]);
      assert.deepEqual(texts(`In the trial, ${code} was noted.`, 'drug-code'), []);
    });
  }

  it("finds a code of a shape genes and grades share where the release shows the same company prefix is a code's", () => {
    assert.deepEqual(texts('QLTA-2001, an antibody-drug conjugate, advanced.\n\nIn the trial, QLTA-2002 was noted, as was MD-706 and IGM-2024.', 'drug-code'), ['QLTA-2001', 'QLTA-2002']);
    assert.deepEqual(texts('MD-706, an oral inhibitor, and MD-1099 and MD1003 advanced; PD-0325901 was noted.', 'drug-code'), ['MD-706', 'MD-1099']);
  });

  it("reads a measure's abbreviation and a number as no code without a drug's context", () => {
    assert.deepEqual(texts('Patients had a PR-1234 response; CR 100 and ORR 2023 were reported, IGM-2024 too, as was IgG-4 disease.', 'drug-code'), []);
  });

  it('reads a medical meeting and its year as no code', () => {
    assert.deepEqual(texts('Data for the drug were presented at ASCO 2024, ASH2023 and ACR-2025, a meeting of rheumatologists.', 'drug-code'), []);
  });

  it('reads an address, a degree, a calendar year and "not reported" as no code', () => {
    assert.deepEqual(texts('Write to 9600 Main Road, Rockville, MD 20850. Jane Doe, MD, PhD, led it. CY 2023 sales rose; median OS was NR-180 days.', 'drug-code'), []);
    assert.deepEqual(texts('From Carrow Securities, 410 Park Avenue, New York,\nNY 10022, or One Federal Street, Boston, MA 02110; AMG 51022 is a code.', 'drug-code'), ['AMG 51022']);
  });

  it('reads a code before a generic name in brackets as a drug', () => {
    assert.deepEqual(texts('Data for PR7721 (velocitinib) and IGM-2323(imvotamab) were shown; Model X500 (aluminum) and CR100 (Tablets) were not.', 'drug-code'), ['PR7721', 'IGM-2323']);
  });

  // What says so: an appositive, a sentence whose subject the code is, a trial of it.
  for (const sentence of [
    'QLTA-2001, an investigational in vivo gene editing therapy, is in Phase 3.',
    'QLTA-2001 is an investigational, in vivo CRISPR/Cas9 gene editing therapy.',
    'D-1553 was an oral KRAS G12C inhibitor.',
    'The Phase 3 trial of QLTA-2001 enrolled its first patient.',
    'A Phase 1 study evaluating D-1553 began.',
    "The FDA granted Orphan Drug Designation to QLTA-02, the Company's antisense oligonucleotide.",
    'The FDA granted Fast Track designation for QLTA-02 in 2024.',
    'Data for enfortumab vedotin (ASG-22ME) were presented.',
    'Data for zilovertamab vedotin (QRX-B6A) were presented.',
    'Data for the program (QRX-B6A), an oral inhibitor, were presented.',
    'QLTA-2001 is an investigational drug for gout.',
    'QLTA-2001, an oral medicine, was well tolerated.',
  ]) {
    it(`reads a code that needs context in ${JSON.stringify(sentence)}`, () => {
      assert.equal(texts(sentence, 'drug-code').length, 1);
    });
  }

  it('reads an abbreviated disease as the disease, not as the gene of the same name', () => {
    assert.deepEqual(texts('QLTA-2001 is in a trial in Duchenne muscular dystrophy (DMD). DMD affects boys.', 'target'), []);
    assert.deepEqual(texts('QLTA-2001 is in a trial in Duchenne muscular dystrophy (DMD).', 'indication'), ['Duchenne muscular dystrophy', 'DMD']);
  });

  it('reads two-digit codes that the text puts in a phase, and not trials called Phase 3 trials', () => {
    assert.deepEqual(texts('TX-45 and RP-72 are in Phase 1b. QZ-19 entered Phase 2 in May.', 'drug-code'), ['TX-45', 'RP-72', 'QZ-19']);
    assert.deepEqual(texts('ORCA-12 is a Phase 3 trial. TX-45 is a Phase 2 study.', 'drug-code'), []);
  });

  it("does not take a rating scale's or a trial-in-progress abstract's name for a code", () => {
    const sentence = 'With MK-3475, HAM-D17, ADAS-Cog13 and QLQ-C30 scores improved (Poster 1534P and TPS3145).';
    assert.deepEqual(texts(sentence, 'drug-code'), ['MK-3475']);
  });

  it('does not take eGFR, a kidney measure, for the target EGFR', () => {
    assert.deepEqual(texts('QLTA-2001 kept eGFR stable and bound EGFR.', 'target'), ['EGFR']);
  });

  it('does not take a year-numbered meeting for a code where nothing says it is a drug', () => {
    assert.deepEqual(texts('Data from QLTA-2001 were shown at ASCO-2024, the largest meeting, and at BIO-2024.', 'drug-code'), []);
  });

  it('reads a code labelled with its isotope, a companion diagnostic\'s code, and no element and mass number', () => {
    assert.deepEqual(
      texts('177Lu-QRB-117, 64Cu-QRB-410, [225Ac]Ac-QRS-6021, 212Pb-QWR-301, 177Lu-PSMA-617, 68Ga-PSMA-11 and QRS-6021-CDx use lead-212, Lead-203, Lu-177 and actinium-225.', 'drug-code'),
      ['177Lu-QRB-117', '64Cu-QRB-410', '[225Ac]Ac-QRS-6021', '212Pb-QWR-301', '177Lu-PSMA-617', '68Ga-PSMA-11', 'QRS-6021-CDx'],
    );
    // Not codes: an isotope and a chemical's name, a target's name and a number without an isotope.
    assert.deepEqual(texts('Uses 177Lu-DOTATATE and PSMA-617 in the trial.', 'drug-code'), []);
  });

  it('reads a capital of no list and four digits where the text says so', () => {
    assert.deepEqual(texts('Kisaragi will contribute Q-2703, a STAT6-binding ligand. In the trial, Q-2704 was noted.', 'drug-code'), ['Q-2703']);
  });

  it('reads a digit-led prefix and a number, and a prefix and two digits, a capital and two digits where the text says so', () => {
    assert.deepEqual(texts('It licensed 7QX-3114 and 4QR-2290.', 'drug-code'), ['7QX-3114', '4QR-2290']);
    assert.deepEqual(texts('QRS-407, formerly QRL-17A07, is oral. In a trial, QRM-12A34 was noted.', 'drug-code'), ['QRS-407', 'QRL-17A07']);
  });

  it('finds a payload code by its context', () => {
    assert.deepEqual(texts('The ADC carries QM3, a novel topoisomerase payload.', 'drug-code'), ['QM3']);
    // Capitals and one digit, only where the text calls it a payload right beside it.
    assert.deepEqual(texts("It carries QXP-2, the Group's proprietary exatecan-derivative payload, and the payload, QPX-8.", 'drug-code'), ['QXP-2', 'QPX-8']);
    assert.deepEqual(texts('The ADC payload was tested in the COHORT-2 arm and with GRADE-3 toxicity.', 'drug-code'), []);
  });

  it("does not take a diagnostic's antibody clone for a code", () => {
    assert.deepEqual(texts('Tested with the VENTANA PD-L1 (SP263) Assay and clone SP142, while NKTR-214 test arms continue.', 'drug-code'), ['NKTR-214']);
  });

  it("reads a code's study number apart from the code", () => {
    assert.deepEqual(texts('Results of the QX632-0801 study of QX632 were presented.', 'drug-code'), ['QX632', 'QX632']);
  });

  it('splits codes joined by a slash into two mentions', () => {
    assert.deepEqual(texts('acquired NWT529/Halo 1562, an ADC', 'drug-code'), ['NWT529', 'Halo 1562']);
  });

  const lookAlikes = [
    'HER2', 'CD123', 'PD-1', 'PD-L1', 'IL-6', 'CDH6', 'KEYNOTE-006', 'NCT00796731', '10-K', 'LBA1', 'COVID-19',
    'Nasdaq: NWTX', 'Phase 3', 'Q3 2017', 'ASCO 2012', 'Suite 1200', 'Hall A2', 'E450a', 'KRAS G12C', 'B7-H3',
    'CheckMate-067', 'Form S-1', 'IgG1', 'H1N1', 'FY2017', 'Route 128', 'Study 301', '8:00 am', 'SWOG S1826',
    'Q3-2017', 'H1-2018', 'HPV-E6', 'CD3-1234', 'vc-MMAE', 'I-880', 'B-737', 'Q-2017', '2Q2017', '3QTR2019', 'Jan2017',
    'Office365', 'Suite 12-3456', 'QX 12-3456', 'BAY 94-9343-01', 'HLA-DR-153', 'ABC-DEF-2024', 'MK-3475-001', 'ACE2',
    'ENGOT-ov65', 'ISO13485-2016', 'QX12-2019', 'HT-100 facility', 'CT26 tumours', 'HEK293 cells', 'MDA-MB-231 xenografts',
    'the XR-17 cell line', 'HCPCS code J9354', 'permanent J-code J9354', 'ASC 606', 'ASU 2016-02', 'the BO17929 study', 'KCT0001234',
  ];
  for (const text of lookAlikes) {
    it(`does not take ${JSON.stringify(text)} for a code`, () => {
      assert.deepEqual(texts(`In the trial, ${text} was noted.`, 'drug-code'), []);
    });
  }

  it('reads a spaced code up to one final lower-case letter, and not a number that goes on after a mark', () => {
    assert.deepEqual(texts('The company advanced AB 1234a, AB 1234-5, AB 1234.5 and AB 1234:5 into the clinic.', 'drug-code'), ['AB 1234a']);
  });

  it('marks targets stated with a cue', () => {
    assert.deepEqual(texts('an anti-CD37 ADC and a CDH6-targeting ADC against FRα', 'target'), ['CD37', 'CDH6', 'FRα']);
    assert.deepEqual(texts('a WRN inhibitor for MTAP-deleted tumors, a CGRP antibody and an anti-Claudin 18.2 ADC', 'target'), ['WRN', 'MTAP', 'CGRP', 'Claudin 18.2']);
    // A receptor family, a hyphen and its isoform's Greek letter, before a mechanism; not another list's capitals.
    assert.deepEqual(texts('a THR-β agonist, a PPAR-δ agonist, a PI3K-δ inhibitor, an ER-alpha degrader and an FDA-α inhibitor', 'target'), ['THR-β', 'PPAR-δ', 'PI3K-δ', 'ER-alpha']);
    // Claudin written as a word and a number takes the gene symbol, the value every other spelling of it has.
    assert.deepEqual(values('binds Claudin 18.2 on tumour cells; an anti-Claudin 6 ADC; a claudin-18.2 ADC; a CLDN18.2 antibody', 'target'), ['CLDN18.2', 'CLDN6', 'CLDN18.2', 'CLDN18.2']);
    // A known target with a capital inside; not a capitalised word that is also a target's name ("Met" as in "We Met").
    assert.deepEqual(texts('an FcRn blocker; Met with Kit and Ret', 'target'), ['FcRn']);
    assert.deepEqual(texts('a bispecific targeting BAFF and APRIL, a TACI fusion protein, an anti-BLyS antibody, an IgE-targeting antibody and a Polθ inhibitor', 'target'), ['BAFF', 'APRIL', 'TACI', 'BLyS', 'IgE', 'Polθ']);
    assert.deepEqual(texts('an ADC targeting c-KIT, one targeting gpNMB and a carbonic anhydrase IX (CA-IX) targeting ADC', 'target'), ['c-KIT', 'gpNMB', 'CA-IX']);
    // Two known targets joined by a small x in one word; not a word whose parts are no known targets.
    assert.deepEqual(texts('a CD20xCD3 antibody, a BCMAxCD3 bispecific, GPRC5DxCD3, ABCxCD3 and CD20xQ9', 'target'), ['CD20', 'CD3', 'BCMA', 'CD3', 'GPRC5D', 'CD3']);
    // …or a target family's numbered member: "CD28", "CD16A"; not capitals of no family ("QX28").
    assert.deepEqual(texts('a PSMAxCD28 bispecific, an EGFRxCD16A engager and MUC16xQX28', 'target'), ['PSMA', 'CD28', 'EGFR', 'CD16A']);
  });
});
