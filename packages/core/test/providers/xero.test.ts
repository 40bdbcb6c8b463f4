// Xero: `x-xero-signature: <base64 HMAC-SHA256(webhook key, raw body)>`, no time signed.
// Sources: XeroAPI/xero-php-webhook index.php @943fb36a
//   base64_encode(hash_hmac('sha256', $rawPayload, $webhookKey, true)), answered 200 when it
//   matches and 401 when not (the "Intent to Receive" check);
// XeroAPI/XeroWebhooksReceiver XeroWebhooksReceiver/Helpers/SignatureVerifier.cs @0b9b12b2
//   (key = Encoding.UTF8.GetBytes(SigningKey)).
// The oracle computes that with node:crypto.
import { createHmac } from 'node:crypto';
import { verifyRequest, xero } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { XERO } from '../../src/providers/xero.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

const KEY = 'Xy9/kL2mN4pQ6rS8tU0vW1zA3bC5dE7fG9hJ+k==';
const OTHER = 'aNotherXeroWebhookKeyEntirely1234567890=';
const NOW = 1_750_000_000;
// The shape of an Intent to Receive payload: no events.
const ITR = '{"events":[],"firstEventSequence":0,"lastEventSequence":0,"entropy":"OSHPXTUSXASRFBBFKKHI"}';
const EVENTS =
  '{"events":[{"resourceUrl":"https://api.xero.com/api.xro/2.0/Contacts/717f2bfc","resourceId":"717f2bfc","eventDateUtc":"2024-05-01T12:00:00.000","eventType":"UPDATE","eventCategory":"CONTACT","tenantId":"c2cc9b6e","tenantType":"ORGANISATION"}],"firstEventSequence":1,"lastEventSequence":1,"entropy":"S0MEENTROPY"}';

const documented = (key: string, body: string) => createHmac('sha256', key).update(body).digest('base64');
const delivery = (key = KEY, body = EVENTS) => ({ headers: { 'x-xero-signature': documented(key, body) }, body });

presetConformance('xero', () => ({
  verifier: xero({ webhookKey: KEY }),
  delivery: delivery(),
  signedAt: NOW,
  otherKey: xero({ webhookKey: OTHER }),
  signatureHeader: 'x-xero-signature',
  invalidStatus: 401,
}));

describe('xero: specifics', () => {
  it('Intent to Receive: 200 for the correctly signed payload, 401 for the wrongly signed one', async () => {
    expect(await verdict(xero({ webhookKey: KEY }), delivery(KEY, ITR), NOW)).toBe('ok');
    // Xero sends the same payload with a signature that does not match; it must get 401.
    const wrong = { headers: { 'x-xero-signature': documented(OTHER, ITR) }, body: ITR };
    expect(await verdict(xero({ webhookKey: KEY }), wrong, NOW)).toBe('invalid_signature 401');
    const result = await verifyRequest({ method: 'POST', url: URL, ...wrong }, xero({ webhookKey: KEY }), { now: NOW });
    expect(result.ok ? undefined : [result.error.scheme, result.error.status]).toEqual(['xero', 401]);
  });

  it('reports scheme "xero", and accepts any listed key (rotation)', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery() }, xero({ webhookKey: [OTHER, KEY] }), { now: NOW });
    expect(result).toMatchObject({ ok: true, scheme: 'xero' });
  });

  it('takes the key as UTF-8 text, not base64-decoded', async () => {
    const decoded = createHmac('sha256', Buffer.from(KEY, 'base64')).update(EVENTS).digest('base64');
    expect(await verdict(xero({ webhookKey: KEY }), { headers: { 'x-xero-signature': decoded }, body: EVENTS }, NOW)).toBe('invalid_signature 401');
  });

  it('refuses a hex signature of the right HMAC (Xero sends base64)', async () => {
    const hex = createHmac('sha256', KEY).update(EVENTS).digest('hex');
    expect(await verdict(xero({ webhookKey: KEY }), { headers: { 'x-xero-signature': hex }, body: EVENTS }, NOW)).not.toBe('ok');
  });

  it("hookguard's signer sends exactly the documented header", async () => {
    const { headers } = await signPreset(XERO, { secret: KEY, body: ITR });
    expect(headers).toEqual({ 'x-xero-signature': documented(KEY, ITR) });
  });
});
