import { EXIT, CliFailure } from '../failure.js';
import type { Command } from '../main.js';
import { deliver, expectedStatus, meetsExpectation } from '../send.js';
import { TAMPERINGS, type Tampering } from '../delivery.js';
import { DELIVERY_HELP, deliveryFrom, deliveryOptions } from './delivery-options.js';

export const sendCommand: Command = {
  summary: 'sign a request, send it, and check the answer (--tamper sends a forged one)',
  usage: `Usage: hookguard send <url> --scheme <name> [--data <text|@file>] [--tamper <how>] [options]

Signs a delivery for <url>, posts it and prints the status and the start of the
response. Exits 0 when the answer is the expected one: 2xx for a valid delivery,
a refusal (4xx) for a forged one, 409 for a replayed one.

Options:
${DELIVERY_HELP}
      --tamper <how>      send a forgery instead: ${TAMPERINGS.join(', ')}
                          body: one byte more than signed; url: signed for another URL;
                          signature: one character changed; timestamp: signed an hour ago;
                          secret: signed with another secret; replay: the same delivery twice
      --expect <status>   the status that counts as success (default: see above)
      --timeout <ms>      give up after this long (default 10000)
`,
  options: { ...deliveryOptions, tamper: { type: 'string' }, expect: { type: 'string' }, timeout: { type: 'string' } },
  async run(values, positionals, io) {
    if (positionals.length > 1) throw new CliFailure(`one URL expected, got ${positionals.length}`);
    const tamper = values['tamper'] as Tampering | undefined;
    const delivery = await deliveryFrom(values, { value: positionals[0], option: 'the URL to send to' }, io, tamper);
    const expected = values['expect'] === undefined ? expectedStatus(tamper) : readStatus(String(values['expect']));
    const result = await deliver(delivery, tamper, readTimeout(values['timeout'] as string | undefined));
    io.out(`${delivery.method} ${delivery.url}${tamper ? ` (forged: ${tamper})` : ''}\nHTTP ${result.status}\n${result.body}${result.body.endsWith('\n') || !result.body ? '' : '\n'}`);
    const ok = meetsExpectation(result.status, expected);
    io.out(ok ? `as expected (${expected.label})\n` : `NOT as expected: wanted ${expected.label}, got ${result.status}\n`);
    return ok ? EXIT.ok : EXIT.failed;
  },
};

function readStatus(text: string) {
  const status = Number(text);
  if (!Number.isInteger(status) || status < 100 || status > 599) throw new CliFailure(`--expect "${text}" is not an HTTP status`);
  return { min: status, max: status, label: String(status) };
}

function readTimeout(text: string | undefined): number {
  if (text === undefined) return 10_000;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw new CliFailure(`--timeout "${text}" is not a positive number of milliseconds`);
  return ms;
}
