// Shared by the fuzz suites of core and of the adapters (aws-lambda, netlify,
// vercel): arbitraries for hostile client input, verifiers configured with
// random secrets the input cannot know, and the one check every suite makes.
//
// The guarantee under test: for any client input, verification (through
// verifyRequest or an adapter's real call shape) never throws nor rejects,
// never accepts (the secret is unknown), and answers 401, 403, 409 or 413: all
// of it is client input and the server is correctly configured, so never a
// 2xx and never a 5xx.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { PROVIDERS } from '../src/catalog.js';
import {
  allOf,
  anyOf,
  autify,
  basicAuth,
  bearerToken,
  github,
  hmac,
  qstash,
  querySecret,
  sharedSecret,
  shopify,
  slack,
  standardWebhooks,
  STATUS_BY_CODE,
  stripe,
  twilio,
  VerificationError,
  type Verifier,
} from '@hookguard/core';

export { fc };

/** Statuses a refusal of client input may have: never 2xx, never 5xx. */
export const CLIENT_STATUSES: readonly number[] = [401, 403, 409, 413];

/** The clock the generated timestamps are near, so time-signing schemes reach their signature check. */
export const NOW = Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------
// Verifiers, each with secrets made here and never shown to the generators.
// ---------------------------------------------------------------------------

const secret = () => randomBytes(24).toString('base64url');
const whsec = () => `whsec_${randomBytes(24).toString('base64')}`;
/** 32 random bytes: an Ed25519 public key whose private key nobody has. */
const whpk = () => `whpk_${randomBytes(32).toString('base64')}`;

export interface SchemeConfig {
  name: string;
  verifier: Verifier;
}

const ALGORITHMS = ['sha1', 'sha256', 'sha512'] as const;
const ENCODINGS = ['hex', 'base64', 'base64url'] as const;

/** Every hmac() variant: 3 algorithms x 3 encodings x with and without a prefix, on header x-signature. */
export function hmacConfigs(): SchemeConfig[] {
  return ALGORITHMS.flatMap((algorithm) =>
    ENCODINGS.flatMap((encoding) =>
      [undefined, `${algorithm}=`].map((prefix) => ({
        name: `hmac ${algorithm} ${encoding}${prefix ? ` prefix ${prefix}` : ''}`,
        verifier: hmac({ header: 'x-signature', algorithm, encoding, ...(prefix ? { prefix } : {}), secret: secret() }),
      })),
    ),
  );
}

/**
 * One entry per scheme group. `variants` are verifiers of the same factory
 * (a property picks among them); every exported factory appears, and composed
 * anyOf/allOf verifiers.
 */
export function schemeGroups(): { name: string; variants: SchemeConfig[] }[] {
  const group = (name: string, ...variants: [string, Verifier][]) => ({ name, variants: variants.map(([n, verifier]) => ({ name: n, verifier })) });
  return [
    group('sharedSecret', ['sharedSecret', sharedSecret({ secret: secret() })], ['sharedSecret x-api-key, 2 secrets', sharedSecret({ header: 'x-api-key', secret: [secret(), secret()] })]),
    group('querySecret', ['querySecret', querySecret({ secret: secret() })], ['querySecret param token', querySecret({ param: 'token', secret: [secret(), secret()] })]),
    group('bearerToken', ['bearerToken', bearerToken({ token: secret() })]),
    group('basicAuth', ['basicAuth', basicAuth({ username: secret(), password: [secret(), secret()] })]),
    { name: 'hmac', variants: hmacConfigs() },
    group('autify', ['autify', autify({ secret: secret() })]),
    group('twilio', ['twilio', twilio({ authToken: [secret(), secret()] })]),
    group('qstash', ['qstash', qstash({ currentSigningKey: secret(), nextSigningKey: secret() })], ['qstash checkUrl false', qstash({ currentSigningKey: secret(), nextSigningKey: secret(), checkUrl: false })]),
    group('github', ['github', github({ secret: secret() })]),
    group('stripe', ['stripe', stripe({ secret: `whsec_${secret()}` })]),
    group('slack', ['slack', slack({ signingSecret: secret() })]),
    group('standardWebhooks whsec', ['standardWebhooks whsec', standardWebhooks({ secret: whsec() })]),
    group('standardWebhooks whpk', ['standardWebhooks whpk', standardWebhooks({ secret: whpk() })], ['standardWebhooks whsec+whpk', standardWebhooks({ secret: [whsec(), whpk()] })]),
    group('shopify', ['shopify', shopify({ secret: secret() })]),
    group(
      'anyOf',
      ['anyOf(bearer, basic, github, stripe, twilio, standardWebhooks whpk)', anyOf(bearerToken({ token: secret() }), basicAuth({ username: secret(), password: secret() }), github({ secret: secret() }), stripe({ secret: secret() }), twilio({ authToken: secret() }), standardWebhooks({ secret: [whsec(), whpk()] }))],
      ['anyOf(qstash, querySecret, slack, shopify, autify, sharedSecret)', anyOf(qstash({ currentSigningKey: secret(), nextSigningKey: secret() }), querySecret({ secret: secret() }), slack({ signingSecret: secret() }), shopify({ secret: secret() }), autify({ secret: secret() }), sharedSecret({ secret: secret() }))],
    ),
    group(
      'allOf',
      ['allOf(twilio, basic)', allOf(twilio({ authToken: secret() }), basicAuth({ username: secret(), password: secret() }))],
      ['allOf(bearer, qstash, stripe)', allOf(bearerToken({ token: secret() }), qstash({ currentSigningKey: secret(), nextSigningKey: secret() }), stripe({ secret: secret() }))],
      ['allOf(anyOf(github, shopify), standardWebhooks whpk)', allOf(anyOf(github({ secret: secret() }), shopify({ secret: secret() })), standardWebhooks({ secret: whpk() }))],
    ),
  ];
}

