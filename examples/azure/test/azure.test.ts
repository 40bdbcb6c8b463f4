// The functions in src/functions/webhooks.ts called in-process the way the
// Functions host calls them, with @azure/functions' own HttpRequest and
// InvocationContext: the host (Core Tools, `func`) downloads itself at install
// time and cannot be installed offline, so there is no HTTP listener here.
import { HttpRequest, InvocationContext } from '@azure/functions';
import { signGithub, signTwilio } from '@hookguard/core/sign';

type Functions = typeof import('../src/functions/webhooks.js');

const SECRETS = { VERIFICATION_KEY: 'hasura-azure-key', GITHUB_WEBHOOK_SECRET: 'github-azure-secret', TWILIO_AUTH_TOKEN: 'twilio-azure-token' };
// The URL the Functions host gives a request to the `twilio` function, as `func start` serves it.
const HOST = 'http://localhost:7071/api';
const saved = { ...process.env };
let fns: Functions;
let warnings: jest.SpyInstance;

beforeAll(async () => {
  Object.assign(process.env, SECRETS); // the app settings
  warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  fns = await import('../src/functions/webhooks.js');
});

afterAll(() => {
  warnings.mockRestore();
  process.env = saved;
});

it('registers the three functions with app.http (which test mode skips, saying so)', () => {
  const said = warnings.mock.calls.map(([message]) => String(message)).join('\n');
  for (const name of ['hasura', 'github', 'twilio']) expect(said).toContain(`Skipping call to register function "${name}"`);
});

let invocation = 0;
const call = (handler: (request: HttpRequest, context: InvocationContext) => Promise<unknown>, url: string, headers: Record<string, string>, body: string) =>
  handler(new HttpRequest({ method: 'POST', url, headers, body: { string: body } }), new InvocationContext({ invocationId: `t${++invocation}` }));

const refusal = (status: number, error: string) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error }) });

it('hasura: the right key gets 200, a wrong one 403, none 401', async () => {
  const json = { 'content-type': 'application/json' };
  const body = '{"input":{"name":"ada"}}';
  const url = `${HOST}/hasura`;
  expect(await call(fns.hasura, url, { ...json, verification_key: SECRETS.VERIFICATION_KEY }, body)).toEqual({ jsonBody: { hello: 'ada' } });
  expect(await call(fns.hasura, url, { ...json, verification_key: 'guess' }, body)).toEqual(refusal(403, 'invalid_signature'));
  expect(await call(fns.hasura, url, json, body)).toEqual(refusal(401, 'missing_credentials'));
});

it('github: a signed delivery reaches the handler, which still reads request.json(); a tampered one gets 403', async () => {
  const body = '{"action":"opened","number":7}';
  const { headers } = await signGithub({ secret: SECRETS.GITHUB_WEBHOOK_SECRET, body });
  const url = `${HOST}/github`;
  expect(await call(fns.githubWebhook, url, { ...headers, 'content-type': 'application/json' }, body)).toEqual({ jsonBody: { action: 'opened' } });
  expect(await call(fns.githubWebhook, url, { ...headers, 'content-type': 'application/json' }, body.replace('opened', 'closed'))).toEqual(refusal(403, 'invalid_signature'));
});

it('twilio: signed for request.url gets <Response/>; signed for another URL gets 403', async () => {
  const url = `${HOST}/twilio?call=42&lang=en%20US`;
  const body = 'Body=Rated+5&From=%2B15550001111';
  const signed = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url, body });
  expect(await call(fns.twilioWebhook, url, signed.headers, body)).toEqual({ headers: { 'content-type': 'text/xml' }, body: '<Response/>' });
  const elsewhere = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url: url.replace('call=42', 'call=43'), body });
  expect(await call(fns.twilioWebhook, url, elsewhere.headers, body)).toEqual(refusal(403, 'invalid_signature'));
});
