import type { CompanyFact } from '../types';

import { indexOfWord } from './companyNames';

export { CompanyNames, findCompanies, issuerShortName, type CompanyMention } from './companyNames';
export { addCompanyFact, addKeyedCompanyFact, companyKey, sameCompany } from './companyFacts';

/** What a party to a licence does, said right after its name: receives money (licensor), or pays, develops or commercializes (licensee). */
const RECEIVES = /^\s+(?:(?:to|will|shall|is\s+to)\s+)?(?:receives?|is\s+eligible|be\s+eligible)\b/i;
const PAYS_OR_DEVELOPS = /^\s+(?:(?:to|will|shall|is\s+to)\s+)?(?:pays?|develops?|commercializes?|commercialises?|obtains?|gains?)\b/i;

/** How far from a company's first mention licenseRoleByVerb looks for it again. */
const VERB_REACH = 600;

/**
 * "Aecal and Rumios Enter License Agreement … -- Aecal to receive £50M upfront … -- Rumios to develop
 * the program": the verb after any place the sentence names the company by the same word.
 */
function licenseRoleByVerb(sentence: string, start: number, end: number): CompanyFact['role'] | undefined {
  const name = sentence.slice(start, end);
  const space = name.indexOf(' ');
  const word = space > 0 ? name.slice(0, space) : name;
  if (word.length < 2) return undefined;
  // A sentence naming many companies costs each one a bounded search.
  // One character more than the reach, for the edge of a word that ends at it.
  const region = sentence.slice(start, start + VERB_REACH + 1);
  // The whole word: not "Aecal" inside "Aecalon". The region starts at the first mention, a word's start.
  for (let k = indexOfWord(region, word); k >= 0 && k + word.length <= VERB_REACH; k = indexOfWord(region, word, k + word.length)) {
    const at = start + k;
    let p = at + word.length;
    // Past the rest of its name, if written in full.
    if (sentence.startsWith(name, at)) p = at + name.length;
    const after = sentence.slice(p, p + 32);
    if (RECEIVES.test(after)) return 'licensor';
    if (PAYS_OR_DEVELOPS.test(after)) return 'licensee';
  }
  return undefined;
}

/** "X licensed … from Y" / "X licensed … to Y", a name after the word (not "… to receive"). Case kept: the name's capital counts. */
const LICENSED_FROM = /^[\s\S]{0,80}\b[Ll](?:icen[cs]|ICEN[CS])\w*\b[^.]{0,60}\b[Ff]rom\s+(?:the\s+)?[A-Z]/;
const LICENSED_TO = /^[\s\S]{0,80}\b[Ll](?:icen[cs]|ICEN[CS])\w*\b[^.]{0,60}\b[Tt]o\s+(?:the\s+)?[A-Z]/;

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
    // "X licensed … from Y" / "… to Y", with a name after the word: not "… to receive".
    if (LICENSED_FROM.test(after) || /^[^.]{0,40}\bin-licen/i.test(after)) return 'licensee';
    if (LICENSED_TO.test(after)) return 'licensor';
    return licenseRoleByVerb(sentence, start, end) ?? 'partner';
  }
  return 'partner';
}
