// The options `sign` and `send` share, and the delivery they describe.
import { createDelivery, TAMPERINGS, type Delivery, type Tampering } from '../delivery.js';
import { CliFailure } from '../failure.js';
import { readData, readHeaders, readSecrets, readTime, readUrl } from '../input.js';
import type { Io } from '../main.js';
import { findScheme, SCHEME_NAMES } from '../schemes.js';

export const deliveryOptions = {
  scheme: { type: 'string', short: 's' },
  secret: { type: 'string', multiple: true },
  'secret-env': { type: 'string', multiple: true },
  data: { type: 'string', short: 'd' },
  header: { type: 'string', short: 'H', multiple: true },
  method: { type: 'string', short: 'X' },
  timestamp: { type: 'string' },
  id: { type: 'string' },
} as const;

export const DELIVERY_HELP = `  -s, --scheme <name>     one of: ${SCHEME_NAMES.join(', ')}
      --secret <value>    the secret, token or key (basic: user:password); prefer the environment,
                          command lines end up in shell history
      --secret-env <NAME> read the secret from this variable (default: the scheme's usual one,
                          e.g. GITHUB_WEBHOOK_SECRET, TWILIO_AUTH_TOKEN, QSTASH_CURRENT_SIGNING_KEY)
  -d, --data <text|@file|@->  the raw body (default: empty)
  -H, --header "Name: value"  an extra header (repeatable); the scheme's usual content type is the default
  -X, --method <verb>     default POST
      --timestamp <unix|ISO>  sign at this time (default: now)
      --id <id>           the delivery or message id, for schemes that carry one (default: random)`;

/** `url` is checked after the scheme: an unknown scheme is the first thing to hear about. */
export async function deliveryFrom(values: Record<string, unknown>, url: { value: string | undefined; option: string }, io: Io, tamper?: string): Promise<Delivery> {
  const scheme = findScheme(values['scheme'] as string | undefined);
  const target = readUrl(url.value, url.option);
  const [secret = ''] = readSecrets(scheme, values as { secret?: string[]; 'secret-env'?: string[] }, io.env);
  const timestamp = readTime(values['timestamp'] as string | undefined, '--timestamp');
  return createDelivery({
    scheme,
    secret,
    url: target,
    body: readData(values['data'] as string | undefined),
    headers: readHeaders(values['header'] as string[] | undefined),
    ...(values['method'] ? { method: String(values['method']).toUpperCase() } : {}),
    ...(timestamp === undefined ? {} : { timestamp }),
    ...(values['id'] ? { id: values['id'] as string } : {}),
    ...(tamper === undefined ? {} : { tamper: readTampering(tamper) }),
  });
}

function readTampering(value: string): Tampering {
  if ((TAMPERINGS as readonly string[]).includes(value)) return value as Tampering;
  throw new CliFailure(`--tamper "${value}" is not one of: ${TAMPERINGS.join(', ')}`);
}
