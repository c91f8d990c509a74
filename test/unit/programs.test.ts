import * as assert from 'node:assert/strict';
import { analyzeRelease } from '../../src/core/analyze';
import { addCompanyFact, CompanyNames } from '../../src/core/programs/companies';
import { withoutTails } from '../../src/core/programs/companyNames';
import { release, texts } from './helpers';
import type { CompanyFact, Fact } from '../../src/core/types';
import { mentionContext } from '../../src/core/text/context';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import { programCard } from '../../src/core/cards';
import { programStage } from '../../src/core/pipelineChart';

const EARLY = `Northwind Starts Phase 1 Trial of NWT-214

CAMBRIDGE, Mass., June 20, 2023 -- Northwind Therapeutics, Inc. (Nasdaq: NWT) today announced the first patient dosed in a Phase 1 trial of NWT-214, an anti-CLDN6 antibody-drug conjugate, in ovarian cancer.

NWT-214 uses the QM3 payload, a topoisomerase inhibitor.
`;

const LATER = `Halcyon Licenses NWT-214 and Starts Phase 2

SAN DIEGO, March 12, 2024 /PRNewswire/ -- Halcyon Bio, Inc. (Nasdaq: HLCN) today announced that it licensed NWT-214/HX214 from Northwind Therapeutics and dosed the first patient in a Phase 2 trial in NSCLC.

Under the agreement, Halcyon paid a $45 million upfront payment for NWT-214 and Northwind is eligible for up to $1.2 billion in milestones.

velbatuzumab zelvatecan (NWT-503), a HER3-targeting ADC, is also in development.
`;

