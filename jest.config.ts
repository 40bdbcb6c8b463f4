/** @jest-config-loader esbuild-register */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';

// One jest project per package: `pnpm jest --selectProjects core` runs one of them.
const packages = readdirSync(join(__dirname, 'packages'));

const config: Config = {
  projects: packages.map((name) => ({
    displayName: name,
    rootDir: `<rootDir>/packages/${name}`,
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': ['@swc/jest', {}] },
    moduleNameMapper: {
      '^@hookguard/([^/]+)$': '<rootDir>/../$1/src/index.ts',
      '^@hookguard/([^/]+)/([^/]+)$': '<rootDir>/../$1/src/$2.ts',
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
  })),
};

export default config;
