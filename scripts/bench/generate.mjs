// Deterministic generator of synthetic biopharma press releases for the benchmark.
//
//   node scripts/bench/generate.mjs [--count 1000] [--seed release-lens] [--out DIR]
//
// Everything comes from one seeded PRNG (sfc32, seeded from a string hash); Math.random is never
// used, so the same seed and count always give byte-identical files. A "world" of fictional
// issuers (240) and their drug programs (~700) is built first; releases are then written in date
// order, so programs recur across releases with their phase advancing, partner codes and generic
// names (INN) appearing over time. Each release is ~5 KB and mixes many shapes: codes (ABC-1234,
// AB1234, "Word 1234", T-XX1 conjugates, antibody-payload conjugates, slash pairs, INN with the code
// in parentheses), amounts ($, US$, €, EUR, CHF, £, ¥, ranges, negatives, "(in thousands)" tables),
// dates in many shapes, About / Financial Results / Forward-Looking Statements / Contacts sections,
// wrapped or single-line headlines, CRLF or LF, with or without blank lines, hard-wrapped paragraphs.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Changes whenever this file changes, so cached corpora are rebuilt after an edit. */
export const GENERATOR_VERSION = createHash('sha1').update(fs.readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 10);

// ---- PRNG ---------------------------------------------------------------------------------------

