// Zendesk: X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, TIMESTAMP + BODY)),
// X-Zendesk-Webhook-Signature-Timestamp an ISO-8601 UTC date (`2021-07-25T10:00:00Z`).
// Source: developer.zendesk.com/documentation/webhooks/verifying/ (and
// …/event-connectors/webhooks/verifying/): "Represented simply: base64(HMACSHA256(TIMESTAMP + BODY))".
// The secret is used as UTF-8 text, not base64-decoded, though it looks like base64.
// The oracle is that formula, computed with node:crypto. Zendesk publishes no
// vector for the current order (see the last test for the old one).
import { createHmac } from 'node:crypto';
import { verifyRequest, zendesk } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { ZENDESK } from '../../src/providers/zendesk.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

// The constant in the current docs' Node sample, "Signing secret from webhook itself".
const SECRET = 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==';
const OTHER = 'HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=';
const BODY = '{"type":"zen:event-type:ticket.created","detail":{"id":"35436","subject":"Help, my printer is on fire!"}}';
const SIGNED_AT = Date.parse('2024-05-01T12:34:56Z') / 1000;
const TIMESTAMP = '2024-05-01T12:34:56Z'; // as Zendesk writes it: no fraction

const documented = (secret: string, timestamp: string, body: string) => createHmac('sha256', secret).update(timestamp + body).digest('base64');
const delivery = (secret = SECRET, body = BODY, timestamp = TIMESTAMP) => ({
  headers: {
    'x-zendesk-webhook-signature': documented(secret, timestamp, body),
    'x-zendesk-webhook-signature-timestamp': timestamp,
    'x-zendesk-webhook-id': '01GZK7TGA2PVXQF7RWTHMWQ7RD',
  },
  body,
});

presetConformance('zendesk', () => ({
  verifier: zendesk({ secret: SECRET }),
  delivery: delivery(),
  signedAt: SIGNED_AT,
  otherKey: zendesk({ secret: OTHER }),
  signatureHeader: 'x-zendesk-webhook-signature',
  tolerance: ZENDESK.timestamp!.tolerance,
  pastOnly: ZENDESK.timestamp!.pastOnly ?? false,
}));

describe('zendesk: specifics', () => {
  it('reports scheme "zendesk" and the end of the 300 s window', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery() }, zendesk({ secret: SECRET }), { now: SIGNED_AT });
    expect(result).toMatchObject({ ok: true, scheme: 'zendesk', expiresAt: SIGNED_AT + 300 });
  });

  it('uses the secret as text: a signature under its base64-decoded bytes is refused', async () => {
    const decoded = createHmac('sha256', Buffer.from(SECRET, 'base64')).update(TIMESTAMP + BODY).digest('base64');
    const headers = { ...delivery().headers, 'x-zendesk-webhook-signature': decoded };
    expect(await verdict(zendesk({ secret: SECRET }), { headers, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('signs the timestamp: another timestamp header is refused; a missing one is 401', async () => {
    const headers = { ...delivery().headers, 'x-zendesk-webhook-signature-timestamp': '2024-05-01T12:34:57Z' };
    expect(await verdict(zendesk({ secret: SECRET }), { headers, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
    const { 'x-zendesk-webhook-signature-timestamp': _dropped, ...rest } = delivery().headers;
    expect(await verdict(zendesk({ secret: SECRET }), { headers: rest, body: BODY }, SIGNED_AT)).toBe('missing_credentials 401');
    const unix = { ...delivery(SECRET, BODY, String(SIGNED_AT)).headers };
    expect(await verdict(zendesk({ secret: SECRET }), { headers: unix, body: BODY }, SIGNED_AT)).toBe('malformed 403');
  });

  it('refuses body ‖ timestamp, the order of an older docs revision', async () => {
    const reversed = createHmac('sha256', SECRET).update(BODY + TIMESTAMP).digest('base64');
    const headers = { ...delivery().headers, 'x-zendesk-webhook-signature': reversed };
    expect(await verdict(zendesk({ secret: SECRET }), { headers, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('accepts a signed GET with an empty body (TIMESTAMP + "")', async () => {
    const { headers } = delivery(SECRET, '');
    expect(await verdict(zendesk({ secret: SECRET }), { headers, body: '', method: 'GET' }, SIGNED_AT)).toBe('ok');
  });

  it('accepts any listed secret (rotation)', async () => {
    expect(await verdict(zendesk({ secret: [OTHER, SECRET] }), delivery(), SIGNED_AT)).toBe('ok');
  });

  it("hookguard's signer equals the documented formula over the timestamp it sends", async () => {
    const { headers } = await signPreset(ZENDESK, { secret: SECRET, body: BODY, timestamp: SIGNED_AT });
    const timestamp = headers['x-zendesk-webhook-signature-timestamp']!;
    expect(Date.parse(timestamp) / 1000).toBe(SIGNED_AT);
    expect(headers).toEqual({ 'x-zendesk-webhook-signature': documented(SECRET, timestamp, BODY), 'x-zendesk-webhook-signature-timestamp': timestamp });
  });

  // An older revision of developer.zendesk.com/documentation/event-connectors/webhooks/verifying/
  // said base64(HMACSHA256((BODY)(TIMESTAMP))) and gave this vector. It matches
  // body ‖ timestamp only (recomputed below), not the TIMESTAMP + BODY the current
  // docs state and this preset implements, so it can only be a negative test.
  it('refuses the old docs vector, which is body ‖ timestamp', async () => {
    const secret = 'HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=';
    const body = '{"say": "hello"}';
    const timestamp = '2021-07-25T10:00:00Z';
    const signature = 'tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=';
    expect(createHmac('sha256', secret).update(body + timestamp).digest('base64')).toBe(signature);
    expect(documented(secret, timestamp, body)).not.toBe(signature);
    const headers = { 'x-zendesk-webhook-signature': signature, 'x-zendesk-webhook-signature-timestamp': timestamp };
    expect(await verdict(zendesk({ secret }), { headers, body }, Date.parse(timestamp) / 1000)).toBe('invalid_signature 403');
  });
});
