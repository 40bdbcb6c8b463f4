import { createHash } from 'node:crypto';
import fc from 'fast-check';
import twilioSdk from 'twilio';
import { twilio, verifyRequest, type PlainRequest } from '../src/index.js';
import { twilioSignature } from './signers.js';

const TOKEN = '12345';
const DOC_URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const DOC_PARAMS = { CallSid: 'CA1234567890ABCDE', Caller: '+14158675309', Digits: '1234', From: '+14158675309', To: '+18005551212' };
// Twilio's published example ("Webhooks security": auth token 12345, this URL and these parameters).
const DOC_SIGNATURE = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';

const FORM = 'application/x-www-form-urlencoded';
const form = (params: Record<string, string | string[]>) =>
  new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString();

function delivery(url: string, signature: string | undefined, body = '', contentType = FORM): PlainRequest & { url: string; body: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (signature !== undefined) headers['x-twilio-signature'] = signature;
  return { method: 'POST', url, headers, body };
}

async function codeOf(request: PlainRequest, authToken: string | string[] = TOKEN) {
  const result = await verifyRequest(request, twilio({ authToken }));
  return result.ok ? 'ok' : result.error.code;
}

describe('twilio', () => {
  it("accepts Twilio's published example, which the SDK also computes", async () => {
    expect(twilioSignature(TOKEN, DOC_URL, DOC_PARAMS)).toBe(DOC_SIGNATURE);
    expect(await codeOf(delivery(DOC_URL, DOC_SIGNATURE, form(DOC_PARAMS)))).toBe('ok');
    expect(await codeOf(delivery(DOC_URL, DOC_SIGNATURE, form({ ...DOC_PARAMS, Digits: '1235' })))).toBe('invalid_signature');
    expect(await codeOf(delivery(DOC_URL.replace('foo=1', 'foo=2'), DOC_SIGNATURE, form(DOC_PARAMS)))).toBe('invalid_signature');
    expect(await codeOf(delivery(DOC_URL, DOC_SIGNATURE, form(DOC_PARAMS)), '12346')).toBe('invalid_signature');
  });

  it('accepts a URL signed with the default port when received without it, and the reverse', async () => {
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1';
    const without = 'https://mycompany.com/myapp.php?foo=1';
    expect(await codeOf(delivery(without, twilioSignature(TOKEN, withPort, DOC_PARAMS), form(DOC_PARAMS)))).toBe('ok');
    expect(await codeOf(delivery(withPort, twilioSignature(TOKEN, without, DOC_PARAMS), form(DOC_PARAMS)))).toBe('ok');
    // twilio-node strips any port; hookguard only the scheme's default one, so a
    // signature for the default port does not carry over to another port.
    const otherPort = 'https://mycompany.com:8443/myapp.php?foo=1';
    expect(await codeOf(delivery(otherPort, twilioSignature(TOKEN, without, DOC_PARAMS), form(DOC_PARAMS)))).toBe('invalid_signature');
  });

  it('includes repeated parameters, each distinct value once, sorted (as twilio-node)', async () => {
    const params = { To: '+1', MediaUrl: ['https://b/2', 'https://a/1', 'https://b/2'] };
    const signature = twilioSignature(TOKEN, DOC_URL, params);
    expect(await codeOf(delivery(DOC_URL, signature, form(params)))).toBe('ok');
    expect(await codeOf(delivery(DOC_URL, signature, form({ ...params, MediaUrl: ['https://a/1'] })))).toBe('invalid_signature');
  });

  it('verifies JSON deliveries through bodySHA256 in the URL', async () => {
    const body = '{"property": "value", "boolean": true}';
    const url = `${DOC_URL}&bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
    const signature = twilioSignature(TOKEN, url, {});
    expect(twilioSdk.validateRequestWithBody(TOKEN, signature, url, body)).toBe(true);
    expect(await codeOf(delivery(url, signature, body, 'application/json'))).toBe('ok');
    expect(await codeOf(delivery(url, signature, body.replace('true', 'false'), 'application/json'))).toBe('invalid_signature');
  });

  it('refuses a body the signature does not cover', async () => {
    const signature = twilioSignature(TOKEN, DOC_URL, {});
    expect(await codeOf(delivery(DOC_URL, signature, ''))).toBe('ok');
    expect(await codeOf(delivery(DOC_URL, signature, '{"a":1}', 'application/json'))).toBe('malformed');
  });

  it('refuses missing, repeated and malformed signature headers', async () => {
    const body = form(DOC_PARAMS);
    expect(await codeOf(delivery(DOC_URL, undefined, body))).toBe('missing_credentials');
    expect(await codeOf(delivery(DOC_URL, 'not base64!', body))).toBe('malformed');
    expect(await codeOf(delivery(DOC_URL, DOC_SIGNATURE.slice(0, -4), body))).toBe('malformed');
    const repeated = { method: 'POST', url: DOC_URL, headers: { 'content-type': FORM, 'x-twilio-signature': [DOC_SIGNATURE, DOC_SIGNATURE] }, body };
    expect(await codeOf(repeated)).toBe('malformed');
  });

  it('accepts either token of a rotation list', async () => {
    expect(await codeOf(delivery(DOC_URL, DOC_SIGNATURE, form(DOC_PARAMS)), ['other', TOKEN])).toBe('ok');
  });
});

// Property tests: twilio-node is the oracle. Whatever URL form the sender signed
// and whatever parameters it sent, hookguard accepts exactly when twilio-node does.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '+', '%', "'", '~', '&', '=', 'é', '/', '?') });
const params = fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/), fc.oneof(text, fc.array(text, { minLength: 1, maxLength: 3 })), { maxKeys: 5 });
const receivedUrl = fc
  .record({
    scheme: fc.constantFrom('https', 'http'),
    host: fc.constantFrom('example.com', 'Example.COM', 'a.b.example.org'),
    port: fc.constantFrom('', ':443', ':80', ':8080'),
    path: fc.constantFrom('/', '/sms', "/a b/'c'", '/%7Euser/x', '/ümlaut'),
    query: fc.constantFrom('', '?a=1', '?b=2&a=1', '?x=a%20b', '?x=a+b', "?q='quoted'", '?k&k=1&k=2', '?e=%2', '?u=é'),
  })
  .map(({ scheme, host, port, path, query }) => `${scheme}://${host}${port}${path}${query}`);

const variants = (url: string) => {
  const normalized = new URL(url).href;
  return [url, normalized, url.replace(/(:\/\/[^/]*?)(:\d+)?\//, '$1:443/'), url.replace(/(:\/\/[^/:]*):\d+\//, '$1/')];
};
const STRIPS_PORT = 3;
const hasNonDefaultPort = (url: string) => {
  const [, scheme, port] = /^(\w+):\/\/[^/:]*(?::(\d+))?\//.exec(url)!;
  return port !== undefined && port !== (scheme === 'https' ? '443' : '80');
};

describe('twilio against twilio-node', () => {
  it('accepts what twilio-node signs, for every URL form and parameter set', async () => {
    await fc.assert(
      fc.asyncProperty(receivedUrl, params, async (url, sent) => {
        const signature = twilioSignature(TOKEN, url, sent);
        expect(await codeOf(delivery(url, signature, form(sent)))).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('decodes raw form bodies, malformed escapes included, as the parameters twilio-node is given', async () => {
    const raw = fc.string({ unit: fc.constantFrom('a', 'B', '=', '&', '+', '%', '2', '0', 'F', 'f', 'é', ' ', '%2', '%zz', '%FF', '%C3%A9', '%26', '%3D', '%3d', '%2B') });
    await fc.assert(
      fc.asyncProperty(raw, async (body) => {
        const signature = twilioSignature(TOKEN, DOC_URL, groupForm(body));
        expect(await codeOf(delivery(DOC_URL, signature, body))).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with twilio.validateRequest on signatures made for other URL forms', async () => {
    await fc.assert(
      fc.asyncProperty(receivedUrl, fc.nat(3), params, async (url, pick, sent) => {
        const signedUrl = variants(url)[pick]!;
        const signature = twilioSignature(TOKEN, signedUrl, sent);
        const sdkVerdict = twilioSdk.validateRequest(TOKEN, signature, url, groupForm(form(sent)));
        // The one intended difference: a signature without the port is not accepted on a non-default port.
        const expected = sdkVerdict && !(pick === STRIPS_PORT && hasNonDefaultPort(url));
        expect((await codeOf(delivery(url, signature, form(sent)))) === 'ok').toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single-byte change to the signature, and accepts a changed body or URL only where twilio-node does', async () => {
    await fc.assert(
      fc.asyncProperty(receivedUrl, params, fc.nat(), fc.integer({ min: 1, max: 255 }), async (url, sent, where, delta) => {
        const body = form(sent);
        const signature = twilioSignature(TOKEN, url, sent);
        const flip = (s: string) => {
          const bytes = Buffer.from(s, 'latin1');
          const i = where % bytes.length;
          bytes[i] = (bytes[i]! + delta) % 256;
          return bytes.toString('latin1');
        };
        expect(await codeOf(delivery(url, flip(signature), body))).not.toBe('ok');
        for (const request of [delivery(url, signature, flip(body || 'x')), delivery(flip(url), signature, body)]) {
          if ((await codeOf(request)) !== 'ok') continue;
          // Accepted after a change: only a spelling twilio-node treats as the same request (e.g. `+` and a space in a form value).
          expect(twilioSdk.validateRequest(TOKEN, signature, request.url, groupForm(request.body))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The form body as Express's parser hands it to twilio-node: repeated names become arrays. */
function groupForm(body: string): Record<string, string | string[]> {
  const grouped: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = grouped[key];
    grouped[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return grouped;
}
