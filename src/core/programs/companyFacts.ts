// Company facts of a program: which names are one company, and how a fact joins a program's list.
// Apart from the company-name finder (companyNames.ts), so that what merges programs (the
// extension host's store) does not load the finder.
import { isWhiteSpace } from '../text/whiteSpace';
import type { CompanyFact, Fact } from '../types';

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
