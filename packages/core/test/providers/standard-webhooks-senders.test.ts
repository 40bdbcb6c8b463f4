// Senders on the Standard Webhooks wire format, each named in results and errors.
// Oracles, never hookguard's signer:
// - Clerk and Resend deliver through Svix with `svix-*` headers (Clerk: @clerk/backend
//   verifyWebhook requires svix-id/svix-timestamp/svix-signature; Resend:
//   resend.com/docs/webhooks/verify-webhooks-requests), signed here by the svix SDK.
// - OpenAI: the published vector from openai/openai-node tests/api-resources/webhooks.test.ts.
// - Replicate (replicate.com/docs/topics/webhooks/verify-webhook) and Supabase Auth Hooks
//   (supabase/supabase apps/docs/content/guides/auth/auth-hooks.mdx @02d2e00b, secret shown
//   as `v1,whsec_<base64>`), signed here by the standardwebhooks SDK.
// Wire format (standardwebhooks 1.1.1): HMAC-SHA256 over `${id}.${timestamp}.${body}`,
// key = base64-decode(secret without whsec_), `v1,<base64>` entries, 300 s both ways.
import { randomBytes } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { clerk, openai, replicate, resend, supabaseAuthHooks, verifyRequest, type Verifier } from '../../src/index.js';
import { esmOracle } from '../oracles/esm.js';
import { presetConformance, URL, verdict, type Delivery } from './preset-kit.js';

const TOLERANCE = 300;
const NOW = 1_750_000_000;
const whsec = (bytes: Buffer) => `whsec_${bytes.toString('base64')}`;
const SECRET = whsec(randomBytes(24));
const OTHER = whsec(randomBytes(24));
const ID = 'msg_2fTkYJq9v1w3XZ8aB7cD4eF5gH6';
const BODY = '{"type":"user.created","object":"event","data":{"id":"user_29w83sxmDNGwOuEthce5gg56FcC","email_addresses":[{"email_address":"ana@example.com"}]}}';

const headersOf = (prefix: 'svix' | 'webhook', id: string, timestamp: number, signature: string) => ({
  [`${prefix}-id`]: id,
  [`${prefix}-timestamp`]: String(timestamp),
  [`${prefix}-signature`]: signature,
});

// One child process signs for both Svix senders (the svix SDK is ESM-only; jest runs CommonJS).
const [SVIX_SIGNATURE] = esmOracle([['svix', 'sign', SECRET, ID, NOW, BODY]]) as [string];
const standardSign = (secret: string, id: string, timestamp: number, body: string) => new StandardWebhook(secret).sign(id, new Date(timestamp * 1000), body);

interface SenderCase {
  name: string;
  make: (secret: string | string[]) => Verifier;
  secret: string;
  other: string;
  delivery: Delivery;
  signedAt: number;
  signatureHeader: string;
  id: string;
}

// OpenAI's published vector (openai/openai-node tests/api-resources/webhooks.test.ts).
const OPENAI = {
  secret: 'whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=',
  id: 'wh_685c059ae39c8190af8c71ed1022a24d',
  timestamp: 1750861210,
  body: '{"id": "evt_685c059ae3a481909bdc86819b066fb6", "object": "event", "created_at": 1750861210, "type": "response.completed", "data": {"id": "resp_123"}}',
  signature: 'v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=',
};

const SUPABASE_BASE64 = randomBytes(32).toString('base64');
const SUPABASE_SHOWN = `v1,whsec_${SUPABASE_BASE64}`; // as the Supabase dashboard shows it

const CASES: SenderCase[] = [
  {
    name: 'clerk',
    make: (signingSecret) => clerk({ signingSecret }),
    secret: SECRET,
    other: OTHER,
    delivery: { headers: headersOf('svix', ID, NOW, SVIX_SIGNATURE), body: BODY },
    signedAt: NOW,
    signatureHeader: 'svix-signature',
    id: ID,
  },
  {
    name: 'resend',
    make: (secret) => resend({ secret }),
    secret: SECRET,
    other: OTHER,
    delivery: { headers: headersOf('svix', ID, NOW, SVIX_SIGNATURE), body: BODY },
    signedAt: NOW,
    signatureHeader: 'svix-signature',
    id: ID,
  },
  {
    name: 'openai',
    make: (secret) => openai({ secret }),
    secret: OPENAI.secret,
    other: OTHER,
    delivery: { headers: headersOf('webhook', OPENAI.id, OPENAI.timestamp, OPENAI.signature), body: OPENAI.body },
    signedAt: OPENAI.timestamp,
    signatureHeader: 'webhook-signature',
    id: OPENAI.id,
  },
  {
    name: 'replicate',
    make: (secret) => replicate({ secret }),
    secret: SECRET,
    other: OTHER,
    delivery: { headers: headersOf('webhook', ID, NOW, standardSign(SECRET, ID, NOW, BODY)), body: BODY },
    signedAt: NOW,
    signatureHeader: 'webhook-signature',
    id: ID,
  },
  {
    name: 'supabase',
    make: (secret) => supabaseAuthHooks({ secret }),
    // The verifier gets the secret as Supabase shows it; standardwebhooks throws on that form, so it signs with `whsec_…`.
    secret: SUPABASE_SHOWN,
    other: `v1,${OTHER}`,
    delivery: { headers: headersOf('webhook', ID, NOW, standardSign(`whsec_${SUPABASE_BASE64}`, ID, NOW, BODY)), body: BODY },
    signedAt: NOW,
    signatureHeader: 'webhook-signature',
    id: ID,
  },
];

