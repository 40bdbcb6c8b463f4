// Core must bundle for Edge runtimes (no Node built-ins) and load without one.
import { buildSync } from 'esbuild';
import { join } from 'node:path';

const bundle = (platform: 'browser' | 'neutral') =>
  buildSync({ entryPoints: [join(__dirname, '../src/index.ts')], bundle: true, platform, format: 'esm', write: false, logLevel: 'silent' })
    .outputFiles[0]!.text;

describe('the core bundle', () => {
  it.each(['browser', 'neutral'] as const)('bundles for the %s platform with no static import of a Node built-in', (platform) => {
    const code = bundle(platform);
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/);
    expect(code).toContain('getBuiltinModule');
  });
});
