import { sameCompany } from './companies';
import type { DealFact, LocalProgram, Transaction } from '../types';

/**
 * Gives each program the deals the release's transactions link to it, beside those read in the
 * sentences that name it: a licence's payments stated in the next sentences or in its terms
 * ("Under the terms of the agreement, Acme will receive $40 million upfront") name no program
 * themselves. A payment a program has already (same amount, or same kind without one) is not added twice.
 */
export function addTransactionDeals(programs: LocalProgram[], transactions: Transaction[], issuerShort: string | undefined, releaseDate: string | undefined): void {
  if (transactions.length === 0) return;
  const byName = new Map<string, LocalProgram>();
  for (const p of programs) byName.set(p.names[0]!, p);
  for (const t of transactions) {
    // Every kind of transaction but a financing is a kind of deal.
    const kind = t.kind;
    const program = t.program === undefined ? undefined : byName.get(t.program);
    if (!program || kind === 'financing') continue;
    if (program.deals.some((d) => (t.amount === undefined ? d.value.kind === kind && d.value.amount === undefined : d.value.amount === t.amount && d.value.currency === t.currency))) continue;
    const counterparty = t.parties.find((p) => !issuerShort || !sameCompany(p.name, issuerShort))?.name;
    const deal: DealFact = { kind, ...(t.amount !== undefined ? { amount: t.amount } : {}), ...(t.amountText ? { amountText: t.amountText } : {}), ...(t.currency ? { currency: t.currency } : {}), ...(counterparty ? { counterparty } : {}) };
    program.deals.push({ value: deal, source: releaseDate ? { file: t.file, line: t.line, date: releaseDate } : { file: t.file, line: t.line } });
  }
}
