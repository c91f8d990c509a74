import { once } from '../once';
import { codeAt, isBlank, isLetter, isLineBreak } from '../text/chars';
import type { Candidate } from './candidate';
import { FIRST_DIGIT, HAS_UPPER, HYPHEN_BEFORE, JOINER_AFTER, NON_ASCII, Words } from '../text/words';
import { ABSENT, isAscii, WordTable } from '../text/wordTable';

/** Abbreviations, matched case-sensitively, with the indication they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  AML: 'acute myeloid leukemia', CLL: 'chronic lymphocytic leukemia',
  CML: 'chronic myeloid leukemia', MDS: 'myelodysplastic syndromes', DLBCL: 'diffuse large B-cell lymphoma',
  NHL: 'non-Hodgkin lymphoma', NSCLC: 'non-small cell lung cancer', SCLC: 'small cell lung cancer',
  HCC: 'hepatocellular carcinoma', RCC: 'renal cell carcinoma', mCRPC: 'metastatic castration-resistant prostate cancer',
  CRPC: 'castration-resistant prostate cancer', CRC: 'colorectal cancer', mCRC: 'metastatic colorectal cancer',
  TNBC: 'triple-negative breast cancer', HNSCC: 'head and neck squamous cell carcinoma',
  SCCHN: 'squamous cell carcinoma of the head and neck', BPDCN: 'blastic plasmacytoid dendritic cell neoplasm',
  GIST: 'gastrointestinal stromal tumor', MCL: 'mantle cell lymphoma',
  PTCL: 'peripheral T-cell lymphoma', CTCL: 'cutaneous T-cell lymphoma', GBM: 'glioblastoma',
  NASH: 'nonalcoholic steatohepatitis', MASH: 'metabolic dysfunction-associated steatohepatitis',
  ALS: 'amyotrophic lateral sclerosis', SMA: 'spinal muscular atrophy', DMD: 'Duchenne muscular dystrophy',
  COPD: 'chronic obstructive pulmonary disease', SLE: 'systemic lupus erythematosus',
  PNH: 'paroxysmal nocturnal hemoglobinuria', 
  'COVID-19': 'COVID-19', HIV: 'HIV infection',
  PDAC: 'pancreatic ductal adenocarcinoma', ESCC: 'esophageal squamous cell carcinoma', 
  'B-ALL': 'B-cell acute lymphoblastic leukemia', MPN: 'myeloproliferative neoplasms', CMML: 'chronic myelomonocytic leukemia',
  HAE: 'hereditary angioedema', IgAN: 'IgA nephropathy', C3G: 'C3 glomerulopathy', FSGS: 'focal segmental glomerulosclerosis',
  PBC: 'primary biliary cholangitis', PSC: 'primary sclerosing cholangitis', CSU: 'chronic spontaneous urticaria',
  EoE: 'eosinophilic esophagitis', HCM: 'hypertrophic cardiomyopathy', PAH: 'pulmonary arterial hypertension',
  MZL: 'marginal zone lymphoma', ITP: 'immune thrombocytopenia', CIDP: 'chronic inflammatory demyelinating polyneuropathy',
  NMOSD: 'neuromyelitis optica spectrum disorder', PKU: 'phenylketonuria', ADPKD: 'autosomal dominant polycystic kidney disease',
  OAB: 'overactive bladder', IPF: 'idiopathic pulmonary fibrosis', 'ATTR-CM': 'transthyretin amyloid cardiomyopathy',
  HFpEF: 'heart failure with preserved ejection fraction', HFrEF: 'heart failure with reduced ejection fraction',
  ADHD: 'attention-deficit hyperactivity disorder', PTSD: 'post-traumatic stress disorder', MDD: 'major depressive disorder',
  TRD: 'treatment-resistant depression', GVHD: 'graft-versus-host disease', GvHD: 'graft-versus-host disease',
  aHUS: 'atypical hemolytic uremic syndrome', nAMD: 'neovascular age-related macular degeneration',
  wAMD: 'wet age-related macular degeneration', DME: 'diabetic macular edema', AATD: 'alpha-1 antitrypsin deficiency',
  CKD: 'chronic kidney disease', HoFH: 'homozygous familial hypercholesterolemia', HeFH: 'heterozygous familial hypercholesterolemia',
  FCS: 'familial chylomicronemia syndrome', LGS: 'Lennox-Gastaut syndrome', TSC: 'tuberous sclerosis complex',
  PSP: 'progressive supranuclear palsy', FTD: 'frontotemporal dementia', FSHD: 'facioscapulohumeral muscular dystrophy',
  XLH: 'X-linked hypophosphatemia', HPP: 'hypophosphatasia', IBS: 'irritable bowel syndrome', OSA: 'obstructive sleep apnea',
  BPH: 'benign prostatic hyperplasia', CRSwNP: 'chronic rhinosinusitis with nasal polyps', MASLD: 'metabolic dysfunction-associated steatotic liver disease',
  NAFLD: 'nonalcoholic fatty liver disease', AAV: 'ANCA-associated vasculitis', GCA: 'giant cell arteritis', TED: 'thyroid eye disease',
};

/** Is `word` the abbreviation of an indication ("AML", "NASH")? */
export const isIndicationAbbreviation = (word: string): boolean => Object.hasOwn(ABBREVIATIONS, word);

