/** Canonical key of a code or name: case, spaces and hyphens do not matter ("Debio 1562" = "DEBIO1562"). */
export function programKey(name: string): string {
  return name.toUpperCase().replace(/[\s\-‐‑]+/g, '');
}
