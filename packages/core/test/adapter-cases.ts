// Cases the adapters' hardening tests send through every call shape: URL-signing
// schemes with forwarded headers pointing elsewhere, deliveries whose signature
// header is spelled otherwise but still verifies (replay protection must count
// every spelling as one delivery), and replay stores that misbehave.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { discord, meta, qstash, standardWebhooks, stripe, twilio, type ReplayStore, type Verifier } from '../src/index.js';
import { signQstash, signSlack, signStandardWebhooks, signStripe, signTwilio } from '../src/sign.js';

export interface Delivery {
  headers: Record<string, string>;
  body: string;
  /** Default: POST. */
  method?: string;
  /** The query string, without `?`, when the case needs its own (Meta's hub.challenge GET). */
  query?: string;
}

/** The schemes that sign the URL, each with a signer for a delivery to a given URL. */
export const URL_SCHEMES: { scheme: string; verifier: Verifier; sign: (url: string) => Promise<Delivery> }[] = [
  {
    scheme: 'Twilio',
    verifier: twilio({ authToken: 'twilio-token' }),
    sign: async (url) => ({ headers: (await signTwilio({ authToken: 'twilio-token', url, body: 'Body=hi' })).headers, body: 'Body=hi' }),
  },
  {
    scheme: 'QStash',
    verifier: qstash({ currentSigningKey: 'qstash-current', nextSigningKey: 'qstash-next' }),
    sign: async (url) => ({ headers: (await signQstash({ signingKey: 'qstash-current', url, body: '{"n":1}' })).headers, body: '{"n":1}' }),
  },
];

/** Headers a client adds to point the rebuilt URL at another host. */
export const FORWARDED_ELSEWHERE = { 'x-forwarded-host': 'other.example.com', 'x-forwarded-proto': 'https' };

export const STRIPE_SECRET = 'whsec_stripe_hardening';
export const SW_SECRET = `whsec_${Buffer.from('standard-webhooks-hardening-secret').toString('base64')}`;

/** The same Stripe-Signature spelled otherwise: each still verifies, none is a new delivery. */
export function stripeRespellings(header: string): [string, string][] {
  const [t, v1] = header.split(',') as [string, string];
  return [
    ['an extra v0= entry', `${t},${v1},v0=${'ab'.repeat(32)}`],
    ['its entries reordered', `${v1},${t}`],
    ['spaces after the commas', `${t}, ${v1}`],
    ['an extra wrong v1=', `${t},v1=${'0'.repeat(64)},${v1}`],
  ];
}

/** The same webhook-signature list spelled otherwise. */
export function standardRespellings(header: string): [string, string][] {
  const wrong = `v1,${Buffer.alloc(32, 7).toString('base64')}`;
  return [
    ['an extra wrong v1 entry', `${header} ${wrong}`],
    ['its order changed', `${wrong} ${header}`],
  ];
}

export const REPLAY_CASES = [
  {
    scheme: 'Stripe',
    header: 'stripe-signature',
    verifier: () => stripe({ secret: STRIPE_SECRET }),
    sign: async (body: string) => (await signStripe({ secret: STRIPE_SECRET, body })).headers,
    respell: stripeRespellings,
  },
  {
    scheme: 'Standard Webhooks',
    header: 'webhook-signature',
    verifier: () => standardWebhooks({ secret: SW_SECRET }),
    sign: async (body: string) => (await signStandardWebhooks({ secret: SW_SECRET, body })).headers,
    respell: standardRespellings,
  },
];

/** Stores that misbehave: each must make verification answer 503, never reject. */
export const BROKEN_STORES: [string, ReplayStore][] = [
  ['claim throws synchronously', { claim: () => { throw new Error('store down'); } }],
  ['claim returns a non-boolean', { claim: () => 'yes' as unknown as boolean }],
  ['claim resolves to a non-boolean', { claim: async () => 1 as unknown as boolean }],
  ['claim never settles', { claim: () => new Promise<boolean>(() => undefined) }],
];

// ---------------------------------------------------------------------------
// Slack's unsigned ssl_check, a handshake every adapter answers itself.

export const SLACK_SECRET = 'slack-signing-secret';
export const FORM = 'application/x-www-form-urlencoded';

/** What Slack posts, unsigned, to check a slash command's certificate. */
export const SSL_CHECKS: Array<{ name: string; delivery: Delivery }> = [
  { name: 'form body', delivery: { headers: { 'Content-Type': FORM }, body: 'ssl_check=1&token=x' } },
  { name: 'form body with a charset', delivery: { headers: { 'Content-Type': `${FORM}; charset=utf-8` }, body: 'token=x&ssl_check=1' } },
  { name: 'content type in capitals', delivery: { headers: { 'Content-Type': 'Application/X-WWW-Form-Urlencoded' }, body: 'ssl_check=1&token=x' } },
];

