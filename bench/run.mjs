// `pnpm bench`: verification cost, provider presets beside the providers' SDKs,
// the cost of refusing forged requests, bundle size and cold start, hookguard
// beside the providers' libraries, in one run.
// `--json` also writes results.json, and chart.svg is drawn from it.
import { writeFileSync } from 'node:fs';
import { measureColdStarts } from './cold-start.mjs';
import { drawChart } from './chart.mjs';
import { measureForged, printForged } from './forged.mjs';
import { measureHosts } from './hosts.mjs';
import { measureProviders } from './providers.mjs';
import { measureRemoteKeys } from './remote-keys.mjs';
import { measureSizes } from './sizes.mjs';
import { measureStores } from './stores.mjs';
import { measureVerification } from './verify.mjs';

const here = new URL('.', import.meta.url).pathname;
const started = Date.now();

const verification = await measureVerification();
console.log('\nMedian verify time (ns) and ratio to the floor (node:crypto HMAC of the same body):');
console.table(verification.map(({ scheme, size, valid, library, nsPerOp, ratioToFloor }) => ({ scheme, size, valid, library, nsPerOp, ratioToFloor })));

const providers = await measureProviders();
console.log('\nProvider presets beside the providers\' SDKs, 1 KiB (median ns, ratio to the floor):');
console.table(providers);

const remoteKeys = await measureRemoteKeys();
console.log('\nFetched keys: the first request of a cold worker (one fetch from a local key host), then warm ones:');
console.table(remoteKeys);

const hosts = await measureHosts();
console.log('\nThe adapters for the other hosts, GitHub 1 KiB, each beside its host without hookguard (median µs):');
console.table(hosts);

const stores = await measureStores();
console.log('\nReplay stores: one claim beside one bare read on the same local backend (median µs):');
console.table(stores);

const forged = await measureForged();
console.log('\nRefusing a forged request beside accepting a valid one of the same size (median µs):');
printForged(forged);

const sizes = await measureSizes();
console.log('\nOne-scheme handler, bundled and minified by esbuild:');
console.table(sizes);

const coldStarts = await measureColdStarts();
console.log('\nCold start, median of fresh processes (import + first verify):');
console.table(coldStarts);

console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s on Node ${process.version}.`);

if (process.argv.includes('--json')) {
  // A verification row carries the bundle size of the same code path, where one was measured:
  // 'hookguard via @hookguard/vercel (Request)' is the bundle of 'hookguard via @hookguard/vercel'.
  const sizeOf = ({ scheme, library }) =>
    sizes.find((row) => row.scheme === scheme && (row.library === library || library.startsWith(`${row.library} (`)));
  const results = verification.map((row) => {
    const size = sizeOf(row);
    return size ? { ...row, bundleBytes: size.bundleBytes, gzipBytes: size.gzipBytes } : row;
  });
  const document = { node: process.version, date: new Date().toISOString(), results, providers, remoteKeys, hosts, stores, forged, sizes, coldStarts };
  writeFileSync(`${here}results.json`, JSON.stringify(document, null, 2) + '\n');
  writeFileSync(`${here}chart.svg`, drawChart(document));
  console.log('Wrote bench/results.json and bench/chart.svg.');
}
