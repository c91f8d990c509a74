import * as assert from 'node:assert/strict';
import { analyzeRelease } from '../../src/core/analyze';
import { release, texts, values } from './helpers';

describe('other mentions', () => {
  it('finds INNs, joining an antibody and its payload', () => {
    assert.deepEqual(texts('mirvetuximab soravtansine and isatuximab with ado-trastuzumab emtansine', 'drug-name'), [
      'mirvetuximab soravtansine',
      'isatuximab',
      'ado-trastuzumab emtansine',
    ]);
  });

  it('joins an antibody and any payload or conjugate word, also one written alone', () => {
    assert.deepEqual(texts('vadastuximab talirine, loncastuximab tesirine, inotuzumab ozogamicin, trastuzumab duocarmazine, moxetumomab pasudotox and ibritumomab tiuxetan', 'drug-name'), [
      'vadastuximab talirine', 'loncastuximab tesirine', 'inotuzumab ozogamicin', 'trastuzumab duocarmazine', 'moxetumomab pasudotox', 'ibritumomab tiuxetan',
    ]);
  });

  it("joins a protein's alfa or beta to its name", () => {
    assert.deepEqual(texts('efgartigimod alfa and bintrafusp alfa, with peginterferon alfa-2a', 'drug-name'), ['efgartigimod alfa', 'bintrafusp alfa']);
  });

  it('finds INNs of newer stems: KRAS inhibitors, bispecifics, artificial antibodies, mRNA, antiandrogens', () => {
    assert.deepEqual(texts('sotorasib, linvoseltamig, tobevibart, tozinameran, enzalutamide, tazemetostat and sitagliptin', 'drug-name'), [
      'sotorasib', 'linvoseltamig', 'tobevibart', 'tozinameran', 'enzalutamide', 'tazemetostat', 'sitagliptin',
    ]);
    assert.deepEqual(texts('Offices in Hobart and a talk by Bart.', 'drug-name'), []);
  });

  it('finds INNs of oral GLP-1 agonists and of cell therapies, a gene-modified one with both its words', () => {
    assert.deepEqual(texts('orforglipron and danuglipron; zimislecel, exagamglogene autotemcel, axicabtagene ciloleucel and lifileucel', 'drug-name'), [
      'orforglipron', 'danuglipron', 'zimislecel', 'exagamglogene autotemcel', 'axicabtagene ciloleucel', 'lifileucel',
    ]);
  });

  it('finds the short names of cell therapies, and keeps them with their generic name and code', () => {
    assert.deepEqual(texts('Zelmacabtagene autoleucel (zelma-cel; NWT-4528) and obe-cel. Zelma-cel data; a 5-cel array, stem-cell and NK-cell lines, CAR-T-cells.', 'drug-name'), [
      'Zelmacabtagene autoleucel', 'zelma-cel', 'obe-cel', 'Zelma-cel',
    ]);
    const a = analyzeRelease('t.release', release('Zelmacabtagene autoleucel (zelma-cel; NWT-4528), a BCMA-directed CAR-T cell therapy, is approved.'));
    assert.deepEqual(a.programs.map((p) => [p.names.join(' / '), p.target?.value ?? null]), [['NWT-4528 / Zelmacabtagene autoleucel / zelma-cel', 'BCMA']]);
  });

  it("does not take a patient group's earlier treatment or a likeness for a drug of the release", () => {
    const sentence = 'Patients with lenalidomide-refractory myeloma, pembrolizumab-naïve or trastuzumab-pretreated disease got a nivolumab-like antibody, tisotumab vedotin-tftv and rituximab-free regimens.';
    assert.deepEqual(texts(sentence, 'drug-name'), ['tisotumab vedotin-tftv', 'rituximab']);
  });

  it('does not take English words for INNs', () => {
    assert.deepEqual(texts('the peptide concept was accepted in a riptide of nucleotides; an amide bond; a vedotin ADC', 'drug-name'), []);
  });

  it('finds marked brands and their later unmarked mentions', () => {
    assert.deepEqual(texts('Kadcyla® and Rituxan[®] are brands. Later Kadcyla again.', 'brand'), ['Kadcyla', 'Rituxan', 'Kadcyla']);
  });

  it('finds unmarked brands in parentheses right after their generic name, and their later mentions', () => {
    assert.deepEqual(texts('Approved: sefrolimab-xkvn (Voltrava) and nivolumab (QARVEX; BMS-936558). Voltrava launches.', 'brand'), ['Voltrava', 'QARVEX', 'Voltrava']);
    assert.deepEqual(texts('Given: nivolumab (Monotherapy) and nivolumab (Q2W).', 'brand'), []);
  });

  it('finds the brands of approved medicines unmarked, written as in running text or in capitals', () => {
    assert.deepEqual(texts('Enhertu is a HER2-directed ADC; patients had KEYTRUDA before. Enhertus and Keytrudas are no brands.', 'brand'), ['Enhertu', 'KEYTRUDA']);
  });

  it('finds unmarked brands right before their generic name in parentheses, and their later mentions', () => {
    assert.deepEqual(texts('The FDA approved Voltrava (sefrolimab-xkvn) and OPDIVO (nivolumab, BMS). Voltrava launches.', 'brand'), ['Voltrava', 'OPDIVO', 'Voltrava']);
    assert.deepEqual(texts('Monotherapy (nivolumab) and non-Voltrava (pembrolizumab) and a PD-1 inhibitor (pembrolizumab) and Voltrava nivolumab.', 'brand'), []);
  });

  it('normalises phases', () => {
    assert.deepEqual(values('a Phase 1b/2 trial, a Phase III study and phase Ib/II data', 'phase'), ['1b/2', '3', '1b/2']);
  });

  it('finds indications with canonical names', () => {
    assert.deepEqual(values('patients with AML and platinum-resistant ovarian cancer', 'indication'), [
      'acute myeloid leukemia',
      'platinum-resistant ovarian cancer',
    ]);
    assert.deepEqual(values('in hereditary angioedema (HAE), IgA nephropathy and eosinophilic esophagitis', 'indication'), [
      'hereditary angioedema',
      'hereditary angioedema',
      'IgA nephropathy',
      'eosinophilic esophagitis',
    ]);
    assert.deepEqual(values('in gastric adenocarcinoma, gastroesophageal junction adenocarcinomas and GEJ cancer', 'indication'), [
      'gastric adenocarcinoma',
      'gastroesophageal junction adenocarcinoma',
      'GEJ cancer',
    ]);
    assert.deepEqual(values('in overactive bladder (OAB), HFpEF, Alport syndrome and attention-deficit hyperactivity disorder', 'indication'), [
      'overactive bladder',
      'overactive bladder',
      'heart failure with preserved ejection fraction',
      'Alport syndrome',
      'attention-deficit hyperactivity disorder',
    ]);
  });

  it('reads a disease named after a target as the disease, and the target elsewhere as a target', () => {
    const body = 'QX-77, a C3 inhibitor, is in Phase 2 in C3 glomerulopathy (C3G).';
    assert.deepEqual(values(body, 'indication'), ['C3 glomerulopathy', 'C3 glomerulopathy']);
    assert.deepEqual(texts(body, 'target'), ['C3']);
  });

  it('reads each organ of a list that shares one tumour word as an indication of its own', () => {
    assert.deepEqual(values('QX-77 is in Phase 2 in Breast and gastric cancers, in ovarian, endometrial, and cervical cancers, and in gastric or GEJ adenocarcinoma.', 'indication'), [
      'breast cancer',
      'gastric cancer',
      'ovarian cancer',
      'endometrial cancer',
      'cervical cancer',
      'gastric adenocarcinoma',
      'GEJ adenocarcinoma',
    ]);
    assert.deepEqual(texts('QX-77 is in Phase 2 in ovarian, endometrial and cervical cancers.', 'indication'), ['ovarian', 'endometrial', 'cervical cancers']);
    // An organ joined by a hyphen, or a list with an "and" inside an organ's name, is not read back over.
    assert.deepEqual(values('in colon-and rectal cancer, and in head and neck and lung cancers', 'indication'), ['rectal cancer', 'lung cancer']);
  });

  it('finds indications spelled in British English or with blanks for hyphens, under the American name', () => {
    assert.deepEqual(values('in acute myeloid leukaemia, haemophilia A, oesophageal cancer and advanced solid tumours', 'indication'), [
      'acute myeloid leukemia',
      'hemophilia A',
      'esophageal cancer',
      'advanced solid tumors',
    ]);
    assert.deepEqual(values('in diffuse large B cell lymphoma, triple negative breast cancer and graft versus host disease', 'indication'), [
      'diffuse large B-cell lymphoma',
      'triple-negative breast cancer',
      'graft-versus-host disease',
    ]);
    // "non small cell" is not small cell lung cancer; "non-Hodgkin's" runs on to a capital its first part lacks.
    assert.deepEqual(values("in non small cell lung cancer and Non-Hodgkin's lymphoma", 'indication'), ['non-small cell lung cancer', "non-Hodgkin's lymphoma"]);
  });

  it('finds indications spelled with or without their accents, under one name', () => {
    assert.deepEqual(
      values("in Sjögren's syndrome and Sjogren’s syndrome, SJÖGREN'S DISEASE, Waldenstrom macroglobulinemia, Guillain-Barre syndrome and Behçet’s disease", 'indication'),
      ["Sjögren's syndrome", "Sjögren's syndrome", "Sjögren's disease", 'Waldenström macroglobulinemia', 'Guillain-Barré syndrome', "Behçet's disease"],
    );
    // A word that only folds to a lexicon word is not taken: the whole phrase must follow.
    assert.deepEqual(values('Sjögren reported results; the Waldenström group met', 'indication'), []);
  });

  it("finds trial ids of registries other than ClinicalTrials.gov", () => {
    assert.deepEqual(texts('Registered as ISRCTN12345678, jRCT2031200001, ACTRN12619000123456 and KCT0001234.', 'trial-id'), ['ISRCTN12345678', 'jRCT2031200001', 'ACTRN12619000123456', 'KCT0001234']);
  });

  it('finds tickers, trial ids, percents, urls, emails and phones', () => {
    const body = 'Partner (NYSE: HLX) ran NCT05123456 with 17% and 25-30% responses. See www.northwind.example or https://ir.northwind.example/news. Mail ir@northwind.example or call 617-555-0142 or +41 21 555 01 11.';
    assert.deepEqual(texts(body, 'ticker'), ['NYSE: HLX']);
    assert.deepEqual(texts(body, 'trial-id'), ['NCT05123456']);
    assert.deepEqual(values(body, 'percent'), [17, 25]);
    assert.deepEqual(texts(body, 'url'), ['www.northwind.example', 'https://ir.northwind.example/news']);
    assert.deepEqual(texts(body, 'email'), ['ir@northwind.example']);
    assert.deepEqual(texts(body, 'phone'), ['617-555-0142', '+41 21 555 01 11']);
  });

  it('reads an area code in parentheses as part of a phone number', () => {
    const body = 'Call (617) 555-0142, +1 (617) 555-0199 or (617 555-0143 today.';
    assert.deepEqual(texts(body, 'phone'), ['(617) 555-0142', '+1 (617) 555-0199']);
  });
});

