// Local runtimes as child processes, shared by the examples' tests and the demo:
// a free loopback port, a runtime started in its own process group (its workers
// and helpers too) and stopped as a group, so nothing is left running.
import { spawn, type ChildProcess } from 'node:child_process';
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
  /** The runtime's process group (its leader's pid). */
  readonly group: number;
  /** Whether any process of the group is still alive. */
  running(): boolean;
  /** Everything the runtime printed so far (hookguard's log lines among it). */
  logs(): string;
  /** Stops the whole process group: SIGTERM, then SIGKILL for whatever remains. */
  stop(): Promise<void>;
}

const running = new Set<number>();
/** Signals a process group; false when no process of it is left. */
const signalGroup = (pid: number, signal: NodeJS.Signals | 0) => {
  try {
    return process.kill(-pid, signal);
  } catch {
    return false;
  }
};
// If the parent ends abruptly, its runtimes end with it.
process.once('exit', () => running.forEach((pid) => signalGroup(pid, 'SIGKILL')));

export interface StartOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  ready: (logs: string) => boolean | Promise<boolean>;
  timeoutMs?: number;
}

/** Starts `node <script> ...args` and resolves once `ready` holds; fails with the output if it never does. */
export function startRuntime(script: string, args: string[], options: StartOptions): Promise<LocalRuntime> {
  return startProcess(process.execPath, [script, ...args], options);
}

/** Starts any executable (a runtime's own binary: deno, bun) the same way as `startRuntime`. */
export async function startProcess(command: string, args: string[], options: StartOptions): Promise<LocalRuntime> {
  const script = [command, ...args].join(' ');
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true });
  // No pid means it never started (ENOENT…); a pid of 0 would signal our own group.
  if (!child.pid) throw await new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  running.add(pid);
  let logs = '';
  child.stdout?.on('data', (chunk) => (logs += chunk));
  child.stderr?.on('data', (chunk) => (logs += chunk));
  const runtime = { group: pid, running: () => signalGroup(pid, 0), logs: () => logs, stop: () => stopGroup(child, pid) };
  const deadline = Date.now() + (options.timeoutMs ?? 100_000);
  while (!(await options.ready(logs))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await runtime.stop();
      throw new Error(`${script} did not start:\n${logs}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return runtime;
}

function stopGroup(child: ChildProcess, pid: number): Promise<void> {
  running.delete(pid);
  return new Promise((resolve) => {
    const finish = async () => {
      clearTimeout(timer);
      // Helpers that outlive their leader are killed too, and waited for: a kill is not instant.
      signalGroup(pid, 'SIGKILL');
      for (let waited = 0; signalGroup(pid, 0) && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      resolve();
    };
    const timer = setTimeout(finish, 3000);
    if (child.exitCode !== null || child.signalCode !== null) return void finish();
    child.once('exit', finish);
    signalGroup(pid, 'SIGTERM');
  });
}
