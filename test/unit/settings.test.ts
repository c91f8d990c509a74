// The settings reader (src/extension/settings.ts): the defaults are the ones package.json
// contributes, every contributed setting is checked, and an invalid value gives one message naming
// the setting while the default is used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings, SECTION } from '../../src/extension/settings';

const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Contributed {
  type: string;
  default: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

/** The settings package.json contributes, by key under `releaseLens.`. */
function contributed(): Map<string, Contributed> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, Contributed> }[] } };
  const out = new Map<string, Contributed>();
  for (const section of manifest.contributes.configuration) {
    for (const [key, value] of Object.entries(section.properties)) if (key.startsWith(`${SECTION}.`)) out.set(key.slice(SECTION.length + 1), value);
  }
  return out;
}

/** Reads with the given raw values (keys under `releaseLens.`), collecting the messages. */
function read(values: Record<string, unknown>) {
  const messages: string[] = [];
  const config = readSettings((key) => values[key], (m) => messages.push(m));
  return { config, messages };
}

/** A value of the right JSON type that breaks the setting's rule, and one that keeps it. */
const CASES: Record<string, { invalid: unknown[]; valid: unknown[] }> = {
  detectPlainText: { invalid: ['yes', 1, null], valid: [false] },
  indexCache: { invalid: ['no', 0], valid: [false] },
  include: { invalid: ['**/*.release', [''], [3], {}], valid: [['**/*.pr']] },
  exclude: { invalid: ['out', [''], [null]], valid: [['out/**']] },
  maxFileSize: { invalid: [0, -1, 51, Number.NaN, Number.POSITIVE_INFINITY, '5'], valid: [0.1, 50] },
  'programs.groupBy': { invalid: ['bogus', 'Program', 3], valid: ['target', 'phase'] },
  'programs.sortBy': { invalid: ['date', ''], valid: ['name', 'mentions'] },
  'hover.maxReleases': { invalid: [0, 51, 2.5, '8'], valid: [1, 50] },
};

/** Where each setting lands in the configuration object. */
const FIELD: Record<string, string> = {
  detectPlainText: 'detectPlainText',
  indexCache: 'indexCache',
  include: 'include',
  exclude: 'exclude',
  maxFileSize: 'maxFileSize',
  'programs.groupBy': 'groupBy',
  'programs.sortBy': 'sortBy',
  'hover.maxReleases': 'hoverMaxReleases',
};

const fieldOf = (config: object, key: string) => (config as Record<string, unknown>)[FIELD[key]!];
/** The configuration holds megabytes as bytes. */
const asRead = (key: string, value: unknown) => (key === 'maxFileSize' ? (value as number) * 1024 * 1024 : value);

describe('settings', () => {
  it('cover every setting package.json contributes', () => {
    assert.deepEqual([...contributed().keys()].sort(), Object.keys(CASES).sort());
  });

  it('default to what package.json says, with no message', () => {
    const { config, messages } = read({});
    assert.deepEqual(messages, []);
    for (const [key, c] of contributed()) assert.deepEqual(fieldOf(config, key), asRead(key, c.default), key);
  });

  it('take valid values as they are', () => {
    for (const [key, { valid }] of Object.entries(CASES)) {
      for (const value of valid) {
        const { config, messages } = read({ [key]: value });
        assert.deepEqual(messages, [], `${key} = ${JSON.stringify(value)}`);
        assert.deepEqual(fieldOf(config, key), asRead(key, value), key);
      }
    }
  });

  it('report an invalid value once, naming the setting, and use the default; the other settings stay', () => {
    const defaults = contributed();
    for (const [key, { invalid }] of Object.entries(CASES)) {
      for (const value of invalid) {
        const { config, messages } = read({ [key]: value, 'programs.sortBy': key === 'programs.sortBy' ? value : 'name' });
        assert.equal(messages.length, 1, `${key} = ${JSON.stringify(value)}: ${messages.join(' | ')}`);
        assert.match(messages[0]!, new RegExp(`^Release Lens: the setting "releaseLens\\.${key.replace('.', '\\.')}" should be .+, not .+; using .+\\.$`));
        assert.deepEqual(fieldOf(config, key), asRead(key, defaults.get(key)!.default), key);
        if (key !== 'programs.sortBy') assert.equal(config.sortBy, 'name');
      }
    }
  });

  it('agree with the enums and bounds package.json declares', () => {
    for (const [key, c] of contributed()) {
      for (const option of c.enum ?? []) assert.deepEqual(read({ [key]: option }).messages, [], `${key} = ${option}`);
      if (c.maximum !== undefined) {
        assert.deepEqual(read({ [key]: c.maximum }).messages, [], `${key} = its maximum`);
        assert.equal(read({ [key]: c.maximum + 1 }).messages.length, 1, `${key} above its maximum`);
      }
      if (c.minimum !== undefined) assert.deepEqual(read({ [key]: c.minimum }).messages, [], `${key} = its minimum`);
    }
  });
});