for (const c of CASES) {
  presetConformance(c.name, () => ({
    verifier: c.make(c.secret),
    delivery: c.delivery,
    signedAt: c.signedAt,
    otherKey: c.make(c.other),
    signatureHeader: c.signatureHeader,
    tolerance: TOLERANCE,
    pastOnly: false,
  }));

  describe(`${c.name}: named results`, () => {
    it(`reports scheme "${c.name}", the signed webhook id and the end of the window`, async () => {
      const result = await verifyRequest({ method: 'POST', url: URL, ...c.delivery }, c.make(c.secret), { now: c.signedAt });
      expect(result).toEqual({ ok: true, scheme: c.name, deliveryId: c.id, expiresAt: c.signedAt + TOLERANCE });
    });

    it(`names "${c.name}" in refusals`, async () => {
      const wrong = await verifyRequest({ method: 'POST', url: URL, ...c.delivery }, c.make(c.other), { now: c.signedAt });
      expect(wrong.ok ? undefined : [wrong.error.scheme, wrong.error.code]).toEqual([c.name, 'invalid_signature']);
      const stale = await verifyRequest({ method: 'POST', url: URL, ...c.delivery }, c.make(c.secret), { now: c.signedAt + 3600 });
      expect(stale.ok ? undefined : [stale.error.scheme, stale.error.code]).toEqual([c.name, 'timestamp_out_of_tolerance']);
    });

    it('accepts any listed secret (rotation), and signs the id', async () => {
      expect(await verdict(c.make([c.other, c.secret]), c.delivery, c.signedAt)).toBe('ok');
      const idHeader = Object.keys(c.delivery.headers).find((name) => name.endsWith('-id'))!;
      const renamed = { ...c.delivery, headers: { ...c.delivery.headers, [idHeader]: `${c.id}x` } };
      expect(await verdict(c.make(c.secret), renamed, c.signedAt)).toBe('invalid_signature 403');
    });
  });
}

describe('Standard Webhooks senders: specifics', () => {
  it('openai: the published vector recomputes, and a tampered copy is refused', async () => {
    const reference = standardSign(OPENAI.secret, OPENAI.id, OPENAI.timestamp, OPENAI.body);
    expect(reference).toBe(OPENAI.signature);
    const headers = headersOf('webhook', OPENAI.id, OPENAI.timestamp, OPENAI.signature);
    expect(await verdict(openai({ secret: OPENAI.secret }), { headers, body: OPENAI.body.replace('resp_123', 'resp_124') }, OPENAI.timestamp)).toBe('invalid_signature 403');
  });

  it('clerk and resend: the svix SDK signs what standardwebhooks signs; webhook-* names are accepted too', async () => {
    expect(SVIX_SIGNATURE).toBe(standardSign(SECRET, ID, NOW, BODY));
    expect(await verdict(clerk({ signingSecret: SECRET }), { headers: headersOf('webhook', ID, NOW, SVIX_SIGNATURE), body: BODY }, NOW)).toBe('ok');
  });

  it('clerk: a delivery whose svix-id is missing is refused 401', async () => {
    const { 'svix-id': _dropped, ...rest } = headersOf('svix', ID, NOW, SVIX_SIGNATURE);
    expect(await verdict(clerk({ signingSecret: SECRET }), { headers: rest, body: BODY }, NOW)).toBe('missing_credentials 401');
  });

  it('replicate: applies the 300 s window its SDK leaves out', async () => {
    const old = standardSign(SECRET, ID, 1, BODY);
    expect(await verdict(replicate({ secret: SECRET }), { headers: headersOf('webhook', ID, 1, old), body: BODY }, NOW)).toBe('timestamp_out_of_tolerance 403');
  });

  it('supabase: the secret in its v1,whsec_ form, whsec_ form or bare base64 all verify; the SDK rejects the first', async () => {
    expect(() => new StandardWebhook(SUPABASE_SHOWN)).toThrow();
    const supabase = CASES.find((c) => c.name === 'supabase')!;
    for (const secret of [SUPABASE_SHOWN, `whsec_${SUPABASE_BASE64}`, SUPABASE_BASE64]) {
      expect(await verdict(supabaseAuthHooks({ secret }), supabase.delivery, NOW)).toBe('ok');
    }
    // Another key in the same v1,whsec_ form is refused.
    expect(await verdict(supabaseAuthHooks({ secret: `v1,whsec_${randomBytes(32).toString('base64')}` }), supabase.delivery, NOW)).toBe('invalid_signature 403');
  });

  it('a signature list with one matching v1 entry among others is accepted', async () => {
    const signature = `v1,${Buffer.alloc(32).toString('base64')} ${standardSign(SECRET, ID, NOW, BODY)}`;
    for (const make of [(s: string) => replicate({ secret: s }), (s: string) => openai({ secret: s })]) {
      expect(await verdict(make(SECRET), { headers: headersOf('webhook', ID, NOW, signature), body: BODY }, NOW)).toBe('ok');
    }
  });
});
