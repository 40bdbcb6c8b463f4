// Discord (interactions and webhook events) against its own SDK
// (discord-interactions 4.4.0, discord/discord-interactions-js src/index.ts
// `verifyKey(rawBody, signature, timestamp, publicKey): Promise<boolean>` and the
// middlewares that answer every failed check 401). Ed25519 needs Discord's
// private key to sign, so hookguard has no signer: deliveries are signed here
// with node:crypto as Discord's docs describe (Ed25519 over timestamp ‖ raw body,
// signature and public key in hex) and both verifiers must agree.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { verifyKey } from 'discord-interactions';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { DISCORD, discord } from '../../src/providers/discord.js';
import { presetConformance, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

const SIG = 'x-signature-ed25519';
const TIME = 'x-signature-timestamp';

const pair = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
/** The raw 32-byte public key (the tail of its SPKI DER), in hex as the Developer Portal shows it. */
const hexKey = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const PUBLIC = hexKey(pair.publicKey);
const OTHER = hexKey(other.publicKey);
const ed25519 = (timestamp: string, body: string | Uint8Array, privateKey = pair.privateKey) =>
  sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString('hex');
const headersOf = (signature: string, timestamp: string) => ({ [SIG]: signature, [TIME]: timestamp });

const TS = '1750000000';
// An application command (type 2): a PING (type 1) is a handshake, answered before the handler (tested below).
const BODY = '{"type":2,"id":"1234567890","application_id":"42","token":"tok","version":1,"data":{"name":"héllo ☃"}}';

presetConformance('discord (node:crypto-signed)', () => ({
  verifier: discord({ publicKey: PUBLIC }),
  delivery: { headers: headersOf(ed25519(TS, BODY), TS), body: BODY },
  signedAt: Number(TS),
  otherKey: discord({ publicKey: OTHER }),
  signatureHeader: SIG,
  tolerance: DISCORD.timestamp!.tolerance,
  invalidStatus: 401,
}));

presetConformance('discord (node:crypto-signed, bytes body)', () => {
  const body = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x31, 0x7d, 0xff, 0x00]); // not even UTF-8
  return {
    verifier: discord({ publicKey: PUBLIC }),
    delivery: { headers: headersOf(ed25519(TS, body), TS), body },
    signedAt: Number(TS),
    otherKey: discord({ publicKey: OTHER }),
    signatureHeader: SIG,
    tolerance: 300,
    invalidStatus: 401,
  };
});

describe('discord: the SDK and hookguard on node:crypto signatures', () => {
  const verifier = discord({ publicKey: PUBLIC });

  it('the preset: hex Ed25519, seconds, 300 s either way, 401 for a wrong signature', () => {
    expect(DISCORD.timestamp).toMatchObject({ header: TIME, unit: seconds, tolerance: 300 });
    expect(DISCORD.invalidStatus).toBe(401);
  });

  it('the SDK accepts the genuine delivery and refuses it tampered (the oracle is sound)', async () => {
    expect(await verifyKey(BODY, ed25519(TS, BODY), TS, PUBLIC)).toBe(true);
    expect(await verifyKey(`${BODY} `, ed25519(TS, BODY), TS, PUBLIC)).toBe(false);
    expect(await verifyKey(BODY, ed25519(TS, BODY), TS, OTHER)).toBe(false);
  });

  it('signs the timestamp with no separator: timestamp ‖ body', async () => {
    const signature = ed25519(TS, BODY);
    // the same bytes split otherwise: the signature covers their concatenation only
    const shifted = { ts: TS.slice(0, -1), body: `${TS.slice(-1)}${BODY}` };
    expect(await verifyKey(shifted.body, signature, shifted.ts, PUBLIC)).toBe(true);
    expect(await verdict(verifier, { headers: headersOf(signature, TS), body: BODY }, Number(TS))).toBe('ok');
    expect(await verdict(verifier, { headers: headersOf(signature, String(Number(TS) + 1)), body: BODY }, Number(TS))).toBe('invalid_signature 401');
  });

  it('reads the key as hex, in either case, and refuses a key of another shape as misconfiguration', async () => {
    const delivery = { headers: headersOf(ed25519(TS, BODY), TS), body: BODY };
    expect(await verifyKey(BODY, ed25519(TS, BODY), TS, PUBLIC.toUpperCase())).toBe(true);
    expect(await verdict(discord({ publicKey: PUBLIC.toUpperCase() }), delivery, Number(TS))).toBe('ok');
    const base64 = Buffer.from(PUBLIC, 'hex').toString('base64');
    expect(await verdict(discord({ publicKey: base64 }), delivery, Number(TS))).toBe('misconfigured 500');
    expect(await verdict(discord({ publicKey: PUBLIC.slice(2) }), delivery, Number(TS))).toBe('misconfigured 500');
  });

  it('answers every failed signature 401, as Discord requires and its SDK does, a garbled one included', async () => {
    // Discord: "Discord will also perform automated, routine security checks against your endpoint,
    // including purposefully sending you invalid signatures"; the app "should respond with a 401".
    // discord-interactions' middlewares answer 401 to any signature verifyKey refuses.
    for (const garbled of ['deadbeef', 'z'.repeat(128), `${ed25519(TS, BODY)}00`]) {
      expect(await verifyKey(BODY, garbled, TS, PUBLIC)).toBe(false);
      expect(await verdict(verifier, { headers: headersOf(garbled, TS), body: BODY }, Number(TS))).toMatch(/ 401$/);
    }
  });

  it('signPreset refuses to sign: the scheme needs a private key', async () => {
    expect(DISCORD.check.sign).toBeUndefined();
    await expect(signPreset(DISCORD, { secret: PUBLIC, body: BODY })).rejects.toThrow(TypeError);
  });
});

describe('discord: hookguard and the SDK agree', () => {
  it('on genuine and tampered deliveries, at any body and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 'timestamp', 'key', 'signature'),
        async (body, age, tamper) => {
          const timestamp = String(NOW - age);
          let signature = ed25519(timestamp, body);
          if (tamper === 'signature') signature = ed25519(timestamp, body, other.privateKey);
          const sent = tamper === 'body' ? (typeof body === 'string' ? `${body}!` : Uint8Array.from([...body, 0])) : body;
          const stamp = tamper === 'timestamp' ? String(NOW - age - 1) : timestamp;
          const key = tamper === 'key' ? OTHER : PUBLIC;
          const expected = await verifyKey(sent, signature, stamp, key); // the SDK checks no time
          const got = await verdict(discord({ publicKey: key }), { headers: headersOf(signature, stamp), body: sent }, NOW);
          expect(expected).toBe(tamper === 'none');
          const fresh = Math.abs(NOW - Number(stamp)) <= 300;
          expect(got).toBe(!fresh ? 'timestamp_out_of_tolerance 403' : expected ? 'ok' : 'invalid_signature 401');
        },
      ),
      { numRuns: 100 },
    );
  });
});
