// `hookguard sign` and `send`, run as the built binary: output checked by the
// providers' own SDKs, forged deliveries sent to an endpoint guarded by
// hookguard and to one guarded by nothing, and bad input.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Stripe from 'stripe';
import twilioSdk from 'twilio';
import { github, stripe, twilio, type Verifier } from '@hookguard/core';
import { findProvider } from '@hookguard/core/catalog';
import { withVerification } from '@hookguard/vercel';
import { hookguard, tempFile } from './run-cli.js';

const SECRET = 'cli-test-secret';

describe('hookguard --help and bad input', () => {
  it('prints help for the tool and for each command, exit 0; nothing at all is a usage error', async () => {
    const top = await hookguard(['--help']);
    expect([top.code, top.stdout]).toEqual([0, expect.stringContaining('Exit codes')]);
    for (const command of ['sign', 'send', 'explain']) {
      const help = await hookguard([command, '--help']);
      expect([help.code, help.stdout]).toEqual([0, expect.stringContaining(`Usage: hookguard ${command}`)]);
    }
    expect((await hookguard([])).code).toBe(2);
    const version = await hookguard(['--version']);
    expect([version.code, version.stdout]).toEqual([0, `${require('../package.json').version}\n`]);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['sign', '--scheme', 'nope', '--url', 'http://x/'], 'unknown scheme "nope"; one of: shared-secret'],
    [['sign', '--url', 'http://x/'], '--scheme is required'],
    [['sign', '--scheme', 'github', '--url', 'http://x/'], 'no secret: pass --secret, or set GITHUB_WEBHOOK_SECRET'],
    [['sign', '--scheme', 'github', '--secret', 's', '--url', 'ftp://x/'], '--url "ftp://x/" is not an http(s) URL'],
    [['sign', '--scheme', 'github', '--secret', 's', '--url', 'http://x/', '--data', '@/no/such/file'], 'cannot read /no/such/file: no such file'],
    [['sign', '--scheme', 'github', '--bogus'], "Unknown option '--bogus'"],
    [['send', 'http://x/', '--scheme', 'github', '--secret', 's', '--tamper', 'url'], '--tamper url: github does not sign the URL'],
    [['send', 'http://x/', '--scheme', 'bearer', '--secret', 's', '--tamper', 'replay'], 'bearer uses static credentials'],
    [['send', 'http://x/', '--scheme', 'github', '--secret', 's', '--tamper', 'everything'], '--tamper "everything" is not one of'],
    [['explain', '--scheme', 'github', '--secret', 's', '--request', '/no/such.har'], 'cannot read /no/such.har: no such file'],
  ])('%j fails with exit 2 and one line: %s', async (args, message) => {
    const run = await hookguard(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1); // no stack trace
    expect(run.stdout).toBe('');
  });
});

