// Telnyx API v2 webhooks. The SDK (npm telnyx 7.24.0, 37 MB) is not installed:
// `telnyxSdkVerify` below is its lib/webhooks.js `TelnyxWebhook.verify`
// (team-telnyx/telnyx-node src/lib/webhooks.ts @ b9b12ca, as published in npm
// 7.24.0; the repo's Stainless-generated src/resources/webhooks.ts on master
// calls standardwebhooks instead, which is wrong for Telnyx) transcribed with
// node:crypto: Ed25519 over `${telnyx-timestamp}|${payload}`, the signature and
// the public key in strict padded base64 (64 and 32 bytes), the timestamp unix
// seconds within 300 s of now either way. Telnyx signs with its private key, so
// hookguard has no signer: deliveries are signed here with node:crypto.
import { createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { TELNYX, telnyx } from '../../src/providers/telnyx.js';
import { presetConformance, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

const SIG = 'telnyx-signature-ed25519';
const TIME = 'telnyx-timestamp';

const pair = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
/** The raw 32-byte public key in base64, as Mission Control shows it. */
const base64Key = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
const PUBLIC = base64Key(pair.publicKey);
const OTHER = base64Key(other.publicKey);
const ed25519 = (timestamp: string, body: string, privateKey = pair.privateKey) => sign(null, Buffer.from(`${timestamp}|${body}`), privateKey).toString('base64');
const headersOf = (signature: string, timestamp: string) => ({ [SIG]: signature, [TIME]: timestamp });

/** TelnyxWebhook.verify, transcribed (see the header comment): true, or false where it throws. */
function telnyxSdkVerify(payload: string, headers: Record<string, string>, publicKey: string, nowSeconds: number): boolean {
  const strictBase64 = (value: string) => (value.length > 0 && value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value) ? Buffer.from(value, 'base64') : undefined);
  const key = strictBase64(publicKey);
  if (key?.length !== 32) throw new Error('Invalid public key'); // the constructor throws: a misconfiguration
  const lookup = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const signature = lookup(SIG);
  const timestamp = lookup(TIME);
  if (!signature || !timestamp) return false;
  if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(Number(timestamp))) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const bytes = strictBase64(signature);
  if (bytes?.length !== 64) return false;
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key]);
  return verify(null, Buffer.from(`${timestamp}|${payload}`, 'utf8'), createPublicKey({ key: spki, format: 'der', type: 'spki' }), bytes);
}

const TS = '1750000000';
const BODY = '{"data":{"event_type":"message.received","id":"b301ed3f-1490-491f-995f-6e64e69674d4","payload":{"text":"héllo ☃"}},"meta":{"attempt":1}}';

presetConformance('telnyx (node:crypto-signed)', () => ({
  verifier: telnyx({ publicKey: PUBLIC }),
  delivery: { headers: headersOf(ed25519(TS, BODY), TS), body: BODY },
  signedAt: Number(TS),
  otherKey: telnyx({ publicKey: OTHER }),
  signatureHeader: SIG,
  tolerance: TELNYX.timestamp!.tolerance,
}));

describe('telnyx: the documented algorithm', () => {
  const verifier = telnyx({ publicKey: PUBLIC });
  const now = Number(TS);

  it('the preset: base64 Ed25519 over timestamp|body, seconds, 300 s either way as the SDK', () => {
    expect(TELNYX.signed).toBe('{timestamp}|{body}');
    expect(TELNYX.timestamp).toMatchObject({ header: TIME, unit: seconds, tolerance: 300 });
  });

  it('the transcribed SDK check accepts the genuine delivery and refuses it tampered (the oracle is sound)', () => {
    const headers = headersOf(ed25519(TS, BODY), TS);
    expect(telnyxSdkVerify(BODY, headers, PUBLIC, now)).toBe(true);
    expect(telnyxSdkVerify(`${BODY} `, headers, PUBLIC, now)).toBe(false);
    expect(telnyxSdkVerify(BODY, headers, OTHER, now)).toBe(false);
    expect(telnyxSdkVerify(BODY, headers, PUBLIC, now + 301)).toBe(false);
  });

  it('the | separator is signed: a signature over timestamp ‖ body (Discord-style) is refused', async () => {
    const noSeparator = sign(null, Buffer.from(`${TS}${BODY}`), pair.privateKey).toString('base64');
    expect(telnyxSdkVerify(BODY, headersOf(noSeparator, TS), PUBLIC, now)).toBe(false);
    expect(await verdict(verifier, { headers: headersOf(noSeparator, TS), body: BODY }, now)).toBe('invalid_signature 403');
  });

  it('the timestamp is signed: another one with the same signature is refused', async () => {
    const signature = ed25519(TS, BODY);
    expect(await verdict(verifier, { headers: headersOf(signature, String(now - 1)), body: BODY }, now)).toBe('invalid_signature 403');
  });

  it('the key is base64 (a hex key is a misconfiguration); a list holding it accepts', async () => {
    const delivery = { headers: headersOf(ed25519(TS, BODY), TS), body: BODY };
    expect(await verdict(telnyx({ publicKey: Buffer.from(PUBLIC, 'base64').toString('hex') }), delivery, now)).toBe('misconfigured 500');
    expect(await verdict(telnyx({ publicKey: [OTHER, PUBLIC] }), delivery, now)).toBe('ok');
    expect(await verdict(telnyx({ publicKey: [OTHER] }), delivery, now)).toBe('invalid_signature 403');
  });

  it('the signature is base64: the same signature in hex is no signature', async () => {
    const hex = Buffer.from(ed25519(TS, BODY), 'base64').toString('hex');
    expect(telnyxSdkVerify(BODY, headersOf(hex, TS), PUBLIC, now)).toBe(false);
    expect(await verdict(verifier, { headers: headersOf(hex, TS), body: BODY }, now)).not.toBe('ok');
  });

  it('a missing timestamp is a missing credential', async () => {
    expect(await verdict(verifier, { headers: { [SIG]: ed25519(TS, BODY) }, body: BODY }, now)).toBe('missing_credentials 401');
  });

  it('signPreset refuses to sign: the scheme needs a private key', async () => {
    expect(TELNYX.check.sign).toBeUndefined();
    await expect(signPreset(TELNYX, { secret: PUBLIC, body: BODY })).rejects.toThrow(TypeError);
  });
});

describe('telnyx: hookguard and the SDK algorithm agree', () => {
  it('on genuine and tampered deliveries, at any body and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 'timestamp', 'key', 'signature'),
        async (body, age, tamper) => {
          const timestamp = String(NOW - age);
          const signature = tamper === 'signature' ? ed25519(timestamp, body, other.privateKey) : ed25519(timestamp, body);
          const sent = tamper === 'body' ? `${body}|` : body;
          const stamp = tamper === 'timestamp' ? String(NOW - age + 1) : timestamp;
          const key = tamper === 'key' ? OTHER : PUBLIC;
          const headers = headersOf(signature, stamp);
          const expected = telnyxSdkVerify(sent, headers, key, NOW);
          const got = await verdict(telnyx({ publicKey: key }), { headers, body: sent }, NOW);
          expect(got === 'ok').toBe(expected);
          const fresh = Math.abs(NOW - Number(stamp)) <= 300;
          expect(got).toBe(!fresh ? 'timestamp_out_of_tolerance 403' : tamper === 'none' ? 'ok' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
