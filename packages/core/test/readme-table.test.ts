import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDERS, providerTable } from '../src/catalog.js';
import * as core from '../src/index.js';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe("the README's provider table", () => {
  it('is the one the presets generate (node scripts/provider-table.mjs --write)', () => {
    const section = readme.slice(readme.indexOf('<!-- providers:start -->'), readme.indexOf('<!-- providers:end -->'));
    expect(section.trim()).toBe(`<!-- providers:start -->\n${providerTable()}`);
  });

  it('lists every provider once, each with a factory core exports', () => {
    const names = PROVIDERS.map((provider) => provider.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { usage } of PROVIDERS) {
      const factory = usage.slice(0, usage.indexOf('('));
      expect(typeof (core as Record<string, unknown>)[factory]).toBe('function');
    }
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(45);
  });
});
