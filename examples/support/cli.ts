// The built hookguard CLI (`packages/cli`, run `pnpm build` first) as a user runs
// it against a local endpoint: its exit code and everything it printed.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '../../packages/cli/dist/esm/bin.js');

export interface CliRun {
  code: number;
  output: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
}
