// Prints the README's provider table from the built catalogue, or with
// `--write` puts it between the README's providers markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { providerTable } from '../packages/core/dist/esm/catalog.js';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- providers:start -->';
const END = '<!-- providers:end -->';

if (process.argv.includes('--write')) {
  const text = readFileSync(README, 'utf8');
  const before = text.slice(0, text.indexOf(START) + START.length);
  const after = text.slice(text.indexOf(END));
  writeFileSync(README, `${before}\n${providerTable()}\n${after}`);
} else {
  console.log(providerTable());
}