/** A key of the shape each catalogue provider takes, made here and never shown to the generators. */
function providerKey(name: string): string {
  if (name === 'discord') return randomBytes(32).toString('hex');
  if (name === 'telnyx') return randomBytes(32).toString('base64');
  if (name === 'sendgrid') return generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  if (['clerk', 'resend', 'openai', 'replicate', 'supabase', 'standard-webhooks'].includes(name)) return whsec();
  if (name === 'postmark') return `${secret()}:${secret()}`;
  return secret();
}

/** Every provider of the catalogue, each with keys of its own shape. */
export function providerConfigs(): SchemeConfig[] {
  return PROVIDERS.map(({ name, verifier }) => ({ name, verifier: verifier([providerKey(name), providerKey(name)], 'https://hooks.example.com/webhook') }));
}

// ---------------------------------------------------------------------------
// Text and encodings
// ---------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
/** What a WHATWG Headers value may hold: Latin-1 without NUL, CR, LF. */
const latin1Unit = fc.integer({ min: 0x20, max: 0xff }).filter((unit) => unit !== 0x7f).map((unit) => String.fromCharCode(unit));
const printable = fc.integer({ min: 0x20, max: 0x7e }).map((unit) => String.fromCharCode(unit));

/** Arbitrary text: printable ASCII mostly, any UTF-16 unit (or, for WHATWG headers, any Latin-1 char) sometimes. */
export const anyText = (web: boolean, maxLength = 40) =>
  fc.string({ unit: fc.oneof({ weight: 3, arbitrary: printable }, { weight: 1, arbitrary: web ? latin1Unit : utf16Unit }), maxLength });

const bytes = (min: number, max = min) => fc.uint8Array({ minLength: min, maxLength: max });
const hex = (n: number) => bytes(n).map((b) => Buffer.from(b).toString('hex'));
const b64 = (n: number) => bytes(n).map((b) => Buffer.from(b).toString('base64'));
const b64url = (n: number) => bytes(n).map((b) => Buffer.from(b).toString('base64url'));

/** Near-base64 text: wrong padding, lengths 1 mod 4, stray characters. */
const garbageBase64 = fc.oneof(
  fc.constantFrom('', ' ', '=', '==', '===', 'A', 'AB', 'ABC', 'ABC=', 'ABC==', 'ABCD=', 'ABCD==', 'AB=C', 'A===', '====', 'YQ', 'YQ=', 'YQ==', 'YWI=', 'YWJj', '-_-_', '+/+/', '!!!!', '%%%%', 'ABC== ', ' ABC=='),
  fc.stringMatching(/^[A-Za-z0-9+/=_-]{0,90}$/),
  fc.tuple(b64(32), fc.constantFrom('=', '==', 'A', '=A', '%', ' x')).map(([a, b]) => a + b),
);

/** What a signature header may hold: digests of every size in every encoding, upper-case hex, near-base64. */
const digestLike = (web: boolean) =>
  fc.oneof(
    hex(20),
    hex(32),
    hex(64),
    hex(32).map((h) => h.toUpperCase()),
    b64(20),
    b64(32),
    b64(64),
    b64url(20),
    b64url(32),
    b64url(64),
    garbageBase64,
    anyText(web),
  );

const timestamp = (web: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -400, max: 400 }).map((d) => String(NOW + d)) },
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((d) => String(NOW + d)),
    fc.constantFrom('', '0', '-1', '1e9', ' 1700000000', '1700000000 ', '1700000000000', '99999999999999999999', '0x65000000', '1.5', '+1700000000', 'NaN'),
    ...(web ? [] : [fc.constantFrom('١٧٠٠٠٠٠٠٠٠', '１７００００００００')]),
    anyText(web, 12),
  );

// ---------------------------------------------------------------------------
// Credential headers of every scheme, near-valid
// ---------------------------------------------------------------------------

type Pair = [string, string];
type Pairs = Pair[];

const one = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<Pairs> => value.map((v) => [[name, v]]);

const authorizationValue = (web: boolean) =>
  fc.oneof(
    fc.tuple(fc.constantFrom('Bearer', 'bearer', 'BEARER', 'BeArEr'), fc.constantFrom(' ', '  ', '\t', ''), fc.oneof(b64url(24), anyText(web), fc.constantFrom('', ' '))).map(([s, sp, t]) => `${s}${sp}${t}`),
    fc.tuple(fc.constantFrom('Basic', 'basic', 'BASIC'), fc.constantFrom(' ', '  '), fc.tuple(anyText(web, 20), fc.constantFrom(':', '', '::'), anyText(web, 20)).map(([u, c, p]) => Buffer.from(u + c + p).toString('base64'))).map(([s, sp, t]) => `${s}${sp}${t}`),
    fc.tuple(fc.constantFrom('Basic ', 'basic ', 'Basic'), garbageBase64).map(([s, t]) => s + t),
    fc.constantFrom('Bearer', 'Bearer ', 'Basic', 'Basic ', 'Basic ABC==', 'Basic ABCD=', 'Basic Og==', 'Basic OmE=', 'Basic YTo=', 'Digest username="a"', 'Token x', ' ', ''),
    anyText(web),
  );

