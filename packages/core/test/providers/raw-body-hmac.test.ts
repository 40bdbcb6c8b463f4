// The one-line presets: an HMAC of the raw body in one header, no time signed.
// Each genuine delivery comes from an oracle outside hookguard: the provider's
// SDK (Coinbase Commerce signs with its own `Webhook.computeSignature`), a
// published vector, or node:crypto computing the algorithm the provider
// documents (source cited beside each case). hookguard's own signer is then
// checked the other way: against the SDK, or equal to the documented value.
import { createHmac } from 'node:crypto';
import { validateSignature } from '@line/bot-sdk';
import fc from 'fast-check';
import {
  bitbucket,
  calCom,
  clickUp,
  coinbaseCommerce,
  dropbox,
  line,
  segment,
  vercelWebhooks,
  verifyRequest,
  wooCommerce,
  type Verifier,
} from '../../src/index.js';
import type { WebhookPreset } from '../../src/presets/preset.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { BITBUCKET } from '../../src/providers/bitbucket.js';
import { CAL_COM } from '../../src/providers/cal-com.js';
import { CLICKUP } from '../../src/providers/clickup.js';
import { COINBASE_COMMERCE } from '../../src/providers/coinbase-commerce.js';
import { DROPBOX } from '../../src/providers/dropbox.js';
import { LINE } from '../../src/providers/line.js';
import { SEGMENT } from '../../src/providers/segment.js';
import { VERCEL_WEBHOOKS } from '../../src/providers/vercel-webhooks.js';
import { WOOCOMMERCE } from '../../src/providers/woocommerce.js';
import { presetConformance, URL, verdict, type Delivery } from './preset-kit.js';

// coinbase-commerce-node ships no types: its Webhook helpers, as lib/Webhook.js @003e0194 defines them.
const { Webhook: CoinbaseWebhook } = require('coinbase-commerce-node') as {
  Webhook: { computeSignature(payload: string, secret: string): string; verifySigHeader(payload: string, sigHeader: string, secret: string): true };
};

const SECRET = 'whk_9f8e7d6c5b4a3210';
const OTHER = 'whk_0123456789abcdef';
const NOW = 1_750_000_000;

/** The documented algorithm, computed by node:crypto: HMAC of the raw body under the secret's UTF-8 bytes. */
const documented = (algorithm: 'sha1' | 'sha256', encoding: 'hex' | 'base64', secret: string, body: string | Uint8Array) =>
  createHmac(algorithm, secret).update(body).digest(encoding);

interface RawCase {
  name: string;
  /** The `scheme` results report. */
  scheme: string;
  preset: WebhookPreset;
  make: (secret: string | string[]) => Verifier;
  header: string;
  prefix?: string;
  algorithm: 'sha1' | 'sha256';
  encoding: 'hex' | 'base64';
  body: string | Uint8Array;
  /** Extra headers the sender sends; a delivery id among them is reported. */
  extra?: Record<string, string>;
  deliveryId?: string;
}