/** Look like an ssl_check, but are not one: refused 401 (no signature), never handled. */
export const NOT_SSL_CHECKS: Array<{ name: string; delivery: Delivery }> = [
  { name: 'ssl_check=0', delivery: { headers: { 'Content-Type': FORM }, body: 'ssl_check=0&token=x' } },
  { name: 'a JSON body with ssl_check', delivery: { headers: { 'Content-Type': 'application/json' }, body: '{"ssl_check":1,"token":"x"}' } },
  { name: 'a JSON body with ssl_check "1"', delivery: { headers: { 'Content-Type': 'application/json' }, body: '{"ssl_check":"1","token":"x"}' } },
  { name: 'a form-looking body sent as JSON', delivery: { headers: { 'Content-Type': 'application/json' }, body: 'ssl_check=1&token=x' } },
];

export const COMMAND = 'token=x&team_id=T1&command=%2Fhook&text=hi';
/** A slash command Slack signed. */
export const signedCommand = async (body = COMMAND): Promise<Delivery> => ({ headers: { 'Content-Type': FORM, ...(await signSlack({ signingSecret: SLACK_SECRET, body })).headers }, body });
/** A wrong signature, well formed, with a fresh timestamp: a forgery, refused 403. */
export const forgedCommand = async (body = COMMAND): Promise<Delivery> => {
  const { headers } = await signSlack({ signingSecret: 'not-the-secret', body });
  return { headers: { 'Content-Type': FORM, ...headers }, body };
};

// ---------------------------------------------------------------------------
// Discord's signed PING and Meta's unsigned subscription GET, handshakes the
// adapters answer themselves. Discord's deliveries are signed here with
// node:crypto, as its docs describe: Ed25519 over timestamp ‖ raw body, the
// signature and the public key (the SPKI's last 32 bytes) in hex.

const discordPair = generateKeyPairSync('ed25519');
const forgerPair = generateKeyPairSync('ed25519');
const hexKey = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
export const DISCORD_PUBLIC_KEY = hexKey(discordPair.publicKey);
export const discordVerifier = (): Verifier => discord({ publicKey: DISCORD_PUBLIC_KEY });

/** Discord's interactions PING, as Discord sends it: its answer is the PONG `{"type":1}`. */
export const DISCORD_PING = '{"type":1}';
export const DISCORD_PONG = '{"type":1}';
/** An application command, which the handler gets. */
export const DISCORD_COMMAND = '{"type":2,"id":"3","application_id":"1","token":"tok","version":1,"data":{"name":"hello"}}';

const discordDelivery = (body: string, privateKey: KeyObject): Delivery => {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body, 'utf8'), privateKey).toString('hex');
  return { headers: { 'Content-Type': 'application/json', 'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': timestamp }, body };
};
/** Signed now with the application's key. */
export const discordSigned = (body = DISCORD_PING): Delivery => discordDelivery(body, discordPair.privateKey);
/** Signed now with another key: what Discord's routine security checks send, to be answered 401. */
export const discordForged = (body = DISCORD_PING): Delivery => discordDelivery(body, forgerPair.privateKey);

export const META_APP_SECRET = 'meta-app-secret';
export const META_VERIFY_TOKEN = 'meta-verify-token';
export const META_CHALLENGE = '1158201444';
export const metaVerifier = (): Verifier => meta({ appSecret: META_APP_SECRET, verifyToken: META_VERIFY_TOKEN });
/** The subscription GET Meta sends, unsigned: answered with the challenge as text. */
export const META_SUBSCRIBE: Delivery = {
  method: 'GET',
  query: `hub.mode=subscribe&hub.challenge=${META_CHALLENGE}&hub.verify_token=${META_VERIFY_TOKEN}`,
  headers: {},
  body: '',
};
/** The same GET with another verify token: refused 403, never answered. */
export const META_WRONG_TOKEN: Delivery = { ...META_SUBSCRIBE, query: `hub.mode=subscribe&hub.challenge=${META_CHALLENGE}&hub.verify_token=guess` };

/** Media types, as answers name them (a charset may follow). */
export const JSON_TYPE = /^application\/json\s*(;|$)/i;
export const TEXT_TYPE = /^text\/plain\s*(;|$)/i;
