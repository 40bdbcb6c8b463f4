// What the CLI knows about each scheme beyond core's signer of the same name:
// where its secret usually lives, what it signs (so a forgery is meaningful and
// `explain` knows what to vary) and how to build its verifier from secrets.
import {
  autify, basicAuth, bearerToken, github, qstash, querySecret, sharedSecret, shopify, slack, standardWebhooks, stripe, twilio,
  type Verifier,
} from '@hookguard/core';
import { PROVIDERS, type Provider } from '@hookguard/core/catalog';
import { SIGNABLE_SCHEMES } from '@hookguard/core/sign';
import { CliFailure } from './failure.js';
import { presetTime, signedTime } from './signed-time.js';

export interface CliScheme {
  readonly name: string;
  /** Environment variables read when no --secret is given; QStash's second is its next signing key. */
  readonly env: readonly string[];
  /** The content type a sender of this scheme usually posts. */
  readonly contentType: string;
  readonly signsBody: boolean;
  readonly signsUrl: boolean;
  /** Static credentials identify no delivery, so replay protection has nothing to refuse. */
  readonly replayable: boolean;
  /** The unix time the sender signed, for schemes that sign one. */
  readonly signedTime?: (headers: Headers) => number | undefined;
  /** The verifier for these secrets; `url` is where deliveries go, for senders that sign it (Square). */
  verifier(secrets: readonly string[], url: string): Verifier;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

const credential = (name: string, env: string, verifier: CliScheme['verifier']): CliScheme => ({
  name, env: [env], contentType: JSON_TYPE, signsBody: false, signsUrl: false, replayable: false, verifier,
});

const bodySigner = (name: string, env: string, verifier: CliScheme['verifier'], contentType = JSON_TYPE): CliScheme => ({
  name, env: [env], contentType, signsBody: true, signsUrl: false, replayable: true, verifier,
  ...(signedTime[name] ? { signedTime: signedTime[name] } : {}),
});

function basicFrom([pair = '']: readonly string[]): Verifier {
  const colon = pair.indexOf(':');
  return colon < 0 ? basicAuth({ username: pair, password: '' }) : basicAuth({ username: pair.slice(0, colon), password: pair.slice(colon + 1) });
}

const SCHEMES: readonly CliScheme[] = [
  credential('shared-secret', 'VERIFICATION_KEY', (secret) => sharedSecret({ secret })),
  credential('query-secret', 'WEBTASK_SECRET', (secret) => querySecret({ secret })),
  credential('bearer', 'BEARER_TOKEN', (token) => bearerToken({ token })),
  credential('basic', 'BASIC_AUTH', basicFrom),
  bodySigner('autify', 'AUTIFY_WEBHOOK_SECRET', (secret) => autify({ secret })),
  bodySigner('github', 'GITHUB_WEBHOOK_SECRET', (secret) => github({ secret })),
  bodySigner('shopify', 'SHOPIFY_WEBHOOK_SECRET', (secret) => shopify({ secret })),
  bodySigner('stripe', 'STRIPE_WEBHOOK_SECRET', (secret) => stripe({ secret })),
  bodySigner('slack', 'SLACK_SIGNING_SECRET', (signingSecret) => slack({ signingSecret }), FORM_TYPE),
  bodySigner('standard-webhooks', 'WEBHOOK_SECRET', (secret) => standardWebhooks({ secret })),
  { ...bodySigner('twilio', 'TWILIO_AUTH_TOKEN', (authToken) => twilio({ authToken }), FORM_TYPE), signsUrl: true },
  {
    ...bodySigner('qstash', 'QSTASH_CURRENT_SIGNING_KEY', ([current, next = current]) =>
      qstash({ currentSigningKey: current, nextSigningKey: next })),
    env: ['QSTASH_CURRENT_SIGNING_KEY', 'QSTASH_NEXT_SIGNING_KEY'],
    signsUrl: true,
  },
];

// What the catalogue's providers sign, read from their presets where they have one.
const STATIC = new Set(['telegram', 'okta', 'cloudflare-notifications', 'postmark']);
const fromCatalogue = ({ name, env, preset, verifier }: Provider): CliScheme => {
  const signed = preset?.signed ?? '{body}';
  return {
    name, env, contentType: JSON_TYPE, verifier,
    // Mailgun signs a token in the body, not the body: a changed event would still verify.
    signsBody: !STATIC.has(name) && name !== 'mailgun' && signed.includes('{body}'),
    signsUrl: /\{(url|notificationUrl)\}/.test(signed),
    replayable: !STATIC.has(name),
    ...(preset?.timestamp ? { signedTime: presetTime(preset) } : signedTime[name] ? { signedTime: signedTime[name] } : {}),
  };
};

const ALL: readonly CliScheme[] = [...SCHEMES, ...PROVIDERS.filter(({ name }) => !SCHEMES.some((scheme) => scheme.name === name)).map(fromCatalogue)];

/** The names `--scheme` accepts: every scheme core can sign. */
export const SCHEME_NAMES: readonly string[] = ALL.map((scheme) => scheme.name).filter((name) => SIGNABLE_SCHEMES.includes(name));

export function findScheme(name: string | undefined): CliScheme {
  if (!name) throw new CliFailure(`--scheme is required; one of: ${SCHEME_NAMES.join(', ')}`);
  const scheme = ALL.find((candidate) => candidate.name === name);
  if (!scheme) throw new CliFailure(`unknown scheme "${name}"; one of: ${SCHEME_NAMES.join(', ')}`);
  return scheme;
}