/** Organ and tumour words combined with "cancer"/"carcinoma"/"tumors". */
const ORGANS = [
  'lung', 'breast', 'ovarian', 'prostate', 'pancreatic', 'colorectal', 'colon', 'rectal', 'gastric', 'stomach',
  'bladder', 'cervical', 'endometrial', 'uterine', 'liver', 'kidney', 'renal', 'thyroid', 'esophageal', 'skin',
  'brain', 'bone', 'head and neck', 'biliary tract', 'bile duct', 'gastroesophageal', 'gastroesophageal junction', 'GEJ', 'urothelial', 'anal',
  'testicular', 'peritoneal', 'fallopian tube', 'nasopharyngeal', 'oral', 'gynecologic', 'hepatocellular',
  'squamous cell', 'basal cell', 'merkel cell', 'small cell lung', 'non-small cell lung', 'non-small-cell lung',
];
/** The words after an organ; "tumour" is read with the other British spellings (see variantSpellings). */
const TUMOUR_WORDS = ['cancer', 'cancers', 'carcinoma', 'carcinomas', 'adenocarcinoma', 'adenocarcinomas', 'tumor', 'tumors'];

/** Other indications written out, as they are spelled: a text may leave out the accents ("Sjogren's syndrome"). */
const PHRASES = [
  'acute myeloid leukemia', 'acute myelogenous leukemia', 'acute lymphoblastic leukemia', 'acute lymphocytic leukemia',
  'B-cell acute lymphocytic leukemia', 'B-cell acute lymphoblastic leukemia', 'chronic lymphocytic leukemia',
  'chronic myeloid leukemia', 'multiple myeloma', 'non-Hodgkin lymphoma', 'non-Hodgkin lymphomas',
  "non-Hodgkin's lymphoma", 'Hodgkin lymphoma', "Hodgkin's lymphoma", 'diffuse large B-cell lymphoma',
  'diffuse large-cell B-cell lymphoma', 'follicular lymphoma', 'mantle cell lymphoma', 'B-cell malignancies',
  'B-cell lymphoma', 'B-cell lymphomas', 'T-cell lymphoma', 'hematological malignancies', 'hematologic malignancies',
  'myelodysplastic syndrome', 'myelodysplastic syndromes', 'blastic plasmacytoid dendritic cell neoplasm',
  'solid tumors', 'advanced solid tumors', 'melanoma', 'glioblastoma', 'mesothelioma', 'sarcoma',
  'neuroblastoma', 'lymphoma', 'leukemia', 'myeloma', 'cholangiocarcinoma', 'renal cell carcinoma',
  'hepatocellular carcinoma', 'urothelial carcinoma', 'triple-negative breast cancer', 'metastatic breast cancer',
  'platinum-resistant ovarian cancer', 'castration-resistant prostate cancer', 'metastatic colorectal cancer',
  'rheumatoid arthritis', 'psoriatic arthritis', 'psoriasis', 'plaque psoriasis', "Crohn's disease",
  'ulcerative colitis', 'atopic dermatitis', 'asthma', 'lupus', 'systemic lupus erythematosus', 'lupus nephritis',
  "Alzheimer's disease", "Parkinson's disease", "Huntington's disease", 'amyotrophic lateral sclerosis',
  'multiple sclerosis', 'spinal muscular atrophy', 'Duchenne muscular dystrophy', 'cystic fibrosis',
  'sickle cell disease', 'hemophilia A', 'hemophilia B', 'hemophilia', 'beta-thalassemia', 'COVID-19',
  'esophageal squamous cell carcinoma', 'hepatitis B', 'hepatitis C', 'HIV infection', 'nonalcoholic steatohepatitis', 'obesity', 'type 2 diabetes',
  'type 1 diabetes', 'heart failure', 'hypertension', 'chronic kidney disease', 'idiopathic pulmonary fibrosis',
  'chronic obstructive pulmonary disease', 'migraine', 'schizophrenia', 'major depressive disorder', 'epilepsy',
  'myasthenia gravis', 'generalized myasthenia gravis', 'paroxysmal nocturnal hemoglobinuria', 'amyloidosis',
  'transthyretin amyloidosis', 'Fabry disease', 'Gaucher disease', 'Pompe disease', 'influenza',
  'respiratory syncytial virus', 'RSV infection', 'myelofibrosis', 'polycythemia vera', 'graft-versus-host disease',
  'macular degeneration', 'wet age-related macular degeneration', 'diabetic macular edema', 'osteoarthritis',
  'osteoporosis', 'endometriosis', 'uterine fibroids', 'hidradenitis suppurativa', 'alopecia areata', 'vitiligo',
  'hereditary angioedema', 'IgA nephropathy', 'focal segmental glomerulosclerosis', 'primary biliary cholangitis',
  'C3 glomerulopathy', 'immune-complex membranoproliferative glomerulonephritis',
  'primary sclerosing cholangitis', 'metabolic dysfunction-associated steatohepatitis', 'chronic spontaneous urticaria',
  'eosinophilic esophagitis', 'prurigo nodularis', 'thyroid eye disease', 'geographic atrophy',
  'hypertrophic cardiomyopathy', 'obstructive hypertrophic cardiomyopathy', 'pulmonary arterial hypertension',
  "Waldenström's macroglobulinemia", 'Waldenström macroglobulinemia', 'marginal zone lymphoma', 'small lymphocytic lymphoma',
  'cutaneous T-cell lymphoma', 'peripheral T-cell lymphoma', 'systemic sclerosis', 'dermatomyositis', "Sjögren's disease",
  "Sjögren's syndrome", 'immune thrombocytopenia', 'warm autoimmune hemolytic anemia', "Behçet's disease",
  'Guillain-Barré syndrome',
  'chronic inflammatory demyelinating polyneuropathy', 'neuromyelitis optica spectrum disorder', "Friedreich's ataxia",
  'Rett syndrome', 'Prader-Willi syndrome', 'Angelman syndrome', 'achondroplasia', 'phenylketonuria',
  'autosomal dominant polycystic kidney disease', 'retinitis pigmentosa', 'neovascular age-related macular degeneration',
  'dry eye disease', 'essential tremor', 'generalized anxiety disorder', 'bipolar disorder', 'postpartum depression',
  'opioid use disorder', 'narcolepsy', 'atrial fibrillation', 'hypercholesterolemia', 'hypertriglyceridemia',
  'sepsis', 'Clostridioides difficile infection', 'cytomegalovirus infection', 'tuberculosis', 'malaria',
  // Neurology and psychiatry
  'overactive bladder', 'attention-deficit hyperactivity disorder', 'attention deficit hyperactivity disorder', 'post-traumatic stress disorder', 'treatment-resistant depression',
  'autism spectrum disorder', 'obsessive-compulsive disorder', 'social anxiety disorder', 'binge eating disorder', 'alcohol use disorder',
  'Tourette syndrome', 'tardive dyskinesia', 'restless legs syndrome', 'insomnia', 'dementia', 'frontotemporal dementia',
  'dementia with Lewy bodies', 'Lewy body dementia', 'progressive supranuclear palsy', 'multiple system atrophy', 'spinocerebellar ataxia',
  'myotonic dystrophy', 'facioscapulohumeral muscular dystrophy', 'limb-girdle muscular dystrophy', 'Becker muscular dystrophy',
  'Charcot-Marie-Tooth disease', 'Dravet syndrome', 'Lennox-Gastaut syndrome', 'tuberous sclerosis complex', 'neurofibromatosis type 1',
  'Fragile X syndrome', 'Phelan-McDermid syndrome', 'cerebral palsy', 'spasticity', 'neuropathic pain', 'diabetic peripheral neuropathic pain',
  'chronic pain', 'fibromyalgia', 'cluster headache', 'trigeminal neuralgia', 'acute ischemic stroke', 'traumatic brain injury',
  // Rare and metabolic diseases
  'Niemann-Pick disease', 'mucopolysaccharidosis', 'Hunter syndrome', 'Hurler syndrome', 'Sanfilippo syndrome',
  'metachromatic leukodystrophy', 'adrenoleukodystrophy', 'Batten disease', 'Wilson disease', 'alpha-1 antitrypsin deficiency',
  'primary hyperoxaluria', 'hypophosphatasia', 'X-linked hypophosphatemia', 'osteogenesis imperfecta', 'hypoparathyroidism',
  'acromegaly', "Cushing's syndrome", 'congenital adrenal hyperplasia', 'growth hormone deficiency', 'congenital hyperinsulinism',
  'lipodystrophy', 'familial chylomicronemia syndrome', 'homozygous familial hypercholesterolemia', 'heterozygous familial hypercholesterolemia',
  'hemophagocytic lymphohistiocytosis', 'Castleman disease', 'von Willebrand disease', 'essential thrombocythemia', 'systemic mastocytosis',
  'hypereosinophilic syndrome', 'cold agglutinin disease', 'thrombotic thrombocytopenic purpura', 'atypical hemolytic uremic syndrome',
  'AL amyloidosis', 'light chain amyloidosis', 'transthyretin amyloid cardiomyopathy', 'ATTR amyloidosis',
  // Cardiovascular, renal, liver, metabolic
  'heart failure with preserved ejection fraction', 'heart failure with reduced ejection fraction', 'atherosclerotic cardiovascular disease',
  'cardiomyopathy', 'dilated cardiomyopathy', 'myocarditis', 'pulmonary hypertension', 'hyperkalemia', 'gout',
  'diabetic kidney disease', 'diabetic nephropathy', 'Alport syndrome', 'membranous nephropathy',
  'nonalcoholic fatty liver disease', 'metabolic dysfunction-associated steatotic liver disease', 'cirrhosis', 'hepatic encephalopathy',
  'alcohol-associated hepatitis', 'chronic hepatitis B', 'hepatitis D', 'obstructive sleep apnea', 'overweight', 'sarcopenia', 'cachexia',
  // Immunology, respiratory, skin, eye
  'ANCA-associated vasculitis', 'giant cell arteritis', 'polymyalgia rheumatica', 'ankylosing spondylitis', 'axial spondyloarthritis',
  'juvenile idiopathic arthritis', "Still's disease", 'eosinophilic asthma', 'severe asthma', 'bronchiectasis',
  'non-cystic fibrosis bronchiectasis', 'chronic rhinosinusitis with nasal polyps', 'allergic rhinitis', 'food allergy', 'peanut allergy',
  'celiac disease', 'irritable bowel syndrome', 'gastroparesis', 'short bowel syndrome', 'interstitial lung disease',
  'progressive pulmonary fibrosis', 'chronic cough', 'refractory chronic cough', 'acne', 'acne vulgaris', 'rosacea', 'chronic hand eczema',
  'epidermolysis bullosa', 'pemphigus vulgaris', 'bullous pemphigoid', 'cutaneous lupus erythematosus', 'uveitis', 'diabetic retinopathy',
  'glaucoma', 'presbyopia', 'myopia', 'Stargardt disease', 'Leber congenital amaurosis', 'X-linked retinitis pigmentosa',
  // Infections
  'herpes zoster', 'shingles', 'dengue', 'chikungunya', 'Lyme disease', 'pneumococcal disease', 'meningococcal disease',
  'invasive fungal infections', 'invasive aspergillosis', 'candidemia', 'bacterial vaginosis', 'gonorrhea',
  'community-acquired bacterial pneumonia', 'complicated urinary tract infections', 'urinary tract infections',
  // Oncology
  'glioma', 'low-grade glioma', 'diffuse midline glioma', 'medulloblastoma', 'osteosarcoma', 'Ewing sarcoma', 'rhabdomyosarcoma',
  'uveal melanoma', 'desmoid tumors', 'tenosynovial giant cell tumor', 'neuroendocrine tumors', 'gastroenteropancreatic neuroendocrine tumors',
  'thymic carcinoma', 'adrenocortical carcinoma', 'hairy cell leukemia', 'T-cell acute lymphoblastic leukemia', 'Burkitt lymphoma',
  // Women's and men's health
  'vasomotor symptoms', 'preeclampsia', 'postpartum hemorrhage', 'benign prostatic hyperplasia', 'interstitial cystitis', 'erectile dysfunction',
];

