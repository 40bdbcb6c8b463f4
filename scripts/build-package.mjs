// Builds the package in the current directory: one esbuild bundle per entry of
// its `exports` map, as ESM (dist/esm) and CJS (dist/cjs), plus tsc declarations.
// A package with `*.node.ts` twins also gets a Node build (dist/esm/node,
// dist/cjs/node, behind the "node" export condition) in which each twin replaces
// the module it is named after, so Node bundles carry no code meant for Edge runtimes.
// The declarations are copied into dist/cjs, whose own package.json marks it
// CommonJS, so `require` consumers get types that describe a CJS module.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { hasNodeTwins, nodeTwins } from './node-twins.cjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exported = Object.keys(pkg.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'index' : key.slice(2)));
// A `bin` such as ./dist/esm/bin.js is built from src/bin.ts like any entry.
const binaries = Object.values(pkg.bin ?? {}).map((file) => file.replace(/^\.\/dist\/esm\/(.*)\.js$/, '$1'));
const entryPoints = [...exported, ...binaries].map((name) => ({ in: `src/${name}.ts`, out: name }));
// Dependencies stay imports, and so do Node built-ins (only Node-only packages use them).
const external = [...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), 'node:*'];

rmSync('dist', { recursive: true, force: true });
// __PACKAGE_VERSION__ lets code name its own version (the CLI's --version) without reading package.json.
const define = { __PACKAGE_VERSION__: JSON.stringify(pkg.version) };
const common = { entryPoints, bundle: true, external, define, target: 'es2022', platform: 'neutral', logLevel: 'warning' };
const hasTwins = hasNodeTwins('src');
const node = { ...common, platform: 'node', plugins: [nodeTwins] };
await Promise.all([
  build({ ...common, format: 'esm', outdir: 'dist/esm' }),
  build({ ...common, format: 'cjs', outdir: 'dist/cjs' }),
  ...(hasTwins ? [build({ ...node, format: 'esm', outdir: 'dist/esm/node' }), build({ ...node, format: 'cjs', outdir: 'dist/cjs/node' })] : []),
]);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} catch {
  process.exit(1); // tsc has printed its diagnostics
}
const declarationsOnly = (src) => statSync(src).isDirectory() || src.endsWith('.d.ts');
cpSync('dist/esm', 'dist/cjs', { recursive: true, filter: declarationsOnly });
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