const CASES: RawCase[] = [
  {
    // woocommerce/woocommerce plugins/woocommerce/includes/class-wc-webhook.php @00e1bc4d, generate_signature():
    // base64_encode( hash_hmac( 'sha256', $payload, wp_specialchars_decode( $secret, ENT_QUOTES ), true ) )
    name: 'wooCommerce',
    scheme: 'woocommerce',
    preset: WOOCOMMERCE,
    make: (secret) => wooCommerce({ secret }),
    header: 'x-wc-webhook-signature',
    algorithm: 'sha256',
    encoding: 'base64',
    body: '{"id":4711,"status":"processing","currency":"EUR","total":"19.90","line_items":[{"name":"Caf\u00e9 \u2615","quantity":1}]}',
    extra: { 'x-wc-webhook-topic': 'order.updated', 'x-wc-webhook-delivery-id': '5d1d7c0e2b9c4e0bd0b7f8a3f3b4a1c2' },
    deliveryId: '5d1d7c0e2b9c4e0bd0b7f8a3f3b4a1c2',
  },
  {
    // line/line-bot-sdk-nodejs lib/validate-signature.ts @50a6a0ac: createHmac("SHA256", channelSecret).update(body), base64
    name: 'line',
    scheme: 'line',
    preset: LINE,
    make: (channelSecret) => line({ channelSecret }),
    header: 'x-line-signature',
    algorithm: 'sha256',
    encoding: 'base64',
    body: '{"destination":"U4af4980629","events":[{"type":"message","message":{"type":"text","text":"\u3053\u3093\u306b\u3061\u306f"}}]}',
  },
  {
    // coinbase/coinbase-commerce-node lib/Webhook.js @003e0194: createHmac('sha256', secret).update(payload, 'utf8').digest('hex')
    name: 'coinbaseCommerce',
    scheme: 'coinbase-commerce',
    preset: COINBASE_COMMERCE,
    make: (secret) => coinbaseCommerce({ secret }),
    header: 'x-cc-webhook-signature',
    algorithm: 'sha256',
    encoding: 'hex',
    body: '{"id":"f9e3b2c1","scheduled_for":"2024-05-01T12:00:00Z","event":{"id":"24934862","type":"charge:confirmed","data":{"code":"66BEOV2A"}}}',
  },
  {
    // calcom/cal.com packages/features/webhooks/lib/sendPayload.ts @008952de:
    // createHmac("sha256", secret).update(`${body}`).digest("hex"), no prefix
    name: 'calCom',
    scheme: 'cal-com',
    preset: CAL_COM,
    make: (secret) => calCom({ secret }),
    header: 'x-cal-signature-256',
    algorithm: 'sha256',
    encoding: 'hex',
    body: '{"triggerEvent":"BOOKING_CREATED","createdAt":"2024-05-01T12:00:00.000Z","payload":{"title":"30 min","attendees":[{"name":"Ana"}]}}',
  },
  {
    // dropbox/mdwebhook app.py @000643dc: hmac.new(APP_SECRET, message, sha256).hexdigest()
    // A body of raw bytes, not UTF-8: the signature covers the bytes as received.
    name: 'dropbox',
    scheme: 'dropbox',
    preset: DROPBOX,
    make: (appSecret) => dropbox({ appSecret }),
    header: 'x-dropbox-signature',
    algorithm: 'sha256',
    encoding: 'hex',
    body: Uint8Array.from([0x7b, 0x22, 0x6c, 0x22, 0x3a, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x7d]),
  },
  {
    // vercel.com/docs/webhooks (integration webhooks): "the sha1 of the payload body using your client secret",
    // sample sha1(rawBodyBuffer, INTEGRATION_SECRET) → createHmac('sha1', secret).update(body).digest('hex')
    name: 'vercelWebhooks',
    scheme: 'vercel',
    preset: VERCEL_WEBHOOKS,
    make: (secret) => vercelWebhooks({ secret }),
    header: 'x-vercel-signature',
    algorithm: 'sha1',
    encoding: 'hex',
    body: '{"id":"evt_1","type":"deployment.succeeded","createdAt":1750000000000,"payload":{"deployment":{"id":"dpl_1"}}}',
  },
  {
    // Atlassian Bitbucket docs ("The header X-Hub-Signature … contains the HMAC … x-hub-signature: sha256=c338…"),
    // bitbucket.org/blog/enhanced-webhook-security: sha256=<hex HMAC-SHA256(secret, raw body)>
    name: 'bitbucket',
    scheme: 'bitbucket',
    preset: BITBUCKET,
    make: (secret) => bitbucket({ secret }),
    header: 'x-hub-signature',
    prefix: 'sha256=',
    algorithm: 'sha256',
    encoding: 'hex',
    body: '{"push":{"changes":[{"new":{"name":"main","type":"branch"}}]},"repository":{"full_name":"team/repo"}}',
    extra: { 'x-event-key': 'repo:push', 'x-request-uuid': '0b5f2d8e-7c1a-4c4e-9f55-4a2a3c1c9e10' },
    deliveryId: '0b5f2d8e-7c1a-4c4e-9f55-4a2a3c1c9e10',
  },
  {
    // twilio.com/docs/segment/connections/destinations/catalog/actions-webhook: "X-Signature … a hex-encoded SHA1 hash
    // generated using the shared secret and the request body" (an HMAC)
    name: 'segment',
    scheme: 'segment',
    preset: SEGMENT,
    make: (secret) => segment({ secret }),
    header: 'x-signature',
    algorithm: 'sha1',
    encoding: 'hex',
    body: '{"type":"track","event":"Order Completed","userId":"u_1","properties":{"revenue":19.9}}',
  },
  {
    // developer.clickup.com/docs/webhooksignature: X-Signature, HMAC-SHA256 of the body with webhook.secret,
    // "Signatures are always digested in hexadecimal format."
    name: 'clickUp',
    scheme: 'clickup',
    preset: CLICKUP,
    make: (secret) => clickUp({ secret }),
    header: 'x-signature',
    algorithm: 'sha256',
    encoding: 'hex',
    body: '{"event":"taskCreated","history_items":[],"task_id":"1vj37mc","webhook_id":"7fa3ec74-69a8-4530-a251-8a13730bd204"}',
  },
];

