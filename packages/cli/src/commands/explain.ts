import { readCapture } from '../capture.js';
import { explain } from '../explain.js';
import { CliFailure, EXIT } from '../failure.js';
import { readData, readSecrets, readTime, readUrl } from '../input.js';
import type { Command } from '../main.js';
import { findScheme, SCHEME_NAMES } from '../schemes.js';

export const explainCommand: Command = {
  summary: 'say why a captured request does (not) verify: URL, body, secret, key or time',
  usage: `Usage: hookguard explain --scheme <name> --request <captured.json|file.har> [options]

Verifies a captured request, as the function received it, with the secret, and
when it fails tries what usually went wrong: another URL (scheme, host, port,
query order or encoding), a re-serialized body, a stale timestamp, the next key
instead of the current one, another secret. Runs locally: the secret and the
details never leave this machine.

The capture is JSON { method, url, headers, body, bodyEncoding?, receivedAt? }
(what \`hookguard sign --json\` prints) or a HAR file (its first entry, or --entry).

Options:
  -s, --scheme <name>     one of: ${SCHEME_NAMES.join(', ')}
  -r, --request <file>    the captured request
      --entry <n>         which HAR entry (default 0)
      --secret <value>    the secret (repeat for several keys: QStash current, then next)
      --secret-env <NAME> read it from this variable (repeatable; default: the scheme's usual ones)
      --now <unix|ISO>    when the request arrived (default: the capture's time, else now)
      --original <text|@file>  the body the sender says it sent, if you have it
      --public-url <url>  the URL configured at the sender, tried as the signed one
      --json              print { verified, refusal, findings } as JSON
`,
  options: {
    scheme: { type: 'string', short: 's' },
    request: { type: 'string', short: 'r' },
    entry: { type: 'string' },
    secret: { type: 'string', multiple: true },
    'secret-env': { type: 'string', multiple: true },
    now: { type: 'string' },
    original: { type: 'string' },
    'public-url': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, _positionals, io) {
    const scheme = findScheme(values['scheme'] as string | undefined);
    const file = values['request'] as string | undefined;
    if (!file) throw new CliFailure('--request <captured.json|file.har> is required');
    const secrets = readSecrets(scheme, values as { secret?: string[]; 'secret-env'?: string[] }, io.env);
    const capture = readCapture(file, Number(values['entry'] ?? 0));
    const now = readTime(values['now'] as string | undefined, '--now');
    const original = values['original'] === undefined ? undefined : readData(values['original'] as string);
    const explanation = await explain(capture, scheme, secrets, {
      ...(now === undefined ? {} : { now }),
      ...(original ? { originalBody: original } : {}),
      ...(values['public-url'] ? { publicUrl: readUrl(values['public-url'] as string, '--public-url') } : {}),
    });
    if (values['json']) io.out(`${JSON.stringify(explanation, null, 2)}\n`);
    else {
      const { refusal } = explanation;
      io.out(refusal ? `refused: ${refusal.status} ${refusal.code} (${refusal.message})\n` : 'accepted\n');
      for (const finding of explanation.findings) io.out(`  ${finding.code}: ${finding.message}\n`);
    }
    return explanation.verified ? EXIT.ok : EXIT.failed;
  },
};
