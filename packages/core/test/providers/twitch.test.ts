// Twitch EventSub (webhook transport) against the documented algorithm, computed
// here with node:crypto. Twitch has no official Node SDK and publishes no vector;
// the oracle is the official sample, twitchdev/eventsub-webhooks-node-sample
// index.js (6c2a8f5):
//   let message = messageID + messageTimestamp + body       // body = req.rawBody
//   let hmac = "sha256=" + crypto.createHmac('sha256', secret).update(message).digest("hex")
// and the official CLI, twitchdev/twitch-cli internal/events/trigger/forward_event.go,
// which sends `sha256=%x`. dev.twitch.tv/docs/eventsub/handling-webhook-events: "All
// timestamps are in RFC3339 format and use nanoseconds instead of milliseconds."
// Twitch advises refusing messages older than 10 minutes; the preset checks 600 s either way.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { memoryReplayStore, verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { TWITCH, twitch } from '../../src/providers/twitch.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { rfc3339 } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const SECRET = 'twitch_eventsub_secret_0123';
const ID = 'e76c6bd4-55c9-4987-8304-da1588d8988b';
const T = 1_700_000_000; // 2023-11-14T22:13:20Z
const TS = '2023-11-14T22:13:20.123456789Z'; // T + 0.123456789 s, as Twitch writes it
const BODY = '{"subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4","type":"channel.follow","version":"2"},"event":{"user_name":"Cool_User","broadcaster_user_name":"Cooler_Usér"}}';

/** The documented signature: `sha256=` + hex HMAC-SHA256(secret, message id ‖ timestamp ‖ raw body). */
const twitchSignature = (secret: string, id: string, timestamp: string, body: string) => `sha256=${createHmac('sha256', secret).update(id + timestamp + body).digest('hex')}`;
const delivery = (secret: string, id: string, timestamp: string, body: string, signature = twitchSignature(secret, id, timestamp, body)) => ({
  headers: {
    'twitch-eventsub-message-id': id,
    'twitch-eventsub-message-timestamp': timestamp,
    'twitch-eventsub-message-signature': signature,
    'twitch-eventsub-message-type': 'notification',
  },
  body,
});

/** An RFC 3339 UTC date with nine fraction digits, as Twitch sends it, for unix seconds and nanoseconds. */
const rfc3339Nano = (seconds: number, nanos: number) => `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${String(nanos).padStart(9, '0')}Z`;

presetConformance('twitch', () => ({
  verifier: twitch({ secret: SECRET }),
  delivery: delivery(SECRET, ID, TS, BODY),
  signedAt: T,
  otherKey: twitch({ secret: 'another_subscription_secret' }),
  signatureHeader: 'twitch-eventsub-message-signature',
  tolerance: TWITCH.timestamp!.tolerance,
  pastOnly: TWITCH.timestamp!.pastOnly,
}));