const signatureOf = (c: RawCase, secret = SECRET, body = c.body) => `${c.prefix ?? ''}${documented(c.algorithm, c.encoding, secret, body)}`;
const deliveryOf = (c: RawCase): Delivery => ({ headers: { ...c.extra, [c.header]: signatureOf(c) }, body: c.body });

for (const c of CASES) {
  // Coinbase Commerce's oracle is its SDK's own signer; the others the documented algorithm.
  const genuine = (): Delivery =>
    c.name === 'coinbaseCommerce' ? { headers: { [c.header]: CoinbaseWebhook.computeSignature(c.body as string, SECRET) }, body: c.body } : deliveryOf(c);

  presetConformance(c.name, () => ({
    verifier: c.make(SECRET),
    delivery: genuine(),
    signedAt: NOW,
    otherKey: c.make(OTHER),
    signatureHeader: c.header,
  }));

  describe(`${c.name}: specifics`, () => {
    it(`reports scheme "${c.scheme}"${c.deliveryId ? ' and the delivery id' : ''}, and accepts any listed secret (rotation)`, async () => {
      const result = await verifyRequest({ method: 'POST', url: URL, headers: deliveryOf(c).headers, body: c.body }, c.make([OTHER, SECRET]), { now: NOW });
      expect(result).toMatchObject({ ok: true, scheme: c.scheme });
      if (result.ok) expect(result.deliveryId).toBe(c.deliveryId);
      const refused = await verifyRequest({ method: 'POST', url: URL, headers: deliveryOf(c).headers, body: `${String(c.body)}x` }, c.make(SECRET), { now: NOW });
      expect(refused.ok ? undefined : refused.error.scheme).toBe(c.scheme);
    });

    it("hookguard's signer sends exactly the documented header", async () => {
      const { headers } = await signPreset(c.preset, { secret: SECRET, body: c.body });
      expect(headers).toEqual({ [c.header]: signatureOf(c) });
      expect(await verdict(c.make(SECRET), { headers, body: c.body }, NOW)).toBe('ok');
    });

    it('refuses a signature of the wrong shape as malformed, and a well-shaped wrong one as invalid', async () => {
      const right = signatureOf(c);
      const wrongShape = c.encoding === 'hex' ? `${right}00` : `${right.slice(0, -2)}!!`;
      expect(await verdict(c.make(SECRET), { headers: { [c.header]: wrongShape }, body: c.body }, NOW)).toBe('malformed 403');
      expect(await verdict(c.make(SECRET), { headers: { [c.header]: signatureOf(c, OTHER) }, body: c.body }, NOW)).toBe('invalid_signature 403');
      // The signature of another body (say, the JSON re-serialized) is not accepted for this one.
      expect(await verdict(c.make(SECRET), { headers: { [c.header]: signatureOf(c, SECRET, '{}') }, body: c.body }, NOW)).toBe('invalid_signature 403');
    });
  });
}

