// Runs demo.ts: bundled by esbuild (TypeScript, shared helpers from
// ../support) into dist/, its packages left as imports, then imported.
import { build } from 'esbuild';

const outfile = new URL('./dist/demo.mjs', import.meta.url).pathname;
await build({
  entryPoints: [new URL('./demo.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
await import(outfile);
