/**
 * A key that orders date values by when they start: "2025-H1" as "2025-01", "2024-Q3" as "2024-07",
 * "2017-mid" as "2017-06"; days and months are their own key.
 */
export function dateSortKey(date: string): string {
  const m = /^(\d{4}|-)-(?:Q([1-4])|H([12])|(mid))$/.exec(date);
  if (!m) return date;
  const month = m[2] ? (Number(m[2]) - 1) * 3 + 1 : m[3] ? (Number(m[3]) - 1) * 6 + 1 : 6;
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}
