// What every provider preset must do with a delivery its oracle made (the
// provider's SDK, a published vector, or the documented algorithm computed here
// with node:crypto): accept it, refuse it tampered, unsigned or stale.
import { verifyRequest, type Verifier } from '../../src/index.js';

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