describe('programs', () => {
  /** Each program's names and target in a release with `body` as its text. */
  const targets = (body: string) =>
    analyzeRelease('t.release', `Northwind Reports Progress\n\nCAMBRIDGE, Mass., June 20, 2023 -- Northwind Therapeutics, Inc. today announced news.\n\n${body}\n`).programs.map(
      (p) => [p.names.join(' / '), p.target?.value ?? null],
    );

  it('reads targets stated with a mechanism, for the name they describe', () => {
    assert.deepEqual(targets('NWT-451a, an oral SOS1 inhibitor, and NWT-209, a selective inhibitor of KRAS G12C, advanced.'), [
      ['NWT-451a', 'SOS1'],
      ['NWT-209', 'KRAS G12C'],
    ]);
    assert.deepEqual(targets('NWT-882 is an allosteric inhibitor of the paracaspase MALT1.'), [['NWT-882', 'MALT1']]);
    assert.deepEqual(targets('NWT-510 (nortorasib), a KRAS G12C inhibitor, is in Phase 2.'), [['NWT-510 / nortorasib', 'KRAS G12C']]);
    assert.deepEqual(targets('NWT-853 is a first-in-class ADC targeting folate receptor alpha (FRα).'), [['NWT-853', 'FRα']]);
    assert.deepEqual(targets('The lead candidate, NWT-B01D1, is an EGFR x HER3 bispecific ADC.'), [['NWT-B01D1', 'EGFR x HER3']]);
    assert.deepEqual(targets('NWT-8046 is a PD-L1-directed vedotin ADC.'), [['NWT-8046', 'PD-L1']]);
    assert.deepEqual(targets('NWT-371, our Claudin 18.2-directed bispecific, and NWT-217, a selective Nav1.7 blocker.'), [
      ['NWT-371', 'CLDN18.2'],
      ['NWT-217', 'Nav1.7'],
    ]);
    assert.deepEqual(targets('The pipeline includes NWT-521 (IL-17A/F) and NWT-610 (CLDN18.2).'), [
      ['NWT-521', 'IL-17A/F'],
      ['NWT-610', 'CLDN18.2'],
    ]);
    assert.deepEqual(targets('NWT-042, a GPRC5D x CD3 bispecific antibody, and NWT-101, an agonist of the GLP-1 receptor.'), [
      ['NWT-042', 'GPRC5D'],
      ['NWT-101', 'GLP-1 receptor'],
    ]);
    // The pair written as one word, and a T-cell engager as the mechanism.
    assert.deepEqual(targets('NWT-043, a DLL3 x CD3 T-cell engager, and NWT-044, a CD20xCD3 T-cell engaging bispecific antibody.'), [
      ['NWT-043', 'DLL3'],
      ['NWT-044', 'CD20'],
    ]);
    // The T cell's or NK cell's target, written first or not, is passed over, and a family member counts as one of the pair.
    assert.deepEqual(targets('NWT-045, a CD3xCD20 bispecific, NWT-046, a CD3 x BCMA T-cell engager, and NWT-047, a PSMAxCD28 costimulatory bispecific.'), [
      ['NWT-045', 'CD20'],
      ['NWT-046', 'BCMA'],
      ['NWT-047', 'PSMA'],
    ]);
    // Two targets joined by "and" after a word that says the drug acts on both (an engager's, the diseased cell's); two drugs' targets are not a pair.
    assert.deepEqual(targets('NWT-048, an allogeneic CAR-T targeting CD19 and CD22, and NWT-049, a bispecific targeting BCMA and CD3.'), [
      ['NWT-048', 'CD19 and CD22'],
      ['NWT-049', 'BCMA'],
    ]);
    assert.deepEqual(targets('NWT-050 targets HER2 and NWT-051 targets TROP2.'), [
      ['NWT-050', 'HER2'],
      ['NWT-051', 'TROP2'],
    ]);
    // "which targets the", "designed to … target", an exon between the target and its mechanism, an isoform's Greek letter.
    assert.deepEqual(targets('NWT-110, which targets the KRAS G12C mutation, is in Phase 1.'), [['NWT-110', 'KRAS G12C']]);
    assert.deepEqual(targets('NWT-111 is a next-generation EGFR exon 20 insertion inhibitor.'), [['NWT-111', 'EGFR']]);
    assert.deepEqual(targets('NWT-112 is designed to selectively target mutant PI3Kα.'), [['NWT-112', 'PI3Kα']]);
    // The kind of molecule between the cue and the target.
    assert.deepEqual(targets('NWT-113 is an ADC that targets the cell-surface antigen CEACAM5.'), [['NWT-113', 'CEACAM5']]);
    assert.deepEqual(targets('NWT-114 targets the receptor tyrosine kinase AXL.'), [['NWT-114', 'AXL']]);
    // Targets paired with names "respectively", and a name alone in parentheses after its target.
    assert.deepEqual(targets('NWT-115 and NWT-116, which target CD19 and CD22, respectively, are in Phase 1.'), [['NWT-115', 'CD19'], ['NWT-116', 'CD22']]);
    assert.deepEqual(targets('Its ADCs target HER2 (NWT-117), TROP2 (NWT-118) and B7-H3 (NWT-119).'), [['NWT-117', 'HER2'], ['NWT-118', 'TROP2'], ['NWT-119', 'B7-H3']]);
    assert.deepEqual(targets('Patients with HER2 (NWT-120 arm) responded.'), [['NWT-120', null]]);
    // An interleukin's receptor, amyloid beta and tau, and a kinase inhibitor or TKI.
    assert.deepEqual(targets('NWT-117 is an antibody that blocks IL-4Rα, and NWT-118 is an IL-6R antagonist.'), [['NWT-117', 'IL-4Rα'], ['NWT-118', 'IL-6R']]);
    assert.deepEqual(targets('NWT-119 is an anti-Aβ antibody and NWT-120 an anti-tau antibody.'), [['NWT-119', 'Aβ'], ['NWT-120', 'tau']]);
    assert.deepEqual(targets('NWT-121 is a HER2 tyrosine kinase inhibitor.'), [['NWT-121', 'HER2']]);
    assert.deepEqual(targets('NWT-122 is an EGFR TKI.'), [['NWT-122', 'EGFR']]);
    // Proteins written in lower case, a clotting factor, a class of a target's forms, target families on no list.
    assert.deepEqual(targets('NWT-123, an oral menin inhibitor, and NWT-124, a selective inhibitor of the menin–KMT2A interaction.'), [['NWT-123', 'menin'], ['NWT-124', 'menin']]);
    assert.deepEqual(targets('NWT-125 is an oral Factor XIa inhibitor, and NWT-126 is a plasma kallikrein inhibitor.'), [['NWT-125', 'factor XIa'], ['NWT-126', 'kallikrein']]);
    assert.deepEqual(targets('NWT-134, an oral amylin receptor agonist, is in Phase 1. NWT-135 is a receptor agonist.'), [['NWT-134', 'amylin receptor'], ['NWT-135', null]]);
    assert.deepEqual(targets('NWT-127, a pan-KRAS inhibitor, and NWT-128, a pan-FGFR inhibitor.'), [['NWT-127', 'pan-KRAS'], ['NWT-128', 'pan-FGFR']]);
    assert.deepEqual(targets('NWT-129 is an ATR inhibitor. NWT-130 is an HDAC inhibitor. NWT-131 is a MASP-2 inhibitor.'), [['NWT-129', 'ATR'], ['NWT-130', 'HDAC'], ['NWT-131', 'MASP-2']]);
    assert.deepEqual(targets('NWT-132 IS AN ORAL INHIBITOR; NWT-133 is an FDA-cleared agonist.'), [['NWT-132', null], ['NWT-133', null]]);
    // Targets of several members ("CDK4/6"), integrins by their chains, and a class word between the target and the mechanism.
    assert.deepEqual(targets('NWT-136, an oral CDK4/6 inhibitor, and NWT-137, a CDK2/4/6 inhibitor.'), [['NWT-136', 'CDK4/6'], ['NWT-137', 'CDK2/4/6']]);
    assert.deepEqual(targets('NWT-138 is an α4β7 integrin antagonist. NWT-139 is an oral CBL-B inhibitor.'), [['NWT-138', 'α4β7'], ['NWT-139', 'CBL-B']]);
    assert.deepEqual(targets('NWT-140 is a first-in-class WRN helicase inhibitor. NWT-141 is a selective TEAD1 protease degrader. NWT-142 is an oral POLQ polymerase inhibitor.'), [
      ['NWT-140', 'WRN'],
      ['NWT-141', 'TEAD1'],
      ['NWT-142', 'POLQ'],
    ]);
    // Two targets after "targeting both", two targets of a dual agonist, targets the lists learnt (TL1A, IL-23p19), a steroid's receptor with or without its abbreviation.
    assert.deepEqual(targets('NWT-145 is a bispecific antibody targeting both PD-1 and VEGF. NWT-146 is a GLP-1/GIP dual agonist.'), [['NWT-145', 'PD-1 and VEGF'], ['NWT-146', 'GLP-1/GIP']]);
    // A target after the appositive of the name before it and ", and" is the next name's.
    assert.deepEqual(targets('NWT-147, a long-acting amylin analogue, and the dual GIP and GLP-1 receptor agonist NWT-148 are in Phase 2.'), [['NWT-147', null], ['NWT-148', 'GIP and GLP-1 receptor']]);
    assert.deepEqual(targets('NWT-147 is a TL1A antibody. NWT-148 is an antibody that binds to IL-23p19.'), [['NWT-147', 'TL1A'], ['NWT-148', 'IL-23p19']]);
    // A pair in one word with a small "c" ("cMET"), and receptors written as symbols.
    assert.deepEqual(targets('NWT-151, an EGFRxcMET bispecific antibody, and NWT-152, a GLP-1R/GIPR dual agonist.'), [['NWT-151', 'EGFRxcMET'], ['NWT-152', 'GLP-1R/GIPR']]);
    // A gene's symbol the lists do not know, right after "targeting"; not a disease, a virus or a filing.
    assert.deepEqual(targets('NWT-153, an siRNA targeting ACVRL, is in Phase 1. NWT-154, a vaccine targeting RSV, and NWT-155, targeting NASH, are next; we are targeting IND submission.'), [
      ['NWT-153', 'ACVRL'],
      ['NWT-154', null],
      ['NWT-155', null],
    ]);
    assert.deepEqual(targets('NWT-149, an oral selective estrogen receptor degrader (SERD), and NWT-150, an androgen receptor (AR) degrader.'), [
      ['NWT-149', 'estrogen receptor'],
      ['NWT-150', 'androgen receptor'],
    ]);
    // Targets spelled out in words, after a cue or before one, under the name they usually go by; not without a cue.
    assert.deepEqual(targets('NWT-151 is an antibody targeting alpha-synuclein. NWT-152 is a monoclonal antibody against α-synuclein.'), [['NWT-151', 'alpha-synuclein'], ['NWT-152', 'alpha-synuclein']]);
    // ADC antigens written in words, under their symbols.
    assert.deepEqual(targets('NWT-161 is an ADC targeting tissue factor. NWT-162 is an antibody against folate receptor alpha. NWT-163 targets cadherin-6.'), [
      ['NWT-161', 'TF'], ['NWT-162', 'FRα'], ['NWT-163', 'CDH6'],
    ]);
    assert.deepEqual(targets('NWT-164 is in Phase 1. Tissue factor is expressed in tumors.'), [['NWT-164', null]]);
    // Claudins, spelled or joined, before "ADC" too; antigens of newer ADCs.
    assert.deepEqual(targets('NWT-171 (claudin 18.2 ADC) is in Phase 2. NWT-172 is a Claudin18.2-directed ADC. NWT-173 targets claudin 6. Claudin 18.2 is expressed in gastric cancer.'), [
      ['NWT-171', 'CLDN18.2'], ['NWT-172', 'CLDN18.2'], ['NWT-173', 'CLDN6'],
    ]);
    assert.deepEqual(targets('NWT-174, a 5T4-directed ADC, NWT-175, an anti-CLL-1 ADC, NWT-176, a uPAR-targeting ADC, and NWT-177, an anti-GARP antibody, advanced.'), [
      ['NWT-174', '5T4'], ['NWT-175', 'CLL-1'], ['NWT-176', 'uPAR'], ['NWT-177', 'GARP'],
    ]);
    assert.deepEqual(targets('NWT-153 is an anti-amyloid beta antibody. NWT-154 is an antibody targeting tau.'), [['NWT-153', 'amyloid beta'], ['NWT-154', 'tau']]);
    assert.deepEqual(targets('NWT-155 is an siRNA targeting apolipoprotein C-III. NWT-156 is an Lp(a)-lowering antisense oligonucleotide.'), [['NWT-155', 'APOC3'], ['NWT-156', 'Lp(a)']]);
    assert.deepEqual(targets('NWT-157 is an antibody targeting interleukin-17A. NWT-158 is an antibody against complement C5.'), [['NWT-157', 'IL-17A'], ['NWT-158', 'C5']]);
    assert.deepEqual(targets('NWT-159 reduces amyloid beta plaques. NWT-160 lowers lipoprotein(a) levels.'), [['NWT-159', null], ['NWT-160', null]]);
    // A receptor named by capitals, a Greek subtype, a family's word and a subtype's number; adjectives of the mechanism and an ion channel's ion between.
    assert.deepEqual(targets('NWT-161 is an NMDA receptor antagonist. NWT-162 is a selective β3-adrenergic receptor agonist.'), [['NWT-161', 'NMDA receptor'], ['NWT-162', 'β3-adrenergic receptor']]);
    assert.deepEqual(targets('NWT-163 is an orexin 2 receptor agonist. NWT-164 is a muscarinic M4 receptor agonist.'), [['NWT-163', 'orexin 2 receptor'], ['NWT-164', 'muscarinic M4 receptor']]);
    assert.deepEqual(targets('NWT-165 is a GABA-A receptor positive allosteric modulator. NWT-166 is a Kv7 potassium channel opener.'), [['NWT-165', 'GABA-A receptor'], ['NWT-166', 'Kv7']]);
    assert.deepEqual(targets('NWT-167 is a Phase 2 receptor agonist. NWT-168 is a GLP-1 receptor agonist. NWT-169 is the first FDA-approved receptor agonist.'), [
      ['NWT-167', null],
      ['NWT-168', 'GLP-1 receptor'],
      ['NWT-169', null],
    ]);
    // A target that is also a month, only where the words say it is one.
    assert.deepEqual(targets('NWT-143 is an anti-APRIL monoclonal antibody. NWT-144 data in APRIL 2024.'), [['NWT-143', 'APRIL'], ['NWT-144', null]]);
    // A name set off by dashes, and a known target with a capital inside ("FcRn").
    assert.deepEqual(targets('NWT-115 – a FcRn blocker – is in Phase 3.'), [['NWT-115', 'FcRn']]);
    assert.deepEqual(targets('NWT-116 - an EGFR inhibitor - is in Phase 1.'), [['NWT-116', 'EGFR']]);
    assert.deepEqual(targets('NWT-113, a novel anti-Claudin 18.2 monoclonal antibody, and NWT-114, an antibody against the CGRP receptor.'), [
      ['NWT-113', 'CLDN18.2'],
      ['NWT-114', 'CGRP'],
    ]);
    // A gene-shaped name before "receptor" and a mechanism is the target; "receptor" is kept only after a ligand.
    assert.deepEqual(targets('NWT-2216, an oral LPA3 receptor antagonist, is in Phase 2.'), [['NWT-2216', 'LPA3']]);
    assert.deepEqual(targets('NWT-101 is a selective small-molecule inhibitor of cyclin-dependent kinase 7 (CDK7).'), [['NWT-101', 'CDK7']]);
    assert.deepEqual(targets('NWT-108 is an oral small molecule designed to inhibit KRAS G12D.'), [['NWT-108', 'KRAS G12D']]);
    assert.deepEqual(targets('NWT-109 selectively degrades BRD9.'), [['NWT-109', 'BRD9']]);
    // A bispecific's two targets joined by a hyphen: the first is the program's.
    assert.deepEqual(targets('NWT-310 is a BCMA-CD3 bispecific antibody.'), [['NWT-310', 'BCMA']]);
    assert.deepEqual(targets('NWT-311 is an EGFR-MET bispecific antibody.'), [['NWT-311', 'EGFR']]);
    // The target's name in full after the verb, then its symbol.
    assert.deepEqual(targets('Indusatumab vedotin (NWT-264) targets guanylyl cyclase C (GCC).'), [['NWT-264 / Indusatumab vedotin', 'GCC']]);
    // Each sentence's target for its own program: "NaPi2b." ends a sentence.
    assert.deepEqual(targets('NWT-600 targets NaPi2b. Then NWT-264 targets guanylyl cyclase C (GCC).'), [['NWT-600', 'NaPi2b'], ['NWT-264', 'GCC']]);
    assert.deepEqual(targets('NWT-116 is a next-generation PARP1-selective inhibitor.'), [['NWT-116', 'PARP1']]);
    // Not a target of the program: what a drug given with it acts on.
    assert.deepEqual(targets('NWT-117 is given with drugs that inhibit CYP3A4.'), [['NWT-117', null]]);
  });

  it("reads a target from a pipeline table's row, as a cell of its own beside the program's name", () => {
    assert.deepEqual(targets('Program     Target    Indication      Stage\nNWT-101     HER2      Breast cancer   Phase 2\nNWT-202     CLDN18.2  Gastric cancer  Preclinical'), [
      ['NWT-101', 'HER2'],
      ['NWT-202', 'CLDN18.2'],
    ]);
    assert.deepEqual(targets('NWT-101 | TROP2 | NSCLC | Phase 1'), [['NWT-101', 'TROP2']]);
    // Not a word inside a cell, nor a row of two programs.
    assert.deepEqual(targets('NWT-101 | HER2-positive breast cancer | Phase 2'), [['NWT-101', null]]);
    assert.deepEqual(targets('NWT-101 and NWT-202 | HER2 | Phase 2'), [['NWT-101', null], ['NWT-202', null]]);
  });

  it('gives a target to the name it modifies, and not to a drug given with another', () => {
    assert.deepEqual(targets('The pipeline includes NWT-101, NWT-233 and the preclinical BCMA-directed degrader conjugate NWT-512.'), [
      ['NWT-101', null],
      ['NWT-233', null],
      ['NWT-512', 'BCMA'],
    ]);
    assert.deepEqual(targets('NWT-300 is studied in combination with a PD-1 inhibitor.'), [['NWT-300', null]]);
    // A description opening its sentence or clause, then the name between commas.
    assert.deepEqual(targets('NWT-101 leads. A second-generation MALT1 inhibitor from the same series, NWT-913, is wholly owned.'), [
      ['NWT-101', null],
      ['NWT-913', 'MALT1'],
    ]);
    assert.deepEqual(targets('Patients who received a PD-1 inhibitor in the past, NWT-913, a new drug, and placebo.'), [['NWT-913', null]]);
    assert.deepEqual(
      targets('NWT-214 is composed of huCL6, a humanized antibody directed against claudin 6 (CLDN6), joined through a cleavable linker to QM9, a topoisomerase-1 inhibitor.'),
      [['NWT-214', null], ['QM9', null]],
    );
    assert.deepEqual(targets('NWT-300 met its primary endpoint in a trial that enrolled patients with breast cancer who had received at least one prior anti-HER2 therapy.'), [['NWT-300', null]]);
  });

  it('reads the same words for a former name wherever the names stand', () => {
    for (const body of [
      'NWT-101 (previously known as QX-2264) read out.',
      'NWT-101, previously QX-2264, read out.',
      'NWT-101 (Nor-T; previously QX-2264) read out.',
    ]) {
      assert.deepEqual(targets(body), [['NWT-101 / QX-2264', null]], body);
    }
    assert.deepEqual(targets('NWT-101 (nortamab a.k.a. QX-2264) read out.'), [['NWT-101 / QX-2264 / nortamab', null]]);
    for (const body of [
      'NWT-201 (INN: zelotamab) read out.',
      'NWT-201 (proposed INN zelotamab) read out.',
      'NWT-201 (USAN: zelotamab) read out.',
      'NWT-201, now named zelotamab, read out.',
      'NWT-201, referred to as zelotamab in China, read out.',
      'NWT-201 (also referred to as zelotamab) read out.',
      'NWT-201, or zelotamab, read out.',
      'NWT-201 (now zelotamab) read out.',
      'NWT-201, which will be renamed zelotamab, read out.',
      'NWT-201 (to be renamed zelotamab) read out.',
      'zelotamab (f/k/a NWT-201) read out.',
      'zelotamab (formerly named NWT-201) read out.',
      'NWT-201 — now zelotamab — read out.',
      'NWT-201 -- formerly zelotamab -- read out.',
      'NWT-201, which we refer to as zelotamab, read out.',
    ]) {
      assert.deepEqual(targets(body), [['NWT-201 / zelotamab', null]], body);
    }
    assert.deepEqual(targets('zelotamab (formerly NWT-201; also QX-8801) read out.'), [['NWT-201 / QX-8801 / zelotamab', null]]);
    // "or" between two codes, or without the closing comma, is a choice between drugs.
    assert.deepEqual(targets('Patients chose NWT-201, or NWT-202, in the trial.'), [['NWT-201', null], ['NWT-202', null]]);
    assert.deepEqual(targets('NWT-201, or zelotamab was given.'), [['NWT-201', null], ['zelotamab', null]]);
    // A dash alone sets off an aside, not another name of the same drug.
    assert.deepEqual(targets('NWT-201 – NWT-202 – read out.'), [['NWT-201', null], ['NWT-202', null]]);
  });

  it('takes the name another company or market uses for an alias', () => {
    assert.deepEqual(targets('A Phase 2 trial of NWT-4417, which Meridia Pharma develops in Japan as QX-0417, began.'), [['NWT-4417 / QX-0417', null]]);
    assert.deepEqual(targets('NWT-101, marketed in China as QX-2264, is approved.'), [['NWT-101 / QX-2264', null]]);
    assert.deepEqual(targets('NWT-101, developed as a treatment for NSCLC, and QX-2264 advanced.'), [
      ['NWT-101', null],
      ['QX-2264', null],
    ]);
  });

  it('takes every name inside the parentheses after a name for its aliases', () => {
    assert.deepEqual(targets('NW-8201 (velbatuzumab zelvatecan; VZ-4471) is a HER2-directed ADC.'), [['NW-8201 / VZ-4471 / velbatuzumab zelvatecan', 'HER2']]);
    assert.deepEqual(targets('velbatuzumab zelvatecan (vel-Z, also known as NWT-287 and QX-2264) is a TROP2-directed ADC.'), [
      ['NWT-287 / QX-2264 / velbatuzumab zelvatecan', 'TROP2'],
    ]);
    assert.deepEqual(targets('Norbatuzumab zelvatecan (Nor-Z; NWT-400) is a c-Met ADC. NWT-101 (with QX-2264) is not.'), [
      ['Nor-Z / NWT-400 / Norbatuzumab zelvatecan', 'c-Met'],
      ['NWT-101', null],
      ['QX-2264', null],
    ]);
    // …unless the words after the name make it a partner: "(Nor-T; QX-2264 regimen)".
    assert.deepEqual(targets('NWT-101 (Nor-T; QX-2264 regimen) read out.'), [
      ['NWT-101', null],
      ['QX-2264', null],
    ]);
    assert.deepEqual(targets('NWT-101 (first-line; QX-2264) and NWT-202 (NSCLC; QX-3375) read out.'), [
      ['NWT-101', null],
      ['QX-2264', null],
      ['NWT-202', null],
      ['QX-3375', null],
    ]);
  });

  it('reads a target an unlisted symbol before "-targeting" or "-targeted" names, and one a name "targeted"', () => {
    assert.deepEqual(targets('NWT-805, a MAPT-targeting antisense oligonucleotide, and 225Ac-NWT-330, a GRPR-targeted alpha therapy, are in Phase 1; a CNS-targeted NWT-806.'), [
      ['NWT-805', 'MAPT'],
      ['225Ac-NWT-330', 'GRPR'],
      ['NWT-806', null],
    ]);
    assert.deepEqual(targets('NWT-412B builds on NWT-412, the first-generation candidate, which targeted CD19 alone.'), [['NWT-412B', null], ['NWT-412', 'CD19']]);
  });

  it('names a target written out by the abbreviation after it, and reads receptors by their subtypes', () => {
    assert.deepEqual(targets('NWT-327, an antibody targeting interleukin-31 receptor A (IL-31RA), NWT-611, an anti-OX40 ligand (OX40L) antibody, and NWT-512, an antagonist of the IL-17 receptor A (IL-17RA).'), [
      ['NWT-327', 'IL-31RA'],
      ['NWT-611', 'OX40L'],
      ['NWT-512', 'IL-17RA'],
    ]);
    assert.deepEqual(targets('NWT-942, a long-acting anti-VEGF-A antibody fragment, is in Phase 2.'), [['NWT-942', 'VEGF-A']]);
    assert.deepEqual(targets('NWT-471, a selective M1/M4 muscarinic receptor agonist, NWT-472, a positive allosteric modulator of the M4 muscarinic receptor, and NWT-473, a 5-HT2A Receptor Partial Agonist.'), [
      ['NWT-471', 'M1/M4 muscarinic receptor'],
      ['NWT-472', 'M4 muscarinic receptor'],
      ['NWT-473', '5-HT2A receptor'],
    ]);
  });

  it('links a name "to be developed as", "developed under the name" or "now designated" another', () => {
    assert.deepEqual(targets('NWT-207 (to be developed as QRX-501), a TROP2-directed ADC, is licensed. NWT-208, now designated QRX-730, is next.'), [
      ['NWT-207 / QRX-501', 'TROP2'],
      ['NWT-208 / QRX-730', null],
    ]);
    assert.deepEqual(targets('Zenbio will develop NWT-209 under the name QRX-209.'), [['NWT-209 / QRX-209', null]]);
  });

  it('reads an enzyme named by its substrate, a family member of three digits, a ligand\'s receptor after its abbreviation, and mechanisms across a line break', () => {
    assert.deepEqual(targets('NWT-2045, an aldosterone synthase inhibitor, NWT-2217, a glucosylceramide synthase (GCS) inhibitor, and NWT-2088, an oral GPR119 agonist.'), [
      ['NWT-2045', 'aldosterone synthase'],
      ['NWT-2217', 'glucosylceramide synthase'],
      ['NWT-2088', 'GPR119'],
    ]);
    assert.deepEqual(targets('NWT-9472, a glucagon-like peptide-1 (GLP-1) receptor agonist, and NWT-9473, a selective synthase inhibitor.'), [
      ['NWT-9472', 'GLP-1 receptor'],
      ['NWT-9473', null],
    ]);
    assert.deepEqual(targets('NWT-3308 is an oral inhibitor\nof the TRPC5 ion channel. NWT-2046 is an aldosterone synthase\ninhibitor.'), [
      ['NWT-3308', 'TRPC5'],
      ['NWT-2046', 'aldosterone synthase'],
    ]);
  });

  it('reads a target written in lower case right after "targeting"', () => {
    assert.deepEqual(targets('NWT-417, a monoclonal antibody targeting hemagglutinin, and NWT-418, an antisense oligonucleotide targeting tau, are in Phase 1; NWT-419 is a program targeting obesity.'), [
      ['NWT-417', 'hemagglutinin'],
      ['NWT-418', 'tau'],
      ['NWT-419', null],
    ]);
  });

  it('gives the target of a class of drugs to the names listed after it', () => {
    assert.deepEqual(targets('Antibodies against IL-17A, such as secukinumab and ixekizumab, work.\n\nThe license covers Nav1.8 inhibitors from our program, including the preclinical candidate NWT-1207.'), [
      ['secukinumab', 'IL-17A'],
      ['ixekizumab', 'IL-17A'],
      ['NWT-1207', 'Nav1.8'],
    ]);
    // Not a name the class is said of: one after the list's sentence, or after no "such as".
    assert.deepEqual(targets('Antibodies against IL-17A work. NWT-1208 is next.'), [['NWT-1208', null]]);
  });

  it("reads the description without an article of a name opening a pipeline entry's line", () => {
    assert.deepEqual(targets('NWT-127, oral KRAS G12D inhibitor. Updated data were presented.\n\nNWT-364 (tenvorasib), KRAS G12C inhibitor: the FDA accepted the NDA.\n\nPatients took NWT-365, oral SHP2 inhibitor.'), [
      ['NWT-127', 'KRAS G12D'],
      ['NWT-364 / tenvorasib', 'KRAS G12C'],
      ['NWT-365', null],
    ]);
  });

  it("links a radiopharmaceutical's generic name, with its element and isotope, to its code", () => {
    assert.deepEqual(targets('177Lu-QRB-117 (lutetium (177Lu) sostrelatide), an SSTR2-targeted radioligand therapy, is in Phase 2.'), [['177Lu-QRB-117 / lutetium (177Lu) sostrelatide', 'SSTR2']]);
  });

  it('links a generic name in brackets to the code it was "formerly"', () => {
    assert.deepEqual(targets('The FDA approved ZYNTRAVI™ (halvatinib), formerly NWT-2210, a KRAS G12C inhibitor.'), [['NWT-2210 / halvatinib / ZYNTRAVI', 'KRAS G12C']]);
  });

  it('reads a trial initiated as the phase a program is in, and one to initiate as a plan', () => {
    const phases = (body: string) => analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null]);
    assert.deepEqual(phases('NWT-331: Initiated the CASCADE Phase 3 trial in older AML patients.'), [['NWT-331', '3']]);
    assert.deepEqual(phases('NWT-331: we plan to initiate a Phase 3 trial in 2025.'), [['NWT-331', null]]);
  });

  it('gives a phase to every name of a list that "are in" it, and to the one name of "is in"', () => {
    const phases = (body: string) => analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null]);
    assert.deepEqual(phases('NWT-331 (zelotamab), NWT-332 and NWT-333 are both in Phase 2 trials.'), [['NWT-331', '2'], ['NWT-332', '2'], ['NWT-333', '2']]);
    assert.deepEqual(phases('NWT-331 is approved and NWT-332 is in Phase 1.'), [['NWT-331', null], ['NWT-332', '1']]);
    assert.deepEqual(phases('NWT-331 and NWT-332 are in Phase 2 and Phase 1, respectively.'), [['NWT-331', '2'], ['NWT-332', '1']]);
    assert.deepEqual(phases('NWT-331 and NWT-332 are expected to enter Phase 2 and Phase 3, respectively.'), [['NWT-331', null], ['NWT-332', null]]);
  });


  it('gives a phase to every name of a list with appositives, and to the names a pipeline "includes"', () => {
    const phases = (body: string) => analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null]);
    assert.deepEqual(phases('NWT-701, an oral KRAS inhibitor, and NWT-702, a SHP2 inhibitor, are both in Phase 1.'), [['NWT-701', '1'], ['NWT-702', '1']]);
    assert.deepEqual(phases('NWT-303, NWT-304 and NWT-305, an anti-TROP2 ADC, are in Phase 1 trials.'), [['NWT-303', '1'], ['NWT-304', '1'], ['NWT-305', '1']]);
    assert.deepEqual(phases('NWT-701, a PRMT5 inhibitor, and NWT-702, a KRAS inhibitor, entered Phase 3.'), [['NWT-701', '3'], ['NWT-702', '3']]);
    assert.deepEqual(phases('NWT-703 and NWT-704 have both advanced into Phase 2 trials.'), [['NWT-703', '2'], ['NWT-704', '2']]);
    assert.deepEqual(phases('Our preclinical pipeline includes NWT-301 and NWT-302.'), [['NWT-301', 'preclinical'], ['NWT-302', 'preclinical']]);
    assert.deepEqual(phases('Its Phase 3 programs, including NWT-121 and NWT-122, advanced.'), [['NWT-121', '3'], ['NWT-122', '3']]);
    // A name after the list, or one a clause parts from it, does not share the phase.
    assert.deepEqual(phases('Phase 2 programs include NWT-801; NWT-802 is approved.'), [['NWT-801', '2'], ['NWT-802', null]]);
    assert.deepEqual(phases('NWT-401, which Zenbio licensed to us, then NWT-402 entered the clinic. NWT-403 is in Phase 2.'), [['NWT-401', null], ['NWT-402', null], ['NWT-403', '2']]);
  });
  it('gives a phase to the name before it where a name after it starts the next clause', () => {
    const a = analyzeRelease('t.release', release('NWT-788, an anti-HER2 ADC, is in Phase 1 in China; NWT-480 (disitamab vedotin) is approved for gastric cancer.'));
    assert.deepEqual(a.programs.map((p) => [p.names.join(' / '), p.phase?.value ?? null]), [['NWT-788', '1'], ['NWT-480 / disitamab vedotin', 'approved']]);
  });

  it('keeps two drugs given together apart, even where a slash joins them', () => {
    assert.deepEqual(targets('Results for NWT-101 plus QX 4417, an oral BTK degrader.\n\nA cohort of NWT-101/QX 4417 in CLL opens.'), [
      ['NWT-101', null],
      ['QX 4417', 'BTK'],
    ]);
  });

  it("does not take a platform's brand for a program or an alias", () => {
    assert.deepEqual(targets('The XmAb® platform is an Fc engineering technology targeting CD3.\n\nIt made nortuzumab (XmAb®-CD3xCD20).'), [['nortuzumab', null]]);
  });

  it('takes a brand for a program where the release states its target, and for an alias beside a code or generic name', () => {
    const text = `Northwind Reports Progress

CAMBRIDGE, Mass., June 20, 2023 -- Northwind Therapeutics, Inc. (Nasdaq: NWT) today announced news.

Its design is also used in the approved HER2-targeting product, Zentrix®. Valtora® (velbatuzumab zelvatecan) is approved in ovarian cancer.

The company's ProMask™ platform and its Dosewell® injector are used across the pipeline.
`;
    const index = new WorkspaceIndex();
    index.set('brands.release', text);
    const brand = index.mentionAt('brands.release', text.indexOf('Valtora') + 1)!;
    assert.equal(brand.kind, 'brand');
    assert.equal(index.programIdOf(brand), 'velbatuzumab zelvatecan');
    const a = analyzeRelease('brands.release', text);
    assert.deepEqual(
      a.programs.map((p) => [p.names, p.target?.value]),
      [
        [['Zentrix'], 'HER2'],
        [['velbatuzumab zelvatecan', 'Valtora'], undefined],
      ],
    );
  });

  it('takes an unmarked brand before its generic name for an alias; a wholesale acquisition cost is a price, not a deal', () => {
    const a = analyzeRelease(
      'brand.release',
      release('The FDA approved Voltrava (sefrolimab) in psoriasis. The company expects Voltrava to be available at a wholesale acquisition cost of $0.3 million per year.'),
    );
    assert.deepEqual(
      a.programs.map((p) => [p.names, p.deals.length]),
      [[['sefrolimab', 'Voltrava'], 0]],
    );
  });

  it('merges aliases given together in one release', () => {
    const a = analyzeRelease('later.release', LATER);
    const names = a.programs.map((p) => p.names);
    assert.ok(names.some((n) => n[0] === 'NWT-214' && n.includes('HX214')));
    assert.ok(names.some((n) => n[0] === 'NWT-503' && n.includes('velbatuzumab zelvatecan')));
  });

  it('reads the phase a program is in, not one planned before or after the phase', () => {
    const phases = (body: string) =>
      analyzeRelease('t.release', `Northwind Reports Progress\n\nCAMBRIDGE, Mass., June 20, 2023 -- Northwind Therapeutics, Inc. today announced news.\n\n${body}\n`).programs.map(
        (p) => [p.names[0], p.phase?.value ?? null],
      );
    assert.deepEqual(phases('The pivotal Phase 3 trial of NWT-404 met its primary endpoint.'), [['NWT-404', '3']]);
    assert.deepEqual(phases('NWT-404 is being evaluated in a pivotal Phase 3 trial.'), [['NWT-404', '3']]);
    assert.deepEqual(phases('The data support a pivotal Phase 3 trial of NWT-404, which we expect to begin in Q3 2024.'), [['NWT-404', null]]);
    assert.deepEqual(phases('A Phase 3 trial of NWT-404 is planned to start in 2025.'), [['NWT-404', null]]);
    assert.deepEqual(phases('The company plans to start a Phase 3 trial of NWT-404.'), [['NWT-404', null]]);
    // A dose named after the phase is not the program's phase; a phase's dose escalation or expansion is.
    assert.deepEqual(phases('NWT-404 is dosed at the Phase 2 dose chosen by the sponsor.'), [['NWT-404', null]]);
    assert.deepEqual(phases('NWT-405, a pan-KRAS inhibitor: Phase 1 dose escalation is ongoing.'), [['NWT-405', '1']]);
    assert.deepEqual(phases('NWT-406 in solid tumors: results from a Phase 1 dose-expansion study'), [['NWT-406', '1']]);
  });

  it("gives a combination trial's indication to the program studied, as well as to the drug it is combined with", () => {
    const indications = (body: string) =>
      analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.indications.map((f) => f.value)]);
    assert.deepEqual(indications('NWT-404 is being evaluated in a Phase 2 trial in combination with pembrolizumab in patients with non-small cell lung cancer.'), [
      ['NWT-404', ['non-small cell lung cancer']],
      ['pembrolizumab', ['non-small cell lung cancer']],
    ]);
    // Two programs named side by side: each keeps its own.
    assert.deepEqual(indications('NWT-404 is in Phase 2 in lung cancer and NWT-405 is in Phase 1 in breast cancer.'), [
      ['NWT-404', ['lung cancer']],
      ['NWT-405', ['breast cancer']],
    ]);
    // List items the sentence splitter keeps together: the next item's name is not the one the indication follows.
    assert.deepEqual(indications('Highlights\n- NWT-404: Phase 1 study in breast cancer ongoing.\n- NWT-405: IND submission planned.'), [
      ['NWT-404', ['breast cancer']],
      ['NWT-405', []],
    ]);
  });

  it('reads a payload named in parentheses or after a comma behind the word', () => {
    const payloadOf = (sentence: string) => {
      const programs = analyzeRelease('p.release', release(sentence)).programs;
      return programs.map((p) => [p.names[0], p.payload?.value ?? null, p.modality?.value ?? null]);
    };
    assert.deepEqual(payloadOf('NWT-330 is an antibody linked to a topoisomerase I inhibitor payload (a DXd-like exatecan derivative).'), [
      ['NWT-330', 'exatecan', 'ADC'],
      ['exatecan', null, 'payload'],
    ]);
    assert.deepEqual(payloadOf('NWT-330 carries a payload, QM-77, through a cleavable linker.'), [['NWT-330', 'QM-77', 'ADC'], ['QM-77', null, 'payload']]);
    // Not a name the sentence goes on to after "and".
    assert.deepEqual(payloadOf('NWT-330 carries a new payload, and NWT-404 is an antibody.'), [['NWT-330', null, null], ['NWT-404', null, 'antibody']]);
  });

  it("gives a program's amount the deal word in its own clause, not a nearer one of another amount", () => {
    const deals = (body: string) => analyzeRelease('d.release', release(body)).programs.flatMap((p) => p.deals.map((d) => [d.value.kind, d.value.amountText]));
    assert.deepEqual(deals('Alderon Pharma will pay Northwind $20 million upfront for NW-101 and a $10 million milestone.'), [
      ['upfront', '$20 million'],
      ['milestone', '$10 million'],
    ]);
    assert.deepEqual(deals('For NW-101, Northwind receives $30 million upfront and up to $410 million in milestones.'), [
      ['upfront', '$30 million'],
      ['milestone', '$410 million'],
    ]);
    assert.deepEqual(deals('For NW-101, Alderon Pharma will pay milestone payments of up to $300 million, plus royalties.').slice(0, 1), [['milestone', '$300 million']]);
  });

  it('reads target, modality, payload, phase, indications, deals from the text with sources', () => {
    const a = analyzeRelease('early.release', EARLY);
    const p = a.programs.find((x) => x.names[0] === 'NWT-214')!;
    assert.equal(p.target?.value, 'CLDN6');
    assert.equal(p.modality?.value, 'ADC');
    assert.equal(p.payload?.value, 'QM3');
    assert.equal(p.phase?.value, '1');
    assert.deepEqual(p.indications.map((f) => f.value), ['ovarian cancer']);
    assert.deepEqual(p.target?.source, { file: 'early.release', line: 3, date: '2023-06-20' });
    const later = analyzeRelease('later.release', LATER).programs.find((x) => x.names[0] === 'NWT-214')!;
    assert.deepEqual(
      later.deals.map((d) => [d.value.kind, d.value.amount, d.value.counterparty]),
      [
        ['license', undefined, 'Northwind Therapeutics'],
        ['upfront', 45_000_000, 'Northwind Therapeutics'],
        ['milestone', 1_200_000_000, 'Northwind Therapeutics'],
      ],
    );
    assert.deepEqual(later.companies.map((c) => [c.value.name, c.value.role]), [
      ['Halcyon Bio', 'licensee'],
      ['Northwind Therapeutics', 'licensor'],
    ]);
    const target503 = analyzeRelease('later.release', LATER).programs.find((x) => x.names[0] === 'NWT-503')!;
    assert.equal(target503.target?.value, 'HER3');
  });

  it("reads a program before the clinic as preclinical, and not from preclinical data or a company's stage", () => {
    const phases = (body: string) => analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null]);
    assert.deepEqual(phases('NWT-601 is in preclinical development for gout.'), [['NWT-601', 'preclinical']]);
    assert.deepEqual(phases('NWT-602 is in IND-enabling studies for gout.'), [['NWT-602', 'preclinical']]);
    assert.deepEqual(phases('NWT-603, a pre-clinical\ncandidate, targets CD47.'), [['NWT-603', 'preclinical']]);
    assert.deepEqual(phases('Preclinical studies showed NWT-604 was active in models of gout.'), [['NWT-604', null]]);
    assert.deepEqual(phases('New preclinical data for NWT-605 were shown.'), [['NWT-605', null]]);
    assert.deepEqual(phases('Northwind, a preclinical-stage biotechnology company, develops NWT-606.'), [['NWT-606', null]]);
    assert.deepEqual(phases('NWT-607 is in a Phase 1 trial; IND-enabling studies of NWT-607 ended in 2022.'), [['NWT-607', '1']]);
    assert.deepEqual(phases('We plan to begin IND-enabling studies of NWT-608 in 2025.'), [['NWT-608', null]]);
  });

  it('reads "It …" after a sentence naming one program as a sentence about that program', () => {
    const facts = (body: string) =>
      analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null, p.indications.map((f) => f.value)]);
    assert.deepEqual(facts('NWT-621 is an antibody-drug conjugate carrying the payload QM3. It is being evaluated in a Phase 2 trial in patients with ovarian cancer.'), [
      ['NWT-621', '2', ['ovarian cancer']],
      ['QM3', null, []],
    ]);
    assert.deepEqual(facts('NWT-622 is an oral inhibitor. The compound has received Fast Track designation for gout.'), [['NWT-622', null, ['gout']]]);
    // Not when the sentence before named two programs, when a paragraph lies between, or for "It is expected that".
    assert.deepEqual(facts('NWT-623 and NWT-624 are oral inhibitors. It is in a Phase 2 trial in gout.'), [['NWT-623', null, []], ['NWT-624', null, []]]);
    assert.deepEqual(facts('NWT-625 is an oral inhibitor.\n\nIt is in a Phase 2 trial in gout.'), [['NWT-625', null, []]]);
    assert.deepEqual(facts('NWT-626 is an oral inhibitor. It is expected that a Phase 2 trial in gout begins.'), [['NWT-626', null, []]]);
    assert.deepEqual(facts('NWT-627 is an oral inhibitor. Gout is painful. It is in a Phase 2 trial in gout.'), [['NWT-627', null, []]]);
  });

  it('keeps a clinical phase when a newer release looks back at the program as preclinical', () => {
    const index = new WorkspaceIndex();
    index.set('a.release', release('NWT-611 is in IND-enabling studies.', 'May 2, 2022'));
    index.set('b.release', release('NWT-611 is being evaluated in a Phase 1 trial.', 'May 2, 2023'));
    index.set('c.release', release('NWT-611 completed IND-enabling studies.', 'May 2, 2024'));
    index.set('d.release', release('NWT-612 is in Phase 1.', 'May 2, 2023'));
    index.set('e.release', release('NWT-612 is in preclinical development again.', 'May 2, 2024'));
    index.set('f.release', release('NWT-612 is in Phase 2.', 'May 2, 2025'));
    assert.deepEqual([index.program('NWT-611')?.phase?.value, index.program('NWT-611')?.phase?.source.date], ['1', '2023-05-02']);
    const links = { link: (file: string, line: number) => `${file}#${line}`, label: (file: string) => file.slice(0, 1), reveal: (id: string) => id };
    const card = programCard(index.program('NWT-611')!, links);
    assert.match(card, /\*\*Phase:\*\* Phase 1 — /);
    assert.match(/\*Earlier:\* (.*)/.exec(card)?.[1] ?? '', /^Preclinical \(\[2024\\-05\\-02, c:\d+\]\(c\.release#\d+\) and 1 more\)$/);
    index.set('g.release', release('NWT-613 is in IND-enabling studies.', 'May 2, 2023'));
    assert.match(programCard(index.program('NWT-613')!, links), /\*\*Phase:\*\* Preclinical — /);
    assert.equal(index.program('NWT-612')?.phase?.value, '2');
    index.delete('f.release');
    assert.deepEqual([index.program('NWT-612')?.phase?.value, index.program('NWT-612')?.phase?.source.date], ['1', '2023-05-02']);
  });

  it('reads a program an agency approved as Approved, and keeps it so when a newer release tells of a trial', () => {
    const phases = (body: string) => analyzeRelease('t.release', release(body)).programs.map((p) => [p.names[0], p.phase?.value ?? null]);
    assert.deepEqual(phases('The FDA approved NWT-631 for adults with gout after its Phase 3 trial.'), [['NWT-631', 'approved']]);
    assert.deepEqual(phases('NWT-632 received European Commission approval for gout.'), [['NWT-632', 'approved']]);
    // Expected, an IND's, or approval to start a trial: no approval of the program.
    assert.deepEqual(phases('NWT-633 is in a Phase 3 trial; we expect FDA approval in 2026.'), [['NWT-633', '3']]);
    assert.deepEqual(phases('The FDA approved the IND for NWT-634.'), [['NWT-634', null]]);
    assert.deepEqual(phases('NWT-635 received FDA approval to initiate a Phase 1 trial.'), [['NWT-635', null]]);
    // Approved stated as the program's status, and not in a condition or of a company's board or shares.
    assert.deepEqual(phases('NWT-637 is approved in the United States for gout. NWT-638 has been approved in 40 countries.'), [['NWT-637', 'approved'], ['NWT-638', 'approved']]);
    assert.deepEqual(phases('If NWT-639 is approved for gout, we will launch it. The merger has been approved for closing; the shares are approved for listing.'), [['NWT-639', null]]);
    assert.deepEqual(texts('The merger has been approved for closing; the shares are approved for listing; once it is approved for use.', 'phase'), []);
    const index = new WorkspaceIndex();
    index.set('a.release', release('NWT-636 is in a Phase 3 trial.', 'May 2, 2022'));
    index.set('b.release', release('The FDA approved NWT-636 for gout.', 'May 2, 2023'));
    index.set('c.release', release('NWT-636 is in a Phase 2 trial in lupus.', 'May 2, 2024'));
    assert.deepEqual([index.program('NWT-636')?.phase?.value, index.program('NWT-636')?.phase?.source.date], ['approved', '2023-05-02']);
    const links = { link: (file: string, line: number) => `${file}#${line}`, label: (file: string) => file.slice(0, 1), reveal: (id: string) => id };
    assert.match(programCard(index.program('NWT-636')!, links), /\*\*Phase:\*\* Approved — /);
    const stage = programStage(index.program('NWT-636')!, []);
    assert.deepEqual(stage, { stage: 5, label: 'Approved' });
  });

  it('merges a program across releases; the newest release wins and the older fact stays in the history', () => {
    const index = new WorkspaceIndex();
    index.set('early.release', EARLY);
    index.set('later.release', LATER);
    const p = index.program('hx214')!;
    assert.equal(p.id, 'NWT-214');
    assert.deepEqual(p.aliases, ['HX214']);
    assert.equal(p.phase?.value, '2');
    assert.equal(p.phase?.source.date, '2024-03-12');
    assert.deepEqual(p.history.map((h) => [h.fact, h.value, h.date]), [['phase', '1', '2023-06-20']]);
    assert.deepEqual(p.releases, ['later.release', 'early.release']);
    assert.equal(p.target?.value, 'CLDN6');
    assert.ok(p.mentions.some((m) => m.file === 'early.release') && p.mentions.some((m) => m.file === 'later.release'));
  });

  it('keeps no history for a pair of targets written another way, and does for another target', () => {
    const index = new WorkspaceIndex();
    index.set('a.release', release('NWT-901, a TSLP/IL-13 bispecific, is in Phase 1.', 'May 2, 2023'));
    index.set('b.release', release('NWT-901, a bispecific targeting IL-13 and TSLP, is in Phase 2.', 'May 2, 2024'));
    assert.equal(index.program('NWT-901')?.target?.value, 'IL-13 and TSLP');
    assert.deepEqual(index.program('NWT-901')?.history.map((h) => [h.fact, h.value]), [['phase', '1']]);
    index.set('c.release', release('NWT-901, a bispecific targeting IL-4 and TSLP, is in Phase 2.', 'May 2, 2025'));
    assert.deepEqual(index.program('NWT-901')?.history.filter((h) => h.fact === 'target').map((h) => h.value), ['IL-13 and TSLP', 'TSLP/IL-13']);
  });
});

describe('company facts of a program', () => {
  const fact = (name: string, role: CompanyFact['role']): Fact<CompanyFact> => ({ value: { name, role }, source: { file: 'a.release', line: 1 } });
  const roles = (list: Fact<CompanyFact>[]) => list.map((f) => `${f.value.name}:${f.value.role}`);

  it('keeps one fact per company and role; a specific role replaces "partner", and "partner" adds nothing to a named company', () => {
    const list: Fact<CompanyFact>[] = [];
    addCompanyFact(list, fact('Zerran Pharma', 'partner'));
    addCompanyFact(list, fact('Quillon Biosciences', 'owner'));
    addCompanyFact(list, fact('Zerran Pharma AG', 'licensee'));
    addCompanyFact(list, fact('Zerran', 'partner'));
    addCompanyFact(list, fact('Quillon Biosciences, Inc.', 'owner'));
    addCompanyFact(list, fact('Quillon', 'licensor'));
    assert.deepEqual(roles(list), ['Quillon Biosciences:owner', 'Zerran Pharma AG:licensee', 'Quillon:licensor']);
  });

  it("gives a program named in another company's About section to that company, and not to the issuer", () => {
    const text = release(
      'Northwind entered into a license agreement with Alderon Vaccines GmbH for NWT-214 in all markets.\n\nAbout Northwind Therapeutics\nNorthwind Therapeutics is a biotechnology company. Its pipeline includes NWT-330.\n\nAbout Alderon Vaccines\nAlderon Vaccines GmbH is a clinical-stage company. Its pipeline includes ALD-770.',
    );
    const owners = (code: string) => roles(analyzeRelease('a.release', text).programs.find((p) => p.names.includes(code))!.companies);
    assert.deepEqual(owners('ALD-770'), ['Alderon Vaccines:owner']);
    assert.deepEqual(owners('NWT-330'), ['Northwind Therapeutics:owner']);
    // Every name of the list the company gives; a section that says it is of a company the release names nowhere else.
    const listed = release(
      'Northwind dosed the first patient with NWT-214 in all markets.\n\nAbout Tinor Genomics\nTinor Genomics, Ltd. is a clinical-stage company. Its pipeline includes TN-2805, TN-1148 and TN-9820.\n\nAbout Ostrea Bio\nOstrea Bio is a privately held biotechnology company. Our pipeline includes OB-101, OB-202, OB-303.',
    );
    const ownerOf = (code: string) => roles(analyzeRelease('b.release', listed).programs.find((p) => p.names.includes(code))!.companies);
    assert.deepEqual(['TN-2805', 'TN-1148', 'TN-9820', 'OB-101', 'OB-202', 'OB-303'].map(ownerOf), [
      ['Tinor Genomics:owner'], ['Tinor Genomics:owner'], ['Tinor Genomics:owner'], ['Ostrea Bio:owner'], ['Ostrea Bio:owner'], ['Ostrea Bio:owner'],
    ]);
    // Names of two words, as "Debio 1562" is written.
    const spaced = release(
      'Northwind dosed the first patient with NWT-214 in all markets.\n\nAbout Vexanor Bio\nVexanor Bio AG is a clinical-stage company. Its pipeline includes Vexa 1120, Vexa 2231 and Vexa 3342.',
    );
    const ownerOfSpaced = (code: string) => roles(analyzeRelease('c.release', spaced).programs.find((p) => p.names.includes(code))!.companies);
    assert.deepEqual(['Vexa 1120', 'Vexa 2231', 'Vexa 3342'].map(ownerOfSpaced), [['Vexanor Bio:owner'], ['Vexanor Bio:owner'], ['Vexanor Bio:owner']]);
  });

  it("names the issuer without both of its legal forms ('Co., Ltd.')", () => {
    const text = 'Sakura Pharma Starts Phase 2\n\nTOKYO, Japan, 3 April 2025 - Sakura Pharma Co., Ltd. (TSE: 4599) today announced the first patient dosed with its SKR-2210.\n';
    const owners = roles(analyzeRelease('d.release', text).programs.find((p) => p.names.includes('SKR-2210'))!.companies);
    assert.deepEqual(owners, ['Sakura Pharma:owner']);
  });

  it('names the issuer without a legal form written without periods or as Japan writes it (NV, K.K.)', () => {
    for (const [issuer, short] of [['Ostmere Life Sciences NV', 'Ostmere Life Sciences'], ['Kaimon Therapeutics K.K.', 'Kaimon Therapeutics'], ['Brava Pharma Co', 'Brava Pharma']]) {
      const text = `${short} Starts Phase 2\n\nTOKYO, Japan, 3 April 2025 - ${issuer} today announced the first patient dosed with its SKR-2210.\n`;
      const owners = roles(analyzeRelease('d.release', text).programs.find((p) => p.names.includes('SKR-2210'))!.companies);
      assert.deepEqual(owners, [`${short}:owner`]);
    }
  });

  it('takes no name that only ends another one for a company of its own', () => {
    // "About Alderon Vaccines" runs on into the next line's "Alderon Vaccines GmbH": a row of capitalised words, read four at a time.
    const text = release('Northwind entered into a license agreement with Alderon Vaccines GmbH for NWT-214 in all markets.\n\nAbout Alderon Vaccines\nAlderon Vaccines GmbH is based in Berlin.');
    assert.deepEqual(new CompanyNames(text, 'Northwind Therapeutics, Inc.').known(), ['Northwind Therapeutics', 'Alderon Vaccines']);
    // Not after words that are no name's: a sentence's end, words in capitals, the name's own words.
    // The issuer's name stays, whatever ends with it: "Contacts Korvena Bio" is read across a heading.
    assert.deepEqual(withoutTails(['Contacts Korvena Bio', 'Korvena Bio', 'Halberd Therapeutics'], 'Korvena Bio'), ['Contacts Korvena Bio', 'Korvena Bio', 'Halberd Therapeutics']);
    assert.deepEqual(
      withoutTails(['Xennor Genomics Holdings', 'Genomics Holdings', 'PRESS RELEASE Halo Bio', 'Halo Bio', 'NWT-214. About Elorex Medicines', 'Elorex Medicines', 'Vaccines Alderon Vaccines', 'Alderon Vaccines']),
      ['Xennor Genomics Holdings', 'PRESS RELEASE Halo Bio', 'Halo Bio', 'NWT-214. About Elorex Medicines', 'Elorex Medicines', 'Vaccines Alderon Vaccines', 'Alderon Vaccines'],
    );
  });

  it('merges the companies of a program across releases by the same rules', () => {
    const index = new WorkspaceIndex();
    index.set('early.release', EARLY);
    index.set('later.release', LATER);
    const companies = roles(index.program('NWT-214')!.companies);
    assert.ok(companies.includes('Northwind Therapeutics:licensor'), companies.join());
    assert.ok(companies.includes('Halcyon Bio:licensee'), companies.join());
    assert.ok(!companies.some((c) => c.endsWith(':partner')), companies.join());
  });
});

describe('workspace index', () => {
  it('re-analyses only the changed file and drops removed files', () => {
    const index = new WorkspaceIndex();
    const early = index.set('early.release', EARLY);
    index.set('later.release', LATER);
    index.set('later.release', LATER.replace('Phase 2', 'Phase 3'));
    assert.equal(index.get('early.release'), early, 'unchanged file keeps its analysis object');
    assert.equal(index.program('NWT-214')!.phase?.value, '3');
    index.delete('later.release');
    assert.equal(index.program('HX214'), undefined);
    assert.equal(index.program('NWT-214')!.phase?.value, '1');
    assert.equal(index.size, 1);
  });

  it("gives a program card each shown release's first mention and count, the releases newest first", () => {
    const index = new WorkspaceIndex();
    const text = (date: string, body: string) => release(body, date);
    index.set('a.release', text('March 1, 2024', 'NWT-214 began. NWT-214 dosed.\n\nNWT-214 again.'));
    index.set('b.release', text('March 2, 2024', 'NWT-214 began.'));
    index.set('c.release', text('March 3, 2024', 'Data for NWT-214.\n\nMore NWT-214.'));
    const links = { link: (file: string, line: number, column: number) => `${file}#${line}:${column}`, label: (file: string) => file.slice(0, 1), reveal: (id: string) => id };
    const card = programCard(index.program('NWT-214')!, links, 2);
    assert.match(card, /Mentioned in 3 releases:\*\*\n- \[c\]\(c\.release#5:10\) \(2 mentions\)\n- \[b\]\(b\.release#5:1\)\n- … and 1 more$/);
    assert.match(programCard(index.program('NWT-214')!, links, 3), /\n- \[a\]\(a\.release#5:1\) \(3 mentions\)$/);
  });

  it('names each earlier phase once on a card, with its newest source, and counts the deals beyond eight', () => {
    const index = new WorkspaceIndex();
    const phases = ['1', '1', '1b', '1b', '1b', '2'];
    phases.forEach((phase, i) => {
      const body = `NWT-214 is in a Phase ${phase} trial. Halcyon Bio paid Northwind Therapeutics a $${i + 1} million upfront payment for NWT-214.`;
      index.set(`r${i}.release`, release(body, `March ${i + 1}, 2024`));
    });
    for (let i = 6; i < 12; i++) index.set(`r${i}.release`, release(`Halcyon Bio paid Northwind Therapeutics a $${i + 1} million upfront payment for NWT-214.`, `April ${i}, 2024`));
    const links = { link: (file: string, line: number) => `${file}#${line}`, label: (file: string) => file.slice(0, file.indexOf('.')) };
    const program = index.program('NWT-214')!;
    assert.equal(program.phase?.value, '2');
    assert.equal(program.history.filter((h) => h.fact === 'phase').length, 5);
    const card = programCard(program, links);
    const earlier = /\*Earlier:\* (.*)/.exec(card)?.[1];
    assert.match(earlier ?? '', /^Phase 1b \(\[2024\\-03\\-05, r4:\d+\]\(r4\.release#\d+\) and 2 more\), Phase 1 \(\[2024\\-03\\-02, r1:\d+\]\(r1\.release#\d+\) and 1 more\)$/);
    assert.ok(program.deals.length > 8, `${program.deals.length} deals`);
    const deals = card.slice(card.indexOf('**Deals:**'), card.indexOf('**Mentioned'));
    assert.equal(deals.match(/^- upfront/gm)?.length, 8);
    assert.match(deals, new RegExp(`\\n- … and ${program.deals.length - 8} more\\n`));
  });

  it('answers the mention at an offset and releases by date', () => {
    const index = new WorkspaceIndex();
    index.set('early.release', EARLY);
    index.set('later.release', LATER);
    const offset = LATER.indexOf('HX214') + 2;
    const m = index.mentionAt('later.release', offset)!;
    assert.equal(m.text, 'HX214');
    assert.equal(index.programIdOf(m), 'NWT-214');
    assert.equal(index.mentionAt('later.release', LATER.indexOf('Under') + 1), undefined);
    assert.deepEqual(index.releases().map((r) => r.date), ['2024-03-12', '2023-06-20']);
  });

  it('drops the mention list of releases stored slim, with the same programs as a full index', () => {
    const full = new WorkspaceIndex();
    const slim = new WorkspaceIndex({ allMentions: false });
    for (const index of [full, slim]) {
      index.set('early.release', EARLY);
      index.set('later.release', LATER);
    }
    assert.deepEqual(slim.get('later.release')!.mentions, []);
    assert.ok(slim.programMentions('NWT-214').length >= 3);
    assert.ok(full.get('later.release')!.mentions.some((m) => m.kind === 'money'));
    assert.equal(slim.hasAllMentions('later.release'), false);
    assert.deepEqual(JSON.stringify(slim.programs()), JSON.stringify(full.programs()));
    // A release opened in an editor asks for everything; money is then found at its offset.
    slim.set('later.release', LATER, true);
    assert.equal(slim.hasAllMentions('later.release'), true);
    assert.equal(slim.mentionAt('later.release', LATER.indexOf('$45') + 1)?.kind, 'money');
    slim.delete('later.release');
    assert.equal(slim.hasAllMentions('later.release'), false);
  });

  it('shares mention records between a release and its merged program, and gives context on demand', () => {
    const index = new WorkspaceIndex();
    const later = index.set('later.release', LATER);
    const local = later.programs.find((p) => p.names.includes('NWT-214'))!.mentions[0]!;
    assert.ok(index.programMentions('NWT-214').includes(local));
    assert.equal(local.file, 'later.release');
    const context = mentionContext(LATER, local.offset, local.length);
    assert.ok(context.includes(local.text) && !/\s{2}|\n/.test(context), context);
    assert.ok(context.length <= local.length + 102);
  });
});
