// What the examples' real-runtime tests share: a free loopback port, and a
// local runtime started as a child process, its output kept for assertions.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

export interface LocalRuntime {
  /** Everything the runtime printed so far (hookguard's log lines among it). */
  logs(): string;
  stop(): void;
}

/** Starts `node <script> ...args` and resolves once `ready` holds; fails with the output if it never does. */
export async function startRuntime(
  script: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: (logs: string) => boolean | Promise<boolean> },
): Promise<LocalRuntime> {
  const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env });
  let logs = '';
  child.stdout.on('data', (chunk) => (logs += chunk));
  child.stderr.on('data', (chunk) => (logs += chunk));
  const deadline = Date.now() + 100_000;
  while (!(await options.ready(logs))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not start:\n${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { logs: () => logs, stop: () => void child.kill('SIGTERM') };
}