interface Entry {
  words: string[];
  value: string;
  caseSensitive: boolean;
  /** The words as compared: lower-cased unless case-sensitive. */
  compared: string[];
}

interface Lexicon {
  /** Entries by first word (folded by foldWord unless case-sensitive), longest first. */
  entries: Map<string, Entry[]>;
  /** The tumour word of each organ's indication, by its value: "gastric cancer" → "cancer". */
  tumourOf: Map<string, string>;
  /** The first words of all entries, case ignored: dismisses nearly every word of a release in a step or two. */
  firstWords: WordTable;
}

/** The lexicon, built on first use (loading the module stays cheap). */
const lexicon = once((): Lexicon => {
  const entries = buildLexicon();
  const tumourOf = new Map<string, string>();
  for (const organ of ORGANS) for (const t of TUMOUR_WORDS) tumourOf.set(`${organ} ${t.replace(/s$/, '')}`, t.replace(/s$/, ''));
  return { entries, tumourOf, firstWords: new WordTable([...entries.keys()], true) };
});

function splitWords(phrase: string): string[] {
  return phrase.split(/[\s]+/);
}

function buildLexicon(): Map<string, Entry[]> {
  const entries: Entry[] = [];
  const entry = (words: string[], value: string, caseSensitive: boolean): Entry => ({
    words,
    value,
    caseSensitive,
    compared: caseSensitive ? words : words.map(foldWord),
  });
  for (const [abbr, value] of Object.entries(ABBREVIATIONS)) entries.push(entry([abbr], value, true));
  // Each phrase as spelled, and as spelled in British English or with blanks for its hyphens: one canonical name.
  const spellings = (phrase: string, value: string) => {
    for (const spelled of new Set([phrase, ...variantSpellings(phrase)])) entries.push(entry(splitWords(spelled), value, false));
  };
  for (const p of PHRASES) spellings(p, p);
  for (const organ of ORGANS) {
    for (const t of TUMOUR_WORDS) {
      const canonical = `${organ} ${t.replace(/s$/, '')}`;
      spellings(`${organ} ${t}`, canonical);
    }
  }
  const byFirst = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = e.compared[0]!;
    const list = byFirst.get(key) ?? [];
    list.push(e);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** American spellings and their British forms ("leukemia", "leukaemia"). */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/leukemia/g, 'leukaemia'], [/hemophilia/g, 'haemophilia'], [/esophag/g, 'oesophag'], [/anemia/g, 'anaemia'],
  [/hemat/g, 'haemat'], [/hemoglobin/g, 'haemoglobin'], [/hemoly/g, 'haemoly'], [/hemorrhag/g, 'haemorrhag'], [/edema/g, 'oedema'],
  [/tumor/g, 'tumour'], [/behavior/g, 'behaviour'], [/ischemi/g, 'ischaemi'],
];
/** Hyphens a text may write as blanks: "B-cell lymphoma", "B cell lymphoma"; "triple-negative", "triple negative". */
const SPACED_HYPHENS = /\b(B|T|castration|triple|non-small|non|small|large|treatment|graft|versus|dysfunction|alcohol|IgG4|steroid|platinum)-/gi;

