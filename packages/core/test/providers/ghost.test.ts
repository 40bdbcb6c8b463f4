// Ghost: `X-Ghost-Signature: sha256=<hex>, t=<unix ms>`, the HMAC over the body
// followed by t. The oracle is Ghost's own line, computed here with node:crypto:
// TryGhost/Ghost ghost/core/core/server/services/webhooks/WebhookTrigger.js @2cd588cc
//   headers['X-Ghost-Signature'] = `sha256=${crypto.createHmac('sha256', secret).update(`${reqPayload}${ts}`).digest('hex')}, t=${ts}`;
// with ts = Date.now() (milliseconds).
import { createHmac } from 'node:crypto';
import { ghost, verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { GHOST } from '../../src/providers/ghost.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { milliseconds } from '../../src/timestamp.js';

const SECRET = 'a1b2c3d4e5f6ghostsecret';
const OTHER = 'another-ghost-secret';
const BODY = JSON.stringify({ post: { current: { id: '6630f1', title: 'Hello \u00e9t\u00e9', status: 'published' }, previous: {} } });
/** Ghost signs Date.now(): milliseconds, here with a fraction of a second. */
const TS_MS = 1_750_000_000_123;
const SIGNED_AT = Math.floor(TS_MS / 1000);

/** What Ghost's WebhookTrigger sends. */
const ghostHeader = (secret: string, body: string, ts: number) =>
  `sha256=${createHmac('sha256', secret).update(`${body}${ts}`).digest('hex')}, t=${ts}`;
const delivery = (secret = SECRET, body = BODY, ts = TS_MS) => ({ headers: { 'x-ghost-signature': ghostHeader(secret, body, ts), 'content-version': 'v5.80' }, body });

presetConformance('ghost', () => ({
  verifier: ghost({ secret: SECRET }),
  delivery: delivery(),
  signedAt: SIGNED_AT,
  otherKey: ghost({ secret: OTHER }),
  signatureHeader: 'x-ghost-signature',
  tolerance: GHOST.timestamp!.tolerance,
  pastOnly: GHOST.timestamp!.pastOnly ?? false,
}));

describe('ghost: specifics', () => {
  it('defaults to a 300 s window both ways (Ghost states none) and reports scheme "ghost" with expiresAt', async () => {
    expect(GHOST.timestamp).toMatchObject({ unit: milliseconds, tolerance: 300 });
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery() }, ghost({ secret: SECRET }), { now: SIGNED_AT });
    expect(result).toMatchObject({ ok: true, scheme: 'ghost', expiresAt: SIGNED_AT + 300 });
  });

  it('signs t: a header whose t is changed is refused, even within the window', async () => {
    const [signature] = ghostHeader(SECRET, BODY, TS_MS).split(', ');
    const headers = { 'x-ghost-signature': `${signature}, t=${TS_MS + 1000}` };
    expect(await verdict(ghost({ secret: SECRET }), { headers, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('reads t as milliseconds: a signature over body ‖ seconds, sent with t in seconds, is refused as stale', async () => {
    const seconds = SIGNED_AT;
    const headers = { 'x-ghost-signature': `sha256=${createHmac('sha256', SECRET).update(`${BODY}${seconds}`).digest('hex')}, t=${seconds}` };
    expect(await verdict(ghost({ secret: SECRET }), { headers, body: BODY }, SIGNED_AT)).toBe('timestamp_out_of_tolerance 403');
  });

  it('refuses a header without t, or a signature not over body ‖ t', async () => {
    const hex = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(await verdict(ghost({ secret: SECRET }), { headers: { 'x-ghost-signature': `sha256=${hex}` }, body: BODY }, SIGNED_AT)).toBe('malformed 403');
    expect(await verdict(ghost({ secret: SECRET }), { headers: { 'x-ghost-signature': `sha256=${hex}, t=${TS_MS}` }, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
    const dotted = createHmac('sha256', SECRET).update(`${TS_MS}.${BODY}`).digest('hex');
    expect(await verdict(ghost({ secret: SECRET }), { headers: { 'x-ghost-signature': `sha256=${dotted}, t=${TS_MS}` }, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('accepts a retry: Ghost resends the same header seconds later', async () => {
    expect(await verdict(ghost({ secret: SECRET }), delivery(), SIGNED_AT + 12)).toBe('ok');
  });

  it('accepts any listed secret (rotation)', async () => {
    expect(await verdict(ghost({ secret: [OTHER, SECRET] }), delivery(), SIGNED_AT)).toBe('ok');
  });

  it("hookguard's signer sends exactly Ghost's header", async () => {
    const { headers } = await signPreset(GHOST, { secret: SECRET, body: BODY, timestamp: SIGNED_AT });
    expect(headers).toEqual({ 'x-ghost-signature': ghostHeader(SECRET, BODY, SIGNED_AT * 1000) });
    expect(headers['x-ghost-signature']).toMatch(/^sha256=[0-9a-f]{64}, t=\d{13}$/);
  });
});
