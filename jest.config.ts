/** @jest-config-loader esbuild-register */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';

// One jest project per package (`pnpm jest --selectProjects core`), tested from
// source; one per example with tests, run on its real runtime against the built packages.
const listed = (folder: string) => readdirSync(join(__dirname, folder));
const transform = { '^.+\\.ts$': ['@swc/jest', {}] as [string, object] };
const relativeJs = { '^(\\.{1,2}/.*)\\.js$': '$1' }; // TypeScript's NodeNext `./x.js` imports of `./x.ts`

const config: Config = {
  projects: [
    ...listed('packages').map((name) => ({
      displayName: name,
      rootDir: `<rootDir>/packages/${name}`,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      transform,
      moduleNameMapper: {
        '^@hookguard/([^/]+)$': '<rootDir>/../$1/src/index.ts',
        '^@hookguard/([^/]+)/([^/]+)$': '<rootDir>/../$1/src/$2.ts',
        ...relativeJs,
      },
    })),
    ...listed('examples')
      .filter((name) => existsSync(join(__dirname, 'examples', name, 'test')))
      .map((name) => ({
        displayName: `example-${name}`,
        rootDir: `<rootDir>/examples/${name}`,
        testMatch: ['<rootDir>/test/**/*.test.ts'],
        transform,
        moduleNameMapper: relativeJs,
      })),
  ],
};

export default config;
