// Reading what the user handed the CLI: a body (`--data text`, `@file`, `@-`),
// secrets (`--secret`, `--secret-env`, or the scheme's usual variables) and headers.
import { readFileSync } from 'node:fs';
import { CliFailure } from './failure.js';
import type { CliScheme } from './schemes.js';

export function readData(data: string | undefined): Uint8Array {
  if (data === undefined) return new Uint8Array();
  if (!data.startsWith('@')) return Buffer.from(data);
  return readFileOrFail(data === '@-' ? 0 : data.slice(1), data === '@-' ? 'standard input' : data.slice(1));
}

export function readFileOrFail(file: string | 0, label = String(file)): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliFailure(`cannot read ${label}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
}

/**
 * The secrets, in order: every `--secret`, else every `--secret-env` variable,
 * else the scheme's usual variables. Several are several keys (QStash: current, next).
 */
export function readSecrets(
  scheme: CliScheme,
  options: { secret?: string[] | undefined; 'secret-env'?: string[] | undefined },
  env: NodeJS.ProcessEnv,
): string[] {
  if (options.secret?.length) {
    if (options.secret.some((secret) => !secret)) throw new CliFailure('--secret is empty');
    return options.secret;
  }
  const names = options['secret-env']?.length ? options['secret-env'] : scheme.env;
  const secrets = names.map((name) => env[name]).filter((value): value is string => Boolean(value));
  if (secrets.length === 0) {
    throw new CliFailure(`no secret: pass --secret, or set ${names.join(' or ')} in the environment`);
  }
  return secrets;
}

/** `--header "Name: value"`, repeatable. */
export function readHeaders(lines: string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines ?? []) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new CliFailure(`--header "${line}" is not "Name: value"`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function readUrl(value: string | undefined, option: string): string {
  if (!value) throw new CliFailure(`${option} is required`);
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new CliFailure(`${option} "${value}" is not an http(s) URL`);
}

/** Unix seconds from `--now`/`--timestamp`: an integer, or an ISO date. */
export function readTime(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : Date.parse(value) / 1000;
  if (!Number.isFinite(seconds)) throw new CliFailure(`${option} "${value}" is neither unix seconds nor an ISO date`);
  return Math.floor(seconds);
}