/** `v1=…`, `sha256=…`, `sha1=…`, or no prefix at all, before a digest-like value. */
const prefixedDigest = (web: boolean) =>
  fc.tuple(fc.constantFrom('', '', 'sha1=', 'sha256=', 'sha512=', 'SHA256=', 'sha256', 'v0=', 'sha256= '), digestLike(web)).map(([p, d]) => p + d);

const listOf = (entry: fc.Arbitrary<string>, separators: string[]) =>
  fc.tuple(fc.array(entry, { minLength: 0, maxLength: 5 }), fc.constantFrom(...separators)).map(([entries, sep]) => entries.join(sep));

const stripeSignature = (web: boolean) =>
  listOf(
    fc.oneof(
      timestamp(web).map((t) => `t=${t}`),
      hex(32).map((h) => `v1=${h}`),
      digestLike(web).map((d) => `v1=${d}`),
      digestLike(web).map((d) => `v0=${d}`),
      fc.constantFrom('t=', 'v1=', 't', 'v1', '=', 'v1==', 't==1', `t=${NOW}=1`, 'v2=abc', ' ', ''),
      fc.tuple(hex(32), anyText(web, 5)).map(([h, x]) => `v1=${h}=${x}`),
      anyText(web, 20),
    ),
    [',', ', ', ',,', ' , ', ';'],
  );

const webhookSignature = (web: boolean) =>
  listOf(
    fc.oneof(
      b64(32).map((s) => `v1,${s}`),
      b64(64).map((s) => `v1a,${s}`),
      garbageBase64.map((s) => `v1a,${s}`),
      garbageBase64.map((s) => `v1,${s}`),
      digestLike(web).map((s) => `v1a,${s}`),
      fc.constantFrom('v1,', 'v1a,', 'v1', 'v1a', ',', 'v1a,ABC==', 'v1a,ABCD=', 'v1a,====', 'v1,ABC==', 'v2,abc', 'v1a,v1,x', ''),
      anyText(web, 20),
    ),
    [' ', '  ', ',', ' ,', '\t'],
  );

const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');

const jwtHeader = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ alg: 'HS256', typ: 'JWT' }) },
  fc.record({ alg: fc.constantFrom('HS256', 'none', 'HS384', 'HS512', 'RS256', 'EdDSA', 'hs256', ''), typ: fc.constantFrom('JWT', 'jwt', 'at+jwt') }, { requiredKeys: [] }),
  fc.record({ alg: fc.constant('HS256'), crit: fc.array(fc.string(), { maxLength: 2 }) }),
  fc.jsonValue({ maxDepth: 2 }),
);

const jwtClaims = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        iss: fc.constantFrom('Upstash', 'upstash', '', 'Upstash '),
        sub: fc.constantFrom('https://example.com/api/hook', 'https://example.com/', '', 'http://localhost:3000/'),
        exp: fc.oneof(fc.integer({ min: NOW - 1000, max: NOW + 1000 }), fc.double(), fc.string(), fc.constant(null), fc.constant(1e308)),
        nbf: fc.oneof(fc.integer({ min: NOW - 1000, max: NOW + 1000 }), fc.string(), fc.constant(null)),
        iat: fc.integer({ min: NOW - 1000, max: NOW + 1000 }),
        jti: fc.string(),
        body: fc.oneof(b64url(32), b64(32), fc.string()),
      },
      { requiredKeys: [] },
    ),
  },
  fc.jsonValue({ maxDepth: 2 }),
);

/** Three dot-separated parts, base64url of arbitrary JSON, and the ways a compact JWS can be broken. */
const jwtLike = (web: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(jwtHeader, jwtClaims, fc.oneof(b64url(32), b64url(48), b64url(64), digestLike(web))).map(([h, c, s]) => `${json(h)}.${json(c)}.${s}`) },
    fc.tuple(jwtHeader, jwtClaims).map(([h, c]) => `${json(h)}.${json(c)}`),
    fc.tuple(jwtHeader, jwtClaims, b64url(32)).map(([h, c, s]) => `${json(h)}.${json(c)}.${s}.${s}`),
    fc.tuple(jwtHeader, jwtClaims, b64url(32), fc.nat(3)).map(([h, c, s, where]) => {
      const parts = [json(h), json(c), s];
      parts[where % 3] = '';
      return parts.join('.');
    }),
    fc.tuple(garbageBase64, garbageBase64, garbageBase64).map((parts) => parts.join('.')),
    fc.tuple(fc.constantFrom('eyJ', 'e30', 'e', 'eyJhbGciOiJIUzI1NiJ9', '%%%', '!!', 'eyJhbGciOiJIUzI1NiJ9 '), jwtClaims, b64url(32)).map(([h, c, s]) => `${h}.${json(c)}.${s}`),
    fc.constantFrom('.', '..', '...', 'a.b.c', '.a.b', 'a.b.', 'eyJhbGciOiJub25lIn0.e30.', 'eyJhbGciOiJIUzI1NiJ9.e30.x'),
    anyText(web),
  );

const twilioFamily = (web: boolean) =>
  fc.tuple(digestLike(web), fc.option(anyText(web), { nil: undefined })).map(([sig, token]): Pairs => (token === undefined ? [['x-twilio-signature', sig]] : [['x-twilio-signature', sig], ['i-twilio-idempotency-token', token]]));

