import { createHmac } from 'node:crypto';
import { github, verifyRequest } from '../src/index.js';
import { esmOracle } from './oracles/esm.js';

// GitHub's published example ("Validating webhook deliveries").
const SECRET = "It's a Secret to Everybody";
const PAYLOAD = 'Hello, World!';
const PUBLISHED = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

const delivery = (headers: Record<string, string>, body: string) => ({ method: 'POST', url: 'https://ci.example.com/github', headers, body });
const verdict = async (headers: Record<string, string>, body: string, secret: string | string[] = SECRET) => {
  const result = await verifyRequest(delivery(headers, body), github({ secret }));
  return result.ok ? 'ok' : result.error.code;
};

describe('github', () => {
  const payloads = [PAYLOAD, '{"action":"opened","number":1}', 'ünïcödé ✓']; // octokit refuses an empty payload
  const [published, ...octokitSignatures] = esmOracle([
    ['octokit', 'sign', SECRET, PAYLOAD],
    ...payloads.map((payload) => ['octokit', 'sign', SECRET, payload] as ['octokit', 'sign', string, string]),
  ]) as string[];

  it("accepts GitHub's published example, which @octokit/webhooks-methods also computes", async () => {
    expect(published).toBe(PUBLISHED);
    const result = await verifyRequest(delivery({ 'x-hub-signature-256': PUBLISHED, 'x-github-delivery': '72d3162e-cc78' }, PAYLOAD), github({ secret: SECRET }));
    expect(result).toEqual({ ok: true, scheme: 'github', deliveryId: '72d3162e-cc78' });
  });

  it.each(payloads.map((payload, i) => [payload, octokitSignatures[i]!]))('accepts what octokit signs: %j', async (payload, signature) => {
    expect(await verdict({ 'x-hub-signature-256': signature }, payload)).toBe('ok');
    expect(await verdict({ 'x-hub-signature-256': signature }, `${payload} `)).toBe('invalid_signature');
    expect(await verdict({ 'x-hub-signature-256': signature }, payload, 'another secret')).toBe('invalid_signature');
  });

  it('is accepted by octokit when made as GitHub documents it, and refused by both when tampered', () => {
    const signature = `sha256=${createHmac('sha256', SECRET).update('{"zen":"Design for failure."}').digest('hex')}`;
    expect(esmOracle([
      ['octokit', 'verify', SECRET, '{"zen":"Design for failure."}', signature],
      ['octokit', 'verify', SECRET, '{"zen":"Design for failure!"}', signature],
    ])).toEqual([true, false]);
  });

  it('refuses the legacy SHA-1 header alone, a missing header and a truncated signature', async () => {
    const sha1 = `sha1=${createHmac('sha1', SECRET).update(PAYLOAD).digest('hex')}`;
    expect(await verdict({ 'x-hub-signature': sha1 }, PAYLOAD)).toBe('missing_credentials');
    expect(await verdict({}, PAYLOAD)).toBe('missing_credentials');
    expect(await verdict({ 'x-hub-signature-256': PUBLISHED.slice(0, -1) }, PAYLOAD)).toBe('malformed');
  });

  it('accepts the new secret and the old one during a rotation', async () => {
    expect(await verdict({ 'x-hub-signature-256': PUBLISHED }, PAYLOAD, ['new secret', SECRET])).toBe('ok');
  });
});
