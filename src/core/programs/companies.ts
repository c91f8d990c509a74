/** Company names: the issuer, well-known companies, and capitalised names ending in a company word. */

const KNOWN_COMPANIES = [
  'AbbVie', 'Amgen', 'Astellas', 'AstraZeneca', 'Bayer', 'Biogen', 'BioNTech', 'Boehringer Ingelheim',
  'Bristol Myers Squibb', 'Bristol-Myers Squibb', 'Celgene', 'Chugai', 'CytomX', 'Daiichi Sankyo', 'Debiopharm',
  'Eisai', 'Eli Lilly', 'Lilly', 'Genentech', 'Gilead', 'GlaxoSmithKline', 'GSK', 'Ipsen', 'Janssen',
  'Jazz Pharmaceuticals', 'Johnson & Johnson', 'Merck', 'MSD', 'Moderna', 'Novartis', 'Novo Nordisk', 'Otsuka',
  'Pfizer', 'Regeneron', 'Roche', 'Sanofi', 'Seagen', 'Seattle Genetics', 'Servier', 'Takeda', 'Teva', 'UCB',
  'Vertex', 'Biotest', 'Incyte', 'Exelixis', 'Genmab', 'Zymeworks', 'Mersana', 'Sutro', 'MacroGenics', 'Immunomedics',
  'Alexion', 'Allergan', 'Shire', 'Sumitomo', 'Ono', 'Kyowa Kirin', 'Hengrui', 'BeiGene', 'Innovent', 'Zai Lab',
  'Samsung Bioepis', 'Celltrion', 'Hanmi', 'Yuhan', 'Lundbeck', 'Grifols', 'Menarini', 'Almirall', 'Galapagos',
  'argenx', 'Ionis', 'Alnylam', 'BridgeBio', 'Horizon', 'Jounce', 'ImmunoGen', 'Seattle Genetics', 'ADC Therapeutics',
];
const SUFFIX = /^(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|NV|S\.A\.|GmbH|Corp\.?|Corporation|LLC|K\.K\.|Co\.|Limited|Pharmaceuticals?|Therapeutics|Biosciences|Biotherapeutics|Pharma|Biotech|Oncology|Biologics|Bio|BioPharma|Biopharma|Biopharmaceuticals|Group|Holdings|Laboratories|Labs|Medicines|Sciences|Health|Healthcare|Genetics|Biomedical|Immunotherapeutics|Bioscience|Biotherapeutics|International)$/;

export interface CompanyMention {
  name: string;
  start: number;
  end: number;
}

const knownPattern = new RegExp(`\\b(?:${KNOWN_COMPANIES.map((c) => c.replace(/[.*+?^${}()|[\]\\&]/g, (m) => (m === '&' ? '&' : '\\' + m))).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Companies named in a stretch of text (a sentence): known names, the issuer, "X Therapeutics, Inc.". */
export function findCompanies(text: string, issuer?: string): CompanyMention[] {
  const out: CompanyMention[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, start, end: start + name.length });
  };
  if (issuer) {
    const short = issuerShortName(issuer);
    const k = text.indexOf(short);
    if (k >= 0) add(short, k);
  }
  for (const m of text.matchAll(knownPattern)) add(m[0], m.index);
  // "Northwind Therapeutics", "Halcyon Bio, Inc.": capitalised words ending in a company word.
  const words = /[A-Z][\p{L}0-9'’&.-]*(?:\s+[A-Z][\p{L}0-9'’&.-]*){0,3}/gu;
  for (const m of text.matchAll(words)) {
    const parts = m[0].split(/\s+/);
    const lastIdx = parts.findIndex((p, i) => i > 0 && SUFFIX.test(p.replace(/,$/, '')));
    if (lastIdx > 0) {
      const name = parts.slice(0, lastIdx).join(' ');
      if (!/^(?:The|A|An|Our|Its|This|In|For|With|About)$/.test(parts[0]!)) add(name, m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "ImmunoGen, Inc." -> "ImmunoGen". */
export function issuerShortName(issuer: string): string {
  return issuer.replace(/,?\s+(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|S\.A\.|GmbH|Corp\.?|Corporation|LLC|Limited|Co\.)$/, '').trim();
}
