// `{ env: 'NAME' }` inside a platform's bindings (a Worker's env) reads those
// bindings alone: never the process environment, even for a name it has.
import { github, qstash, verifyRequest, withEnvBindings } from '../src/index.js';
import { signGithub } from '../src/sign.js';
import { qstashToken } from './signers.js';

describe('withEnvBindings', () => {
  const saved = process.env['HOOKGUARD_TEST_SECRET'];
  afterEach(() => {
    if (saved === undefined) delete process.env['HOOKGUARD_TEST_SECRET'];
    else process.env['HOOKGUARD_TEST_SECRET'] = saved;
  });

  it('resolves a secret from the bindings, and not from process.env', async () => {
    process.env['HOOKGUARD_TEST_SECRET'] = 'from-process';
    const fromBindings = github({ secret: { env: 'HOOKGUARD_TEST_SECRET' } });
    expect(withEnvBindings({ HOOKGUARD_TEST_SECRET: 'from-binding' }, () => fromBindings.checkConfiguration())).toBeUndefined();
    const body = '{"a":1}';
    const signed = async (secret: string) => (await signGithub({ secret, body })).headers;
    expect((await verifyRequest({ method: 'POST', url: 'https://x/h', headers: await signed('from-binding'), body }, fromBindings)).ok).toBe(true);
    expect((await verifyRequest({ method: 'POST', url: 'https://x/h', headers: await signed('from-process'), body }, fromBindings)).ok).toBe(false);
  });

  it('is misconfigured when the bindings lack the name, even if process.env has it', () => {
    process.env['HOOKGUARD_TEST_SECRET'] = 'from-process';
    const verifier = github({ secret: { env: 'HOOKGUARD_TEST_SECRET' } });
    expect(withEnvBindings({ OTHER: 'x', HOOKGUARD_TEST_SECRET: 42 }, () => verifier.checkConfiguration())?.code).toBe('misconfigured');
  });

  it('restores the process environment once its synchronous part is done, and after a throw', () => {
    process.env['HOOKGUARD_TEST_SECRET'] = 'from-process';
    expect(() => withEnvBindings({}, () => {
      throw new Error('boom');
    })).toThrow('boom');
    expect(github({ secret: { env: 'HOOKGUARD_TEST_SECRET' } }).checkConfiguration()).toBeUndefined();
  });
});

// A Worker's QStash keys, regional ones included, live in its env binding; process.env is empty there.
describe('qstash regional keys from the bindings', () => {
  const url = 'https://app.example.com/api/regional';
  const body = '{"hello":"eu"}';
  const bindings = {
    QSTASH_REGION: 'eu-central-1',
    QSTASH_CURRENT_SIGNING_KEY: 'sig_default_current',
    QSTASH_NEXT_SIGNING_KEY: 'sig_default_next',
    EU_CENTRAL_1_QSTASH_CURRENT_SIGNING_KEY: 'sig_eu_current',
    EU_CENTRAL_1_QSTASH_NEXT_SIGNING_KEY: 'sig_eu_next',
  };
  const verdict = async (verifier: ReturnType<typeof qstash>, key: string) => {
    const headers = { 'upstash-signature': await qstashToken({ key, url, body }), 'upstash-region': 'eu-central-1' };
    const result = await verifyRequest({ method: 'POST', url, headers, body }, verifier);
    return result.ok ? 'ok' : result.error.code;
  };

  it('picks the region named by Upstash-Region from the bindings, as @upstash/qstash does from its env', async () => {
    const verifier = qstash();
    expect(withEnvBindings(bindings, () => verifier.checkConfiguration())).toBeUndefined();
    expect(await verdict(verifier, 'sig_eu_next')).toBe('ok');
    expect(await verdict(verifier, 'sig_default_current')).toBe('invalid_signature');
  });

  it('uses no regional keys when the bindings do not set QSTASH_REGION', async () => {
    const { QSTASH_REGION: _region, ...withoutRegion } = bindings;
    const verifier = qstash();
    expect(withEnvBindings(withoutRegion, () => verifier.checkConfiguration())).toBeUndefined();
    expect(await verdict(verifier, 'sig_default_current')).toBe('ok');
    expect(await verdict(verifier, 'sig_eu_current')).toBe('invalid_signature');
  });
});