const standardWebhooksFamily = (web: boolean) =>
  fc
    .tuple(
      fc.constantFrom(['webhook-', 'webhook-', 'webhook-'], ['svix-', 'svix-', 'svix-'], ['webhook-', 'svix-', 'webhook-'], ['svix-', 'webhook-', 'svix-']),
      fc.oneof(b64url(12).map((id) => `msg_${id}`), anyText(web, 30), fc.constantFrom('', ' ', 'a.b', '.')),
      timestamp(web),
      webhookSignature(web),
    )
    .map(([[a, b, c], id, ts, sig]): Pairs => [[`${a}id`, id], [`${b}timestamp`, ts], [`${c}signature`, sig]]);

/** The headers of one catalogue preset, shaped as its sender's (prefix, list entries, time, id), with bent values. */
const presetFamily = (web: boolean): fc.Arbitrary<Pairs> =>
  fc.constantFrom(...PROVIDERS.flatMap(({ preset }) => (preset ? [preset] : []))).chain(({ signature, timestamp: time, idHeader }) =>
    fc.tuple(fc.oneof(digestLike(web), prefixedDigest(web)), timestamp(web), anyText(web)).map(([digest, ts, id]): Pairs => {
      const list = signature.list;
      const value = list
        ? [list.timestamp === undefined ? '' : `${list.timestamp}=${ts}`, `${list.signature}=${digest}`].filter(Boolean).join(list.separator)
        : `${signature.prefix ?? ''}${digest}`;
      const pairs: Pairs = [[signature.header, value]];
      if (time?.header) pairs.push([time.header, ts]);
      if (idHeader) pairs.push([idHeader, id]);
      return pairs;
    }),
  );

/** The credential headers of each scheme, as a sender of that scheme would shape them, then bent. */
export const credentialFamilies = (web: boolean): fc.Arbitrary<Pairs>[] => [
  one('verification_key', fc.oneof(b64url(24), anyText(web), fc.constantFrom('', ' '))),
  one('x-api-key', fc.oneof(b64url(24), anyText(web))),
  one('authorization', authorizationValue(web)),
  one('x-signature', prefixedDigest(web)),
  one('x-autify-signature', prefixedDigest(web)),
  fc.tuple(prefixedDigest(web), fc.option(anyText(web), { nil: undefined })).map(([sig, id]): Pairs => (id === undefined ? [['x-hub-signature-256', sig]] : [['x-hub-signature-256', sig], ['x-github-delivery', id]])),
  fc.tuple(digestLike(web), fc.option(anyText(web), { nil: undefined })).map(([sig, id]): Pairs => (id === undefined ? [['x-shopify-hmac-sha256', sig]] : [['x-shopify-hmac-sha256', sig], ['x-shopify-webhook-id', id]])),
  twilioFamily(web),
  one('upstash-signature', jwtLike(web)),
  one('stripe-signature', stripeSignature(web)),
  fc.tuple(prefixedDigest(web).map((d) => (d.startsWith('v0=') ? d : `v0=${d}`)), timestamp(web)).map(([sig, ts]): Pairs => [['x-slack-signature', sig], ['x-slack-request-timestamp', ts]]),
  fc.tuple(digestLike(web), timestamp(web)).map(([sig, ts]): Pairs => [['x-slack-signature', sig], ['x-slack-request-timestamp', ts]]),
  standardWebhooksFamily(web),
  presetFamily(web),
];

const FORWARDED_VALUES = ['example.com', 'localhost:3000', '', ' ', '/', '//', 'a b', 'javascript:', 'javascript:alert(1)', 'a,b', ',', ' ,x', 'exämple.com', '[::1]', '[::1]:443', 'x:99999', 'x:443', 'x:', '@evil', 'user:pw@evil', 'evil.com/path?x#y', '?', '#', '%', '%41', '\\', 'x\\y', 'https://evil'];
const PROTOCOLS = ['https', 'http', 'HTTPS', '', ' ', '/', 'javascript:', 'javascript', 'https,http', 'http, https', 'ftp', 'a b', 'https:', 'https://', '1http', 'h%74tp', 'data', 'file'];

const forwardingPairs = (web: boolean): fc.Arbitrary<Pairs> =>
  fc
    .record(
      {
        host: fc.oneof(fc.constantFrom(...FORWARDED_VALUES), anyText(web, 30)),
        'x-forwarded-host': fc.oneof(fc.constantFrom(...FORWARDED_VALUES), anyText(web, 30)),
        'x-forwarded-proto': fc.oneof(fc.constantFrom(...PROTOCOLS), anyText(web, 10)),
      },
      { requiredKeys: [] },
    )
    .map((record) => Object.entries(record) as Pairs);

const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=utf-8',
  'APPLICATION/X-WWW-FORM-URLENCODED ; charset=UTF-8',
  ' application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded;',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
  ';',
  ' ; ',
];
const contentType = (web: boolean): fc.Arbitrary<Pairs> => one('content-type', fc.oneof(fc.constantFrom(...CONTENT_TYPES), anyText(web, 30)));

const KNOWN_NAMES = [
  'verification_key', 'x-api-key', 'authorization', 'x-signature', 'x-autify-signature', 'x-hub-signature-256', 'x-github-delivery',
  'x-shopify-hmac-sha256', 'x-shopify-webhook-id', 'x-twilio-signature', 'upstash-signature', 'stripe-signature', 'x-slack-signature',
  'x-slack-request-timestamp', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'svix-id', 'svix-timestamp', 'svix-signature',
  'host', 'x-forwarded-host', 'x-forwarded-proto', 'content-type', 'content-length', 'cookie', 'x-hub-signature',
];
const tokenName = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,24}$/);
/** Header names: the ones schemes read, tokens, and (outside WHATWG Headers) any text, Unicode case folds included. */
const headerName = (web: boolean) =>
  web
    ? fc.oneof(fc.constantFrom(...KNOWN_NAMES), tokenName)
    : fc.oneof(fc.constantFrom(...KNOWN_NAMES), tokenName, anyText(false, 24), fc.constantFrom('', 'verification_\u212aey', 'X-HUB-SİGNATURE-256', '__proto__', 'constructor', 'toString'));