describe('twitch: the scheme', () => {
  it('keeps its defaults: RFC 3339, 600 s, sha256= prefix, the message id signed', () => {
    expect(TWITCH.timestamp).toMatchObject({ header: 'twitch-eventsub-message-timestamp', unit: rfc3339, tolerance: 600 });
    expect(TWITCH.signature).toEqual({ header: 'twitch-eventsub-message-signature', prefix: 'sha256=' });
    expect(TWITCH.idHeader).toBe('twitch-eventsub-message-id');
    expect(rfc3339Nano(T, 123456789)).toBe(TS);
  });

  it('the oracle reproduces an independently computed value', () => {
    const value = twitchSignature('0123456789abcdef', 'e76c6bd4-55c9-4987-8304-da1588d8988b', '2019-11-16T10:11:12.634234626Z', '{"event":"x","n":"hé"}');
    expect(value).toBe('sha256=ec2e2e381d6d17e73451bc1fe5372d3e5b1ecf19a1ea7ad1826e8a3c4bcc88ba');
  });

  it('signs id ‖ timestamp ‖ body with no separator: other joinings are refused', async () => {
    const verifier = twitch({ secret: SECRET });
    const hex = (message: string) => `sha256=${createHmac('sha256', SECRET).update(message).digest('hex')}`;
    expect(await verdict(verifier, delivery(SECRET, ID, TS, BODY, hex(ID + TS + BODY)), T)).toBe('ok');
    for (const message of [`${ID}.${TS}.${BODY}`, TS + ID + BODY, TS + BODY, ID + BODY, BODY]) {
      expect([message.slice(0, 60), await verdict(verifier, delivery(SECRET, ID, TS, BODY, hex(message)), T)]).toEqual([message.slice(0, 60), 'invalid_signature 403']);
    }
  });

  it('binds the message id and every nanosecond digit of the timestamp as sent', async () => {
    const verifier = twitch({ secret: SECRET });
    const { headers } = delivery(SECRET, ID, TS, BODY);
    const sent = (changes: Record<string, string>) => verdict(verifier, { headers: { ...headers, ...changes }, body: BODY }, T);
    expect(await sent({ 'twitch-eventsub-message-id': 'f76c6bd4-55c9-4987-8304-da1588d8988b' })).toBe('invalid_signature 403');
    // The same instant to the millisecond, written otherwise: not what Twitch signed.
    expect(await sent({ 'twitch-eventsub-message-timestamp': '2023-11-14T22:13:20.123456780Z' })).toBe('invalid_signature 403');
    expect(await sent({ 'twitch-eventsub-message-timestamp': '2023-11-14T22:13:20.123Z' })).toBe('invalid_signature 403');
  });

  it('reads RFC 3339 with nanoseconds for the window, to the millisecond', async () => {
    const verifier = twitch({ secret: SECRET });
    const at = (nanos: number) => delivery(SECRET, ID, rfc3339Nano(T, nanos), BODY);
    // 600 s after T + 0.999999999: still inside; 600 s after T + 0: the edge; T + 601 - 0.000000001 is 600.999… late.
    expect(await verdict(verifier, at(999_999_999), T + 600)).toBe('ok');
    expect(await verdict(verifier, at(0), T + 600)).toBe('ok');
    expect(await verdict(verifier, at(0), T + 600.5)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(verifier, at(500_000_000), T + 600.5)).toBe('ok');
    expect(await verdict(verifier, at(1), T + 601)).toBe('timestamp_out_of_tolerance 403');
  });

  it('refuses a timestamp that is not RFC 3339 (unix seconds, say) as malformed, even correctly signed', async () => {
    expect(await verdict(twitch({ secret: SECRET }), delivery(SECRET, ID, String(T), BODY), T)).toBe('malformed 403');
  });

  it('refuses a delivery without its message id or timestamp (401)', async () => {
    const headers: Record<string, string> = delivery(SECRET, ID, TS, BODY).headers;
    for (const name of ['twitch-eventsub-message-id', 'twitch-eventsub-message-timestamp']) {
      const { [name]: _dropped, ...rest } = headers;
      expect([name, await verdict(twitch({ secret: SECRET }), { headers: rest, body: BODY }, T)]).toEqual([name, 'missing_credentials 401']);
    }
  });

  it('refuses the signature without its sha256= prefix', async () => {
    const bare = twitchSignature(SECRET, ID, TS, BODY).slice('sha256='.length);
    expect(await verdict(twitch({ secret: SECRET }), delivery(SECRET, ID, TS, BODY, bare), T)).toBe('malformed 403');
  });

  it('reports the message id as deliveryId, and the replay of a message is refused', async () => {
    const { headers, body } = delivery(SECRET, ID, TS, BODY);
    const request = { method: 'POST', url: URL, headers, body };
    const result = await verifyRequest(request, twitch({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'twitch', deliveryId: ID, expiresAt: T + 600 });
    const replay = { store: memoryReplayStore() };
    expect((await verifyRequest(request, twitch({ secret: SECRET }), { now: T, replay })).ok).toBe(true);
    const again = await verifyRequest(request, twitch({ secret: SECRET }), { now: T + 1, replay });
    expect(again.ok ? 'ok' : `${again.error.code} ${again.error.status}`).toBe('replayed 409');
  });
});

describe('twitch: hookguard signs as Twitch does', () => {
  it('signPreset equals the documented signature over the id and timestamp it sends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 10, maxLength: 100 }).filter(nonBlank), fc.uuid(), fc.integer({ min: 0, max: 4_000_000_000 }), async (body, secret, id, ts) => {
        const { headers } = await signPreset(TWITCH, { secret, body, timestamp: ts, id });
        const timestamp = headers['twitch-eventsub-message-timestamp']!;
        expect(Date.parse(timestamp)).toBe(ts * 1000);
        expect(timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(headers).toEqual({
          'twitch-eventsub-message-signature': twitchSignature(secret, id, timestamp, body),
          'twitch-eventsub-message-timestamp': timestamp,
          'twitch-eventsub-message-id': id,
        });
        expect(await verdict(twitch({ secret }), { headers, body }, ts)).toBe('ok');
      }),
      { numRuns: 60 },
    );
  });
});

describe('twitch: hookguard agrees with the documented algorithm', () => {
  it('on genuine and tampered deliveries, at any body, secret, id and age (to the nanosecond)', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 10, maxLength: 100 }).filter(nonBlank),
        fc.uuid(),
        fc.integer({ min: -700, max: 700 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.constantFrom('none', 'body', 'id', 'timestamp', 'signature', 'secret'),
        async (body, secret, id, age, nanos, tamper) => {
          const timestamp = rfc3339Nano(NOW - age, nanos);
          let { headers, body: sent } = delivery(secret, id, timestamp, body);
          let key = secret;
          if (tamper === 'body') sent = `${body}}`;
          if (tamper === 'id') headers = { ...headers, 'twitch-eventsub-message-id': `${id}0` };
          if (tamper === 'timestamp') headers = { ...headers, 'twitch-eventsub-message-timestamp': rfc3339Nano(NOW - age, (nanos + 1) % 1e9) };
          if (tamper === 'signature') headers = { ...headers, 'twitch-eventsub-message-signature': twitchSignature(secret, id, timestamp, `${body}\n`) };
          if (tamper === 'secret') key = `${secret}!`;
          const sentTs = headers['twitch-eventsub-message-timestamp'];
          const signed = twitchSignature(key, headers['twitch-eventsub-message-id'], sentTs, sent) === headers['twitch-eventsub-message-signature'];
          // Twitch's window, read to the millisecond (Date.parse), either way.
          const fresh = Math.abs(NOW - Date.parse(sentTs.replace(/(\.\d{3})\d*/, '$1')) / 1000) <= 600;
          const expected = !fresh ? 'timestamp_out_of_tolerance 403' : signed ? 'ok' : 'invalid_signature 403';
          expect(await verdict(twitch({ secret: key }), { headers, body: sent }, NOW)).toBe(expected);
          expect(signed).toBe(tamper === 'none');
        },
      ),
      { numRuns: 100 },
    );
  });
});
