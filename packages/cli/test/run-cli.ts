// Runs the built `hookguard` binary, as a user's shell would.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '../dist/esm/bin.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function hookguard(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const folder = mkdtempSync(join(tmpdir(), 'hookguard-cli-'));
let files = 0;

/** Writes `content` (objects as JSON) to a fresh temporary file and returns its path. */
export function tempFile(content: string | object, extension = 'json'): string {
  const file = join(folder, `${files++}.${extension}`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