const randomPairs = (web: boolean) => fc.array(fc.tuple(headerName(web), anyText(web)), { maxLength: 5 });

/** A credential header tens of kilobytes long: repeated entries, padding, escapes (slow paths and backtracking show as timeouts). */
const longPair: fc.Arbitrary<Pairs> = fc
  .tuple(
    fc.constantFrom('authorization', 'stripe-signature', 'webhook-signature', 'upstash-signature', 'x-twilio-signature', 'x-hub-signature-256', 'verification_key', 'x-slack-signature'),
    fc.constantFrom('', 'Basic ', 'Bearer ', 'v1,', 't=1,', 'sha256=', 'v0='),
    fc.constantFrom('A', '=', 'v1=0,', 'v1a,AAAA ', ',', ' ', '.', 'a%', '0'),
    fc.integer({ min: 1000, max: 40_000 }),
  )
  .map(([name, start, unit, n]) => [[name, start + unit.repeat(n)]]);

/**
 * A name's spelling as sent: lower case mostly, some in mixed case; a pair is
 * sometimes repeated, under the same name or another case, with the same or
 * another value.
 */
const spelled = (pairs: fc.Arbitrary<Pairs>, web: boolean): fc.Arbitrary<Pairs> =>
  pairs.chain((list) =>
    list.length === 0
      ? fc.constant(list)
      : fc
          .tuple(
            fc.tuple(...list.map(([name, value]) => fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant(name) }, fc.mixedCase(fc.constant(name))), fc.constant(value)))),
            fc.option(fc.tuple(fc.nat(list.length - 1), fc.boolean(), fc.option(anyText(web), { nil: undefined })), { freq: 5, nil: undefined }),
          )
          .map(([named, repeat]) => {
            const out = named.map(([n, v]) => [n, v] as Pair);
            if (repeat) {
              const [index, otherCase, otherValue] = repeat;
              const [n, v] = out[index]!;
              out.push([otherCase ? n.toUpperCase() : n, otherValue ?? v]);
            }
            return out;
          }),
  );

/**
 * The headers of one request: the credentials of one scheme family (most of
 * the time), credentials of others, arbitrary headers, forwarding headers and
 * a content type, in any order.
 */
export const headerPairs = (web: boolean): fc.Arbitrary<Pairs> => {
  const families = credentialFamilies(web);
  return fc
    .tuple(
      fc.oneof({ weight: 6, arbitrary: fc.oneof(...families) }, { weight: 1, arbitrary: fc.constant([] as Pairs) }),
      fc.array(fc.oneof(...families), { maxLength: 2 }).map((lists) => lists.flat()),
      randomPairs(web),
      fc.oneof({ weight: 15, arbitrary: fc.constant([] as Pairs) }, longPair),
      forwardingPairs(web),
      fc.option(contentType(web), { freq: 2, nil: undefined }).map((pairs) => pairs ?? []),
    )
    .chain(([focus, others, random, long, forwarding, type]) => spelled(fc.constant([...focus, ...others, ...random, ...long, ...forwarding, ...type]), web))
    .chain((pairs) => (pairs.length < 2 ? fc.constant(pairs) : fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length })));
};

// ---------------------------------------------------------------------------
// URLs, methods, bodies
// ---------------------------------------------------------------------------

const urlUnit = (web: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9._~-]$/) },
    fc.constantFrom('%', '%2', '%zz', '%41', '%2F', '%2f', '%25', '%E2%82%AC', '%ED%A0%80', '%C0%AF', '%FF', '%00', '%0A', '+', '&', '=', '?', '#', '/', '//', '..', ' ', ';', ',', '@', ':', '\\', 'é', '😀', '\u0130', '\u212a'),
    web ? latin1Unit : utf16Unit,
  );
const urlText = (web: boolean, maxLength = 30) => fc.string({ unit: urlUnit(web), maxLength });

/** `/…`: what a client puts in the request target's path. */
export const pathArb = (web: boolean) => fc.oneof({ weight: 5, arbitrary: urlText(web).map((p) => `/${p}`) }, urlText(web), fc.constantFrom('/', '', '//', '/%', '/api/hook'));

const queryPair = (web: boolean) =>
  fc.oneof(
    fc.tuple(fc.constantFrom('secret', 'token', 'bodySHA256', 'a', 'Secret', 'secret%20', 'secret[]'), fc.oneof(urlText(web, 20), hex(32), b64url(24), fc.constant(''))).map(([k, v]) => `${k}=${v}`),
    fc.constantFrom('secret', 'secret=', '=x', '&', '==', 'bodySHA256', 'bodySHA256=', 'secret=%', 'secret=%zz', 'secret=%ED%A0%80', 'secret=a+b', 'bodySHA256=%zz'),
    urlText(web, 20),
  );
/** The raw query string, without its `?`. */
export const queryArb = (web: boolean) => fc.array(queryPair(web), { maxLength: 5 }).map((pairs) => pairs.join('&'));