function hashSeed(s) {
  // xmur3
  let h = 1779033703 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

/** sfc32 seeded from a string: a small, fast, good-quality deterministic PRNG. */
export function makeRng(seed) {
  const next = hashSeed(String(seed));
  let a = next(), b = next(), c = next(), d = next();
  const rand = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) rand();
  const r = {
    next: rand,
    int: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(rand() * xs.length)],
    chance: (p) => rand() < p,
    /** Picks from [[weight, value], ...]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [w] of pairs) total += w;
      let x = rand() * total;
      for (const [w, v] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][1];
    },
    shuffle: (xs) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sample: (xs, n) => r.shuffle(xs).slice(0, n),
  };
  return r;
}

// ---- vocabulary ---------------------------------------------------------------------------------

const SYL = ['ar', 'bel', 'cor', 'dra', 'el', 'fen', 'gal', 'hal', 'is', 'jun', 'kel', 'lum', 'mar', 'nor', 'or', 'pra',
  'quil', 'rho', 'sel', 'tor', 'ul', 'ver', 'wyn', 'xen', 'zor', 'an', 'bri', 'cy', 'dan', 'ev', 'fi', 'gen', 'hel',
  'io', 'ka', 'lo', 'mi', 'ne', 'ost', 'pe', 'ru', 'sa', 'ti', 'va', 'zen', 'ae', 'tri', 'ly', 'cal', 'mon'];
const NAME_TAILS = ['ia', 'a', 'is', 'on', 'ex', 'ara', 'ova', 'yx', 'ent', 'era', 'ium', 'os', 'ine', 'ix', 'el', 'an'];
const ISSUER_KINDS = ['Therapeutics', 'Biosciences', 'Pharma', 'Bio', 'Oncology', 'Medicines', 'Biopharma',
  'Pharmaceuticals', 'Biotherapeutics', 'Immunotherapies', 'Genomics', 'Life Sciences', 'BioPharma', 'Biologics'];
const PLACES = [
  ['CAMBRIDGE, Mass.', 'US'], ['BOSTON', 'US'], ['SOUTH SAN FRANCISCO, Calif.', 'US'], ['SAN DIEGO', 'US'],
  ['NEW YORK', 'US'], ['PHILADELPHIA', 'US'], ['SEATTLE', 'US'], ['WALTHAM, Mass.', 'US'], ['RESEARCH TRIANGLE PARK, N.C.', 'US'],
  ['GAITHERSBURG, Md.', 'US'], ['BASEL, Switzerland', 'CH'], ['LAUSANNE, Switzerland', 'CH'], ['ZURICH, Switzerland', 'CH'],
  ['PARIS, France', 'FR'], ['LYON, France', 'FR'], ['MUNICH, Germany', 'DE'], ['HEIDELBERG, Germany', 'DE'],
  ['COPENHAGEN, Denmark', 'DK'], ['STOCKHOLM, Sweden', 'SE'], ['LEIDEN, the Netherlands', 'NL'], ['GHENT, Belgium', 'BE'],
  ['OXFORD, United Kingdom', 'GB'], ['LONDON', 'GB'], ['CAMBRIDGE, England', 'GB'], ['TOKYO, Japan', 'JP'], ['OSAKA, Japan', 'JP'],
  ['SHANGHAI, China', 'CN'], ['SUZHOU, China', 'CN'], ['HONG KONG', 'HK'], ['SEOUL, South Korea', 'KR'],
  ['MELBOURNE, Australia', 'AU'], ['TORONTO', 'CA'], ['VANCOUVER, British Columbia', 'CA'], ['TEL AVIV, Israel', 'IL'],
];
const COUNTRY = {
  US: { forms: ['Inc.', 'Inc.', 'Corp.', 'Inc.'], exchanges: ['Nasdaq', 'Nasdaq', 'Nasdaq', 'NYSE'], cur: 'USD', wire: ['bw', 'gn', 'prn'] },
  CH: { forms: ['AG', 'SA', 'Ltd'], exchanges: ['SIX'], cur: 'CHF', wire: ['plain', 'prn'] },
  FR: { forms: ['SA', 'S.A.'], exchanges: ['Euronext Paris'], cur: 'EUR', wire: ['plain', 'bw'] },
  DE: { forms: ['AG', 'GmbH', 'SE'], exchanges: ['Nasdaq', 'Frankfurt'], cur: 'EUR', wire: ['plain', 'gn'] },
  DK: { forms: ['A/S'], exchanges: ['Nasdaq Copenhagen', 'Nasdaq'], cur: 'DKK', wire: ['plain', 'gn'] },
  SE: { forms: ['AB', 'AB (publ)'], exchanges: ['Nasdaq Stockholm'], cur: 'SEK', wire: ['plain'] },
  NL: { forms: ['N.V.', 'B.V.'], exchanges: ['Euronext Amsterdam', 'Nasdaq'], cur: 'EUR', wire: ['gn', 'plain'] },
  BE: { forms: ['NV', 'SA'], exchanges: ['Euronext Brussels'], cur: 'EUR', wire: ['gn', 'plain'] },
  GB: { forms: ['plc', 'Ltd', 'Limited'], exchanges: ['LSE', 'AIM', 'Nasdaq'], cur: 'GBP', wire: ['plain', 'prn'] },
  JP: { forms: ['Co., Ltd.', 'K.K.', 'Inc.'], exchanges: ['TSE'], cur: 'JPY', wire: ['bw', 'plain'], numericTicker: true },
  CN: { forms: ['Co., Ltd.', 'Inc.', 'Limited'], exchanges: ['HKEX', 'Nasdaq'], cur: 'USD', wire: ['prn'], numericTicker: true },
  HK: { forms: ['Limited', 'Holdings Ltd'], exchanges: ['HKEX'], cur: 'HKD', wire: ['prn', 'plain'], numericTicker: true },
  KR: { forms: ['Co., Ltd.', 'Inc.'], exchanges: ['KOSDAQ'], cur: 'KRW', wire: ['prn', 'plain'], numericTicker: true },
  AU: { forms: ['Limited', 'Ltd'], exchanges: ['ASX', 'Nasdaq'], cur: 'AUD', wire: ['gn', 'plain'] },
  CA: { forms: ['Inc.', 'Corp.'], exchanges: ['TSX', 'Nasdaq'], cur: 'CAD', wire: ['cnw', 'gn'] },
  IL: { forms: ['Ltd.'], exchanges: ['Nasdaq', 'TASE'], cur: 'USD', wire: ['prn', 'gn'] },
};
const PEOPLE_FIRST = ['Miriam', 'Daniel', 'Hannah', 'Kenji', 'Elena', 'Raj', 'Claire', 'Thomas', 'Priya', 'Jonas', 'Sofia',
  'Marcus', 'Yuki', 'Amara', 'Lucas', 'Ingrid', 'Mateo', 'Chen', 'Olga', 'Samuel', 'Fatima', 'Henrik', 'Aiko', 'Isabel',
  'Victor', 'Leila', 'Patrick', 'Min-jun', 'Nadia', 'Oliver', 'Grace', 'Tobias', 'Anika', 'Rafael', 'Helena', 'Wei'];
const PEOPLE_LAST = ['Okafor', 'Reyes', 'Lindqvist', 'Morimoto', 'Vasquez', 'Patel', 'Fontaine', 'Akerman', 'Nair',
  'Bergmann', 'Rossi', 'Dubois', 'Tanaka', 'Mensah', 'Keller', 'Haugen', 'Silva', 'Zhang', 'Ivanova', 'Cohen', 'Haddad',
  'Jensen', 'Sato', 'Moreau', 'Novak', 'Rahman', 'Walsh', 'Kim', 'Petrov', 'Fischer', 'Osei', 'Larsen', 'Costa', 'Weber'];
const TITLES = ['Chief Executive Officer', 'President and Chief Executive Officer', 'Chief Medical Officer',
  'Chief Scientific Officer', 'Head of Research and Development', 'Chief Financial Officer', 'Chief Operating Officer'];
const HONORIFIC = ['', '', 'Dr. ', ''];
const DEGREES = ['', '', ', M.D.', ', Ph.D.', ', M.D., Ph.D.', ''];

const TARGETS = ['HER2', 'HER3', 'TROP2', 'CLDN6', 'CLDN18.2', 'B7-H3', 'B7-H4', 'CD123', 'CD19', 'CD20', 'CD22',
  'CD33', 'CD37', 'CD38', 'CD47', 'CD70', 'BCMA', 'GPRC5D', 'FCRH5', 'DLL3', 'MSLN', 'Nectin-4', 'CEACAM5', 'MUC16',
  'PSMA', 'GD2', 'ROR1', 'PTK7', 'AXL', 'LIV-1', 'c-MET', 'FGFR2', 'FGFR3', 'KRAS G12C', 'BRAF', 'ALK', 'ROS1', 'RET',
  'IDH1', 'FLT3', 'BTK', 'JAK1', 'TYK2', 'BCL-2', 'MCL-1', 'PARP', 'PI3K', 'CDK4/6', 'EZH2', 'IL-6', 'IL-17A', 'IL-23',
  'IL-4', 'IL-13', 'TNF', 'OX40', '4-1BB', 'TIGIT', 'LAG-3', 'PD-1', 'PD-L1', 'CTLA-4', 'CCR8', 'CXCR4', 'SIRPα', 'GPC3',
  'STEAP1', 'SSTR2', 'PCSK9', 'APOC3', 'ANGPTL3', 'FcRn', 'C5', 'TTR', 'HTT', 'SOD1', 'GLP-1', 'TSLP', 'EGFR', 'MET',
  'FRα', 'Tissue Factor', 'CDH6', 'ITGB6', 'LRRC15', 'CD46', 'CD74', 'EPHA2', 'Siglec-15', 'LILRB4', 'CCR4'];
const INDICATIONS = {
  onc: ['non-small cell lung cancer', 'small cell lung cancer', 'ovarian cancer', 'platinum-resistant ovarian cancer',
    'metastatic breast cancer', 'HER2-positive breast cancer', 'triple-negative breast cancer', 'gastric cancer',
    'colorectal cancer', 'pancreatic cancer', 'hepatocellular carcinoma', 'urothelial carcinoma', 'prostate cancer',
    'head and neck squamous cell carcinoma', 'endometrial cancer', 'cervical cancer', 'melanoma', 'glioblastoma',
    'acute myeloid leukemia', 'multiple myeloma', 'diffuse large B-cell lymphoma', 'follicular lymphoma',
    'chronic lymphocytic leukemia', 'myelodysplastic syndromes', 'mantle cell lymphoma', 'renal cell carcinoma',
    'biliary tract cancer', 'mesothelioma', 'sarcoma', 'neuroblastoma'],
  imm: ['atopic dermatitis', 'psoriasis', 'ulcerative colitis', "Crohn's disease", 'rheumatoid arthritis',
    'systemic lupus erythematosus', 'myasthenia gravis', 'asthma', 'chronic rhinosinusitis with nasal polyps',
    'hidradenitis suppurativa', 'eosinophilic esophagitis', 'IgA nephropathy'],
  other: ['amyotrophic lateral sclerosis', "Huntington's disease", 'transthyretin amyloidosis', 'hypercholesterolemia',
    'obesity', 'type 2 diabetes', 'nonalcoholic steatohepatitis', 'Duchenne muscular dystrophy', 'hemophilia A',
    'paroxysmal nocturnal hemoglobinuria', 'idiopathic pulmonary fibrosis', 'sickle cell disease'],
};
const MODALITIES = [
  [22, { key: 'adc', label: 'antibody-drug conjugate', short: 'ADC', area: 'onc' }],
  [14, { key: 'bispecific', label: 'bispecific antibody', short: 'bispecific', area: 'onc' }],
  [12, { key: 'mab', label: 'monoclonal antibody', short: 'antibody', area: 'imm' }],
  [24, { key: 'smi', label: 'oral small molecule inhibitor', short: 'inhibitor', area: 'onc' }],
  [8, { key: 'sirna', label: 'siRNA therapeutic', short: 'siRNA', area: 'other' }],
  [7, { key: 'cell', label: 'autologous CAR T-cell therapy', short: 'CAR-T', area: 'onc' }],
  [5, { key: 'degrader', label: 'targeted protein degrader', short: 'degrader', area: 'onc' }],
  [8, { key: 'peptide', label: 'long-acting peptide agonist', short: 'agonist', area: 'other' }],
];
const PAYLOADS = ['DM4', 'MMAE', 'DXd', 'SN-38', 'DM1', 'MMAF', 'PBD'];
const INN_STEMS = { adc: ['tuzumab', 'lizumab', 'zumab', 'limab'], bispecific: ['tamab', 'toxumab', 'tamig'],
  mab: ['kimab', 'limab', 'zumab', 'tug'], smi: ['tinib', 'rafenib', 'ciclib', 'parib', 'lisib', 'sertib', 'metinib'],
  sirna: ['siran', 'meran'], cell: ['leucel', 'gene autoleucel'], degrader: ['degib', 'bamide'], peptide: ['glutide', 'tide', 'relin'] };
const ADC_PAYLOAD_INN = ['vedotin', 'deruxtecan', 'govitecan', 'mafodotin', 'ravtansine', 'soravtansine', 'zelvatecan', 'tesirine'];
const CONFERENCES = [['ASCO', 'American Society of Clinical Oncology (ASCO) Annual Meeting', 5], ['ESMO', 'European Society for Medical Oncology (ESMO) Congress', 9],
  ['ASH', 'American Society of Hematology (ASH) Annual Meeting and Exposition', 11], ['AACR', 'American Association for Cancer Research (AACR) Annual Meeting', 3],
  ['SABCS', 'San Antonio Breast Cancer Symposium (SABCS)', 11], ['EHA', 'European Hematology Association (EHA) Congress', 5],
  ['EADV', 'European Academy of Dermatology and Venereology (EADV) Congress', 9], ['ACR', 'ACR Convergence', 10],
  ['SITC', 'Society for Immunotherapy of Cancer (SITC) Annual Meeting', 10], ['WCLC', 'IASLC World Conference on Lung Cancer', 8]];
const TRIAL_WORDS = ['HARBOR', 'AURORA', 'TRIDENT', 'SUMMIT', 'BEACON', 'HORIZON', 'ATLAS', 'COMPASS', 'ZENITH',
  'MERIDIAN', 'SENTINEL', 'PINNACLE', 'VOYAGER', 'CASCADE', 'KESTREL', 'LUMINA', 'ORBIT', 'SPECTRA', 'TIDAL', 'VERTEX'];
const REGIONS = ['in Greater China', 'in Japan', 'in Japan and South Korea', 'in Europe', 'in the United States', 'in Asia-Pacific',
  'in all territories outside the United States', 'worldwide', 'in North America'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ORD = ['first', 'second', 'third', 'fourth'];
const ORD_CAP = ['First', 'Second', 'Third', 'Fourth'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const commas = (n) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const DAY = 86_400_000;

// ---- world --------------------------------------------------------------------------------------

function makeName(rng, used) {
  for (;;) {
    const n = cap(rng.pick(SYL) + rng.pick(SYL) + (rng.chance(0.7) ? rng.pick(NAME_TAILS) : ''));
    if (n.length >= 5 && n.length <= 11 && !used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

function makePerson(rng) {
  const first = rng.pick(PEOPLE_FIRST);
  const last = rng.pick(PEOPLE_LAST);
  return { first, last, full: `${rng.pick(HONORIFIC)}${first} ${last}${rng.pick(DEGREES)}`, plain: `${first} ${last}` };
}

function letterPrefix(rng, name, len) {
  const up = name.toUpperCase().replace(/[^A-Z]/g, '');
  const consonants = up[0] + up.slice(1).replace(/[AEIOU]/g, '');
  let p = (consonants.length >= len ? consonants : up).slice(0, len);
  while (p.length < len) p += String.fromCharCode(65 + rng.int(0, 25));
  return p;
}

function makeIssuer(rng, used, i) {
  const name = makeName(rng, used);
  const [place, cc] = rng.pick(PLACES);
  const country = COUNTRY[cc];
  const kind = rng.pick(ISSUER_KINDS);
  const form = rng.pick(country.forms);
  const listed = rng.chance(0.82);
  const exchange = rng.pick(country.exchanges);
  const ticker = country.numericTicker && exchange !== 'Nasdaq' ? String(rng.int(1000, 9999)) : letterPrefix(rng, name, rng.int(3, 4)) + (rng.chance(0.3) ? 'X' : '');
  // How this issuer writes its development codes.
  const codeStyle = rng.weighted([[34, 'hyphen'], [22, 'joined'], [10, 'word'], [8, 'hyphen2'], [6, 'letterjoined'], [6, 'hyphenlong']]);
  const prefix = codeStyle === 'word' ? name : letterPrefix(rng, name, codeStyle === 'letterjoined' ? 2 : rng.int(2, 4));
  return {
    i, name, kind, form, full: `${name} ${kind}${/^(Inc\.|Ltd\.?)$/.test(form) ? ',' : ''} ${form}`,
    short: name, place, cc, country, listed, exchange, ticker, codeStyle, prefix,
    ceo: makePerson(rng), cmo: makePerson(rng), cfo: makePerson(rng), ir: makePerson(rng), media: makePerson(rng),
    domain: `${slug(name)}${rng.pick(['bio', 'tx', '-pharma', '', 'therapeutics'])}.example`,
    wire: rng.pick(country.wire), cur: country.cur, programs: [], quarterStyle: rng.pick(['us', 'half', 'us', 'us']),
    cashK: rng.int(40_000, 900_000), rdK: rng.int(5_000, 60_000), founded: rng.int(1960, 2019),
    focus: '',
  };
}

function makeCode(rng, issuer, usedCodes) {
  for (let tries = 0; ; tries++) {
    const d3 = rng.int(100, 999);
    const d4 = rng.int(1000, 9899);
    let code;
    switch (issuer.codeStyle) {
      case 'hyphen': code = `${issuer.prefix}-${rng.chance(0.5) ? d3 : d4}`; break;
      case 'joined': code = `${issuer.prefix}${rng.chance(0.5) ? d3 : d4}`; break;
      case 'word': code = `${issuer.prefix} ${d4}`; break;
      case 'hyphen2': code = `${issuer.prefix}-${rng.chance(0.6) ? d4 : d3}${rng.chance(0.3) ? rng.pick(['A', 'B', 'X']) : ''}`; break;
      case 'letterjoined': code = `${issuer.prefix}${d4}`; break;
      default: code = `${issuer.prefix}-${rng.int(100000, 999999)}`;
    }
    if (/(19|20)\d\d$/.test(code) && tries < 20) continue; // looks like a year
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

function makeInn(rng, modality, usedInns) {
  for (;;) {
    const head = rng.pick(SYL) + rng.pick(['', ...SYL.slice(0, 20)]) ;
    let inn = head + rng.pick(INN_STEMS[modality.key]);
    if (modality.key === 'adc') inn += ' ' + rng.pick(SYL) + rng.pick(ADC_PAYLOAD_INN);
    if (!usedInns.has(inn) && inn.length > 7) {
      usedInns.add(inn);
      return inn;
    }
  }
}

/** A program and its timeline: phase changes, INN assignment, partner alias, conjugate alias. */
function makeProgram(rng, issuer, world, startTime, endTime) {
  const modality = rng.weighted(MODALITIES);
  const area = rng.chance(0.8) ? modality.area : rng.pick(['onc', 'imm', 'other']);
  const indications = rng.sample(INDICATIONS[area], rng.int(1, 3));
  const code = makeCode(rng, issuer, world.usedCodes);
  const p = {
    code, issuer, modality, area, indications, target: rng.pick(TARGETS),
    payload: modality.key === 'adc' ? (rng.chance(0.7) ? rng.pick(PAYLOADS) : `${letterPrefix(rng, issuer.name, 2)}${rng.int(1, 9)}`) : undefined,
    trial: `${rng.pick(TRIAL_WORDS)}-${rng.int(1, 4)}`, nct: `NCT0${rng.int(1000000, 6999999)}`,
    phases: [], inn: undefined, innAt: Infinity, partner: undefined, partnerAt: Infinity, formerly: undefined,
    conjugate: undefined, brand: undefined, approvedAt: Infinity,
  };
  // Antibody-payload ("huXY12-DM4") or T-XX1-style aliases for ADCs.
  if (modality.key === 'adc' && rng.chance(0.35)) {
    p.conjugate = rng.chance(0.5) && PAYLOADS.includes(p.payload) && /^[A-Z]/.test(p.payload)
      ? `hu${letterPrefix(rng, issuer.name, 1)}${rng.pick(['My', 'Cl', 'Tx', 'Vb'])}${rng.int(2, 99)}-${p.payload.replace('-', '')}`
      : `${letterPrefix(rng, issuer.name, 1)}-${letterPrefix(rng, world.names[rng.int(0, world.names.length - 1)], 2)}${rng.int(1, 9)}`;
  }
  if (rng.chance(0.18)) p.formerly = `${letterPrefix(rng, makeName(rng, world.usedNames), rng.int(2, 3))}${rng.int(100, 9999)}`;
  // Phase timeline.
  const ladder = ['preclinical', '1', '1b', '1/2', '2', '2b', '3', 'approved'];
  let t = startTime - rng.int(0, 900) * DAY;
  let k = rng.weighted([[4, 0], [4, 1], [1, 3], [1, 4]]);
  while (t < endTime && k < ladder.length) {
    p.phases.push({ t, phase: ladder[k] });
    if (ladder[k] === '2' && !p.inn && rng.chance(0.55)) { p.inn = makeInn(rng, modality, world.usedInns); p.innAt = t + rng.int(30, 400) * DAY; }
    if (ladder[k] === 'approved') {
      p.approvedAt = t;
      p.brand = cap(rng.pick(SYL) + rng.pick(SYL) + rng.pick(['a', 'o', 'ix', 'yl', 'ra', 'vo']));
      if (!p.inn) { p.inn = makeInn(rng, modality, world.usedInns); p.innAt = t - 200 * DAY; }
      break;
    }
    if (rng.chance(0.12)) { p.discontinuedAt = t + rng.int(200, 900) * DAY; break; }
    t += rng.int(240, 900) * DAY;
    k += rng.weighted([[5, 1], [3, 2], [1, 3]]);
  }
  return p;
}

function buildWorld(seed, startTime, endTime) {
  const rng = makeRng(`${seed}/world`);
  const world = { usedNames: new Set(), usedCodes: new Set(), usedInns: new Set(), issuers: [], programs: [], names: [] };
  for (let i = 0; i < 240; i++) {
    const issuer = makeIssuer(rng, world.usedNames, i);
    world.issuers.push(issuer);
    world.names.push(issuer.name);
  }
  for (const issuer of world.issuers) {
    const n = rng.weighted([[3, 1], [5, 2], [5, 3], [3, 4], [2, 6]]);
    for (let k = 0; k < n; k++) {
      const p = makeProgram(rng, issuer, world, startTime + rng.int(-300, 2500) * DAY, endTime);
      issuer.programs.push(p);
      world.programs.push(p);
    }
    issuer.focus = issuer.programs[0].modality.label.replace(/y$/, 'ie') + 's';
  }
  // Partnerships: a partner gives the program its own code, used in slash pairs and "also known as".
  for (const p of world.programs) {
    if (rng.chance(0.22)) {
      const partner = rng.pick(world.issuers);
      if (partner === p.issuer) continue;
      p.partner = partner;
      p.partnerCode = makeCode(rng, partner, world.usedCodes);
      p.partnerAt = p.phases[0].t + rng.int(100, 1500) * DAY;
      p.partnerRegion = rng.pick(REGIONS);
      p.partnerDeal = { upfront: rng.pick([5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150]), milestones: rng.pick([100, 145, 250, 410, 600, 875, 1200, 1650]) };
    }
  }
  return world;
}

// ---- formatting of dates and money ------------------------------------------------------------------

const dateParts = (t) => { const d = new Date(t); return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay() }; };

