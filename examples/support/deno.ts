import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The native Deno binary of an example's `deno` npm package. The package's
 * postinstall would copy it out of `@deno/<platform>` (pnpm runs no build
 * scripts not listed), so this asks the package's own install API, which
 * copies it into place or answers where it is. `node_modules/.bin/deno` would
 * work too, but wraps the binary in a Node process that signals do not reach.
 */
export function denoBinary(exampleDir: string): string {
  const require = createRequire(join(exampleDir, 'package.json'));
  return (require('deno/install_api.cjs') as { runInstall(): string }).runInstall();
}
