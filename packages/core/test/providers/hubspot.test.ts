// HubSpot v1, v2 and v3 against its own SDK (@hubspot/api-client 13.5.0,
// HubSpot/hubspot-api-nodejs src/utils/signature.ts: `Signature.getSignature`
// signs, `Signature.isValid` verifies) and the published v1/v2 vectors of
// test/unit/signature.spec.ts (the same as the v1 and v2 FAQ pages of the docs).
// The SDK's signature module is loaded alone: it is the whole of what the SDK
// does for webhooks, and the client around it takes seconds to load.
import { createHmac } from 'node:crypto';
import { Signature } from '@hubspot/api-client/lib/src/utils/signature.js';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { HUBSPOT_V1, HUBSPOT_V2, HUBSPOT_V3, hubspot } from '../../src/providers/hubspot.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

const SECRET = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
// signature.spec.ts, v1
const V1_BODY =
  '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
const V1_SIGNATURE = '232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de';
// signature.spec.ts, v2
const V2_URL = 'https://www.example.com/webhook_uri';
const V2_POST_BODY = '{"example_field":"example_value"}';
const V2_POST_SIGNATURE = '9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900';
const V2_GET_SIGNATURE = 'eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e';

/** The SDK reads `Date.now()`: only Date is faked. */
function atClock<T>(ms: number, run: () => T): T {
  jest.useFakeTimers({ now: ms, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
  try {
    return run();
  } finally {
    jest.useRealTimers();
  }
}

/** `Signature.isValid` for v3 at a given clock; it throws on a stale or missing timestamp, which is a refusal. */
const sdkValidV3 = (o: { signature: string; clientSecret: string; requestBody: string; url: string; method?: string; timestamp: number }, nowMs: number) =>
  atClock(nowMs, () => {
    try {
      return Signature.isValid({ ...o, signatureVersion: 'v3' });
    } catch {
      return false;
    }
  });

// getSignature ignores `signature`; its options type (ISignatureOptions) requires one.
const v3Sign = (secret: string, body: string, url: string, timestamp: number, method = 'POST') =>
  Signature.getSignature(method, 'v3', { signature: '', clientSecret: secret, requestBody: body, url, timestamp });

const TS = 1_700_000_000_000; // ms
const V3_BODY = '{"subscriptionType":"contact.creation","objectId":123,"note":"café ☃"}';
const v3Delivery = (signature: string, timestamp: number | string = TS, extra: Record<string, string> = {}, body = V3_BODY, url?: string) => ({
  headers: { 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': String(timestamp), ...extra },
  body,
  ...(url === undefined ? {} : { url }),
});

presetConformance('hubspot v3 (SDK-signed)', () => ({
  verifier: hubspot({ clientSecret: SECRET }),
  delivery: v3Delivery(v3Sign(SECRET, V3_BODY, URL, TS)),
  signedAt: TS / 1000,
  otherKey: hubspot({ clientSecret: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' }),
  signatureHeader: 'x-hubspot-signature-v3',
  tolerance: HUBSPOT_V3.timestamp!.tolerance,
  pastOnly: true,
}));

presetConformance('hubspot v1 (published vector)', () => ({
  verifier: hubspot({ clientSecret: SECRET, legacySignatures: true }),
  delivery: { headers: { 'x-hubspot-signature': V1_SIGNATURE, 'x-hubspot-signature-version': 'v1' }, body: V1_BODY },
  signedAt: 1564113600,
  otherKey: hubspot({ clientSecret: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', legacySignatures: true }),
  signatureHeader: 'x-hubspot-signature',
}));

presetConformance('hubspot v2 (published vector)', () => ({
  verifier: hubspot({ clientSecret: SECRET, legacySignatures: true }),
  delivery: { headers: { 'x-hubspot-signature': V2_POST_SIGNATURE, 'x-hubspot-signature-version': 'v2' }, body: V2_POST_BODY, url: V2_URL },
  signedAt: 1564113600,
  otherKey: hubspot({ clientSecret: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', legacySignatures: true }),
  signatureHeader: 'x-hubspot-signature',
}));

describe('hubspot: the published v1 and v2 vectors', () => {
  const verifier = hubspot({ clientSecret: SECRET, legacySignatures: true });

  it('the SDK agrees with them (the oracle is sound)', () => {
    expect(Signature.isValid({ signature: V1_SIGNATURE, clientSecret: SECRET, requestBody: V1_BODY })).toBe(true);
    expect(Signature.isValid({ signature: V2_POST_SIGNATURE, clientSecret: SECRET, requestBody: V2_POST_BODY, signatureVersion: 'v2', url: V2_URL, method: 'POST' })).toBe(true);
    expect(Signature.isValid({ signature: V2_GET_SIGNATURE, clientSecret: SECRET, requestBody: '', signatureVersion: 'v2', url: V2_URL, method: 'GET' })).toBe(true);
  });

  it('v1: accepted with or without the version header, refused as v2', async () => {
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': V1_SIGNATURE }, body: V1_BODY }, 0)).toBe('ok');
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': V1_SIGNATURE, 'x-hubspot-signature-version': 'v2' }, body: V1_BODY }, 0)).toBe(
      'invalid_signature 403',
    );
  });

  it('v2: the GET vector with its empty body, and the POST one', async () => {
    const v2 = (signature: string) => ({ 'x-hubspot-signature': signature, 'x-hubspot-signature-version': 'v2' });
    expect(await verdict(verifier, { headers: v2(V2_GET_SIGNATURE), body: '', method: 'GET', url: V2_URL }, 0)).toBe('ok');
    expect(await verdict(verifier, { headers: v2(V2_POST_SIGNATURE), body: V2_POST_BODY, url: V2_URL }, 0)).toBe('ok');
  });

  it('v2 signs the method and the URL', async () => {
    const v2 = { 'x-hubspot-signature': V2_POST_SIGNATURE, 'x-hubspot-signature-version': 'v2' };
    expect(await verdict(verifier, { headers: v2, body: V2_POST_BODY, url: V2_URL, method: 'PUT' }, 0)).toBe('invalid_signature 403');
    expect(await verdict(verifier, { headers: v2, body: V2_POST_BODY, url: `${V2_URL}?a=1` }, 0)).toBe('invalid_signature 403');
    expect(await verdict(verifier, { headers: v2, body: V2_POST_BODY, url: 'http://www.example.com/webhook_uri' }, 0)).toBe('invalid_signature 403');
    // a v2 signature without the version header is read as v1, and refused
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': V2_POST_SIGNATURE }, body: V2_POST_BODY, url: V2_URL }, 0)).toBe('invalid_signature 403');
  });

  it('signPreset reproduces the v1 and v2 vectors', async () => {
    expect((await signPreset(HUBSPOT_V1, { secret: SECRET, body: V1_BODY })).headers).toEqual({ 'x-hubspot-signature': V1_SIGNATURE });
    expect((await signPreset(HUBSPOT_V2, { secret: SECRET, body: V2_POST_BODY, url: V2_URL })).headers['x-hubspot-signature']).toBe(V2_POST_SIGNATURE);
    expect((await signPreset(HUBSPOT_V2, { secret: SECRET, body: '', url: V2_URL, method: 'GET' })).headers['x-hubspot-signature']).toBe(V2_GET_SIGNATURE);
  });
});

describe('hubspot v3', () => {
  const verifier = hubspot({ clientSecret: SECRET });

  it('the SDK-made vector of the facts file: rQEK…+7o=', () => {
    expect(v3Sign(SECRET, V2_POST_BODY, V2_URL, TS)).toBe('rQEKkaNUiu+1qGF//O/pw4BCzstSqO1PyUnGICmf+7o=');
    // and node:crypto computing the docs' method ‖ URI ‖ body ‖ timestamp
    expect(createHmac('sha256', SECRET).update(`POST${V2_URL}${V2_POST_BODY}${TS}`).digest('base64')).toBe('rQEKkaNUiu+1qGF//O/pw4BCzstSqO1PyUnGICmf+7o=');
  });

  it('signPreset output is what the SDK signs, and the SDK accepts it', async () => {
    const { headers } = await signPreset(HUBSPOT_V3, { secret: SECRET, body: V2_POST_BODY, url: V2_URL, timestamp: TS / 1000 });
    expect(headers).toEqual({ 'x-hubspot-signature-v3': 'rQEKkaNUiu+1qGF//O/pw4BCzstSqO1PyUnGICmf+7o=', 'x-hubspot-request-timestamp': String(TS) });
    expect(sdkValidV3({ signature: headers['x-hubspot-signature-v3']!, clientSecret: SECRET, requestBody: V2_POST_BODY, url: V2_URL, timestamp: TS }, TS)).toBe(true);
  });

  it('a stale timestamp is refused 403, as the SDK throws; a future one accepted, as the SDK does', async () => {
    const signature = v3Sign(SECRET, V3_BODY, URL, TS);
    const sdkAt = (now: number) => sdkValidV3({ signature, clientSecret: SECRET, requestBody: V3_BODY, url: URL, timestamp: TS }, now);
    expect(sdkAt(TS + 300_000)).toBe(true);
    expect(sdkAt(TS + 300_001)).toBe(false);
    expect(sdkAt(TS - 3_600_000)).toBe(true);
    expect(await verdict(verifier, v3Delivery(signature), (TS + 300_000) / 1000)).toBe('ok');
    expect(await verdict(verifier, v3Delivery(signature), (TS + 300_001) / 1000)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(verifier, v3Delivery(signature), (TS + 3_600_000) / 1000)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(verifier, v3Delivery(signature), (TS - 3_600_000) / 1000)).toBe('ok');
  });

  it('the timestamp is signed: another one with the same signature is refused', async () => {
    const signature = v3Sign(SECRET, V3_BODY, URL, TS);
    expect(await verdict(verifier, v3Delivery(signature, TS + 1), TS / 1000)).toBe('invalid_signature 403');
    // the same instant written with a leading zero: the text as sent is what is signed
    expect(await verdict(verifier, v3Delivery(signature, `0${TS}`), TS / 1000)).toBe('invalid_signature 403');
  });

  it('the method is signed', async () => {
    const signature = v3Sign(SECRET, V3_BODY, URL, TS, 'PUT');
    expect(await verdict(verifier, { ...v3Delivery(signature), method: 'PUT' }, TS / 1000)).toBe('ok');
    expect(await verdict(verifier, v3Delivery(signature), TS / 1000)).toBe('invalid_signature 403');
  });

  describe('the URL, with the escapes of the docs list decoded', () => {
    // The docs: decode %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B in the request URI before signing; nothing else.
    const encoded = 'https://hooks.example.com/webhook?redirect=https%3A%2F%2Fapp.example%2Fa%40b%3Fx%21%24%27%28%29%2A%2C%3B&q=a%20b%26c%3Dd%2B%25';
    const signedForm = "https://hooks.example.com/webhook?redirect=https://app.example/a@b?x!$'()*,;&q=a%20b%26c%3Dd%2B%25";

    it('accepts a request at the encoded URL signed (by the SDK) over its decoded form', async () => {
      const signature = v3Sign(SECRET, V3_BODY, signedForm, TS);
      expect(await verdict(verifier, v3Delivery(signature, TS, {}, V3_BODY, encoded), TS / 1000)).toBe('ok');
    });

    it('decodes lower-case escapes as well (%3a, %2f)', async () => {
      const signature = v3Sign(SECRET, V3_BODY, signedForm, TS);
      const lower = encoded.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/g, (e) => e.toLowerCase());
      expect(lower).toContain('%3a%2f%2f');
      expect(await verdict(verifier, v3Delivery(signature, TS, {}, V3_BODY, lower), TS / 1000)).toBe('ok');
    });

    it('refuses a signature over the URL as encoded, or fully decoded', async () => {
      for (const wrong of [encoded, decodeURIComponent(encoded)]) {
        const signature = v3Sign(SECRET, V3_BODY, wrong, TS);
        expect(await verdict(verifier, v3Delivery(signature, TS, {}, V3_BODY, encoded), TS / 1000)).toBe('invalid_signature 403');
      }
    });

    it('v2 decodes nothing: its URL is signed as the request has it', async () => {
      const v2 = Signature.getSignature('POST', 'v2', { signature: '', clientSecret: SECRET, requestBody: V3_BODY, url: encoded });
      const headers = { 'x-hubspot-signature': v2, 'x-hubspot-signature-version': 'v2' };
      expect(await verdict(hubspot({ clientSecret: SECRET, legacySignatures: true }), { headers, body: V3_BODY, url: encoded }, 0)).toBe('ok');
    });

    // signPreset is documented as "the exact inverse of presetVerifier", `url` being "the URL the request goes to".
    it("signPreset's headers for a request to an URL with listed escapes are accepted by hookguard at that URL", async () => {
      const { headers } = await signPreset(HUBSPOT_V3, { secret: SECRET, body: V3_BODY, url: encoded, timestamp: TS / 1000 });
      expect(await verdict(verifier, { headers, body: V3_BODY, url: encoded }, TS / 1000)).toBe('ok');
    });

    it('signPreset signs such an URL as HubSpot does (decoded): what the SDK signs over the decoded form', async () => {
      const { headers } = await signPreset(HUBSPOT_V3, { secret: SECRET, body: V3_BODY, url: encoded, timestamp: TS / 1000 });
      expect(headers['x-hubspot-signature-v3']).toBe(v3Sign(SECRET, V3_BODY, signedForm, TS));
      expect(sdkValidV3({ signature: headers['x-hubspot-signature-v3']!, clientSecret: SECRET, requestBody: V3_BODY, url: signedForm, timestamp: TS }, TS)).toBe(true);
    });

    it('signPreset and the SDK agree on an URL without escapes to decode', async () => {
      const plain = 'https://hooks.example.com/webhook?q=a%20b';
      const { headers } = await signPreset(HUBSPOT_V3, { secret: SECRET, body: V3_BODY, url: plain, timestamp: TS / 1000 });
      expect(headers['x-hubspot-signature-v3']).toBe(v3Sign(SECRET, V3_BODY, plain, TS));
      expect(await verdict(verifier, { headers, body: V3_BODY, url: plain }, TS / 1000)).toBe('ok');
    });
  });
});

describe('hubspot: with legacySignatures, the version is chosen by the headers', () => {
  const verifier = hubspot({ clientSecret: SECRET, legacySignatures: true });
  const v1 = V1_SIGNATURE;
  const v3 = v3Sign(SECRET, V1_BODY, URL, TS);

  it('v3 when its header is present, beside the older signature HubSpot also sends', async () => {
    const headers = { 'x-hubspot-signature': v1, 'x-hubspot-signature-version': 'v1', 'x-hubspot-signature-v3': v3, 'x-hubspot-request-timestamp': String(TS) };
    expect(await verdict(verifier, { headers, body: V1_BODY }, TS / 1000)).toBe('ok');
    // v3 decides: its staleness refuses the request even though the v1 signature (which signs no time) is right
    expect(await verdict(verifier, { headers, body: V1_BODY }, TS / 1000 + 301)).toBe('timestamp_out_of_tolerance 403');
    // and a wrong v3 is not rescued by a right v1
    expect(await verdict(verifier, { headers: { ...headers, 'x-hubspot-signature-v3': v3Sign('other', V1_BODY, URL, TS) }, body: V1_BODY }, TS / 1000)).toBe('invalid_signature 403');
  });

  it('v3 without its timestamp header is refused 401', async () => {
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature-v3': v3 }, body: V1_BODY }, TS / 1000)).toBe('missing_credentials 401');
  });

  it('v2 only when the version header says v2; v1 otherwise', async () => {
    const v2 = Signature.getSignature('POST', 'v2', { signature: '', clientSecret: SECRET, requestBody: V1_BODY, url: URL });
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': v2, 'x-hubspot-signature-version': 'v2' }, body: V1_BODY }, 0)).toBe('ok');
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': v2, 'x-hubspot-signature-version': 'v1' }, body: V1_BODY }, 0)).toBe('invalid_signature 403');
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': v1, 'x-hubspot-signature-version': 'v1' }, body: V1_BODY }, 0)).toBe('ok');
  });
});

describe('hubspot: v3 only by default', () => {
  const headers = { 'x-hubspot-signature': V1_SIGNATURE, 'x-hubspot-signature-version': 'v1', 'x-hubspot-signature-v3': v3Sign(SECRET, V1_BODY, URL, TS), 'x-hubspot-request-timestamp': String(TS) };
  const { 'x-hubspot-signature-v3': _, 'x-hubspot-request-timestamp': __, ...stripped } = headers;

  it('a stale v3 delivery stripped of its v3 headers is not accepted as v1 (it would be with legacySignatures)', async () => {
    const late = TS / 1000 + 301;
    expect(await verdict(hubspot({ clientSecret: SECRET }), { headers, body: V1_BODY }, late)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(hubspot({ clientSecret: SECRET }), { headers: stripped, body: V1_BODY }, late)).toBe('missing_credentials 401');
    expect(await verdict(hubspot({ clientSecret: SECRET, legacySignatures: true }), { headers: stripped, body: V1_BODY }, late)).toBe('ok');
  });

  it('refuses the published v1 and v2 vectors', async () => {
    const verifier = hubspot({ clientSecret: SECRET });
    expect(await verdict(verifier, { headers: { 'x-hubspot-signature': V1_SIGNATURE }, body: V1_BODY }, 0)).toBe('missing_credentials 401');
    const v2 = { 'x-hubspot-signature': V2_POST_SIGNATURE, 'x-hubspot-signature-version': 'v2' };
    expect(await verdict(verifier, { headers: v2, body: V2_POST_BODY, url: V2_URL }, 0)).toBe('missing_credentials 401');
  });

  it.each([['yes'], [1], [null]])('legacySignatures %p is a configuration error, on every request too', async (value) => {
    const verifier = hubspot({ clientSecret: SECRET, legacySignatures: value as unknown as boolean });
    expect(verifier.checkConfiguration()).toMatchObject({ code: 'misconfigured', message: expect.stringContaining('legacySignatures') });
    expect(await verdict(verifier, { headers, body: V1_BODY }, TS / 1000)).toBe('misconfigured 500');
  });
});

describe('hubspot: hookguard and the SDK agree', () => {
  const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/);
  const NOW = 1_750_000_000_000;
  const ESCAPES = ['%3A', '%2F', '%3F', '%40', '%21', '%24', '%27', '%28', '%29', '%2A', '%2C', '%3B', '%3a', '%2f', '%20', '%26', '%3D', '%2B', '%25', 'a', '-'];
  const QUERY = fc.array(fc.constantFrom(...ESCAPES), { maxLength: 12 }).map((parts) => parts.join(''));
  const decodeListed = (url: string) => url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (e) => decodeURIComponent(e));

  it('v3, on genuine and tampered deliveries, at any body, secret, URL and age', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        SECRETS,
        QUERY,
        fc.integer({ min: -400_000, max: 400_000 }),
        fc.constantFrom('none', 'body', 'secret', 'timestamp', 'method', 'url'),
        async (body, secret, query, age, tamper) => {
          const url = `https://hooks.example.com/hs?x=${query}`;
          const timestamp = NOW - age;
          const signature = v3Sign(secret, body, decodeListed(url), timestamp); // HubSpot signs the decoded form
          const sent = tamper === 'body' ? `${body}!` : body;
          const key = tamper === 'secret' ? `${secret}!` : secret;
          const stamp = tamper === 'timestamp' ? timestamp + 1 : timestamp;
          const method = tamper === 'method' ? 'PUT' : 'POST';
          const target = tamper === 'url' ? `${url}&` : url;
          const expected = sdkValidV3({ signature, clientSecret: key, requestBody: sent, url: decodeListed(target), method, timestamp: stamp }, NOW);
          const got = await verdict(hubspot({ clientSecret: key }), { ...v3Delivery(signature, stamp, {}, sent, target), method }, NOW / 1000);
          expect(got === 'ok').toBe(expected);
          if (tamper === 'none') expect(got).toBe(age <= 300_000 ? 'ok' : 'timestamp_out_of_tolerance 403');
          else expect(got).not.toBe('ok');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('v1 and v2, on genuine and tampered deliveries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        SECRETS,
        QUERY,
        fc.constantFrom('v1', 'v2'),
        fc.constantFrom('none', 'body', 'secret', 'url'),
        async (body, secret, query, version, tamper) => {
          const url = `https://hooks.example.com/hs?x=${query}`;
          const signature = Signature.getSignature('POST', version, { signature: '', clientSecret: secret, requestBody: body, url });
          const sent = tamper === 'body' ? `${body} ` : body;
          const key = tamper === 'secret' ? `${secret}!` : secret;
          const target = tamper === 'url' ? `${url}&` : url;
          const expected = Signature.isValid({ signature, clientSecret: key, requestBody: sent, url: target, signatureVersion: version });
          const headers = { 'x-hubspot-signature': signature, 'x-hubspot-signature-version': version };
          const got = await verdict(hubspot({ clientSecret: key, legacySignatures: true }), { headers, body: sent, url: target }, 0);
          expect(got).toBe(expected ? 'ok' : 'invalid_signature 403');
          // v1 does not sign the URL
          expect(expected).toBe(tamper === 'none' || (tamper === 'url' && version === 'v1'));
        },
      ),
      { numRuns: 100 },
    );
  });
});
