import { signBasicAuth } from './schemes/basic-auth.js';
import { signBearerToken } from './schemes/bearer-token.js';
import { signAutify } from './schemes/autify.js';
import { signGithub } from './schemes/github.js';
import { signQstash } from './schemes/qstash.js';
import { signQuerySecret } from './schemes/query-secret.js';
import { signSharedSecret } from './schemes/shared-secret.js';
import { signShopify } from './schemes/shopify.js';
import { signSlack } from './schemes/slack.js';
import { signStandardWebhooks } from './schemes/standard-webhooks.js';
import { signStripe } from './schemes/stripe.js';
import { signTwilio } from './schemes/twilio.js';
import type { SignBody, SignedParts } from './signing.js';
import { PROVIDERS } from './catalog.js';
import { signPreset } from './presets/sign-preset.js';
import { signMailgun } from './providers/mailgun.js';

export interface SignRequestOptions {
  /** The secret, token or signing key; for `basic`, `user:password`. */
  secret: string;
  /** The URL the request goes to (schemes that sign it, or carry the secret in it, need it). */
  url: string;
  body?: SignBody;
  /** Unix seconds, for schemes that sign a time. Default: now. */
  timestamp?: number;
  /** The delivery or message id, for schemes that carry one. Default: random. */
  id?: string;
  /** For Twilio: a body that is not form-encoded is covered through `bodySHA256`. */
  contentType?: string;
}

type Signer = (options: SignRequestOptions & { body: SignBody }) => Promise<SignedParts>;

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

const sharedHeader = (header: string): Signer => ({ secret }) => signSharedSecret({ secret, header });
const standard: Signer = ({ secret, body, id, timestamp }) => signStandardWebhooks({ secret, body, ...optional('id', id), ...optional('timestamp', timestamp) });
const basic: Signer = ({ secret }) => {
  const colon = secret.indexOf(':');
  return signBasicAuth({ username: secret.slice(0, colon), password: secret.slice(colon + 1) });
};

/** Every preset on the preset layer that signs with a secret, as its sender would. */
const presetSigners = (): Record<string, Signer> =>
  Object.fromEntries(
    PROVIDERS.filter(({ preset }) => preset?.check.sign).map(({ name, preset }): [string, Signer] => [
      name,
      ({ secret, body, url, id, timestamp }) =>
        signPreset(preset!, { secret, body, url, ...optional('id', id), ...optional('timestamp', timestamp), values: { notificationUrl: url } }),
    ]),
  );

/** One signer per scheme name, as `verifier.scheme` reports it. */
const SIGNERS: Record<string, Signer> = {
  'shared-secret': ({ secret }) => signSharedSecret({ secret }),
  'query-secret': ({ secret, url }) => signQuerySecret({ secret, url }),
  bearer: ({ secret }) => signBearerToken({ token: secret }),
  basic,
  autify: ({ secret, body }) => signAutify({ secret, body }),
  github: ({ secret, body, id }) => signGithub({ secret, body, ...optional('deliveryId', id) }),
  shopify: ({ secret, body, id }) => signShopify({ secret, body, ...optional('webhookId', id) }),
  stripe: ({ secret, body, timestamp }) => signStripe({ secret, body, ...optional('timestamp', timestamp) }),
  slack: ({ secret, body, timestamp }) => signSlack({ signingSecret: secret, body, ...optional('timestamp', timestamp) }),
  'standard-webhooks': standard,
  twilio: ({ secret, url, body, contentType }) => signTwilio({ authToken: secret, url, body, ...optional('contentType', contentType) }),
  qstash: ({ secret, url, body, id, timestamp }) =>
    signQstash({ signingKey: secret, url, body, ...optional('messageId', id), ...optional('timestamp', timestamp) }),
  ...presetSigners(),
  gitlab: (options) => (options.secret.startsWith('whsec_') ? standard(options) : sharedHeader('x-gitlab-token')(options)),
  clerk: standard,
  resend: standard,
  openai: standard,
  replicate: standard,
  supabase: standard,
  telegram: sharedHeader('x-telegram-bot-api-secret-token'),
  okta: sharedHeader('authorization'),
  'cloudflare-notifications': sharedHeader('cf-webhook-auth'),
  postmark: basic,
  mailgun: ({ secret, body, timestamp }) => signMailgun({ signingKey: secret, body, ...optional('timestamp', timestamp) }),
};

/** The scheme names `signRequest` knows. */
export const SIGNABLE_SCHEMES: readonly string[] = Object.keys(SIGNERS);

/**
 * What a sender of `scheme` would attach to a request: headers, and the URL it
 * is sent to (changed by schemes that put something in it). The inverse of the
 * verifier of the same name; for the CLI and tests.
 */
export async function signRequest(scheme: string, options: SignRequestOptions): Promise<Required<SignedParts>> {
  const signer = SIGNERS[scheme];
  if (!signer) throw new TypeError(`unknown scheme "${scheme}"; known: ${SIGNABLE_SCHEMES.join(', ')}`);
  const signed = await signer({ ...options, body: options.body ?? '' });
  return { headers: signed.headers, url: signed.url ?? options.url, body: signed.body ?? options.body ?? '' };
}
