import { bundle, HANDLERS } from './sizes.mjs';
const [, , source] = HANDLERS.find(([s, l]) => s === process.argv[2] && l === process.argv[3]);
process.stdout.write(Buffer.from((await bundle(source)).code));
