import Stripe from 'stripe';
import { stripe, verifyRequest } from '../src/index.js';

const SECRET = 'whsec_test_8d7f6a5e4c3b2a19';
const sdk = new Stripe('sk_test_offline');
const PAYLOAD = JSON.stringify({ id: 'evt_1', object: 'event', type: 'payment_intent.succeeded' }, null, 2);
const T = 1_700_000_000;

const header = (payload = PAYLOAD, timestamp = T, secret = SECRET) => sdk.webhooks.generateTestHeaderString({ payload, secret, timestamp });
const verdict = async (signature: string | undefined, body = PAYLOAD, now = T, secret: string | string[] = SECRET) => {
  const headers: Record<string, string> = signature === undefined ? {} : { 'stripe-signature': signature };
  const result = await verifyRequest({ method: 'POST', url: 'https://shop.example.com/stripe', headers, body }, stripe({ secret }), { now });
  return result.ok ? 'ok' : result.error.code;
};

describe('stripe, cross-checked with stripe-node', () => {
  it('accepts what generateTestHeaderString signs, as constructEvent does', async () => {
    const signature = header();
    expect(sdk.webhooks.constructEvent(PAYLOAD, signature, SECRET, Number.MAX_SAFE_INTEGER).id).toBe('evt_1');
    expect(await verdict(signature)).toBe('ok');
  });

  it('refuses what constructEvent refuses: another body, secret or timestamp', async () => {
    const signature = header();
    const tampered = PAYLOAD.replace('evt_1', 'evt_2');
    expect(() => sdk.webhooks.constructEvent(tampered, signature, SECRET, Number.MAX_SAFE_INTEGER)).toThrow();
    expect(await verdict(signature, tampered)).toBe('invalid_signature');
    expect(await verdict(signature, PAYLOAD, T, 'whsec_other')).toBe('invalid_signature');
    expect(await verdict(signature.replace(`t=${T}`, `t=${T + 1}`), PAYLOAD, T)).toBe('invalid_signature');
  });

  it('holds the timestamp to 300 s either way by default', async () => {
    const signature = header();
    expect(await verdict(signature, PAYLOAD, T + 300)).toBe('ok');
    expect(await verdict(signature, PAYLOAD, T + 301)).toBe('timestamp_out_of_tolerance');
    expect(await verdict(signature, PAYLOAD, T - 300)).toBe('ok');
    expect(await verdict(signature, PAYLOAD, T - 301)).toBe('timestamp_out_of_tolerance');
    expect(() => sdk.webhooks.constructEvent(PAYLOAD, signature, SECRET)).toThrow(/tolerance/i);
  });

  it('accepts any matching v1 among several, and ignores v0 and unknown schemes', async () => {
    const v1 = header().split(',')[1]!;
    const other = header(PAYLOAD, T, 'whsec_previous').split(',')[1]!;
    expect(await verdict(`t=${T},${other},v0=00,${v1},x1=zz`)).toBe('ok');
    expect(await verdict(`t=${T},v0=${v1.slice(3)}`)).toBe('malformed');
  });

  it('refuses missing, malformed and ambiguous headers', async () => {
    expect(await verdict(undefined)).toBe('missing_credentials');
    expect(await verdict('garbage')).toBe('malformed');
    expect(await verdict(`t=${T}`)).toBe('malformed');
    expect(await verdict(`t=${T},t=${T + 5},${header().split(',')[1]}`)).toBe('malformed');
    expect(await verdict(`t=soon,${header().split(',')[1]}`)).toBe('malformed');
    // A bare `t` is a second, empty timestamp; `ts=` and `v10=` are other fields, not t and v1.
    expect(await verdict(`t=${T},t,${header().split(',')[1]}`)).toBe('malformed');
    expect(await verdict(`ts=${T},${header().split(',')[1]}`)).toBe('malformed');
    expect(await verdict(`t=${T},v10=${header().split(',')[1]!.slice(3)}`)).toBe('malformed');
  });

  it('names the first fault of a header with several: its syntax, then the time, then the match', async () => {
    const late = T + 301;
    expect(await verdict(`t=${T},v1=${'z'.repeat(64)}`, PAYLOAD, late)).toBe('malformed');
    expect(await verdict(`t=${T},v1=${'0'.repeat(64)},v1=zz`, PAYLOAD, late)).toBe('timestamp_out_of_tolerance');
    expect(await verdict(`t=${T},v1=${'0'.repeat(64)}`)).toBe('invalid_signature');
    expect(await verdict(header(), PAYLOAD, late)).toBe('timestamp_out_of_tolerance');
  });

  it('tolerates spaces around fields, which stripe-node would refuse', async () => {
    const [t, v1] = header().split(',');
    expect(await verdict(` ${t} , ${v1} `)).toBe('ok');
  });

  it('verifies endpoints whose secret is being rolled', async () => {
    expect(await verdict(header(), PAYLOAD, T, ['whsec_new', SECRET])).toBe('ok');
  });
});