const ORIGINS = ['https://example.com', 'http://example.com', 'https://example.com:443', 'http://example.com:80', 'https://example.com:8443', 'http://localhost:3000', 'https://[::1]:8443', 'https://user:pw@example.com', 'https://exämple.com', 'HTTPS://EXAMPLE.COM', 'https://xn--exmple-cua.com'];

/** Absolute URLs, most of them parseable, from a known origin or a generated scheme and host. */
const absoluteUrl = (web: boolean) =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ORIGINS) },
        fc.tuple(fc.constantFrom('https', 'http', 'ftp', 'javascript', 'wss', 'HTTP', 'x-y+z.1'), fc.oneof(fc.constantFrom(...FORWARDED_VALUES), urlText(web, 20))).map(([s, h]) => `${s}://${h}`),
      ),
      pathArb(web),
      fc.option(queryArb(web), { nil: undefined }),
      fc.option(urlText(web, 10), { freq: 6, nil: undefined }),
    )
    .map(([origin, path, query, fragment]) => origin + path + (query === undefined ? '' : `?${query}`) + (fragment === undefined ? '' : `#${fragment}`));

const longUrl = fc
  .tuple(fc.constantFrom('https://example.com/', 'https://example.com/?secret=', 'https://example.com/?bodySHA256=', '/'), fc.constantFrom('a', '%', '%41', 'é', '&secret=x', '\ud800'), fc.integer({ min: 1000, max: 20_000 }))
  .map(([start, unit, n]) => start + unit.repeat(n));

/** Absolute URLs that `new URL()` parses: odd schemes, hosts, escapes and Unicode included, some very long. */
export const parseableUrlArb = (web: boolean) => fc.oneof({ weight: 8, arbitrary: absoluteUrl(web) }, longUrl).filter((url) => URL.canParse(url));

/** URLs that are not absolute or do not parse: relative, garbage, a scheme without a host, a host with a space. */
export const unparseableUrlArb = (web: boolean) =>
  fc
    .oneof(
      { weight: 3, arbitrary: absoluteUrl(web) },
      fc.tuple(pathArb(web), queryArb(web)).map(([p, q]) => (q ? `${p}?${q}` : p)),
      queryArb(web).map((q) => `?${q}`),
      anyText(web, 60),
      fc.constantFrom('', ' ', '/', 'https://', 'https:', 'https:///x', '//example.com/x', 'example.com/x', 'https://a b/', 'http://[::1/', 'https://%/', 'https://exa mple.com/?secret=x', 'https://x/?bodySHA256=ab', 'https://a b/?bodySHA256=ab'),
      longUrl,
    )
    .filter((url) => !URL.canParse(url));

/** Any URL an integrator may be handed: absolute, relative, garbage, very long. */
export const urlArb = (web: boolean) => fc.oneof({ weight: 3, arbitrary: parseableUrlArb(web) }, unparseableUrlArb(web));

/** Absolute URLs a WHATWG Request accepts (parseable, no credentials). */
export const webUrlArb = parseableUrlArb(true).filter((url) => !new URL(url).username && !new URL(url).password);

/** What a platform puts in `request.url`: http(s), with the client's host, path and query. */
export const platformUrlArb = webUrlArb.filter((url) => /^https?:$/.test(new URL(url).protocol));

const FORBIDDEN_METHODS = /^(connect|trace|track)$/i;
/** Methods: the usual ones in any case, odd tokens, and (outside WHATWG Requests) any text. */
export const methodArb = (web: boolean) =>
  web
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom('POST', 'GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'post', 'Get', 'pAtCh', 'M-SEARCH', 'PROPFIND') }, tokenName).filter((m) => !FORBIDDEN_METHODS.test(m))
    : fc.oneof({ weight: 4, arbitrary: fc.constantFrom('POST', 'GET', 'PUT', 'HEAD', 'post', 'CONNECT', 'TRACE', 'M-SEARCH') }, tokenName, anyText(false, 12), fc.constantFrom('', ' ', 'ı', 'ß', 'ﬀ'));

export type BodyCase = { kind: 'none' } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'text'; text: string };

const formBody = fc
  .array(fc.tuple(fc.oneof(urlText(false, 12), fc.constantFrom('Body', 'From', 'To', 'CallSid', 'bodySHA256')), fc.oneof(urlText(false, 20), fc.constantFrom('%', '%zz', '%E0%A4%A', '+', '%2B1555'))), { maxLength: 6 })
  .chain((pairs) => fc.constantFrom('&', '&&', '&amp;').map((sep) => pairs.map(([k, v]) => `${k}=${v}`).join(sep)));

/** Bodies as bytes and as text (any UTF-16, lone surrogates included): forms full of `%` and `&`, JSON, anything. */
export const bodyArb: fc.Arbitrary<BodyCase> = fc.oneof(
  fc.constant({ kind: 'none' } as const),
  bytes(0, 512).map((b) => ({ kind: 'bytes', bytes: b }) as const),
  fc.string({ unit: utf16Unit, maxLength: 256 }).map((text) => ({ kind: 'text', text }) as const),
  formBody.map((text) => ({ kind: 'text', text }) as const),
  formBody.map((text) => ({ kind: 'bytes', bytes: new Uint8Array(Buffer.from(text)) }) as const),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'text', text: JSON.stringify(value) ?? '' }) as const),
  fc.constantFrom({ kind: 'text', text: '' } as const, { kind: 'bytes', bytes: new Uint8Array(0) } as const),
);

export const bodyText = (body: BodyCase): string | null => (body.kind === 'none' ? null : body.kind === 'text' ? body.text : Buffer.from(body.bytes).toString('latin1'));

