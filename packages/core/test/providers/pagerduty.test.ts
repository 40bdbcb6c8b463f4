// PagerDuty v3 webhooks: `X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]`, each an
// HMAC-SHA256 of the raw body under one of the subscription's secrets, "to allow
// for a zero-downtime secret rotation"; comma-separated, no spaces; any may match.
// Source: PagerDuty/developer-docs docs/webhooks/04-Signatures.md @01f977eb.
// The oracle computes that with node:crypto.
import { createHmac } from 'node:crypto';
import { pagerDuty, verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { PAGERDUTY } from '../../src/providers/pagerduty.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

const SECRET = 'pd_whsec_current_6d2a0f';
const OLD = 'pd_whsec_previous_91bc3e';
const OTHER = 'pd_whsec_unrelated_000000';
const NOW = 1_750_000_000;
const BODY =
  '{"event":{"id":"01DEN8K8NSZQ3SZ4PIA6HYPFNN","event_type":"incident.triggered","resource_type":"incident","occurred_at":"2024-05-01T12:00:00.000Z","data":{"id":"PGR0VU2","type":"incident","title":"A little bump in the road"}}}';

const v1 = (secret: string, body = BODY) => `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;
const delivery = (header: string, body = BODY) => ({ headers: { 'x-pagerduty-signature': header, 'x-webhook-id': 'f1e2d3c4' }, body });

// During a rotation PagerDuty signs with both secrets; the receiver knows only the new one.
presetConformance('pagerDuty', () => ({
  verifier: pagerDuty({ secret: SECRET }),
  delivery: delivery(`${v1(OLD)},${v1(SECRET)}`),
  signedAt: NOW,
  otherKey: pagerDuty({ secret: OTHER }),
  signatureHeader: 'x-pagerduty-signature',
}));

describe('pagerDuty: specifics', () => {
  it('accepts a lone v1 entry, and reports scheme "pagerduty"', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(v1(SECRET)) }, pagerDuty({ secret: SECRET }), { now: NOW });
    expect(result).toMatchObject({ ok: true, scheme: 'pagerduty' });
  });

  it('accepts when any of several v1 entries matches, first, middle or last', async () => {
    const verifier = pagerDuty({ secret: SECRET });
    expect(await verdict(verifier, delivery(`${v1(SECRET)},${v1(OLD)}`), NOW)).toBe('ok');
    expect(await verdict(verifier, delivery(`${v1(OLD)},${v1(SECRET)},${v1(OTHER)}`), NOW)).toBe('ok');
    expect(await verdict(verifier, delivery(`${v1(OTHER)},${v1(OLD)},${v1(SECRET)}`), NOW)).toBe('ok');
  });

  it('refuses a list in which no entry matches (403)', async () => {
    expect(await verdict(pagerDuty({ secret: SECRET }), delivery(`${v1(OLD)},${v1(OTHER)}`), NOW)).toBe('invalid_signature 403');
    expect(await verdict(pagerDuty({ secret: SECRET }), delivery(`${v1(SECRET)},${v1(OLD)}`, `${BODY} `), NOW)).toBe('invalid_signature 403');
  });

  it('the receiver may hold the old secret too: a list of secrets accepts either', async () => {
    expect(await verdict(pagerDuty({ secret: [OTHER, OLD] }), delivery(`${v1(SECRET)},${v1(OLD)}`), NOW)).toBe('ok');
  });

  it('reads only v1= entries: a matching HMAC under another version name is not accepted', async () => {
    const hex = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(await verdict(pagerDuty({ secret: SECRET }), delivery(`v2=${hex}`), NOW)).toBe('malformed 403');
    expect(await verdict(pagerDuty({ secret: SECRET }), delivery(`v2=${hex},${v1(OTHER)}`), NOW)).toBe('invalid_signature 403');
    expect(await verdict(pagerDuty({ secret: SECRET }), delivery(hex), NOW)).toBe('malformed 403');
  });

  it("hookguard's signer sends exactly the documented header", async () => {
    const { headers } = await signPreset(PAGERDUTY, { secret: SECRET, body: BODY });
    expect(headers).toEqual({ 'x-pagerduty-signature': v1(SECRET) });
  });
});