describe('raw-body HMAC presets: provider specifics', () => {
  // line/line-bot-sdk-nodejs test/validate-signature.spec.ts @068c3a50
  it('line: the published vector', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const headers = { 'x-line-signature': 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=' };
    expect(validateSignature(body, 'test_secret', headers['x-line-signature'])).toBe(true);
    expect(await verdict(line({ channelSecret: 'test_secret' }), { headers, body }, NOW)).toBe('ok');
    expect(await verdict(line({ channelSecret: 'test_secret' }), { headers, body: JSON.stringify({ hello: 'World' }) }, NOW)).toBe('invalid_signature 403');
    expect(await verdict(line({ channelSecret: 'test_secrets' }), { headers, body }, NOW)).toBe('invalid_signature 403');
  });

  it("line: hookguard's signature passes @line/bot-sdk validateSignature", async () => {
    const body = '{"destination":"U1","events":[{"type":"follow"}]}';
    const { headers } = await signPreset(LINE, { secret: 'chsecret', body });
    expect(validateSignature(body, 'chsecret', headers['x-line-signature']!)).toBe(true);
    expect(validateSignature(body, 'another', headers['x-line-signature']!)).toBe(false);
  });

  // coinbase/coinbase-commerce-node test/testWebhook.spec.js @003e0194
  it('coinbaseCommerce: the published vector', async () => {
    const secret = '30291a20-0bd1-4267-9b0f-e6e7b123c0bf';
    const body =
      '{"id":1,"scheduled_for":"2017-01-31T20:50:02Z","attempt_number":1,"event":{"id":"24934862-d980-46cb-9402-43c81b0cdba6","type":"charge:created","api_version":"2018-03-22","created_at":"2017-01-31T20:49:02Z","data":{"code":"66BEOV2A","name":"The Sovereign Individual","description":"Mastering the Transition to the Information Age","hosted_url":"https://commerce.coinbase.com/charges/66BEOV2A","created_at":"2017-01-31T20:49:02Z","expires_at":"2017-01-31T21:04:02Z","timeline":[{"time":"2017-01-31T20:49:02Z","status":"NEW"}],"metadata":{},"pricing_type":"no_price","payments":[],"addresses":{"bitcoin":"0000000000000000000000000000000000","ethereum":"0x0000000000000000000000000000000000000000","litecoin":"3000000000000000000000000000000000","bitcoincash":"bitcoincash:000000000000000000000000000000000000000000"}}}}';
    const headers = { 'x-cc-webhook-signature': '8be7742c7d372f08a6a3224edadf18a22b65fa9e28f3f2de97376cdaa092590d' };
    expect(CoinbaseWebhook.verifySigHeader(body, headers['x-cc-webhook-signature'], secret)).toBe(true);
    expect(await verdict(coinbaseCommerce({ secret }), { headers, body }, NOW)).toBe('ok');
    expect(await verdict(coinbaseCommerce({ secret }), { headers, body: body.replace('"id":1,', '"id":2,') }, NOW)).toBe('invalid_signature 403');
  });

  it("coinbaseCommerce: hookguard's signature passes coinbase-commerce-node Webhook.verifySigHeader", async () => {
    const body = '{"event":{"type":"charge:confirmed","data":{"code":"ABC"}}}';
    const { headers } = await signPreset(COINBASE_COMMERCE, { secret: 's3cret', body });
    expect(CoinbaseWebhook.verifySigHeader(body, headers['x-cc-webhook-signature']!, 's3cret')).toBe(true);
    expect(() => CoinbaseWebhook.verifySigHeader(body, headers['x-cc-webhook-signature']!, 'other')).toThrow();
  });

  it('calCom: the no-secret-provided header a webhook without a secret gets is refused as malformed (403)', async () => {
    const body = CASES.find((c) => c.name === 'calCom')!.body;
    expect(await verdict(calCom({ secret: SECRET }), { headers: { 'x-cal-signature-256': 'no-secret-provided' }, body }, NOW)).toBe('malformed 403');
    expect(await verdict(calCom({ secret: 'no-secret-provided' }), { headers: { 'x-cal-signature-256': 'no-secret-provided' }, body }, NOW)).toBe('malformed 403');
    // Cal.com sends no sha256= prefix; a GitHub-style value is not its format.
    const prefixed = `sha256=${documented('sha256', 'hex', SECRET, body)}`;
    expect(await verdict(calCom({ secret: SECRET }), { headers: { 'x-cal-signature-256': prefixed }, body }, NOW)).toBe('malformed 403');
  });

  it('bitbucket: needs the sha256= prefix; a sha1= signature of the same header name is not its format', async () => {
    const c = CASES.find((x) => x.name === 'bitbucket')!;
    const bare = documented('sha256', 'hex', SECRET, c.body);
    expect(await verdict(bitbucket({ secret: SECRET }), { headers: { 'x-hub-signature': bare }, body: c.body }, NOW)).toBe('malformed 403');
    const sha1 = `sha1=${documented('sha1', 'hex', SECRET, c.body)}`;
    expect(await verdict(bitbucket({ secret: SECRET }), { headers: { 'x-hub-signature': sha1 }, body: c.body }, NOW)).toBe('malformed 403');
  });

  it('segment and clickUp share X-Signature: neither accepts the other\u2019s HMAC', async () => {
    const body = '{"type":"track"}';
    const seg = { 'x-signature': documented('sha1', 'hex', SECRET, body) };
    const click = { 'x-signature': documented('sha256', 'hex', SECRET, body) };
    expect(await verdict(segment({ secret: SECRET }), { headers: seg, body }, NOW)).toBe('ok');
    expect(await verdict(clickUp({ secret: SECRET }), { headers: click, body }, NOW)).toBe('ok');
    expect(await verdict(segment({ secret: SECRET }), { headers: click, body }, NOW)).not.toBe('ok');
    expect(await verdict(clickUp({ secret: SECRET }), { headers: seg, body }, NOW)).not.toBe('ok');
  });
});

