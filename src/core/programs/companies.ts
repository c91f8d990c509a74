import { isWhiteSpace } from '../text/whiteSpace';
import type { CompanyFact, Fact } from '../types';

export { CompanyNames, findCompanies, issuerShortName, type CompanyMention } from './companyNames';

/** Two names for one company ("Halcyon" and "Halcyon Bio, Inc.")? */
export function sameCompany(a: string, b: string): boolean {
  return companyKey(a) === companyKey(b);
}

/** Up to the first space or comma, lower-cased: what sameCompany compares (a loop, not a split: merges call it often). */
export function companyKey(name: string): string {
  let end = 0;
  while (end < name.length && !isSeparator(name.charCodeAt(end))) end++;
  return name.slice(0, end).toLowerCase();
}

const isSeparator = (c: number) => c === 44 || isWhiteSpace(c);

/** Adds a company fact once; a specific role (licensor, acquirer …) replaces a plain "partner". */
export function addCompanyFact(companies: Fact<CompanyFact>[], f: Fact<CompanyFact>): void {
  const keys = companies.map((x) => companyKey(x.value.name));
  addKeyedCompanyFact(companies, keys, f, companyKey(f.value.name));
}

/**
 * addCompanyFact with the companyKey of each fact given (`keys` runs beside `companies` and is kept
 * beside it): a program merge adds thousands of facts and computes no key twice.
 */
export function addKeyedCompanyFact(companies: Fact<CompanyFact>[], keys: string[], f: Fact<CompanyFact>, key: string): void {
  let named = false;
  for (let i = 0; i < companies.length; i++) {
    if (keys[i] !== key) continue;
    if (companies[i]!.value.role === f.value.role) return;
    named = true;
  }
  if (f.value.role === 'partner' && named) return;
  for (let i = companies.length - 1; i >= 0; i--) {
    if (keys[i] === key && companies[i]!.value.role === 'partner') {
      companies.splice(i, 1);
      keys.splice(i, 1);
    }
  }
  companies.push(f);
  keys.push(key);
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