/** The other ways releases spell a phrase: British, with blanks for hyphens, both. */
function variantSpellings(phrase: string): string[] {
  let british = phrase;
  for (const [american, uk] of BRITISH_SPELLINGS) british = british.replace(american, uk);
  const spaced = (p: string) => p.replace(SPACED_HYPHENS, '$1 ');
  return [british, spaced(phrase), spaced(british)];
}

/** Word chars for indication phrases include hyphen and apostrophe ("non-Hodgkin", "Crohn's"). */
function phraseWordEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < 40) {
    const c = codeAt(text, p);
    if (isLetter(c) || (c >= 48 && c <= 57)) p++;
    else if ((c === 45 || c === 39 || c === 0x2019) && isLetter(codeAt(text, p + 1))) p++;
    else break;
  }
  return p;
}

function matchEntry(text: string, pos: number, e: Entry): number | undefined {
  let p = pos;
  for (let k = 0; k < e.words.length; k++) {
    if (k > 0) {
      const q = p;
      while (p < text.length && (isBlank(text.charCodeAt(p)) || isLineBreak(text.charCodeAt(p))) && p - q < 4) p++;
      if (p === q) return undefined;
    }
    const end = phraseWordEnd(text, p);
    if (!isEntryWord(text, p, end, e.compared[k]!, e.caseSensitive)) return undefined;
    p = end;
  }
  return p;
}

