import type { CatalogRecognition } from './recognize/catalogCodes';
import { programKey } from './programKey';
import { WordMatcher } from './text/wordAutomaton';
import type { ParsedPattern } from './text/wordPattern';
import type { Modality } from './types';

/**
 * The workspace catalog, `.release-lens.json`: what users pin that the releases do not state.
 * Programs with their aliases and facts (merged with what the releases say; the releases win where
 * both state a fact), custom code patterns and strings never to take for a program. This module
 * holds what the index needs of a catalog; reading one from its file is catalogParser.ts (which
 * the extension loads only when a workspace has a catalog).
 */

export const CATALOG_FILE_NAME = '.release-lens.json';

type PinnedField = 'target' | 'modality' | 'payload' | 'company' | 'phase';

export interface CatalogProgram {
  code: string;
  aliases: string[];
  target?: string;
  modality?: Modality;
  payload?: string;
  company?: string;
  /** Normalized like the phases read from text: "2", "1b/2". */
  phase?: string;
  indications: string[];
  /** The catalog file the entry is in (as given to parseCatalog). */
  file: string;
  /** 1-based line of the entry, and of each pinned value: catalog facts link there. */
  line: number;
  lines: Partial<Record<PinnedField, number>>;
  indicationLines: number[];
}

export interface CodePattern {
  source: string;
  file: string;
  pattern: ParsedPattern;
}

export interface Catalog {
  programs: CatalogProgram[];
  codePatterns: CodePattern[];
  /** Strings never taken for a drug code or name, as written. */
  ignore: string[];
}

export interface CatalogProblem {
  file: string;
  /** JSON path of the value concerned, e.g. `programs[2].aliases`; empty for the file as a whole. */
  path: string;
  message: string;
  /** `error`: something in the file is not used; `warning`: it is used, but something looks wrong. */
  severity: 'error' | 'warning';
  /** 0-based offset and length in the catalog text; 1-based line and column of start and end. */
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CatalogParse {
  catalog: Catalog;
  problems: CatalogProblem[];
}

export const EMPTY_CATALOG: Catalog = Object.freeze({ programs: [], codePatterns: [], ignore: [] }) as Catalog;

/** `.release-lens.json: programs[2].aliases: expected an array of strings; entry ignored (line 9)` */
export function formatCatalogProblem(p: CatalogProblem, label: string = p.file): string {
  return `${label}: ${p.path ? `${p.path}: ` : ''}${p.message} (line ${p.line})`;
}

/** What the catalog changes in recognition (analysis); undefined when nothing. */
export function catalogRecognition(catalog: Catalog): CatalogRecognition | undefined {
  if (catalog.codePatterns.length === 0 && catalog.ignore.length === 0) return undefined;
  return {
    ...(catalog.codePatterns.length ? { codes: new WordMatcher(catalog.codePatterns.map((p) => p.pattern)) } : {}),
    ignore: new Set(catalog.ignore.map(programKey)),
  };
}

/** Equal for two catalogs exactly when they recognize the same text the same way. */
export function recognitionKey(catalog: Catalog): string {
  return JSON.stringify([catalog.codePatterns.map((p) => p.source), [...new Set(catalog.ignore.map(programKey))].sort()]);
}

/**
 * The part of the workspace catalog that changes how text is read, as plain strings (the catalog's
 * parsed patterns hold functions, which cannot be sent to a worker).
 */
export interface RecognitionCatalog {
  /** Sources of code patterns the catalog accepted. */
  codePatterns: string[];
  ignore: string[];
}

export function recognitionCatalog(catalog: Catalog): RecognitionCatalog {
  return { codePatterns: catalog.codePatterns.map((p) => p.source), ignore: catalog.ignore };
}