function fmtDate(rng, t, style) {
  const { y, m, d } = dateParts(t);
  switch (style ?? rng.weighted([[30, 'us'], [12, 'ap'], [14, 'eu'], [4, 'iso'], [4, 'abbr'], [3, 'ord'], [2, 'usnum']])) {
    case 'us': return `${MONTHS[m]} ${d}, ${y}`;
    case 'ap': return `${MONTH_AP[m]} ${d}, ${y}`;
    case 'eu': return `${d} ${MONTHS[m]} ${y}`;
    case 'iso': return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'abbr': return `${d} ${MONTH_ABBR[m]} ${y}`;
    case 'ord': return `${MONTHS[m]} ${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}, ${y}`;
    default: return `${pad(m + 1)}/${pad(d)}/${y}`;
  }
}

/** A vaguer future date: "Q3 2025", "mid-2025", "the first half of 2026", "year-end 2025", "December 2025". */
function fmtVague(rng, t) {
  const { y, m } = dateParts(t);
  const q = Math.floor(m / 3);
  const h = m < 6 ? 0 : 1;
  return rng.weighted([
    [5, `Q${q + 1} ${y}`], [4, `the ${ORD[q]} quarter of ${y}`], [3, `mid-${y}`], [4, `the ${ORD[h]} half of ${y}`],
    [2, `${h ? '2H' : '1H'} ${y}`], [2, `H${h + 1} ${y}`], [3, `${MONTHS[m]} ${y}`], [2, `year-end ${y}`],
    [2, `the end of ${y}`], [2, `early ${y}`], [1, `late ${y}`], [2, `${y}`], [1, `${MONTH_ABBR[m]}. ${y}`],
  ]);
}