/**
 * A word as the lexicon compares it when case does not matter: lower case, without accents (the
 * keys of the word table are ASCII, and a text may spell "Sjögren" so or "Sjogren").
 */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(COMBINING_MARKS, '');
}
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Is `text[start, end)` the entry word `want` (as compared: see foldWord, unless case-sensitive)?
 * ASCII words are compared in place; others as strings, a curly apostrophe read as a straight one.
 */
function isEntryWord(text: string, start: number, end: number, want: string, caseSensitive: boolean): boolean {
  for (let p = start; p < end; p++) {
    let c = codeAt(text, p);
    if (c >= 128) {
      const word = text.slice(start, end).replace('’', "'");
      return (caseSensitive ? word : foldWord(word)) === want;
    }
    if (p - start >= want.length) return false;
    if (!caseSensitive && c >= 65 && c <= 90) c += 32;
    if (c !== want.charCodeAt(p - start)) return false;
  }
  return end - start === want.length;
}

/** Diseases and conditions a program is developed for, from a fixed lexicon; value is the canonical name. */
export function recognizeIndications(text: string, words: Words = new Words(text)): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  const { starts, ends, flags, count } = words;
  const { entries, tumourOf, firstWords } = lexicon();
  for (let k = 0; k < count; k++) {
    const f = flags[k]!;
    // No phrase starts with a number or inside a hyphenated word.
    if (f & (FIRST_DIGIT | HYPHEN_BEFORE)) continue;
    const i = starts[k]!;
    if (i < next) continue;
    // A phrase word runs on over inner hyphens and apostrophes ("non-Hodgkin", "Crohn's").
    const end = f & JOINER_AFTER ? phraseWordEnd(text, i) : ends[k]!;
    // Words outside ASCII ("Crohn’s") go the slow way below: only their lower-cased string can tell.
    const ascii = end === ends[k]! && !(f & NON_ASCII);
    if ((ascii ? firstWords.findAscii(text, i, end) : firstWords.find(text, i, end)) === ABSENT) continue;
    const found = indicationAt(text, words, k, end, entries);
    if (found === undefined) continue;
    const tumour = tumourOf.get(found.value as string);
    if (tumour !== undefined) for (const elided of elidedOrgans(text, found.start, next, tumour)) out.push(elided);
    out.push(found);
    next = found.end;
  }
  return out;
}