describe('short names of a generic name', () => {
  it('are drug codes beside the generic name and wherever else the release writes them', () => {
    const body = 'Rovalpituzumab tesirine (Rova-T) was stopped. Teliso-V (telisotuzumab vedotin, NWT-399) advanced, as did NWT-536 (upifitamab rilsodotin, UpRi). Later, Rova-T data and UpRi data came.';
    assert.deepEqual(texts(body, 'drug-code'), ['Rova-T', 'Teliso-V', 'NWT-399', 'NWT-536', 'UpRi', 'Rova-T', 'UpRi']);
  });

  it('are made of the generic name\'s own letters', () => {
    // "Mira-T" does not start "rovalpituzumab"; "Rova" alone has no second part; "(ESMO)" is an acronym.
    assert.deepEqual(texts('Rovalpituzumab tesirine (Mira-T) and rovalpituzumab tesirine (Rova) and rovalpituzumab tesirine (ESMO) were shown.', 'drug-code'), []);
    // The words are the generic name's: a single word has no parts to shorten.
    assert.deepEqual(texts('Pembrolizumab (Pem-B) was given.', 'drug-code'), []);
  });
});

describe('surnames that end as generic names do', () => {
  it('are no drug names, where the generic name would be written in lower case too', () => {
    assert.deepEqual(texts('Dr. Anders Pedersen, Chief Medical Officer, said so. Contact: Mette Iversen. Halvorsen Pharma agreed.', 'drug-name'), []);
    assert.deepEqual(texts('Northwind Reports Tofersen Data\n\nThe data show that tofersen slowed decline.', 'drug-name'), ['Tofersen', 'tofersen']);
  });
});

describe('generic names of antibody–drug conjugates', () => {
  it('join newer antibody stems and payloads to their antibody', () => {
    assert.deepEqual(
      texts('Raludotatug deruxtecan, rinatabart sesutecan, pivekimab sunirine, farletuzumab ecteribulin and luveltamab tazevibulin advanced.', 'drug-name'),
      ['Raludotatug deruxtecan', 'rinatabart sesutecan', 'pivekimab sunirine', 'farletuzumab ecteribulin', 'luveltamab tazevibulin'],
    );
  });
});
