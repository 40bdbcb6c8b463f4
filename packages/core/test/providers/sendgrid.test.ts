// SendGrid's Event Webhook against its own SDK (@sendgrid/eventwebhook 8.0.0,
// sendgrid/sendgrid-nodejs packages/eventwebhook/src/eventwebhook.js:
// `verifySignature(convertPublicKeyToECDSA(key), payload, signature, timestamp)`)
// and the published vectors of packages/eventwebhook/src/eventwebhook.spec.js,
// copied byte for byte. ECDSA needs SendGrid's private key to sign, so hookguard
// has no signer: deliveries are signed here with node:crypto (P-256, SHA-256,
// DER: what the SDK verifies with starkbank-ecdsa) and both verifiers must agree.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { EventWebhook } from '@sendgrid/eventwebhook';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { SENDGRID, sendgrid } from '../../src/providers/sendgrid.js';
import { presetConformance, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

// eventwebhook.spec.js: the single-event vector ("Be sure to include the trailing carriage return and newline!")
const SINGLE = {
  publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==',
  timestamp: '1600112502',
  signature: 'MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=',
  body:
    '[{"email":"hello@world.com","event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA","sg_message_id":"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0","smtp-id":"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>","timestamp":1600112492}]\r\n',
};
// eventwebhook.spec.js: the multi-event vector (events joined by `},\r\n{`, a trailing \r\n)
const MULTI = {
  publicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQ4LIFtWztlsF7skFqOncjD1lun4H5w8XOhyOArHW9RcIx/FfEzx6cikC/yPfUvwaX/JScE7Fc9CJD2afQ9Ok3Q==',
  timestamp: '1619651159',
  signature: 'MEYCIQC/I4o6vCgqRYrTljjoVWB/GRWNtxeePlLMHr3x9ETeRQIhAIpV+03nREPTTHWSW0wIOA0EoMPdcNgXa70yCaqDJlu5',
  body:
    '[{"email":"invalid@gmail.com","event":"processed","send_at":0,"sg_event_id":"cHJvY2Vzc2VkLTE5OTQyMTEyLXFOd0JMZ1BRUWpXNkRKdktRd1NBYnctMA","sg_message_id":"qNwBLgPQQjW6DJvKQwSAbw.filterdrecv-canary-547b64655b-cw6zx-1-6089EA4A-56.0","smtp-id":"<qNwBLgPQQjW6DJvKQwSAbw@ismtpd0178p1mdw1.sendgrid.net>","timestamp":1619651146},\r\n{"email":"invalid@gmail.com","event":"bounce","ip":"167.89.101.76","reason":"552 5.2.2 The email account that you tried to reach is over quota and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm c17si1130468pgv.34 - gsmtp","sg_event_id":"Ym91bmNlLTAtMTk5NDIxMTItcU53QkxnUFFRalc2REp2S1F3U0Fidy0w","sg_message_id":"qNwBLgPQQjW6DJvKQwSAbw.filterdrecv-canary-547b64655b-cw6zx-1-6089EA4A-56.0","smtp-id":"<qNwBLgPQQjW6DJvKQwSAbw@ismtpd0178p1mdw1.sendgrid.net>","status":"5.2.2","timestamp":1619651147,"tls":1,"type":"blocked"}]\r\n',
};
// eventwebhook.spec.js: the negative case's key, a third P-256 key
const THIRD_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==';

const SIG = 'x-twilio-email-event-webhook-signature';
const TIME = 'x-twilio-email-event-webhook-timestamp';
const headersOf = (signature: string, timestamp: string) => ({ [SIG]: signature, [TIME]: timestamp });

/** The base64 key in PEM armour, 64 columns, as `openssl` writes it. */
const pem = (base64: string) => `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;

const ew = new EventWebhook();
const sdkVerify = (publicKey: string, body: string, signature: string, timestamp: string) => {
  try {
    return ew.verifySignature(ew.convertPublicKeyToECDSA(publicKey), body, signature, timestamp);
  } catch {
    return false;
  }
};

const vectorCase = (vector: typeof SINGLE, other: string, key = vector.publicKey) => ({
  verifier: sendgrid({ publicKey: key }),
  delivery: { headers: headersOf(vector.signature, vector.timestamp), body: vector.body },
  signedAt: Number(vector.timestamp),
  otherKey: sendgrid({ publicKey: other }),
  signatureHeader: SIG,
  tolerance: SENDGRID.timestamp!.tolerance,
});

presetConformance('sendgrid (published single-event vector, base64 key)', () => vectorCase(SINGLE, MULTI.publicKey));
presetConformance('sendgrid (published multi-event vector, PEM key)', () => vectorCase(MULTI, pem(THIRD_KEY), pem(MULTI.publicKey)));

describe('sendgrid: the published vectors', () => {
  it('the preset keeps its documented default: 300 s either way', () => {
    expect(SENDGRID.timestamp).toMatchObject({ header: TIME, unit: seconds, tolerance: 300 });
  });

  it('the SDK agrees with them (the oracle is sound)', () => {
    expect(sdkVerify(SINGLE.publicKey, SINGLE.body, SINGLE.signature, SINGLE.timestamp)).toBe(true);
    expect(sdkVerify(MULTI.publicKey, MULTI.body, MULTI.signature, MULTI.timestamp)).toBe(true);
    expect(sdkVerify(pem(SINGLE.publicKey), SINGLE.body, SINGLE.signature, SINGLE.timestamp)).toBe(true);
    expect(sdkVerify(SINGLE.publicKey, SINGLE.body.trimEnd(), SINGLE.signature, SINGLE.timestamp)).toBe(false);
  });

  it.each([
    ['base64', (key: string) => key],
    ['PEM', pem],
    ['PEM with CRLF line ends', (key: string) => pem(key).replace(/\n/g, '\r\n')],
  ])('accepts both vectors with the key given as %s', async (_, form) => {
    for (const vector of [SINGLE, MULTI]) {
      const delivery = { headers: headersOf(vector.signature, vector.timestamp), body: vector.body };
      expect(await verdict(sendgrid({ publicKey: form(vector.publicKey) }), delivery, Number(vector.timestamp))).toBe('ok');
    }
  });

  it('refuses the vectors without their trailing CRLF, or with the events on one line', async () => {
    const single = sendgrid({ publicKey: SINGLE.publicKey });
    const multi = sendgrid({ publicKey: MULTI.publicKey });
    expect(await verdict(single, { headers: headersOf(SINGLE.signature, SINGLE.timestamp), body: SINGLE.body.trimEnd() }, 1600112502)).toBe('invalid_signature 403');
    expect(await verdict(multi, { headers: headersOf(MULTI.signature, MULTI.timestamp), body: MULTI.body.replace('},\r\n{', '},{') }, 1619651159)).toBe('invalid_signature 403');
  });

  it('signs the timestamp: the vector under another timestamp is refused', async () => {
    const delivery = { headers: headersOf(SINGLE.signature, '1600112503'), body: SINGLE.body };
    expect(sdkVerify(SINGLE.publicKey, SINGLE.body, SINGLE.signature, '1600112503')).toBe(false);
    expect(await verdict(sendgrid({ publicKey: SINGLE.publicKey }), delivery, 1600112502)).toBe('invalid_signature 403');
  });

  it('accepts under a list of keys holding the right one', async () => {
    const delivery = { headers: headersOf(SINGLE.signature, SINGLE.timestamp), body: SINGLE.body };
    expect(await verdict(sendgrid({ publicKey: [MULTI.publicKey, SINGLE.publicKey] }), delivery, 1600112502)).toBe('ok');
    expect(await verdict(sendgrid({ publicKey: [MULTI.publicKey, THIRD_KEY] }), delivery, 1600112502)).toBe('invalid_signature 403');
  });

  it('the spec\'s negative case ("payload", timestamp "timestamp") is refused', async () => {
    const signature = 'MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH3j/0=';
    expect(sdkVerify(THIRD_KEY, 'payload', signature, 'timestamp')).toBe(false);
    expect(await verdict(sendgrid({ publicKey: THIRD_KEY }), { headers: headersOf(signature, 'timestamp'), body: 'payload' }, 0)).not.toBe('ok');
  });
});

describe('sendgrid: no signer; node:crypto signs and both verifiers agree', () => {
  const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const base64Of = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');
  const PUBLIC = base64Of(pair.publicKey);
  const OTHER = base64Of(other.publicKey);
  const ecdsa = (privateKey: KeyObject, timestamp: string, body: string, dsaEncoding: 'der' | 'ieee-p1363' = 'der') =>
    sign('sha256', Buffer.from(timestamp + body), { key: privateKey, dsaEncoding }).toString('base64');

  it('signPreset refuses to sign: the scheme needs a private key', async () => {
    expect(SENDGRID.check.sign).toBeUndefined();
    await expect(signPreset(SENDGRID, { secret: PUBLIC, body: '[]' })).rejects.toThrow(TypeError);
  });

  presetConformance('sendgrid (node:crypto-signed, PEM key)', () => {
    const timestamp = '1750000000';
    const body = '[{"email":"a@b.example","event":"delivered","note":"héllo ☃"}]\r\n';
    return {
      verifier: sendgrid({ publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() }),
      delivery: { headers: headersOf(ecdsa(pair.privateKey, timestamp, body), timestamp), body },
      signedAt: 1750000000,
      otherKey: sendgrid({ publicKey: OTHER }),
      signatureHeader: SIG,
      tolerance: 300,
    };
  });

  it('on genuine and tampered deliveries, at any body and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 'timestamp', 'key', 'signature'),
        async (body, age, tamper) => {
          const timestamp = String(NOW - age);
          let signature = ecdsa(pair.privateKey, timestamp, body);
          if (tamper === 'signature') signature = ecdsa(pair.privateKey, timestamp, `${body}.`);
          const sent = tamper === 'body' ? `${body}\r\n` : body;
          const stamp = tamper === 'timestamp' ? String(NOW - age + 1) : timestamp;
          const key = tamper === 'key' ? OTHER : PUBLIC;
          const expected = sdkVerify(key, sent, signature, stamp); // the SDK checks no time
          const got = await verdict(sendgrid({ publicKey: key }), { headers: headersOf(signature, stamp), body: sent }, NOW);
          expect(expected).toBe(tamper === 'none');
          const fresh = Math.abs(NOW - Number(stamp)) <= 300;
          expect(got).toBe(!fresh ? 'timestamp_out_of_tolerance 403' : expected ? 'ok' : 'invalid_signature 403');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees on the signature encoding: DER accepted, raw r‖s (IEEE P1363) refused by both', async () => {
    const timestamp = '1750000000';
    const body = '[{"event":"open"}]';
    const der = ecdsa(pair.privateKey, timestamp, body);
    const p1363 = ecdsa(pair.privateKey, timestamp, body, 'ieee-p1363');
    expect(sdkVerify(PUBLIC, body, der, timestamp)).toBe(true);
    expect(sdkVerify(PUBLIC, body, p1363, timestamp)).toBe(false);
    expect(await verdict(sendgrid({ publicKey: PUBLIC }), { headers: headersOf(der, timestamp), body }, 1750000000)).toBe('ok');
    expect(await verdict(sendgrid({ publicKey: PUBLIC }), { headers: headersOf(p1363, timestamp), body }, 1750000000)).not.toBe('ok');
  });
});