const CUR_STYLE = {
  USD: [[6, '$'], [1, 'US$'], [1, 'USD ']], EUR: [[4, '€'], [2, 'EUR ']], CHF: [[1, 'CHF ']], GBP: [[3, '£'], [1, 'GBP ']],
  JPY: [[2, '¥'], [1, 'JPY ']], DKK: [[1, 'DKK ']], SEK: [[1, 'SEK ']], HKD: [[1, 'HK$'], [1, 'HKD ']], KRW: [[1, 'KRW '], [1, '₩']],
  AUD: [[1, 'A$'], [1, 'AUD ']], CAD: [[1, 'C$'], [1, 'CAD ']],
};
function money(rng, cur, millions) {
  const sym = rng.weighted(CUR_STYLE[cur] ?? CUR_STYLE.USD);
  if (millions >= 1000 && rng.chance(0.7)) return `${sym}${(millions / 1000).toFixed(millions % 1000 ? 1 : 0)} billion`;
  const n = millions < 10 && rng.chance(0.5) ? millions.toFixed(1) : String(Math.round(millions));
  return `${sym}${n}${rng.chance(0.1) ? 'M' : rng.chance(0.08) ? ' mn' : ' million'}`;
}
function moneyRange(rng, cur, lo, hi) {
  const sym = rng.weighted(CUR_STYLE[cur] ?? CUR_STYLE.USD);
  return rng.weighted([
    [3, `between ${sym}${lo} million and ${sym}${hi} million`], [3, `${sym}${lo} million to ${sym}${hi} million`],
    [2, `${sym}${lo}-${hi} million`], [1, `${sym}${lo}–${sym}${hi} million`],
  ]);
}

// ---- the release writer ---------------------------------------------------------------------------

function phaseAt(p, t) {
  let cur;
  for (const e of p.phases) if (e.t <= t) cur = e.phase;
  return cur;
}
function nextPhaseAfter(p, t) {
  for (const e of p.phases) if (e.t > t) return e;
  return undefined;
}
const PHASE_TEXT = (rng, ph) => {
  if (ph === 'preclinical') return 'preclinical';
  if (ph === 'approved') return 'commercial';
  const roman = { 1: 'I', 2: 'II', 3: 'III', '1b': 'Ib', '1/2': 'I/II', '2b': 'IIb' };
  return rng.chance(0.12) && roman[ph] ? `Phase ${roman[ph]}` : `Phase ${ph}`;
};

/** How a program is named at time t: first mention (full) and later mentions (short). */
function names(rng, p, t) {
  const hasInn = p.inn && t >= p.innAt;
  const hasPartner = p.partner && t >= p.partnerAt;
  let first = p.code;
  const r = rng.next();
  if (hasInn && r < 0.45) first = rng.chance(0.8) ? `${p.inn} (${p.code})` : `${p.code} (${p.inn})`;
  else if (hasPartner && r < 0.7) first = rng.chance(0.6) ? `${p.code}/${p.partnerCode}` : `${p.code} (also known as ${p.partnerCode})`;
  else if (p.formerly && r < 0.8) first = `${p.code} (formerly ${p.formerly})`;
  else if (p.conjugate && r < 0.9) first = `${p.code} (${p.conjugate})`;
  if (p.brand && t >= p.approvedAt && rng.chance(0.5)) first = `${p.brand}® (${p.inn})`;
  const short = hasInn && rng.chance(0.35) ? p.inn : p.code;
  return { first, short };
}

function describe(rng, p) {
  const tgt = p.target;
  switch (p.modality.key) {
    case 'adc': return rng.pick([`a ${tgt}-directed antibody-drug conjugate (ADC) carrying the ${p.payload} payload`,
      `an ADC targeting ${tgt} with a cleavable linker and ${p.payload} payload`, `a next-generation anti-${tgt} ADC`]);
    case 'bispecific': return rng.pick([`a ${tgt}xCD3 T-cell engaging bispecific antibody`, `a bispecific antibody targeting ${tgt} and CD3`]);
    case 'mab': return rng.pick([`a fully human monoclonal antibody against ${tgt}`, `an anti-${tgt} monoclonal antibody`]);
    case 'smi': return rng.pick([`an oral, selective ${tgt} inhibitor`, `a potent, brain-penetrant inhibitor of ${tgt}`, `a next-generation ${tgt} inhibitor`]);
    case 'sirna': return `an investigational RNAi therapeutic targeting ${tgt}`;
    case 'cell': return `an autologous CAR T-cell therapy directed against ${tgt}`;
    case 'degrader': return `an orally bioavailable ${tgt} degrader`;
    default: return `a long-acting ${tgt} agonist`;
  }
}

function quote(rng, person, title, issuer, sentence) {
  const openers = ['"', '“'];
  const o = rng.pick(openers);
  const c = o === '"' ? '"' : '”';
  return `${o}${sentence.replace(/\.$/, ',')}${c} said ${person.full}, ${title} of ${issuer.short}.`;
}

