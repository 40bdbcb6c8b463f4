// What every provider preset must do with a delivery its oracle made (the
// provider's SDK, a published vector, or the documented algorithm computed here
// with node:crypto): accept it, refuse it tampered, unsigned or stale.
import fc from 'fast-check';
import { verifyRequest, type Verifier } from '../../src/index.js';
import type { WebhookPreset } from '../../src/presets/preset.js';
import { signPreset } from '../../src/presets/sign-preset.js';

export interface Delivery {
  headers: Record<string, string>;
  body: string | Uint8Array;
  method?: string;
  /** Default: https://hooks.example.com/webhook */
  url?: string;
}

export const URL = 'https://hooks.example.com/webhook';

/** `ok`, or the refusal's code and status, e.g. `invalid_signature 403`. */
export async function verdict(verifier: Verifier, delivery: Delivery, now: number): Promise<string> {
  const { headers, body, method = 'POST', url = URL } = delivery;
  const result = await verifyRequest({ method, url, headers, body }, verifier, { now });
  return result.ok ? 'ok' : `${result.error.code} ${result.error.status}`;
}

export interface PresetCase {
  verifier: Verifier;
  /** A genuine delivery, made by the oracle, signed at `signedAt`. */
  delivery: Delivery;
  /** Unix seconds the delivery was signed at (any time, for schemes that sign none). */
  signedAt: number;
  /** The same preset configured with another secret or public key. */
  otherKey: Verifier;
  /** The header whose absence leaves the request unsigned. */
  signatureHeader: string;
  /** For schemes that sign a time: the preset's default tolerance in seconds. */
  tolerance?: number | undefined;
  /** Whether only age is checked (a time in the future is accepted). */
  pastOnly?: boolean | undefined;
  /** The status a wrong signature gets. Default: 403. */
  invalidStatus?: number | undefined;
}

const tamper = (body: string | Uint8Array): string | Uint8Array => {
  if (typeof body !== 'string') return Uint8Array.from(body, (byte, i) => (i === 0 ? byte ^ 1 : byte));
  return body.length === 0 ? ' ' : `${body.slice(0, -1)}${body.at(-1) === ' ' ? '\t' : ' '}`;
};

/** The checks every preset passes, as one `it` per property. */
export function presetConformance(name: string, make: () => Promise<PresetCase> | PresetCase): void {
  describe(`${name}: the common contract`, () => {
    it('accepts the genuine delivery', async () => {
      const { verifier, delivery, signedAt } = await make();
      expect(await verdict(verifier, delivery, signedAt)).toBe('ok');
    });

    it(`refuses a tampered body`, async () => {
      const { verifier, delivery, signedAt, invalidStatus = 403 } = await make();
      expect(await verdict(verifier, { ...delivery, body: tamper(delivery.body) }, signedAt)).toBe(`invalid_signature ${invalidStatus}`);
    });

    it('refuses a delivery without its signature (401)', async () => {
      const { verifier, delivery, signedAt, signatureHeader } = await make();
      const headers = Object.fromEntries(Object.entries(delivery.headers).filter(([key]) => key.toLowerCase() !== signatureHeader.toLowerCase()));
      expect(Object.keys(headers)).toHaveLength(Object.keys(delivery.headers).length - 1);
      expect(await verdict(verifier, { ...delivery, headers }, signedAt)).toBe('missing_credentials 401');
    });

    it('refuses a stale delivery when the scheme signs a time (403), and only past the tolerance', async () => {
      const { verifier, delivery, signedAt, tolerance, pastOnly } = await make();
      if (tolerance === undefined) return expect(await verdict(verifier, delivery, signedAt + 10 * 365 * 86400)).toBe('ok');
      expect(await verdict(verifier, delivery, signedAt + tolerance)).toBe('ok');
      expect(await verdict(verifier, delivery, signedAt + tolerance + 1)).toBe('timestamp_out_of_tolerance 403');
      expect(await verdict(verifier, delivery, signedAt - tolerance - 1)).toBe(pastOnly ? 'ok' : 'timestamp_out_of_tolerance 403');
    });

    it('refuses the delivery under another key (403)', async () => {
      const { otherKey, delivery, signedAt, invalidStatus = 403 } = await make();
      expect(await verdict(otherKey, delivery, signedAt)).toBe(`invalid_signature ${invalidStatus}`);
    });
  });
}

/** What a raw-body HMAC preset is checked against: the documented algorithm, computed in the test with node:crypto. */
export interface DocumentedHmac {
  preset: WebhookPreset;
  /** The preset's verifier under `secret`. */
  verifier: (secret: string) => Verifier;
  /** The signature header's value as the sender documents it. */
  signature: (secret: string, body: string | Uint8Array) => string;
  /** A delivery carrying `signature`. */
  delivery: (signature: string, body: string | Uint8Array) => Delivery;
  /** Where the oracle comes from, for the tests' names: `the documented algorithm`, `the SDK's computation`. */
  oracle: string;
}

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const secrets = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter((secret) => secret.trim() !== '');
const appended = (body: string | Uint8Array, char: string) => (typeof body === 'string' ? body + char : Uint8Array.from([...body, char.charCodeAt(0)]));

/** fast-check properties of a raw-body HMAC preset: its signer and its verdicts equal the oracle's at any body and secret. */
export function documentedHmacProperties(name: string, { preset, verifier, signature, delivery, oracle }: DocumentedHmac): void {
  describe(`${name}: hookguard signs as ${oracle} does`, () => {
    it('signPreset equals it at any body and secret', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), secrets, async (body, secret) => {
          expect(await signPreset(preset, { secret, body })).toEqual({ headers: { [preset.signature.header]: signature(secret, body) } });
        }),
        { numRuns: 60 },
      );
    });
  });

  describe(`${name}: hookguard agrees with ${oracle}`, () => {
    it('on genuine and tampered deliveries, text or bytes, at any secret', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.uint8Array({ maxLength: 300 })),
          secrets,
          fc.constantFrom('none', 'body', 'signature', 'secret'),
          async (body, secret, tamper) => {
            const presented = tamper === 'signature' ? signature(secret, appended(body, '\n')) : signature(secret, body);
            const sent = tamper === 'body' ? appended(body, ' ') : body;
            const key = tamper === 'secret' ? `${secret}!` : secret;
            const signed = signature(key, sent) === presented;
            expect(await verdict(verifier(key), delivery(presented, sent), 1_700_000_000)).toBe(signed ? 'ok' : 'invalid_signature 403');
            expect(signed).toBe(tamper === 'none');
          },
        ),
        { numRuns: 100 },
      );
    });
  });
}
