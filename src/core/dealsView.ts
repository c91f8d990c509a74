import { dealKindLabel, partiesLabel, type DealRow } from './exports';
import { dateSortKey } from './dateSortKey';

/** Sorting and filtering of the deals table, shared by the extension's panel and its tests. */

export const DEAL_COLUMNS = ['date', 'kind', 'parties', 'program', 'amount', 'status', 'release'] as const;
export type DealColumn = (typeof DEAL_COLUMNS)[number];
/** The values of `aria-sort`, so the webview can show the state as it is. */
export type SortDirection = 'ascending' | 'descending';

export interface DealSort {
  column: DealColumn;
  direction: SortDirection;
}

/** Newest first, as the index lists them. */
export const DEFAULT_DEAL_SORT: DealSort = { column: 'date', direction: 'descending' };

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The text a column shows and sorts by (amount sorts by value, see below). */
export function dealCell(row: DealRow, column: DealColumn): string {
  switch (column) {
    case 'date':
      return row.date ?? '';
    case 'kind':
      return dealKindLabel(row);
    case 'parties':
      return row.parties.map((p) => p.name).join(', ');
    case 'program':
      return row.program ?? '';
    case 'amount':
      return row.amountLabel ?? '';
    case 'status':
      return row.status ?? '';
    case 'release':
      return row.release ?? row.file;
  }
}

/**
 * Amounts sort by value within a currency; currencies are not converted, so they stay grouped, US
 * dollars first and the others by code. Rows without an amount come last in either direction.
 */
function compareAmounts(a: DealRow, b: DealRow, sign: number): number {
  if (a.amount === null || b.amount === null) return (a.amount === null ? 1 : 0) - (b.amount === null ? 1 : 0);
  const group = (r: DealRow) => (r.currency === 'USD' ? '' : r.currency ?? '~');
  return compareText(group(a), group(b)) || sign * (a.amount - b.amount);
}

/** A sorted copy; ties keep the index's order (newest first, then by place in the release). */
export function sortDeals(rows: readonly DealRow[], sort: DealSort): DealRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const order = new Map(rows.map((r, i) => [r, i]));
  const key = (r: DealRow) => (sort.column === 'date' ? dateSortKey(r.date ?? '') : dealCell(r, sort.column).toLowerCase());
  const cells = new Map(rows.map((r) => [r, key(r)]));
  return [...rows].sort((a, b) => {
    let c: number;
    if (sort.column === 'amount') c = compareAmounts(a, b, sign);
    else {
      const x = cells.get(a)!;
      const y = cells.get(b)!;
      // Empty cells last in either direction.
      c = !x || !y ? (x ? 0 : 1) - (y ? 0 : 1) : sign * compareText(x, y);
    }
    return c || order.get(a)! - order.get(b)!;
  });
}

/** Rows whose date, kind, parties, program, amount, status or release contain every word of `text`. */
export function filterDeals(rows: readonly DealRow[], text: string): DealRow[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const hay = [...DEAL_COLUMNS.map((c) => dealCell(r, c)), partiesLabel(r), r.programText ?? '', r.amountText ?? '', r.currency ?? '', r.file, r.kind].join('\n').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
