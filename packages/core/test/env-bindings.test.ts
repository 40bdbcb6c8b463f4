// `{ env: 'NAME' }` inside a platform's bindings (a Worker's env) reads those
// bindings alone: never the process environment, even for a name it has.
import { github, verifyRequest, withEnvBindings } from '../src/index.js';
import { signGithub } from '../src/sign.js';

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
