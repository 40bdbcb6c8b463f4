// Paddle Billing against its own SDK (@paddle/paddle-node-sdk 3.10.0,
// PaddleHQ/paddle-node-sdk src/notifications/helpers/webhooks-validator.ts) and the
// published vectors of src/__tests__/notifications/webhooks-validator.node.test.ts.
// The SDK has no signing function: its published vectors are the oracle's signatures.
import { createHmac } from 'node:crypto';
import { Paddle } from '@paddle/paddle-node-sdk';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { PADDLE, paddle } from '../../src/providers/paddle.js';
import { presetConformance, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

// Published: webhooks-validator.node.test.ts (the test pins the clock to 2023-11-01T00:00:00Z = 1698796800).
const SECRET = 'VALID_SECRET';
const TS = 1698796800;
const BODY = '{"data": ["1", "2"]}';
const HEADER = 'ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9';
const MULTI_BODY = '{"data": "value"}';
const MULTI_HEADER =
  'ts=1698796800;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h1=28981e941fae76e53db32f3d2a83cb69db41476595e84e1970a1b5d98f62b261;h2=RANDOM_HASH';

// Constructing the client installs the SDK's Node runtime (its HMAC); the API key is never used offline.
const sdk = new Paddle('unused-api-key').webhooks;

/** The SDK reads `new Date()`: only Date is faked, so WebCrypto and promises run as usual. */
async function atClock<T>(seconds: number, run: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ now: seconds * 1000, doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'] });
  try {
    return await run();
  } finally {
    jest.useRealTimers();
  }
}

const sdkVerdict = (body: string, secret: string, header: string, now: number) =>
  atClock(now, async () => {
    try {
      return await sdk.isSignatureValid(body, secret, header);
    } catch {
      return false; // the SDK throws on a header without ts or h1
    }
  });

// Secrets as dashboards show them: printable, no surrounding space (hookguard trims configured secrets).
const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,38}[!-~]$/);

const delivery = (header: string, body = BODY) => ({ headers: { 'paddle-signature': header }, body });

presetConformance('paddle (published vector)', () => ({
  verifier: paddle({ secret: SECRET }),
  delivery: delivery(HEADER),
  signedAt: TS,
  otherKey: paddle({ secret: 'INVALID_VALID_SECRET' }), // the vector's own wrong secret
  signatureHeader: 'paddle-signature',
  tolerance: PADDLE.timestamp!.tolerance,
  pastOnly: true,
}));

describe('paddle: the published vectors', () => {
  it('the preset keeps the SDK defaults: 5 s, past only', () => {
    expect(PADDLE.timestamp).toMatchObject({ unit: seconds, tolerance: 5, pastOnly: true });
  });

  it('the SDK itself agrees with the vectors (the oracle is sound)', async () => {
    expect(await sdkVerdict(BODY, SECRET, HEADER, TS)).toBe(true);
    expect(await sdkVerdict(MULTI_BODY, SECRET, MULTI_HEADER, TS)).toBe(true);
    expect(await sdkVerdict('{ "data": [ "1", "2" ]}', SECRET, HEADER, TS)).toBe(false);
  });

  it('accepts the multi-hash vector (two h1, an h2 ignored) and refuses its body re-spaced', async () => {
    const verifier = paddle({ secret: SECRET });
    expect(await verdict(verifier, delivery(MULTI_HEADER, MULTI_BODY), TS)).toBe('ok');
    expect(await verdict(verifier, delivery(MULTI_HEADER, '{"data":"value"}'), TS)).toBe('invalid_signature 403');
    expect(await verdict(verifier, delivery(HEADER, '{ "data": [ "1", "2" ]}'), TS)).toBe('invalid_signature 403');
  });
});

