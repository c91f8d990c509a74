// The extension's settings and what a valid value of each is; config.ts reads them from VS Code.

/**
 * One setting: its default, whether a value is valid, and what a valid value is (for the message).
 * Plain checks rather than a schema library, which would add to the time the extension takes to load.
 */
interface Setting<T> {
  fallback: T;
  valid: (value: unknown) => value is T;
  expect: string;
}

const setting = <T>(fallback: T, valid: (value: unknown) => value is T, expect: string): Setting<T> => ({ fallback, valid, expect });
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isGlobList = (v: unknown): v is string[] => Array.isArray(v) && v.every((g) => typeof g === 'string' && g.length > 0);
const isNumberIn = (min: number, max: number, minExclusive = false) => (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && (minExclusive ? v > min : v >= min) && v <= max;
const isWholeNumberIn = (min: number, max: number) => (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const isOneOf = <const T extends string>(values: readonly T[]) => (v: unknown): v is T => (values as readonly unknown[]).includes(v);

/** Every setting; package.json contributes the same keys. */
const SETTINGS = {
  detectPlainText: setting(true, isBoolean, 'true or false'),
  indexCache: setting(true, isBoolean, 'true or false'),
  include: setting(['**/*.release', '**/*.txt', '**/*.md'], isGlobList, 'a list of glob patterns'),
  exclude: setting<string[]>([], isGlobList, 'a list of glob patterns'),
  maxFileSize: setting(5, isNumberIn(0, 50, true), 'a number of megabytes between 0 and 50'),
  'programs.groupBy': setting('program', isOneOf(['program', 'target', 'company', 'phase']), 'one of program, target, company, phase'),
  'programs.sortBy': setting('recent', isOneOf(['recent', 'name', 'mentions']), 'one of recent, name, mentions'),
  'hover.maxReleases': setting(8, isWholeNumberIn(1, 50), 'a whole number from 1 to 50'),
};

type Settings = { [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K] extends Setting<infer T> ? T : never };

export type ReleaseLensConfig = Readonly<{
  detectPlainText: boolean;
  /** Keep what the files said between sessions (src/extension/indexCache.ts). */
  indexCache: boolean;
  include: readonly string[];
  exclude: readonly string[];
  /** Bytes. */
  maxFileSize: number;
  groupBy: Settings['programs.groupBy'];
  sortBy: Settings['programs.sortBy'];
  hoverMaxReleases: number;
}>;

export const SECTION = 'releaseLens';

/**
 * Reads the settings (`get` returns a key's value under `releaseLens.`, undefined when unset). An
 * invalid value gives one message naming the setting and falls back to the default; the rest are
 * still used.
 */
export function readSettings(get: (key: string) => unknown, report: (message: string) => void): ReleaseLensConfig {
  const values: Partial<Settings> = {};
  for (const [key, { fallback, valid, expect }] of Object.entries(SETTINGS) as [keyof Settings, Setting<unknown>][]) {
    const value = get(key);
    if (value === undefined) (values as Record<string, unknown>)[key] = fallback;
    else if (valid(value)) (values as Record<string, unknown>)[key] = value;
    else {
      report(`Release Lens: the setting "${SECTION}.${key}" should be ${expect}, not ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}.`);
      (values as Record<string, unknown>)[key] = fallback;
    }
  }
  const v = values as Settings;
  return Object.freeze({
    detectPlainText: v.detectPlainText,
    indexCache: v.indexCache,
    include: Object.freeze([...v.include]),
    exclude: Object.freeze([...v.exclude]),
    maxFileSize: v.maxFileSize * 1024 * 1024,
    groupBy: v['programs.groupBy'],
    sortBy: v['programs.sortBy'],
    hoverMaxReleases: v['hover.maxReleases'],
  });
}