const FILLER = [
  (rng, p) => `Enrollment is ongoing at approximately ${rng.int(20, 140)} sites in the United States, Europe and Asia. The primary endpoint is objective response rate (ORR) by blinded independent central review, and key secondary endpoints include duration of response, progression-free survival and safety.`,
  (rng, p) => `In the dose-escalation portion, ${p.code} was generally well tolerated; the most common treatment-related adverse events were nausea (${rng.int(10, 45)}%), fatigue (${rng.int(8, 40)}%) and anemia (${rng.int(5, 30)}%), and no new safety signals were identified. Grade 3 or higher treatment-related adverse events occurred in ${rng.int(5, 35)}% of patients.`,
  (rng, p) => `${cap(p.indications[0])} remains an area of high unmet need: an estimated ${commas(rng.int(8, 400) * 1000)} patients are diagnosed each year, and for many of them no approved targeted therapy exists after progression on standard of care.`,
  (rng, p) => { const orr = rng.int(15, 70); return `Among ${rng.int(20, 120)} evaluable patients, the confirmed objective response rate was ${orr}% (95% CI: ${orr - rng.int(6, 14)}%-${orr + rng.int(6, 14)}%), including ${rng.int(1, 9)} complete responses. The median duration of response was ${rng.int(5, 18)}.${rng.int(0, 9)} months at a median follow-up of ${rng.int(6, 24)} months.`; },
  (rng, p) => `Data from the study will be shared in an oral presentation and further details are available on ClinicalTrials.gov under the identifier ${p.nct}.`,
  (rng, p, t) => { const o = rng.pick(p.issuer.programs); const oph = phaseAt(o, t); return `Elsewhere in the pipeline, ${o.code}, ${describe(rng, o)}, ${oph && oph !== 'preclinical' ? `continues in a ${PHASE_TEXT(rng, oph)} study in ${o.indications[0]}` : `is in IND-enabling studies, with a first-in-human trial planned for ${fmtVague(rng, t + rng.int(120, 500) * DAY)}`}.`; },
  (rng, p) => `${p.code} is administered ${rng.pick(['intravenously every three weeks', 'orally once daily', 'subcutaneously every two weeks', 'as a single infusion'])}${p.modality.key === 'adc' ? `, and its ${p.payload} payload is released after internalization into ${p.target}-expressing tumor cells` : ''}. Preclinical studies showed activity in models resistant to current standard of care, including ${rng.int(2, 9)} of ${rng.int(10, 14)} patient-derived xenograft models.`,
  (rng, p, t) => `In a subgroup of ${rng.int(12, 60)} patients with ${p.target}-high tumors, the response rate was ${rng.int(30, 80)}%, compared to ${rng.int(5, 29)}% in patients with low expression. Exploratory biomarker analyses will be presented at a medical meeting in ${fmtVague(rng, t + rng.int(60, 300) * DAY)}.`,
  (rng, p) => `${p.issuer.short} has entered into an agreement with a contract development and manufacturing organization to supply clinical and commercial material of ${p.code}, supported by a capacity reservation of ${money(rng, 'USD', rng.int(2, 30))}.`,
  (rng, p, t) => `${p.issuer.short} also announced the appointment of ${makePerson(rng).full} as ${rng.pick(TITLES)}, effective ${fmtDate(rng, t + rng.int(5, 60) * DAY)}. The new executive joins from a global pharmaceutical company, having led late-stage development of ${rng.int(3, 9)} approved medicines.`,
  (rng, p) => `The randomized portion of the trial compares ${p.code} at ${rng.int(1, 8)}.${rng.int(0, 9)} mg/kg with investigator's choice of chemotherapy in a ${rng.pick(['1:1', '2:1', '1:1:1'])} ratio, stratified by prior therapy and region; up to ${rng.int(150, 700)} patients will be enrolled.`,
];