/** Organs that can stand in a list before another's tumour word: not those with an "and" of their own ("head and neck"). */
const LISTED_ORGANS = ORGANS.filter((o) => !o.includes(' and ')).sort((a, b) => b.length - a.length);
/** How many organs a list before a tumour word is read back over. */
const MAX_ELIDED = 6;

/**
 * "breast and gastric cancers", "ovarian, endometrial, and cervical cancers", "gastric or GEJ
 * adenocarcinoma": the organs listed before the one an indication at `start` names share its
 * tumour word, so each is an indication of its own (the organ's word alone, valued "breast
 * cancer"). Read back from `start`, not before `floor` (the end of the indication found before).
 */
function elidedOrgans(text: string, start: number, floor: number, tumour: string): Candidate[] {
  let p = blanksBefore(text, start, floor);
  const conjunction = p >= floor + 3 && text.slice(p - 3, p).toLowerCase() === 'and' ? 3 : p >= floor + 2 && text.slice(p - 2, p).toLowerCase() === 'or' ? 2 : 0;
  if (conjunction === 0 || p === start || isLetter(codeAt(text, p - conjunction - 1))) return [];
  p = blanksBefore(text, p - conjunction, floor);
  if (text.charCodeAt(p - 1) === 44 /* , */) p = blanksBefore(text, p - 1, floor);
  const found: Candidate[] = [];
  while (found.length < MAX_ELIDED) {
    const organ = organEndingAt(text, p, floor);
    if (organ === undefined) break;
    const organStart = p - organ.length;
    found.push({ kind: 'indication', start: organStart, end: p, value: `${organ} ${tumour}` });
    const q = blanksBefore(text, organStart, floor);
    if (text.charCodeAt(q - 1) !== 44 /* , */) break;
    p = blanksBefore(text, q - 1, floor);
  }
  return found.reverse();
}