describe('raw-body HMAC presets: verdicts equal the SDKs over arbitrary bodies', () => {
  const body = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }));
  const secret = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const variant = fc.constantFrom('genuine', 'tampered body', 'other secret', 'signature of a prefix');
  const toBuffer = (value: string | Uint8Array) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value));
  const alter = (value: string | Uint8Array, how: string, extra: Uint8Array) => {
    if (how !== 'tampered body') return value;
    const bytes = toBuffer(value);
    if (bytes.length === 0 || extra.length > 0) return Buffer.concat([bytes, Buffer.from(extra.length ? extra : [0x20])]);
    bytes[0] = bytes[0]! ^ 0x01;
    return bytes;
  };

  it('line: hookguard accepts exactly what @line/bot-sdk validateSignature accepts', async () => {
    await fc.assert(
      fc.asyncProperty(body, secret, variant, fc.uint8Array({ maxLength: 3 }), async (sent, key, how, extra) => {
        const signedBody = how === 'signature of a prefix' ? toBuffer(sent).subarray(0, Math.max(0, toBuffer(sent).length - 1)) : sent;
        const signature = documented('sha256', 'base64', how === 'other secret' ? `${key}!` : key, signedBody);
        const received = alter(sent, how, extra);
        const sdk = validateSignature(toBuffer(received), key, signature);
        const ours = await verdict(line({ channelSecret: key }), { headers: { 'x-line-signature': signature }, body: received }, NOW);
        expect(ours === 'ok').toBe(sdk);
        if (how === 'genuine') expect(ours).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });

  it('coinbaseCommerce: hookguard accepts exactly what Webhook.verifySigHeader accepts, signed by Webhook.computeSignature', async () => {
    const sdkAccepts = (payload: Buffer, signature: string, key: string) => {
      try {
        return CoinbaseWebhook.verifySigHeader(payload as unknown as string, signature, key);
      } catch {
        return false;
      }
    };
    await fc.assert(
      fc.asyncProperty(body, secret, variant, fc.uint8Array({ maxLength: 3 }), async (sent, key, how, extra) => {
        const signedBody = how === 'signature of a prefix' ? toBuffer(sent).subarray(0, Math.max(0, toBuffer(sent).length - 1)) : toBuffer(sent);
        const signature = CoinbaseWebhook.computeSignature(signedBody as unknown as string, how === 'other secret' ? `${key}!` : key);
        const received = alter(sent, how, extra);
        const sdk = sdkAccepts(toBuffer(received), signature, key);
        const ours = await verdict(coinbaseCommerce({ secret: key }), { headers: { 'x-cc-webhook-signature': signature }, body: received }, NOW);
        expect(ours === 'ok').toBe(sdk);
        if (how === 'genuine') expect(ours).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});