/** One client request in the abstract; each suite shapes it as its platform delivers it. */
export interface ClientCase {
  method: string;
  /** The full URL, for shapes that carry one (core's plain input, Netlify's rawUrl, WHATWG Requests). */
  url: string;
  /** The request target's path and raw query, for shapes that carry them apart (Lambda, Node's req.url). */
  path: string;
  query: string;
  headers: Pairs;
  body: BodyCase;
}

export const clientCase = (web: boolean, url: fc.Arbitrary<string> = web ? webUrlArb : urlArb(web)): fc.Arbitrary<ClientCase> =>
  fc.record({
    method: methodArb(web),
    url,
    path: pathArb(web),
    query: queryArb(web),
    headers: headerPairs(web),
    body: bodyArb,
  });

// ---------------------------------------------------------------------------
// Shaping headers
// ---------------------------------------------------------------------------

/** A record as Node and plain objects hold headers: one key per exact name; a repeated name becomes an array (or, with `join`, one joined value). */
export function headerRecord(pairs: Pairs, { lower = false, join }: { lower?: boolean; join?: string } = {}): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [rawName, value] of pairs) {
    const name = lower ? rawName.toLowerCase() : rawName;
    const existing = Object.hasOwn(record, name) ? record[name] : undefined;
    if (existing === undefined) Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
    else if (join !== undefined) record[name] = `${typeof existing === 'string' ? existing : existing.join(join)}${join}${value}`;
    else record[name] = [...(typeof existing === 'string' ? [existing] : existing), value];
  }
  return record;
}

/** Last value wins per exact name (API Gateway REST `headers`, ALB without multi-value headers). */
export function lastValueRecord(pairs: Pairs, lower = false): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [rawName, value] of pairs) Object.defineProperty(record, lower ? rawName.toLowerCase() : rawName, { value, enumerable: true, writable: true, configurable: true });
  return record;
}

/** Every value per exact name (API Gateway REST and ALB `multiValueHeaders`). */
export function multiValueRecord(pairs: Pairs, lower = false): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [rawName, value] of pairs) {
    const name = lower ? rawName.toLowerCase() : rawName;
    const existing = Object.hasOwn(record, name) ? record[name]! : [];
    Object.defineProperty(record, name, { value: [...existing, value], enumerable: true, writable: true, configurable: true });
  }
  return record;
}

/** A WHATWG Headers; every generated web pair is valid, so a failure to append is a bug in the generator. */
export function webHeaders(pairs: Pairs): Headers {
  const headers = new Headers();
  for (const [name, value] of pairs) headers.append(name, value);
  return headers;
}

export function webBody(body: BodyCase, method: string): BodyInit | null {
  if (/^(get|head)$/i.test(method) || body.kind === 'none') return null;
  return body.kind === 'text' ? body.text : new Uint8Array(body.bytes);
}

/** How a WHATWG request's body arrives: whole, or as a stream in chunks that may end with the client aborting the upload. */
export type StreamPlan = { kind: 'whole' } | { kind: 'stream'; chunks: number; abort: boolean };

/** Whole or streamed bodies that arrive complete; or (`aborted`) streams the client aborts after some chunks. */
export const streamPlanArb = (aborted: boolean): fc.Arbitrary<StreamPlan> =>
  aborted
    ? fc.record({ kind: fc.constant('stream' as const), chunks: fc.integer({ min: 1, max: 4 }), abort: fc.constant(true) })
    : fc.oneof(
        { weight: 2, arbitrary: fc.constant({ kind: 'whole' } as const) },
        fc.record({ kind: fc.constant('stream' as const), chunks: fc.integer({ min: 1, max: 4 }), abort: fc.constant(false) }),
      );

/** A WHATWG Request of the case; a streamed body is cut in chunks and, if the client aborts, errors after them. */
export function streamedRequest(client: ClientCase, plan: StreamPlan, url = client.url): Request {
  const whole = webBody(client.body, client.method) ?? (plan.kind === 'stream' && plan.abort && !/^(get|head)$/i.test(client.method) ? '' : null);
  if (plan.kind === 'whole' || whole === null) return new Request(url, { method: client.method, headers: webHeaders(client.headers), body: whole });
  const bytes = typeof whole === 'string' ? new TextEncoder().encode(whole) : (whole as Uint8Array);
  const size = Math.ceil(bytes.length / plan.chunks) || 1;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset < bytes.length) {
        controller.enqueue(bytes.slice(offset, (offset += size)));
        return;
      }
      if (plan.abort) controller.error(new Error('client aborted the upload'));
      else controller.close();
    },
  });
  return new Request(url, { method: client.method, headers: webHeaders(client.headers), body: stream, duplex: 'half' } as RequestInit);
}

// ---------------------------------------------------------------------------
// Checking outcomes
// ---------------------------------------------------------------------------