describe('paddle: hookguard signs as Paddle does', () => {
  it('signPreset reproduces the published header byte for byte', async () => {
    const { headers } = await signPreset(PADDLE, { secret: SECRET, body: BODY, timestamp: TS });
    expect(headers).toEqual({ 'paddle-signature': HEADER });
  });

  it("signPreset's header is accepted by the SDK, at any body and secret", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), SECRETS, async (body, secret) => {
        const now = 1_750_000_000;
        const { headers } = await signPreset(PADDLE, { secret, body, timestamp: now });
        expect(await sdkVerdict(body, secret, headers['paddle-signature']!, now)).toBe(true);
        expect(await verdict(paddle({ secret }), { headers, body }, now)).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});

describe('paddle: several signatures', () => {
  const h1 = (secret: string, ts: number, body: string) => createHmac('sha256', secret).update(`${ts}:${body}`).digest('hex');
  const good = h1(SECRET, TS, BODY);
  const other = h1('OLD_SECRET', TS, BODY);

  it('accepts a list where only the first h1 matches, which the SDK refuses (it keeps only the last h1)', async () => {
    const header = `ts=${TS};h1=${good};h1=${other}`;
    expect(await sdkVerdict(BODY, SECRET, header, TS)).toBe(false); // the SDK's limitation, documented here
    expect(await verdict(paddle({ secret: SECRET }), delivery(header), TS)).toBe('ok');
  });

  it('accepts a middle h1 among wrong ones, and refuses when none matches', async () => {
    const verifier = paddle({ secret: SECRET });
    expect(await verdict(verifier, delivery(`ts=${TS};h1=${other};h1=${good};h1=${'0'.repeat(64)}`), TS)).toBe('ok');
    expect(await verdict(verifier, delivery(`ts=${TS};h1=${other};h1=${'0'.repeat(64)}`), TS)).toBe('invalid_signature 403');
  });

  it('accepts the delivery under either of two configured secrets (rotation)', async () => {
    expect(await verdict(paddle({ secret: ['OLD_SECRET', SECRET] }), delivery(HEADER), TS)).toBe('ok');
    expect(await verdict(paddle({ secret: ['OLD_SECRET', 'NEWER'] }), delivery(HEADER), TS)).toBe('invalid_signature 403');
  });

  it('ignores other schemes: h2= never counts as a signature', async () => {
    const verifier = paddle({ secret: SECRET });
    expect(await verdict(verifier, delivery(`ts=${TS};h2=${'f'.repeat(64)};h1=${good}`), TS)).toBe('ok');
    // the right HMAC under h2 alone is no h1: refused as Paddle's SDK does
    expect(await sdkVerdict(BODY, SECRET, `ts=${TS};h2=${good}`, TS)).toBe(false);
    expect(await verdict(verifier, delivery(`ts=${TS};h2=${good}`), TS)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`ts=${TS};h1=${other};h2=${good}`), TS)).toBe('invalid_signature 403');
  });
});

describe('paddle: the 5 s one-sided tolerance, as the SDK', () => {
  it.each([
    [0, true],
    [5, true],
    [6, false],
    [60, false],
    [-1, true],
    [-3600, true],
  ])('received %i s after signing: accepted = %s', async (age, accepted) => {
    expect(await sdkVerdict(BODY, SECRET, HEADER, TS + age)).toBe(accepted);
    expect(await verdict(paddle({ secret: SECRET }), delivery(HEADER), TS + age)).toBe(accepted ? 'ok' : 'timestamp_out_of_tolerance 403');
  });

  it('toleranceSeconds widens the window', async () => {
    expect(await verdict(paddle({ secret: SECRET, toleranceSeconds: 60 }), delivery(HEADER), TS + 60)).toBe('ok');
    expect(await verdict(paddle({ secret: SECRET, toleranceSeconds: 60 }), delivery(HEADER), TS + 61)).toBe('timestamp_out_of_tolerance 403');
  });
});

describe('paddle: hookguard and the SDK agree', () => {
  it('on genuine and tampered deliveries, at any body, secret and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        SECRETS,
        fc.integer({ min: -20, max: 20 }),
        fc.constantFrom('none', 'body', 'signature', 'secret', 'timestamp'),
        async (body, secret, age, tamper) => {
          const ts = NOW - age;
          const h1 = createHmac('sha256', secret).update(`${ts}:${body}`).digest('hex');
          let header = `ts=${ts};h1=${h1}`;
          let sent = body;
          let key = secret;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 'signature') header = `ts=${ts};h1=${h1.slice(0, -1)}${h1.endsWith('0') ? '1' : '0'}`;
          if (tamper === 'secret') key = `${secret}!`;
          if (tamper === 'timestamp') header = `ts=${ts - 1};h1=${h1}`;
          const expected = await sdkVerdict(sent, key, header, NOW);
          const got = await verdict(paddle({ secret: key }), delivery(header, sent), NOW);
          expect(got === 'ok').toBe(expected);
          if (tamper !== 'none') expect(got).not.toBe('ok');
          else expect(got).toBe(age <= 5 ? 'ok' : 'timestamp_out_of_tolerance 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