describe('hookguard sign', () => {
  it("prints GitHub's published signature for its published example, and a curl command", async () => {
    // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries#testing-the-webhook-payload-validation
    const payload = tempFile('Hello, World!', 'txt');
    const run = await hookguard(['sign', '--scheme', 'github', '--url', 'http://localhost:3000/api/gh', '--data', `@${payload}`], {
      GITHUB_WEBHOOK_SECRET: "It's a Secret to Everybody",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('x-hub-signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\n');
    expect(run.stdout).toContain(`curl -X POST 'http://localhost:3000/api/gh'`);
    expect(run.stdout).toContain(`--data-binary '@${payload}'`);
  });

  it('--json gives the request a Twilio sender would post, as twilio-node validates it', async () => {
    const url = 'https://sms.example.com/hook?b=2&a=1';
    const run = await hookguard(['sign', '-s', 'twilio', '--secret', SECRET, '--url', url, '-d', 'Body=Hi+there&From=%2B15550001111', '--json']);
    const request = JSON.parse(run.stdout);
    expect(request).toMatchObject({ method: 'POST', url, bodyEncoding: 'utf8', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const params = Object.fromEntries(new URLSearchParams(request.body));
    expect(twilioSdk.validateRequest(SECRET, request.headers['x-twilio-signature'], url, params)).toBe(true);
  });

  it('signs Stripe at the time given, as stripe-node checks it', async () => {
    const run = await hookguard(['sign', '-s', 'stripe', '--secret', 'whsec_cli', '--url', 'http://x/', '-d', '{"id":"evt_1"}', '--timestamp', '2026-11-24T00:00:00Z', '--json']);
    const header = JSON.parse(run.stdout).headers['stripe-signature'];
    expect(header).toMatch(/^t=1795478400,v1=/);
    const event = Stripe.webhooks.constructEvent('{"id":"evt_1"}', header, 'whsec_cli', Infinity);
    expect(event.id).toBe('evt_1');
  });
});

describe('hookguard send', () => {
  let server: Server;
  let base = '';
  let reached = 0;
  const routes: Record<string, Verifier> = {
    '/github': github({ secret: SECRET }),
    '/stripe': stripe({ secret: SECRET }),
    '/twilio': twilio({ authToken: SECRET }),
  };
  beforeAll(async () => {
    const handler = (_req: IncomingMessage, res: ServerResponse) => void (reached++, res.end('ok'));
    const guarded = Object.fromEntries(
      Object.entries(routes).map(([path, verifier]) => [path, withVerification(handler, { verifier, replay: true })]),
    );
    // '/open' checks nothing: the endpoint `send --tamper` exists to catch.
    server = createServer((req, res) => (guarded[new URL(req.url ?? '/', 'http://x').pathname] ?? handler)(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const send = (path: string, scheme: string, ...extra: string[]) => hookguard(['send', base + path, '-s', scheme, '--secret', SECRET, '-d', 'Body=Hi&From=%2B1', ...extra]);

  it('a valid delivery reaches the handler: exit 0 with the status and answer', async () => {
    const before = reached;
    const run = await send('/github', 'github');
    expect([run.code, run.stdout]).toEqual([0, expect.stringMatching(/HTTP 200\nok\nas expected \(2xx, accepted\)/)]);
    expect(reached).toBe(before + 1);
  });

  it.each([
    ['/github', 'github', 'body'],
    ['/github', 'github', 'signature'],
    ['/github', 'github', 'secret'],
    ['/stripe', 'stripe', 'timestamp'],
    ['/twilio', 'twilio', 'url'],
    ['/twilio', 'twilio', 'host'],
    ['/twilio', 'twilio', 'body'],
  ])('%s (%s): --tamper %s is refused before the handler: exit 0', async (path, scheme, tamper) => {
    const before = reached;
    const run = await send(path, scheme, '--tamper', tamper.toString());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/HTTP 40[13]\n\{"error":"(invalid_signature|timestamp_out_of_tolerance)"\}/);
    expect(reached).toBe(before);
  });

  it('--tamper replay: the second copy of a delivery gets 409', async () => {
    const run = await send('/stripe', 'stripe', '--tamper', 'replay');
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('HTTP 409\n{"error":"replayed"}')]);
  });

  it('an endpoint that accepts a forgery fails the check: exit 1', async () => {
    const run = await send('/open', 'github', '--tamper', 'signature');
    expect([run.code, run.stdout]).toEqual([1, expect.stringContaining('NOT as expected: wanted 4xx, refused, got 200')]);
  });

  it('--expect sets the status that counts', async () => {
    expect((await send('/github', 'github', '--tamper', 'body', '--expect', '403')).code).toBe(0);
    expect((await send('/github', 'github', '--tamper', 'body', '--expect', '200')).code).toBe(1);
  });

  it('an unreachable URL is exit 3, named, without a stack', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const run = await hookguard(['send', `http://127.0.0.1:${port}/x`, '-s', 'github', '--secret', SECRET]);
    expect([run.code, run.stderr]).toEqual([3, `hookguard send: could not reach http://127.0.0.1:${port}/x: ECONNREFUSED\n`]);
  });
});

// The catalogue's providers through `send`: each signed as its sender signs, checked by its preset.
describe('hookguard send, catalogue providers', () => {
  let server: Server;
  let base = '';
  let reached = 0;
  const guarded: Record<string, (req: IncomingMessage, res: ServerResponse) => unknown> = {};
  const handler = (_req: IncomingMessage, res: ServerResponse) => void (reached++, res.end('ok'));
  beforeAll(async () => {
    server = createServer((req, res) => guarded[new URL(req.url ?? '/', 'http://x').pathname]!(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    // Square signs its notification URL: the endpoint's own, known once the server listens.
    for (const name of ['paddle', 'hubspot', 'square', 'mailgun', 'twitch', 'linear']) {
      guarded[`/${name}`] = withVerification(handler, { verifier: findProvider(name)!.verifier([SECRET], `${base}/${name}`), replay: true });
    }
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  // Each send its own event: a delivery signed twice in one second is one delivery to replay protection.
  let event = 0;
  const send = (name: string, ...extra: string[]) => hookguard(['send', `${base}/${name}`, '-s', name, '--secret', SECRET, '-d', `{"id":"evt_${++event}"}`, ...extra]);

  it.each(['paddle', 'hubspot', 'square', 'mailgun', 'twitch', 'linear'])('%s: a valid delivery reaches the handler, its replay gets 409', async (name) => {
    const before = reached;
    const run = await send(name);
    expect([name, run.code, run.stdout]).toEqual([name, 0, expect.stringContaining('HTTP 200\nok')]);
    expect(reached).toBe(before + 1);
    expect((await send(name, '--tamper', 'replay')).stdout).toContain('HTTP 409');
  });

  it.each([
    ['paddle', 'body'], ['paddle', 'timestamp'], ['hubspot', 'url'], ['hubspot', 'timestamp'], ['square', 'url'], ['twitch', 'body'], ['linear', 'body'],
  ])('%s: --tamper %s is refused before the handler', async (name, tamper) => {
    const before = reached;
    const run = await send(name, '--tamper', tamper);
    expect([name, tamper, run.code, run.stdout]).toEqual([name, tamper, 0, expect.stringMatching(/HTTP 40[13]\n\{"error":"(invalid_signature|timestamp_out_of_tolerance|malformed)"\}/)]);
    expect(reached).toBe(before);
  });

  it('refuses forgeries it cannot make: mailgun signs a token in the body, not the body', async () => {
    for (const tamper of ['body', 'signature']) {
      const run = await send('mailgun', '--tamper', tamper);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining('--tamper ' + tamper + ': mailgun')]);
    }
  });
});
