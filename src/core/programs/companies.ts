import { detach } from '../text/detach';
import type { CompanyFact, Fact } from '../types';

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

const LEGAL_FORM = /^(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|NV|S\.A\.|GmbH|Corp\.?|Corporation|LLC|K\.K\.|Co\.|Limited)$/;

/** Two names for one company ("Halcyon" and "Halcyon Bio, Inc.")? */
export function sameCompany(a: string, b: string): boolean {
  return companyKey(a) === companyKey(b);
}

/** Up to the first space or comma, lower-cased: what sameCompany compares (a loop, not a split: merges call it often). */
function companyKey(name: string): string {
  let end = 0;
  while (end < name.length && !isSeparator(name.charCodeAt(end))) end++;
  return name.slice(0, end).toLowerCase();
}

const isSeparator = (c: number) => c === 44 || c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;

export interface CompanyMention {
  name: string;
  start: number;
  end: number;
}

const knownPattern = new RegExp(`\\b(?:${KNOWN_COMPANIES.map((c) => c.replace(/[.*+?^${}()|[\]\\&]/g, (m) => (m === '&' ? '&' : '\\' + m))).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Companies named in a stretch of text (a sentence): known names, the issuer, "X Therapeutics, Inc.". */
export function findCompanies(text: string, issuer?: string, alsoKnown: string[] = []): CompanyMention[] {
  const out: CompanyMention[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number) => {
    // "Halcyon" and "Halcyon Bio" are one company: compare first words.
    const key = name.toLowerCase().split(/\s+/)[0]!;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: detach(name), start, end: start + name.length });
  };
  if (issuer) {
    const short = issuerShortName(issuer);
    const k = text.indexOf(short);
    if (k >= 0) add(short, k);
  }
  for (const m of text.matchAll(knownPattern)) add(m[0], m.index);
  for (const name of alsoKnown) {
    const at = indexOfWord(text, name.split(/\s+/)[0]!);
    if (at >= 0) add(name, at);
  }
  // "Northwind Therapeutics", "Halcyon Bio, Inc.": capitalised words ending in a company word.
  const words = /[A-Z][\p{L}0-9'’&.-]*(?:\s+[A-Z][\p{L}0-9'’&.-]*){0,3}/gu;
  for (const m of text.matchAll(words)) {
    const parts = m[0].split(/\s+/);
    // A name may end a sentence: "… from Alderon Pharma."
    const suffixIdx = parts.findIndex((p, i) => i > 0 && SUFFIX.test(p.replace(/[,.]$/, '')));
    if (suffixIdx > 0 && !/^(?:The|A|An|Our|Its|This|In|For|With|About|Under|From)$/.test(parts[0]!) && !SUFFIX.test(parts[0]!)) {
      // Keep descriptive company words ("Northwind Therapeutics"), drop legal forms ("Inc.").
      const keep = LEGAL_FORM.test(parts[suffixIdx]!.replace(/,$/, '')) ? suffixIdx : suffixIdx + 1;
      const name = parts.slice(0, keep).join(' ').replace(/,$/, '');
      add(keep > suffixIdx ? name.replace(/\.$/, '') : name, m.index);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** First place `word` stands in `text` with no word character (as `\b` sees them) glued to either end. */
function indexOfWord(text: string, word: string): number {
  if (!word) return -1;
  const edgeStart = isWordChar(word.charCodeAt(0));
  const edgeEnd = isWordChar(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
    const after = isWordChar(text.charCodeAt(at + word.length));
    // `\b` holds at an edge where a word character meets a non-word one.
    if (before !== edgeStart && after !== edgeEnd) return at;
  }
  return -1;
}

/** "ImmunoGen, Inc." -> "ImmunoGen". */
export function issuerShortName(issuer: string): string {
  return issuer.replace(/,?\s+(?:Inc\.?|Ltd\.?|plc|AG|SA|SE|N\.V\.|S\.A\.|GmbH|Corp\.?|Corporation|LLC|Limited|Co\.)$/, '').trim();
}

/** Adds a company fact once; a specific role (licensor, acquirer …) replaces a plain "partner". */
export function addCompanyFact(companies: Fact<CompanyFact>[], f: Fact<CompanyFact>): void {
  const key = companyKey(f.value.name);
  const same = companies.filter((x) => companyKey(x.value.name) === key);
  if (same.some((x) => x.value.role === f.value.role)) return;
  if (f.value.role === 'partner' && same.length > 0) return;
  for (let i = companies.length - 1; i >= 0; i--) {
    const x = companies[i]!;
    if (x.value.role === 'partner' && companyKey(x.value.name) === key) companies.splice(i, 1);
  }
  companies.push(f);
}

/**
 * The part a company plays in a deal sentence, from the words around its name: "acquired … from X"
 * (X owned it), "X has acquired" (acquirer), "licensed … to X" / "granting X" (licensee),
 * "X licensed … to" (licensor), otherwise a partner.
 */
export function companyRole(sentence: string, start: number, end: number): CompanyFact['role'] | undefined {
  const before = sentence.slice(Math.max(0, start - 24), start);
  const after = sentence.slice(end, end + 80);
  const acquisition = /\bacqui\w*|purchase\w*|divest\w*/i.test(sentence);
  const license = /\blicen[cs]\w*/i.test(sentence);
  if (acquisition) {
    if (/\bfrom\s+$/i.test(before) || /^['’]s\b/.test(after)) return 'owner';
    if (/^[\s\S]{0,50}\b(?:has\s+|have\s+|will\s+|to\s+)?(?:acquired|acquires|acquire|purchased|completed\s+(?:the|its)\s+acquisition)\b/i.test(after) || /\bby\s+$/i.test(before)) return 'acquirer';
    return 'partner';
  }
  if (license) {
    if (/\bfrom\s+$/i.test(before)) return 'licensor';
    if (/\b(?:to|grant|granting|grants|granted)\s+$/i.test(before)) return 'licensee';
    if (/^[\s\S]{0,80}\blicen[cs]\w*\b[^.]{0,60}\bfrom\b/i.test(after) || /^[^.]{0,40}\bin-licen/i.test(after)) return 'licensee';
    if (/^[\s\S]{0,80}\blicen[cs]\w*\b[^.]{0,60}\bto\b/i.test(after)) return 'licensor';
    return 'partner';
  }
  return 'partner';
}
