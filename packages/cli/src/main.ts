// `hookguard <command>`: argument parsing, help, and one place that turns
// failures into a message and an exit code (never a stack trace).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { explainCommand } from './commands/explain.js';
import { sendCommand } from './commands/send.js';
import { signCommand } from './commands/sign.js';
import { CliFailure, EXIT } from './failure.js';
import { SCHEME_NAMES } from './schemes.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, unknown>, positionals: string[], io: Io): Promise<number>;
}

/** Replaced by the build with package.json's version. */
declare const __PACKAGE_VERSION__: string;

const COMMANDS: Record<string, Command> = { sign: signCommand, send: sendCommand, explain: explainCommand };

const HELP = `hookguard: sign, send and explain webhook deliveries for local testing

Usage: hookguard <command> [options]     hookguard <command> --help

Commands:
${Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(8)}${command.summary}`).join('\n')}

Schemes: ${SCHEME_NAMES.join(', ')}

Exit codes: 0 as expected, 1 the endpoint or request did not behave as expected,
2 bad input (unknown scheme, missing secret, unreadable file), 3 endpoint unreachable.
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version') {
    io.out(`${__PACKAGE_VERSION__}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new CliFailure(`unknown command "${name}"; one of: ${Object.keys(COMMANDS).join(', ')} (hookguard --help)`);
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(command.usage);
      return EXIT.ok;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    io.err(`hookguard${command ? ` ${name}` : ''}: ${messageOf(error)}\n`);
    return error instanceof CliFailure ? error.exitCode : EXIT.usage;
  }
}

/** parseArgs's own errors ("Unknown option '--x'") are bad input too; anything else is a bug worth one line. */
function messageOf(error: unknown): string {
  if (error instanceof CliFailure) return error.message;
  const { code, message } = error as { code?: string; message?: string };
  if (code?.startsWith('ERR_PARSE_ARGS')) return `${message ?? code} (see --help)`;
  return `unexpected error: ${message ?? String(error)}`;
}
