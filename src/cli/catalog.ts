import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG_FILE_NAME, EMPTY_CATALOG, formatCatalogProblem, type Catalog } from '../core/catalog';
import { combineCatalogs, parseCatalog } from '../core/catalogParser';

export interface CatalogLoad {
  catalog: Catalog;
  /** Problems and unreadable catalogs, one line each. */
  warnings: string[];
  /** The catalog named with --catalog, when it does not exist. */
  missing?: string;
}

/**
 * The catalog of a scan: the file named with --catalog, otherwise `.release-lens.json` in each
 * folder scanned (several are combined, in the order the folders are given).
 */
export function loadCatalog(explicit: string | undefined, roots: string[], cwd: string): CatalogLoad {
  const display = (p: string) => {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  };
  const warnings: string[] = [];
  let files: string[];
  if (explicit !== undefined) {
    const full = path.resolve(cwd, explicit);
    if (!fs.existsSync(full)) return { catalog: EMPTY_CATALOG, warnings, missing: explicit };
    files = [full];
  } else {
    files = roots
      .map((r) => path.resolve(cwd, r))
      .filter((r) => isDirectory(r))
      .map((r) => path.join(r, CATALOG_FILE_NAME))
      .filter((f) => fs.existsSync(f));
    files = [...new Set(files)];
  }
  const parts: Catalog[] = [];
  for (const full of files) {
    const label = display(full);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch (e) {
      warnings.push(`${label}: could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); the catalog is not used`);
      continue;
    }
    const { catalog, problems } = parseCatalog(text, label);
    for (const p of problems) warnings.push(formatCatalogProblem(p));
    parts.push(catalog);
  }
  if (parts.length === 0) return { catalog: EMPTY_CATALOG, warnings };
  const combined = combineCatalogs(parts);
  for (const p of combined.problems) warnings.push(formatCatalogProblem(p));
  return { catalog: combined.catalog, warnings };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