/** Where the blanks (spaces, tabs, a line break) that end at `p` begin, not before `floor`. */
function blanksBefore(text: string, p: number, floor: number): number {
  while (p > floor && (isBlank(text.charCodeAt(p - 1)) || isLineBreak(text.charCodeAt(p - 1)))) p--;
  return p;
}

/** The organ (as ORGANS spells it) written just before `p`, as whole words, case ignored. */
function organEndingAt(text: string, p: number, floor: number): string | undefined {
  for (const organ of LISTED_ORGANS) {
    const from = p - organ.length;
    if (from < floor || text.slice(from, p).toLowerCase() !== organ.toLowerCase()) continue;
    const before = codeAt(text, from - 1);
    if (from > 0 && (isLetter(before) || (before >= 48 && before <= 57) || before === 45)) continue;
    return organ;
  }
  return undefined;
}

/**
 * The indication whose phrase starts at word `k` (running on to `end`), whose first word is one of
 * the lexicon's: apart from the loop over all words, which compiled code then keeps small.
 */
function indicationAt(text: string, words: Words, k: number, end: number, entries: Map<string, Entry[]>): Candidate | undefined {
  const i = words.starts[k]!;
  const f = words.flags[k]!;
  const word = end === words.ends[k]! ? words.word(k) : text.slice(i, end).replace('’', "'");
  const exact = entries.get(word);
  // The flags are the first part's: "non" of "non-Hodgkin's" has no capital, the word it runs on to has.
  const lower = f & (HAS_UPPER | NON_ASCII) || end !== words.ends[k]! ? entries.get(foldWord(word)) : undefined;
  if (!exact && !lower) return undefined;
  const tried = exact && lower ? [...exact, ...lower] : (exact ?? lower)!;
  for (let j = 0; j < tried.length; j++) {
    const e = tried[j]!;
    const m = matchEntry(text, i, e);
    if (m !== undefined && !isLetter(codeAt(text, m))) return { kind: 'indication', start: i, end: m, value: e.value };
  }
  return undefined;
}
