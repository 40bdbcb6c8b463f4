// Bundles each handler as it would be deployed: one CommonJS file per function.
import { readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('.', import.meta.url).pathname;
await build({
  entryPoints: readdirSync(`${root}src`).map((file) => `${root}src/${file}`),
  outdir: `${root}dist`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Lambda's Node runtimes provide the AWS SDK v3: deployed bundles leave it out.
  external: ['@aws-sdk/*'],
  logLevel: 'warning',
});
// The bundles are CommonJS, as Lambda loads `handler` files by default.
writeFileSync(`${root}dist/package.json`, '{ "type": "commonjs" }\n');