function wrapText(s, width) {
  const out = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

function dateline(rng, issuer, t) {
  const ticker = issuer.listed ? ` (${issuer.exchange}: ${issuer.ticker})` : '';
  const lead = `${issuer.full}${ticker}`;
  switch (issuer.wire) {
    case 'bw': return `${issuer.place}--(BUSINESS WIRE)--${fmtDate(rng, t, 'ap')}-- ${lead}`;
    case 'gn': return `${issuer.place}, ${fmtDate(rng, t, rng.pick(['ap', 'us']))} (GLOBE NEWSWIRE) -- ${lead}`;
    case 'prn': return `${issuer.place}, ${fmtDate(rng, t, rng.pick(['us', 'ap']))} /PRNewswire/ -- ${lead}`;
    case 'cnw': return `${issuer.place}, ${fmtDate(rng, t, 'us')} /CNW/ - ${lead}`;
    default: return `${issuer.place.split(',').map((s, i) => (i === 0 ? cap(s.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())) : s)).join(',')}, ${fmtDate(rng, t, rng.pick(['us', 'eu']))} – ${lead}`;
  }
}

function financialTable(rng, issuer, t, quarterLabel) {
  const { y } = dateParts(t);
  const rev = rng.chance(0.4) ? rng.int(500, 60_000) : 0;
  const rd = issuer.rdK + rng.int(-3000, 8000);
  const ga = Math.round(rd * (0.2 + rng.next() * 0.3));
  const opex = rd + ga;
  const lossOps = rev - opex;
  const interest = rng.int(100, 4000);
  const net = lossOps + interest;
  const prior = (x) => Math.round(x * (0.7 + rng.next() * 0.4));
  const cell = (x, dollar) => (x < 0 ? `${dollar ? '$' : ''}(${commas(-x)})` : x === 0 ? '—' : `${dollar ? '$ ' : ''}${commas(x)}`);
  const shares = rng.int(20_000, 150_000);
  const rows = [
    `${issuer.name.toUpperCase()} ${issuer.kind.toUpperCase()}`,
    'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS',
    '(in thousands, except per share amounts)',
    '(unaudited)',
    `${quarterLabel} ${y} ${quarterLabel} ${y - 1}`,
    `Collaboration revenue ${cell(rev, true)} ${cell(prior(rev), true)}`,
    'Operating expenses:',
    `Research and development ${cell(rd)} ${cell(prior(rd))}`,
    `General and administrative ${cell(ga)} ${cell(prior(ga))}`,
    `Total operating expenses ${cell(opex)} ${cell(prior(opex))}`,
    `Loss from operations ${cell(lossOps)} ${cell(prior(lossOps))}`,
    `Interest income, net ${cell(interest)} ${cell(prior(interest))}`,
    `Net loss ${cell(net, true)} ${cell(prior(net), true)}`,
    `Net loss per share, basic and diluted $ (${(-net / shares).toFixed(2)}) $ (${(-prior(net) / shares).toFixed(2)})`,
    `Weighted-average shares outstanding ${commas(shares)} ${commas(prior(shares))}`,
    '',
    'SELECTED BALANCE SHEET DATA',
    '(in thousands)',
    `Cash, cash equivalents and marketable securities $ ${commas(issuer.cashK)} $ ${commas(prior(issuer.cashK))}`,
    `Total assets ${commas(issuer.cashK * 1.15)} ${commas(prior(issuer.cashK * 1.15))}`,
  ];
  return rows.join('\n');
}

const FLS_HEADINGS = ['Forward-Looking Statements', 'Forward-looking statements', 'Cautionary Note Regarding Forward-Looking Statements',
  'FORWARD-LOOKING STATEMENTS', 'Safe Harbor Statement'];

function flsParagraph(rng, issuer, p, t) {
  const { y } = dateParts(t);
  const parts = [
    `This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the timing of clinical data, regulatory submissions and pivotal trials, the therapeutic potential of ${p ? p.code : 'its product candidates'}, and ${issuer.short}'s expected cash runway.`,
    `Words such as "anticipate," "believe," "expect," "intend," "may," "plan," "potential," "will" and similar expressions are intended to identify forward-looking statements.`,
    `These statements are subject to risks and uncertainties that could cause actual results to differ materially, including those described in ${issuer.short}'s Annual Report on Form 10-K for the year ended December 31, ${y - 1} and its other filings with the Securities and Exchange Commission.`,
    `Forward-looking statements speak only as of the date of this press release, and ${issuer.short} undertakes no obligation to update them except as required by law.`,
  ];
  return rng.chance(0.3) ? [parts[0], parts[2], parts[3]].join(' ') : parts.join(' ');
}

function contacts(rng, issuer) {
  const phone = issuer.cc === 'US' || issuer.cc === 'CA' ? () => `${rng.int(201, 989)}-555-${pad(rng.int(100, 199), 4)}` : () => `+${rng.int(30, 86)} ${rng.int(10, 99)} ${rng.int(100, 999)} ${pad(rng.int(0, 99))} ${pad(rng.int(0, 99))}`;
  const style = rng.int(0, 2);
  if (style === 0) return `Investor Contact:\n${issuer.ir.plain}\n${phone()}\nir@${issuer.domain}\n\nMedia Contact:\n${issuer.media.plain}\n${phone()}\nmedia@${issuer.domain}`;
  if (style === 1) return `Contacts\n${issuer.ir.plain}, Investor Relations\n${phone()} | ir@${issuer.domain}\n${issuer.media.plain}, Corporate Communications\n${phone()} | press@${issuer.domain}`;
  return `For further information, please contact:\n${issuer.short} ${issuer.kind}\n${issuer.ir.plain}, ${rng.pick(['Head of Investor Relations', 'VP, Investor Relations'])}\nT: ${phone()}\nE: ${issuer.ir.first.toLowerCase()}.${issuer.ir.last.toLowerCase()}@${issuer.domain}`;
}

function aboutIssuer(rng, issuer) {
  const list = issuer.programs.slice(0, 4).map((p) => p.code);
  return `About ${issuer.short} ${issuer.kind}\n${issuer.full} is a ${rng.pick(['clinical-stage', 'commercial-stage', 'research-based', 'biopharmaceutical'])} company ${issuer.place.includes(',') ? `based in ${cap(issuer.place.split(',')[0].toLowerCase())}` : `headquartered in ${cap(issuer.place.toLowerCase())}`}, founded in ${issuer.founded}, developing ${issuer.focus}. Its pipeline includes ${list.join(', ')}. For more information, visit www.${issuer.domain}.`;
}

function aboutProgram(rng, p, t) {
  const n = names(rng, p, t);
  const ph = phaseAt(p, t);
  const where = ph === 'approved' ? `is approved in the United States for ${p.indications[0]}` : !ph || ph === 'preclinical' ? `is in IND-enabling studies for ${p.indications.join(' and ')}` : `is being evaluated in a ${PHASE_TEXT(rng, ph)} clinical trial in ${p.indications.join(' and ')}`;
  return `About ${n.short}\n${n.first} is ${describe(rng, p)}. ${n.short} ${where}.${p.partner && t >= p.partnerAt ? ` ${p.partner.short} holds rights to ${p.partnerCode} ${p.partnerRegion}.` : ''}${rng.chance(0.3) ? ` ${p.code} has received Orphan Drug Designation from the U.S. FDA.` : ''}`;
}

/** One release: { text, name, kind }. */
function writeRelease(rng, world, issuer, t, index) {
  const live = issuer.programs.filter((p) => p.phases[0].t <= t && !(p.discontinuedAt < t));
  const p = live.length ? rng.pick(live) : issuer.programs[0];
  const others = issuer.programs.filter((x) => x !== p);
  const ph = phaseAt(p, t) ?? 'preclinical';
  const n = names(rng, p, t);
  const { y, m } = dateParts(t);
  const cur = issuer.cur;
  const kind = rng.weighted([[30, 'clinical'], [22, 'financial'], [11, 'deal'], [8, 'financing'], [10, 'regulatory'], [10, 'conference'], [4, 'acquisition'], [5, 'pipeline']]);
  const ceoSays = (s) => quote(rng, issuer.ceo, rng.pick(TITLES.slice(0, 2)), issuer, s);
  const cmoSays = (s) => quote(rng, issuer.cmo, 'Chief Medical Officer', issuer, s);
  const future = (days) => fmtVague(rng, t + rng.int(days[0], days[1]) * DAY);
  const ann = rng.pick(['today announced', 'today announced', 'today reported', 'today provided an update on', 'announced today']);
  let headline;
  let sub = [];
  const body = [];
  const sections = [];
  const conf = rng.pick(CONFERENCES);
  const partner = p.partner && t >= p.partnerAt ? p.partner : rng.pick(world.issuers);

  switch (kind) {
    case 'clinical': {
      const good = rng.chance(0.8);
      headline = rng.pick([
        `${issuer.short} Announces ${good ? 'Positive ' : ''}Topline Results from ${PHASE_TEXT(rng, ph)} ${p.trial} Trial of ${n.short} in ${cap(p.indications[0])}`,
        `${issuer.short} Doses First Patient in ${PHASE_TEXT(rng, ph)} Study of ${p.code}, a ${p.target}-Targeting ${cap(p.modality.short)}`,
        `${issuer.short} Reports Interim ${PHASE_TEXT(rng, ph)} Data for ${n.short} Showing ${rng.int(20, 70)}% Objective Response Rate in ${cap(p.indications[0])}`,
        `${issuer.short} Completes Enrollment in ${p.trial} ${PHASE_TEXT(rng, ph)} Trial Evaluating ${p.code}`,
      ]);
      sub = [`${PHASE_TEXT(rng, ph)} ${p.trial} met its primary endpoint with a confirmed ORR of ${rng.int(20, 70)}%`, `Company plans to discuss registrational path with FDA in ${future([60, 300])}`];
      body.push(`${issuer.full}${issuer.listed && rng.chance(0.5) ? ` (${issuer.exchange}: ${issuer.ticker})` : ''} ${ann} ${rng.pick(['topline results from', 'interim data from', 'an update on'])} the ${PHASE_TEXT(rng, ph)} ${p.trial} trial of ${n.first}, ${describe(rng, p)}, in patients with ${p.indications[0]}. ${good ? 'The study met its primary endpoint.' : 'The study did not meet its primary endpoint, and the company will review the full data set.'} The ${PHASE_TEXT(rng, ph)} trial (${p.nct}) enrolled ${rng.int(30, 400)} patients between ${fmtDate(rng, t - rng.int(300, 700) * DAY, 'us')} and ${fmtDate(rng, t - rng.int(30, 200) * DAY, rng.pick(['us', 'eu']))}.`);
      body.push(cmoSays(`These results show that ${n.short} can deliver durable responses in a population with few options. We look forward to presenting the full data at ${conf[0]} ${y} and to starting a ${PHASE_TEXT(rng, nextPhaseAfter(p, t)?.phase ?? '3')} trial in ${future([90, 500])}.`));
      body.push(FILLER[3](rng, p), FILLER[1](rng, p));
      break;
    }
    case 'financial': {
      const q = Math.floor(m / 3);
      const prevQ = (q + 3) % 4;
      const fy = q === 0;
      const fyEnd = Date.UTC(fy ? y - 1 : y, fy ? 12 : prevQ * 3 + 3, 0);
      const label = fy ? `Full-Year ${y - 1}` : issuer.quarterStyle === 'half' && prevQ === 1 ? `Half-Year ${y}` : `${ORD_CAP[prevQ]} Quarter ${y}`;
      headline = `${issuer.short} Reports ${label} Financial Results and ${rng.pick(['Provides Business Update', 'Recent Business Highlights', 'Pipeline Progress'])}`;
      sub = [`Cash of ${money(rng, cur, issuer.cashK / 1000)} expected to fund operations into ${future([500, 1100])}`, `${p.code} ${PHASE_TEXT(rng, ph)} data expected in ${future([60, 400])}`];
      body.push(`${issuer.full}${issuer.listed ? ` (${issuer.exchange}: ${issuer.ticker})` : ''} ${ann.replace('announced', 'reported').replace('provided an update on', 'reported')} financial results for the ${fy ? `year ended December 31, ${y - 1}` : `quarter ended ${fmtDate(rng, fyEnd, 'us')}`} and highlighted recent progress across its pipeline.`);
      body.push(ceoSays(`The ${fy ? 'past year' : 'quarter'} was one of steady execution across our pipeline, and ${n.short} is on track for its next milestone.`));
      const hl = [`Recent Highlights`, `- ${n.first} (${p.target} ${p.modality.short}): ${PHASE_TEXT(rng, ph)} enrollment is ${rng.pick(['ongoing', 'complete', 'ahead of plan'])}; data expected in ${future([60, 500])}.`];
      for (const o of others.slice(0, 3)) {
        const oph = phaseAt(o, t);
        if (!oph) continue;
        const on = names(rng, o, t);
        hl.push(`- ${on.first}: ${oph === 'preclinical' ? `IND submission planned for ${future([90, 500])}` : `${PHASE_TEXT(rng, oph)} study in ${o.indications[0]} ${rng.pick(['initiated', 'ongoing', 'fully enrolled'])}`}.`);
      }
      sections.push(hl.join('\n'));
      const fin = [`${label} Financial Results`];
      fin.push(`- Cash position: Cash, cash equivalents and marketable securities were ${money(rng, cur, issuer.cashK / 1000)} as of ${fmtDate(rng, fyEnd)}, compared to ${money(rng, cur, (issuer.cashK * (0.8 + rng.next() * 0.5)) / 1000)} as of December 31, ${y - 1}.`);
      fin.push(`- R&D expenses: Research and development expenses were ${money(rng, cur, issuer.rdK / 1000)} for the period, compared to ${money(rng, cur, (issuer.rdK * 0.8) / 1000)} for the same period of ${y - 1}.`);
      fin.push(`- Net loss: Net loss was ${money(rng, cur, (issuer.rdK * 1.2) / 1000)}, or $${(rng.int(10, 180) / 100).toFixed(2)} per share, compared to a net loss of -${(issuer.rdK / 1000).toFixed(1)} million for the prior-year period.`);
      sections.push(fin.join('\n'));
      sections.push(`Financial Guidance\n${issuer.short} expects full-year ${y} operating expenses of ${moneyRange(rng, cur === 'USD' ? 'USD' : cur, rng.int(40, 150), rng.int(160, 260))}.`);
      sections.push(financialTable(rng, issuer, fyEnd, fy ? 'Year Ended December 31,' : 'Three Months Ended'));
      issuer.cashK = Math.max(20_000, issuer.cashK - rng.int(5_000, 40_000));
      break;
    }
    case 'deal': {
      const up = p.partnerDeal?.upfront ?? rng.pick([10, 20, 35, 50, 80]);
      const ms = p.partnerDeal?.milestones ?? rng.pick([150, 300, 650, 1100]);
      const pcode = p.partnerCode ?? makeCode(rng, partner, world.usedCodes);
      headline = `${issuer.short} and ${partner.short} Enter ${rng.pick(['Exclusive License Agreement', 'Strategic Collaboration', 'Co-Development Agreement'])} for ${p.code} ${(p.partnerRegion ?? rng.pick(REGIONS)).replace(/^in /, 'in ').replace(/^worldwide$/, 'Worldwide')}`;
      sub = [`${issuer.short} to receive ${money(rng, cur, up)} upfront and up to ${money(rng, cur, ms)} in milestones`, `${partner.short} to develop the program as ${pcode}`];
      body.push(`${issuer.full} and ${partner.full}${partner.listed ? ` (${partner.exchange}: ${partner.ticker})` : ''} ${ann} an exclusive license agreement for ${p.code}/${pcode}, ${describe(rng, p)}, ${p.partnerRegion ?? rng.pick(REGIONS)}.`);
      body.push(`Under the terms of the agreement, ${issuer.short} will receive an upfront payment of ${money(rng, cur, up)} and a ${money(rng, 'USD', rng.pick([5, 10, 15, 25]))} milestone payment upon dosing of the first patient, expected in ${future([60, 300])}. ${issuer.short} is also eligible for up to ${money(rng, cur, ms)} in development, regulatory and sales milestones, plus tiered ${rng.pick(['double-digit', 'high single-digit to low double-digit', 'low-teens'])} royalties on net sales. ${rng.chance(0.3) ? `In addition, ${partner.short} will purchase ${money(rng, 'EUR', rng.int(5, 40))} of ${issuer.short} shares at a premium.` : ''}`);
      body.push(ceoSays(`${partner.short} is the right partner to bring ${p.code} to patients in the region, and the agreement adds non-dilutive capital as we prepare for pivotal development.`));
      body.push(`The transaction is expected to close in ${future([20, 120])}, subject to customary conditions including clearance under the Hart-Scott-Rodino Antitrust Improvements Act.`);
      break;
    }
    case 'financing': {
      const amt = rng.pick([25, 40, 50, 75, 100, 125, 150, 200, 250, 300]);
      const form = rng.int(0, 2);
      headline = [`${issuer.short} Announces Pricing of ${money(rng, cur, amt)} Underwritten Public Offering`, `${issuer.short} Raises ${money(rng, cur, amt)} in Oversubscribed Private Placement`, `${issuer.short} Closes ${money(rng, cur, amt)} Series ${rng.pick(['B', 'C', 'D'])} Financing to Advance ${p.code}`][form];
      if (form === 0) body.push(`${issuer.full} ${ann} the pricing of an underwritten offering of ${commas(rng.int(2, 20) * 1_000_000)} shares at a price to the public of $${rng.int(5, 40)}.${pad(rng.int(0, 99))} per share, for gross proceeds of approximately ${money(rng, cur, amt)}, before deducting underwriting discounts and commissions and offering expenses of approximately ${money(rng, 'USD', rng.int(1, 9) + 0.5)}. The offering is expected to close on or about ${fmtDate(rng, t + rng.int(2, 5) * DAY, 'us')}.`);
      else if (form === 1) body.push(`${issuer.full} ${ann} that it has entered into a securities purchase agreement with new and existing institutional investors for a private placement of ${commas(rng.int(2, 20) * 1_000_000)} ordinary shares at ${money(rng, cur, rng.int(200, 3000) / 100).replace(' million', '')} per share, resulting in gross proceeds of ${money(rng, cur, amt)}. The placement was led by ${rng.pick(['RA Capital Management', 'Novo Holdings', 'Forbion', 'EQT Life Sciences', 'Deerfield Management'])} and is expected to close on ${fmtDate(rng, t + rng.int(2, 8) * DAY)}.`);
      else body.push(`${issuer.full} ${ann} the closing of an oversubscribed Series financing of ${money(rng, cur, amt)}, co-led by ${rng.pick(['Sofinnova Partners', 'OrbiMed', 'Atlas Venture', 'Medicxi', 'Qiming Venture Partners'])} and ${rng.pick(['Bain Capital Life Sciences', 'Polaris Partners', 'Andera Partners', 'HBM Healthcare Investments'])}, bringing total funds raised since inception to ${money(rng, cur, amt + rng.int(20, 200))}.`);
      body.push(`${issuer.short} intends to use the net proceeds, together with existing cash, to fund the ${PHASE_TEXT(rng, ph)} development of ${n.first}, to advance ${others[0]?.code ?? 'its discovery programs'} into the clinic, and for working capital and general corporate purposes. The company expects its cash to fund operations into ${future([500, 1200])}.`);
      if (form === 0) body.push(`A shelf registration statement on Form S-3 relating to the shares was filed with the Securities and Exchange Commission on ${fmtDate(rng, t - rng.int(60, 400) * DAY)} and declared effective on ${fmtDate(rng, t - rng.int(10, 50) * DAY)}. This press release shall not constitute an offer to sell or the solicitation of an offer to buy these securities.`);
      break;
    }
    case 'regulatory': {
      const what = ph === 'approved' || p.approvedAt <= t + 30 * DAY ? 'approval' : rng.pick(['Fast Track Designation', 'Orphan Drug Designation', 'Breakthrough Therapy Designation', 'PRIME designation', 'IND clearance']);
      headline = what === 'approval'
        ? `FDA Approves ${p.brand ?? p.code} (${p.inn ?? p.code}) for ${cap(p.indications[0])}`
        : `${issuer.short} Receives ${what.includes('PRIME') ? 'EMA' : 'FDA'} ${what} for ${p.code} in ${cap(p.indications[0])}`;
      body.push(`${issuer.full} ${ann} that the ${what.includes('PRIME') ? 'European Medicines Agency (EMA)' : 'U.S. Food and Drug Administration (FDA)'} has granted ${what} to ${n.first}, ${describe(rng, p)}, for the treatment of patients with ${p.indications[0]}.`);
      body.push(`${what === 'approval' ? `The approval is based on the ${p.trial} trial. The company expects ${p.brand ?? p.code} to be available in ${future([10, 60])} at a wholesale acquisition cost of ${money(rng, 'USD', rng.int(8, 30) / 100)} per course.` : `${what} is designed to facilitate the development and expedite the review of drugs that treat serious conditions. A Prescription Drug User Fee Act (PDUFA) target action date has been set for ${fmtDate(rng, t + rng.int(200, 400) * DAY, 'us')}.`}`);
      body.push(cmoSays(`This ${what} recognizes the need for new options in ${p.indications[0]} and the potential of ${n.short}.`));
      body.push(FILLER[2](rng, p));
      break;
    }
    case 'conference': {
      headline = `${issuer.short} to Present ${rng.int(2, 6)} Abstracts, Including Updated ${p.code} Data, at the ${conf[1].replace(/ \(.*?\)/, '')} ${y}`;
      const start = Date.UTC(y, conf[2] - 1, rng.int(1, 24));
      body.push(`${issuer.full} ${ann} that data from its pipeline will be presented at the ${conf[1]}, taking place ${rng.pick([`${MONTHS[conf[2] - 1]} ${dateParts(start).d}-${dateParts(start).d + 4}, ${y}`, `from ${fmtDate(rng, start, 'us')} to ${fmtDate(rng, start + 4 * DAY, 'us')}`])} in ${rng.pick(['Chicago', 'Barcelona', 'San Diego', 'Madrid', 'Orlando', 'Vienna', 'Paris'])}.`);
      const list = [`Presentation Details`];
      for (const q of [p, ...others.slice(0, 2)]) {
        list.push(`Title: ${q.code} ${rng.pick(['in patients with', 'for the treatment of', 'preclinical activity in models of'])} ${q.indications[0]}: ${rng.pick(['results from a Phase 1 dose-escalation study', 'updated efficacy and safety', 'translational analyses'])}\nAbstract Number: ${rng.int(1000, 9999)}\nSession Date and Time: ${fmtDate(rng, start + rng.int(0, 4) * DAY, rng.pick(['us', 'eu']))}, ${rng.int(8, 17)}:${rng.pick(['00', '15', '30', '45'])} ${rng.pick(['a.m.', 'p.m.', 'CT', 'CEST'])}`);
      }
      sections.push(list.join('\n'));
      body.push(FILLER[0](rng, p, t));
      break;
    }
    case 'acquisition': {
      const price = rng.pick([350, 800, 1200, 2100, 4500]);
      headline = `${partner.short} to Acquire ${issuer.short} for ${money(rng, 'USD', price)}, Adding ${n.short} to its ${p.modality.short === 'ADC' ? 'Oncology' : 'Specialty'} Pipeline`;
      body.push(`${partner.full} and ${issuer.full} ${ann} a definitive agreement under which ${partner.short} will acquire ${issuer.short} for $${rng.int(10, 60)}.${pad(rng.int(0, 99))} per share in cash, representing a total equity value of approximately ${money(rng, 'USD', price)} and a premium of ${rng.int(30, 110)}% to the closing price on ${fmtDate(rng, t - DAY)}. Shareholders will also receive one contingent value right (CVR) worth up to ${money(rng, 'USD', rng.int(2, 6))} per share upon approval of ${p.code} in ${p.indications[0]} by ${future([700, 1400])}.`);
      body.push(ceoSays(`Joining ${partner.short} gives ${n.short} the resources to reach patients faster.`));
      body.push(`The transaction is expected to close in ${future([60, 200])}. ${rng.pick(['Goldman Sachs', 'Centerview Partners', 'J.P. Morgan', 'Lazard'])} is serving as financial advisor.`);
      break;
    }
    default: {
      headline = `${issuer.short} Outlines ${y} Strategic Priorities and Expected Milestones for ${p.code} and ${others[0]?.code ?? 'its Pipeline'}`;
      body.push(`${issuer.full} ${ann} its strategic priorities for ${y}, including ${PHASE_TEXT(rng, nextPhaseAfter(p, t)?.phase ?? ph)} data for ${n.first} in ${future([60, 360])}.`);
      const ms = ['Upcoming Milestones'];
      for (const q of [p, ...others]) {
        const nx = nextPhaseAfter(q, t);
        ms.push(`- ${q.code}: ${nx ? `start of ${PHASE_TEXT(rng, nx.phase)} in ${fmtVague(rng, nx.t)}` : `data update in ${future([30, 400])}`}`);
      }
      sections.push(ms.join('\n'));
      body.push(FILLER[0](rng, p, t));
    }
  }

  // Filler to reach ~5 KB: more pipeline news, about the program/disease.
  const tail = [];
  if (rng.chance(0.8)) tail.push(aboutProgram(rng, p, t));
  if (others.length && rng.chance(0.5)) tail.push(aboutProgram(rng, rng.pick(others), t));
  if (rng.chance(0.35)) tail.push(`About ${cap(p.indications[0])}\n${FILLER[2](rng, p)}`);
  tail.push(aboutIssuer(rng, issuer));
  if (kind === 'deal' && rng.chance(0.7)) tail.push(aboutIssuer(rng, partner));
  if (kind === 'financial' || rng.chance(0.1)) tail.push(`Conference Call\n${issuer.short} will host a conference call and webcast today at ${rng.int(7, 9)}:${rng.pick(['00', '30'])} a.m. ET. To participate, dial 1-877-555-${pad(rng.int(100, 999), 4)} and use conference ID ${rng.int(1000000, 9999999)}. The webcast will be archived for ${rng.pick([30, 60, 90])} days.`);
  tail.push(`${rng.pick(FLS_HEADINGS)}\n${flsParagraph(rng, issuer, p, t)}`);
  tail.push(contacts(rng, issuer));

  const approx = () => [headline, ...sub, ...body, ...sections, ...tail].join('\n\n').length;
  const targetSize = rng.int(4300, 6000);
  const fillers = rng.shuffle(FILLER);
  for (let f = 0; approx() < targetSize && f < fillers.length; f++) body.push(fillers[f](rng, f % 3 === 2 && others.length ? rng.pick(others) : p, t));

  // ---- layout ----
  const out = [];
  if (rng.chance(0.15)) out.push(rng.pick(['PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'NEWS RELEASE', 'Press Release']));
  out.push(rng.chance(0.3) ? wrapText(headline, rng.int(60, 78)) : headline);
  const bullet = rng.pick(['- ', '— ', '• ', '-- ']);
  if (sub.length && rng.chance(0.7)) out.push(sub.map((s) => bullet + s).join('\n'));
  const datelineText = dateline(rng, issuer, t);
  const [firstPara, ...restBody] = body;
  out.push(`${datelineText}${firstPara.startsWith(issuer.full) ? firstPara.slice(issuer.full.length).replace(/^ \([^)]*\)/, '') : ` ${ann} that ${firstPara}`}`);
  const hardWrap = rng.chance(0.15) ? rng.int(68, 80) : 0;
  for (const para of [...restBody, ...sections, ...tail]) out.push(hardWrap && !para.includes('\n') ? wrapText(para, hardWrap) : para);
  const blank = rng.chance(0.8);
  let text = out.join(blank ? '\n\n' : '\n') + '\n';
  if (rng.chance(0.25)) text = text.replace(/\n/g, '\r\n');
  const ext = rng.weighted([[85, '.release'], [12, '.txt'], [3, '.md']]);
  const name = `${y}/${y}-${pad(m + 1)}-${pad(dateParts(t).d)}-${slug(issuer.short)}-${kind}-${String(index).padStart(5, '0')}${ext}`;
  return { text, name, kind };
}

// ---- corpus -------------------------------------------------------------------------------------

export const START = Date.UTC(2014, 0, 6);
export const END = Date.UTC(2025, 5, 30);

/** Generates `count` releases (in date order) for `seed`; returns [{ name, text, kind }]. */
export function generateReleases(count, seed = 'release-lens') {
  const world = buildWorld(seed, START, END);
  const rng = makeRng(`${seed}/releases/${count}`);
  const span = END - START;
  const out = [];
  // Bigger issuers publish more: a skewed weight per issuer.
  const weights = world.issuers.map((iss) => [1 + iss.programs.length + (iss.i % 7 === 0 ? 6 : 0), iss]);
  for (let i = 0; i < count; i++) {
    const t = START + Math.floor(((i + rng.next()) / count) * span);
    const issuer = rng.weighted(weights);
    out.push(writeRelease(rng, world, issuer, Math.floor(t / DAY) * DAY, i));
  }
  return { releases: out, world };
}

/**
 * Writes a corpus of `count` files under `root` (created) unless a complete one with the same
 * generator version and seed is already there. Returns { dir, files, bytes, reused }.
 */
export function ensureCorpus(root, count, seed = 'release-lens') {
  const dir = path.join(root, `corpus-${GENERATOR_VERSION}-${slug(seed)}-${count}`);
  const manifest = `${dir}.json`; // beside the folder, so scanners only see releases
  if (fs.existsSync(manifest) && fs.existsSync(dir)) {
    try {
      const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (m.version === GENERATOR_VERSION && m.count === count && m.seed === seed) return { dir, files: m.files, bytes: m.bytes, reused: true, kinds: m.kinds };
    } catch {
      // rebuild
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(manifest, { force: true });
  const { releases } = generateReleases(count, seed);
  let bytes = 0;
  const kinds = {};
  const made = new Set();
  for (const r of releases) {
    const full = path.join(dir, r.name);
    const parent = path.dirname(full);
    if (!made.has(parent)) { fs.mkdirSync(parent, { recursive: true }); made.add(parent); }
    const buf = Buffer.from(r.text, 'utf8');
    fs.writeFileSync(full, buf);
    bytes += buf.length;
    kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  }
  fs.writeFileSync(manifest, JSON.stringify({ version: GENERATOR_VERSION, seed, count, files: releases.length, bytes, kinds }, null, 2));
  // Drop older versions of this corpus size.
  for (const f of fs.readdirSync(root)) {
    const m = /^corpus-([0-9a-f]{10})-(.+)-(\d+)(\.json)?$/.exec(f);
    if (m && m[1] !== GENERATOR_VERSION && m[3] === String(count)) fs.rmSync(path.join(root, f), { recursive: true, force: true });
  }
  return { dir, files: releases.length, bytes, reused: false, kinds };
}

/** The same concatenated releases for the grammar benchmark: ~`bytes` of LF text. */
export function concatenatedReleases(bytes, seed = 'release-lens') {
  const { releases } = generateReleases(Math.ceil(bytes / 4000) + 50, `${seed}/grammar`);
  let text = '';
  for (const r of releases) {
    if (text.length >= bytes) break;
    text += r.text.replace(/\r\n/g, '\n') + '\n';
  }
  return text;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const count = Number(arg('count', '1000'));
  const seed = arg('seed', 'release-lens');
  const out = arg('out', path.join(HERE, '..', '..', '.bench', 'corpora'));
  fs.mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const r = ensureCorpus(out, count, seed);
  console.log(`${r.reused ? 'reused' : 'wrote'} ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(r.kinds);
}