/** Compact, escaped, bounded: what the failure message shows of the input the platform built. */
export function show(value: unknown, limit = 1500): string {
  const seen = new WeakSet<object>();
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return `<${v.length} bytes ${Buffer.from(v.subarray(0, 48)).toString('hex')}${v.length > 48 ? '…' : ''}>`;
    if (v instanceof ArrayBuffer) return `<ArrayBuffer ${v.byteLength}>`;
    if (typeof Headers !== 'undefined' && v instanceof Headers) return [...v.entries()];
    if (typeof Request !== 'undefined' && v instanceof Request) return { method: v.method, url: v.url, headers: [...v.headers.entries()] };
    if (typeof v === 'function') return '<function>';
    if (typeof v === 'string' && v.length > 200) return `${v.slice(0, 200)}…(${v.length} chars)`;
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) return '<cycle>';
      seen.add(v);
    }
    return v;
  });
  return text === undefined ? String(value) : text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Errors from another realm (a DOMException from Node's atob, say) are not `instanceof Error` here: read by shape. */
const describeError = (error: unknown) => {
  const { name, message, stack } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown; stack?: unknown };
  if (typeof message !== 'string') return `non-error ${show(error)}`;
  const frame = typeof stack === 'string' ? stack.split('\n').find((line) => /^\s+at /.test(line) && !line.includes('fuzz-kit')) : undefined;
  return `${String(name)}: ${message}${frame ? ` (${frame.trim()})` : ''}`;
};

export class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
}

/** The promise's value, or a FuzzFailure naming a synchronous throw, a rejection or a hang. */
export async function settle<T>(what: string, run: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    let pending: T | Promise<T>;
    try {
      pending = run();
    } catch (error) {
      throw new FuzzFailure(`${what} THREW synchronously: ${describeError(error)}`);
    }
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FuzzFailure(`${what} did not settle within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve(pending), timeout]);
    } catch (error) {
      if (error instanceof FuzzFailure) throw error;
      throw new FuzzFailure(`${what} REJECTED: ${describeError(error)}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A refusal as verifyRequest returns it: not ok, a VerificationError whose status is its code's, and a client status. */
export function expectClientRefusal(result: unknown, context: string): void {
  const outcome = result as { ok?: unknown; error?: unknown; scheme?: unknown };
  if (outcome?.ok !== false) throw new FuzzFailure(`ACCEPTED without the key (result ${show(result)}) ${context}`);
  const error = outcome.error;
  if (!(error instanceof VerificationError)) throw new FuzzFailure(`refused with a non-VerificationError ${describeError(error)} ${context}`);
  // A sender's handshake (Slack's unsigned ssl_check) is answered, never passed on: its status is its answer's.
  if (error.code === 'handshake') {
    if ((result as { answer?: { status?: unknown } }).answer?.status !== error.status) throw new FuzzFailure(`a handshake without its answer ${context}`);
    return;
  }
  if (error.status !== expectedStatus(error)) throw new FuzzFailure(`refused with status ${error.status} for code ${error.code} ${context}`);
  expectClientStatus(error.status, `${error.code} (${error.message})`, context);
}

/** Presets whose senders require another status for a wrong signature (Discord, Xero: 401). */
const SIGNATURE_STATUS: Record<string, number> = Object.fromEntries(
  PROVIDERS.flatMap(({ name, preset }) => (preset?.invalidStatus === undefined ? [] : [[name, preset.invalidStatus]])),
);

function expectedStatus({ code, scheme }: VerificationError): number | undefined {
  const presetStatus = code === 'malformed' || code === 'invalid_signature' ? SIGNATURE_STATUS[scheme] : undefined;
  return presetStatus ?? STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE];
}

/** A status a refusal of client input may carry. */
export function expectClientStatus(status: unknown, detail: string, context: string): void {
  if (typeof status !== 'number' || !CLIENT_STATUSES.includes(status)) {
    throw new FuzzFailure(`answered status ${String(status)} ${detail}; expected one of ${CLIENT_STATUSES.join('/')} ${context}`);
  }
}

/** The error code of a refusal's JSON body, `{"error":code}`, checked against the status. */
export function expectRefusalBody(status: number, body: unknown, context: string): void {
  let code: unknown;
  try {
    code = (JSON.parse(String(body)) as { error?: unknown }).error;
  } catch {
    throw new FuzzFailure(`refusal body is not JSON: ${show(body)} ${context}`);
  }
  if (STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE] !== status) throw new FuzzFailure(`refusal body ${show(body)} does not match status ${status} ${context}`);
}

/**
 * Records unhandled rejections during a suite; after each test, any that
 * happened fail it, naming the reasons.
 */
export function failOnUnhandledRejections(): void {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => reasons.push(reason);
  beforeAll(() => process.on('unhandledRejection', listener));
  afterAll(() => process.off('unhandledRejection', listener));
  afterEach(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const found = reasons.splice(0);
    if (found.length) throw new FuzzFailure(`${found.length} unhandled rejection(s): ${found.slice(0, 5).map(describeError).join(' | ')}`);
  });
}

/**
 * Run counts: moderate, so the four fuzz suites stay within a minute on two
 * cores. `FUZZ_RUNS_FACTOR=10 pnpm jest -t fuzz` digs deeper; `FUZZ_SEED=<n>`
 * replays the seed a failure printed.
 */
const factor = Number(process.env['FUZZ_RUNS_FACTOR'] ?? 1) || 1;
export const RUNS = { core: Math.round(200 * factor), adapter: Math.round(150 * factor) };
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

/** fast-check parameters: a bounded shrink, so a failing property reports in seconds. */
export const params = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns)), interruptAfterTimeLimit: 20_000 * factor, ...(seed === undefined ? {} : { seed }) });

/** A web handler's answer to client input: the handler did not run, and the answer is a 4xx with a refusal body. */
export async function expectWebRefusal(response: Response, handlerRan: boolean, context: string): Promise<void> {
  if (handlerRan) throw new FuzzFailure(`the HANDLER RAN without the key (status ${response.status}) ${context}`);
  const body = await response.text();
  expectClientStatus(response.status, `body ${show(body)}`, context);
  expectRefusalBody(response.status, body, context);
}
