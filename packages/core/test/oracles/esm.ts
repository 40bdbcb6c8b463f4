import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export type OracleCall = [tool: 'octokit' | 'svix', method: 'sign' | 'verify', ...args: unknown[]];

/** Runs calls against the ESM-only SDKs in one child process; results come back in order. */
export function esmOracle(calls: OracleCall[]): unknown[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'esm-sdks.mjs')], { input: JSON.stringify(calls), encoding: 'utf8' });
  return JSON.parse(output) as unknown[];
}
