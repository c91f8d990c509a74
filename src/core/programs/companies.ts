import type { CompanyFact } from '../types';

export { CompanyNames, findCompanies, issuerShortName, type CompanyMention } from './companyNames';
export { addCompanyFact, addKeyedCompanyFact, companyKey, sameCompany } from './companyFacts';

/**
 * The part a company plays in a deal sentence, from the words around its name: "acquired … from X"
 * (X owned it), "X has acquired" (acquirer), "licensed … to X" / "granting X" (licensee),
 * "X licensed … to" (licensor), otherwise a partner.
 */
/** "X licensed … from Y" / "X licensed … to Y", a name after the word (not "… to receive"). Case kept: the name's capital counts. */
const LICENSED_FROM = /^[\s\S]{0,80}\b[Ll](?:icen[cs]|ICEN[CS])\w*\b[^.]{0,60}\b[Ff]rom\s+(?:the\s+)?[A-Z]/;
const LICENSED_TO = /^[\s\S]{0,80}\b[Ll](?:icen[cs]|ICEN[CS])\w*\b[^.]{0,60}\b[Tt]o\s+(?:the\s+)?[A-Z]/;

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
    return 'partner';
  }
  return 'partner';
}
