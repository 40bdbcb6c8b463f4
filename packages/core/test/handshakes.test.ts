// Senders' handshakes, through `verifyRequest`: a setup or probe request the
// preset answers itself (`ok: false`, code `handshake`, `answer`), exactly as
// the sender requires it, and a forged one refused like any forgery, never
// answered. Every signature and expected answer is computed here with
// node:crypto from the senders' documented algorithms, never with hookguard's
// own signers:
// - Discord (discord/discord-api-docs interactions/overview, events/webhook-events):
//   interactions PING {"type":1} → 200 JSON {"type":1}; webhook-events PING
//   (type 0) → 204 empty; a failed signature → 401.
// - Zoom (zoom/webhook-sample index.js): signed endpoint.url_validation → 200 JSON
//   { plainToken, encryptedToken: hex HMAC-SHA256(secret token, plainToken) }.
// - Twitch (twitchdev/twitch-cli verify-subscription): signed
//   webhook_callback_verification → 2xx, text/plain, body = the challenge exactly.
// - Slack (Bolt): signed url_verification → 200 JSON { challenge }; unsigned
//   ssl_check → 200.
// - Meta (Graph API getting-started): GET ?hub.mode=subscribe&hub.verify_token&hub.challenge
//   → 200 with the challenge when the token is right.
// - Dropbox (developers/reference/webhooks): GET ?challenge → 200 text/plain,
//   X-Content-Type-Options: nosniff.
// - WooCommerce (class-wc-webhook.php deliver_ping): unsigned form body
//   `webhook_id=<id>` → exactly 200.
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { discord, dropbox, meta, slack, twitch, verifyRequest, wooCommerce, zoom, type Verifier, type VerifyResult } from '../src/index.js';

const NOW = 1_700_000_000; // 2023-11-14T22:13:20Z
const STALE = NOW + 3600; // an hour later: past every tolerance here (Discord/Zoom/Slack 300 s, Twitch 600 s)
const URL_ = 'https://hooks.example.com/hook';

type Headers = Record<string, string>;
interface Req {
  method?: string;
  url?: string;
  headers: Headers;
  body?: string;
}

const run = (verifier: Verifier, { method = 'POST', url = URL_, headers, body = '' }: Req, now = NOW): Promise<VerifyResult> =>
  verifyRequest({ method, url, headers, body: method === 'GET' ? undefined : body }, verifier, { now });

const hmacHex = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('hex');
const hmacBase64 = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('base64');

/** A header's value in an answer, its name in any case. */
const headerOf = (headers: Readonly<Record<string, string>>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
/** The media type alone, lower case: `text/plain; charset=utf-8` → `text/plain`. */
const mediaType = (headers: Readonly<Record<string, string>>) => headerOf(headers, 'content-type')?.split(';')[0]!.trim().toLowerCase();

/** A handshake's answer, once checked to be one: refused with code `handshake`, the status its answer's. */
function answerOf(result: VerifyResult) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  expect(result.error.code).toBe('handshake');
  expect(result.answer).toBeDefined();
  expect(result.error.status).toBe(result.answer!.status);
  expect(mediaType(result.answer!.headers)).not.toBe('text/html');
  return result.answer!;
}

/** A refusal that is no handshake: the code and status, and no answer. */
function refusalOf(result: VerifyResult) {
  if (result.ok) return 'ok';
  expect(result.answer).toBeUndefined();
  return `${result.error.code} ${result.error.status}`;
}

const expectText = (result: VerifyResult, text: string) => {
  const answer = answerOf(result);
  expect(answer.status).toBe(200);
  expect(mediaType(answer.headers)).toBe('text/plain');
  // A charset, when named, is UTF-8: the body is the challenge's UTF-8 bytes.
  const charset = /charset=([^;]+)/i.exec(headerOf(answer.headers, 'content-type')!)?.[1];
  if (charset !== undefined) expect(charset.trim().toLowerCase()).toBe('utf-8');
  expect(answer.body).toBe(text);
  expect(Buffer.from(answer.body, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
  return answer;
};

const expectJson = (result: VerifyResult, value: unknown) => {
  const answer = answerOf(result);
  expect(answer.status).toBe(200);
  expect(mediaType(answer.headers)).toBe('application/json');
  expect(JSON.parse(answer.body)).toEqual(value);
  return answer;
};

const expectEmpty = (result: VerifyResult, status: number) => {
  const answer = answerOf(result);
  expect(answer.status).toBe(status);
  expect(answer.body).toBe('');
  return answer;
};

// ---------------------------------------------------------------------------
// Deliveries, signed as each sender documents it.

// Discord: Ed25519 over timestamp ‖ raw body, signature and public key in hex.
const discordPair = generateKeyPairSync('ed25519');
const otherPair = generateKeyPairSync('ed25519');
const hexKey = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const DISCORD_KEY = hexKey(discordPair.publicKey);
const discordDelivery = (body: string, { timestamp = String(NOW), privateKey = discordPair.privateKey } = {}): Req => ({
  headers: {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body, 'utf8'), privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  },
  body,
});
const INTERACTIONS_PING = '{"type":1}';
const EVENTS_PING = '{"version":1,"application_id":"1","type":0}';
const EVENT = '{"version":1,"application_id":"1","type":1,"event":{"type":"APPLICATION_AUTHORIZED","timestamp":"2024-10-18T14:42:53.064834","data":{}}}';
const COMMAND = '{"type":2,"id":"3","application_id":"1","token":"tok","version":1,"data":{"name":"hello"}}';

// Zoom: `v0=` + hex HMAC-SHA256(secret token, "v0:" + timestamp + ":" + raw body).
const ZOOM_SECRET = 'zoom-secret-token';
const zoomDelivery = (body: string, { secret = ZOOM_SECRET, timestamp = String(NOW) } = {}): Req => ({
  headers: { 'content-type': 'application/json', 'x-zm-request-timestamp': timestamp, 'x-zm-signature': `v0=${hmacHex(secret, `v0:${timestamp}:${body}`)}` },
  body,
});
const zoomValidation = (plainToken: string) => JSON.stringify({ payload: { plainToken }, event_ts: NOW * 1000, event: 'endpoint.url_validation' });

// Twitch: `sha256=` + hex HMAC-SHA256(secret, message id ‖ timestamp ‖ raw body).
const TWITCH_SECRET = 'twitch-eventsub-secret';
const TWITCH_TS = '2023-11-14T22:13:20.123456789Z'; // NOW, with Twitch's nanoseconds
const TWITCH_STALE_TS = '2023-11-14T21:13:20.123456789Z'; // an hour before NOW
const twitchDelivery = (body: string, { secret = TWITCH_SECRET, timestamp = TWITCH_TS, type = 'webhook_callback_verification' } = {}): Req => {
  const id = 'e76c6bd4-55c9-4987-8304-da1588d8988b';
  return {
    headers: {
      'content-type': 'application/json',
      'twitch-eventsub-message-id': id,
      'twitch-eventsub-message-timestamp': timestamp,
      'twitch-eventsub-message-signature': `sha256=${hmacHex(secret, id + timestamp + body)}`,
      'twitch-eventsub-message-type': type,
      'twitch-eventsub-subscription-type': 'channel.follow',
      'twitch-eventsub-subscription-version': '2',
    },
    body,
  };
};
const twitchVerification = (challenge: string) =>
  JSON.stringify({
    challenge,
    subscription: { id: 'f1c2a387-161a-49f9-a165-0f21d7a4e1c4', status: 'webhook_callback_verification_pending', type: 'channel.follow', version: '2' },
  });

// Slack: `v0=` + hex HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body).
const SLACK_SECRET = 'slack-signing-secret';
const slackDelivery = (body: string, { secret = SLACK_SECRET, timestamp = String(NOW), contentType = 'application/json' } = {}): Req => ({
  headers: { 'content-type': contentType, 'x-slack-request-timestamp': timestamp, 'x-slack-signature': `v0=${hmacHex(secret, `v0:${timestamp}:${body}`)}` },
  body,
});
const slackUrlVerification = (challenge: string) => JSON.stringify({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge, type: 'url_verification' });

// Meta, Dropbox, WooCommerce.
const META_SECRET = 'meta-app-secret';
const metaGet = (query: string): Req => ({ method: 'GET', url: `https://x/hook?${query}`, headers: {} });
const DROPBOX_SECRET = 'dropbox-app-secret';
const WOO_SECRET = 'woo-secret';
const FORM = 'application/x-www-form-urlencoded';
const wooPing = (body = 'webhook_id=123', headers: Headers = {}): Req => ({ headers: { 'content-type': FORM, ...headers }, body });

// ---------------------------------------------------------------------------

describe('Discord', () => {
  const verifier = discord({ publicKey: DISCORD_KEY });

  it('answers an interactions PING {"type":1} with 200 application/json {"type":1} (PONG)', async () => {
    const answer = expectJson(await run(verifier, discordDelivery(INTERACTIONS_PING)), { type: 1 });
    expect(answer.body).toBe('{"type":1}');
  });

  it('answers a webhook-events PING (type 0) with 204 and an empty body', async () => {
    expectEmpty(await run(verifier, discordDelivery(EVENTS_PING)), 204);
  });

  it('passes a webhook event (type 1 with event) and an application command (type 2) on: no handshakes', async () => {
    for (const body of [EVENT, COMMAND]) {
      const result = await run(verifier, discordDelivery(body));
      expect(result).toMatchObject({ ok: true, scheme: 'discord' });
    }
  });

  it('refuses a PING signed with another key 401, never answering it', async () => {
    for (const body of [INTERACTIONS_PING, EVENTS_PING]) {
      expect(refusalOf(await run(verifier, discordDelivery(body, { privateKey: otherPair.privateKey })))).toBe('invalid_signature 401');
    }
  });

  it('refuses a PING with a garbled or missing signature 401, never answering it', async () => {
    const ping = discordDelivery(INTERACTIONS_PING);
    expect(refusalOf(await run(verifier, { ...ping, headers: { ...ping.headers, 'x-signature-ed25519': 'zz' } }))).toBe('malformed 401');
    const { 'x-signature-ed25519': _dropped, ...unsigned } = ping.headers;
    expect(refusalOf(await run(verifier, { ...ping, headers: unsigned }))).toBe('missing_credentials 401');
  });

  it('refuses a PING whose signature covers another timestamp or body, never answering it', async () => {
    const ping = discordDelivery(INTERACTIONS_PING);
    expect(refusalOf(await run(verifier, { ...ping, headers: { ...ping.headers, 'x-signature-timestamp': String(NOW + 1) } }))).toBe('invalid_signature 401');
    expect(refusalOf(await run(verifier, { ...ping, body: EVENTS_PING }))).toBe('invalid_signature 401');
  });

  it('refuses a genuinely signed but stale PING 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, discordDelivery(INTERACTIONS_PING), STALE))).toBe('timestamp_out_of_tolerance 403');
    expect(refusalOf(await run(verifier, discordDelivery(EVENTS_PING), STALE))).toBe('timestamp_out_of_tolerance 403');
  });

  it('with handshakes: false, passes both genuine PINGs on as verified deliveries', async () => {
    const off = discord({ publicKey: DISCORD_KEY, handshakes: false });
    for (const body of [INTERACTIONS_PING, EVENTS_PING]) expect(await run(off, discordDelivery(body))).toMatchObject({ ok: true, scheme: 'discord' });
  });
});

describe('Zoom', () => {
  const verifier = zoom({ secretToken: ZOOM_SECRET });
  const PLAIN = 'qgg8vlvZRS6UYooatFL8Aw';

  it('answers endpoint.url_validation 200 application/json { plainToken, encryptedToken = hex HMAC-SHA256(secret token, plainToken) }', async () => {
    expectJson(await run(verifier, zoomDelivery(zoomValidation(PLAIN))), { plainToken: PLAIN, encryptedToken: hmacHex(ZOOM_SECRET, PLAIN) });
  });

  it('agrees with the self-computed vector of the research notes', async () => {
    const verifier2 = zoom({ secretToken: 'zoom_secret' });
    const answer = answerOf(await run(verifier2, zoomDelivery(zoomValidation(PLAIN), { secret: 'zoom_secret' })));
    expect(JSON.parse(answer.body)).toEqual({ plainToken: PLAIN, encryptedToken: '46a324cfb7c2ec760e4cd561586a53aadb6fc7561eb8d626d6ee1b71d808b3c0' });
  });

  it('while secret tokens rotate, answers under the token that signed the validation, whichever it is in the list', async () => {
    const rotating = zoom({ secretToken: ['old-token', ZOOM_SECRET, 'next-token'] });
    for (const secret of ['old-token', ZOOM_SECRET, 'next-token']) {
      expectJson(await run(rotating, zoomDelivery(zoomValidation(PLAIN), { secret })), { plainToken: PLAIN, encryptedToken: hmacHex(secret, PLAIN) });
    }
  });

  it('passes other events on, and a validation-like event without a plainToken', async () => {
    const events = [
      JSON.stringify({ event: 'meeting.started', payload: { object: { id: 1 } } }),
      JSON.stringify({ event: 'endpoint.url_validation', payload: {} }),
      JSON.stringify({ event: 'endpoint.url_validation', payload: { plainToken: 7 } }),
    ];
    for (const body of events) expect(await run(verifier, zoomDelivery(body))).toMatchObject({ ok: true, scheme: 'zoom' });
  });

  it('refuses a validation signed with another secret 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, zoomDelivery(zoomValidation(PLAIN), { secret: 'not-the-secret' })))).toBe('invalid_signature 403');
  });

  it('refuses a genuinely signed but stale validation 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, zoomDelivery(zoomValidation(PLAIN)), STALE))).toBe('timestamp_out_of_tolerance 403');
  });

  it('with handshakes: false, passes the genuine validation on as a verified delivery', async () => {
    expect(await run(zoom({ secretToken: ZOOM_SECRET, handshakes: false }), zoomDelivery(zoomValidation(PLAIN)))).toMatchObject({ ok: true, scheme: 'zoom' });
  });
});

describe('Twitch', () => {
  const verifier = twitch({ secret: TWITCH_SECRET });
  const CHALLENGE = 'pogchamp-kappa-360noscope-vohiyo';

  it('answers webhook_callback_verification 200 text/plain with the challenge exactly', async () => {
    expectText(await run(verifier, twitchDelivery(twitchVerification(CHALLENGE))), CHALLENGE);
  });

  it('passes a notification on, even one whose body has a challenge field', async () => {
    const body = JSON.stringify({ challenge: CHALLENGE, subscription: { type: 'channel.follow' }, event: { user_name: 'u' } });
    expect(await run(verifier, twitchDelivery(body, { type: 'notification' }))).toMatchObject({ ok: true, scheme: 'twitch' });
  });

  it('refuses a verification signed with another secret 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, twitchDelivery(twitchVerification(CHALLENGE), { secret: 'not-the-secret' })))).toBe('invalid_signature 403');
  });

  it('refuses a verification with no signature 401, never answering it', async () => {
    const { 'twitch-eventsub-message-signature': _dropped, ...headers } = twitchDelivery(twitchVerification(CHALLENGE)).headers;
    expect(refusalOf(await run(verifier, { headers, body: twitchVerification(CHALLENGE) }))).toBe('missing_credentials 401');
  });

  it('refuses a genuinely signed but stale verification 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, twitchDelivery(twitchVerification(CHALLENGE), { timestamp: TWITCH_STALE_TS })))).toBe('timestamp_out_of_tolerance 403');
  });

  it('with handshakes: false, passes the genuine verification on as a verified delivery', async () => {
    expect(await run(twitch({ secret: TWITCH_SECRET, handshakes: false }), twitchDelivery(twitchVerification(CHALLENGE)))).toMatchObject({ ok: true, scheme: 'twitch' });
  });
});

describe('Slack', () => {
  const verifier = slack({ signingSecret: SLACK_SECRET });
  const CHALLENGE = '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P';

  it('answers a signed url_verification 200 application/json { challenge }', async () => {
    expectJson(await run(verifier, slackDelivery(slackUrlVerification(CHALLENGE))), { challenge: CHALLENGE });
  });

  it('answers the unsigned ssl_check 200, empty', async () => {
    expectEmpty(await run(verifier, { headers: { 'content-type': FORM }, body: 'ssl_check=1&token=x' }), 200);
  });

  it('passes an event_callback on', async () => {
    const body = JSON.stringify({ type: 'event_callback', challenge: 'not-a-handshake', event: { type: 'app_mention' } });
    expect(await run(verifier, slackDelivery(body))).toMatchObject({ ok: true, scheme: 'slack' });
  });

  it('refuses a url_verification signed with another secret 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, slackDelivery(slackUrlVerification(CHALLENGE), { secret: 'not-the-secret' })))).toBe('invalid_signature 403');
  });

  it('refuses an unsigned url_verification 401, never answering it', async () => {
    expect(refusalOf(await run(verifier, { headers: { 'content-type': 'application/json' }, body: slackUrlVerification(CHALLENGE) }))).toBe('missing_credentials 401');
  });

  it('refuses a genuinely signed but stale url_verification 403, never answering it', async () => {
    expect(refusalOf(await run(verifier, slackDelivery(slackUrlVerification(CHALLENGE)), STALE))).toBe('timestamp_out_of_tolerance 403');
  });

  it('with handshakes: false, passes url_verification on as a verified delivery and refuses the unsigned ssl_check 401', async () => {
    const off = slack({ signingSecret: SLACK_SECRET, handshakes: false });
    expect(await run(off, slackDelivery(slackUrlVerification(CHALLENGE)))).toMatchObject({ ok: true, scheme: 'slack' });
    expect(refusalOf(await run(off, { headers: { 'content-type': FORM }, body: 'ssl_check=1&token=x' }))).toBe('missing_credentials 401');
  });
});

describe('Meta', () => {
  const verifier = meta({ appSecret: META_SECRET, verifyToken: 'T' });

  it('answers the subscription GET with the right verify token 200 text/plain with the challenge', async () => {
    expectText(await run(verifier, metaGet('hub.mode=subscribe&hub.verify_token=T&hub.challenge=C')), 'C');
    expectText(await run(verifier, metaGet('hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=T')), '1158201444');
  });

  it('refuses the subscription GET with a wrong or missing verify token 403, never answering it', async () => {
    for (const query of ['hub.mode=subscribe&hub.verify_token=t&hub.challenge=C', 'hub.mode=subscribe&hub.verify_token=TT&hub.challenge=C', 'hub.mode=subscribe&hub.challenge=C']) {
      expect(refusalOf(await run(verifier, metaGet(query)))).toBe('invalid_signature 403');
    }
  });

  it('refuses the subscription GET 403 when no verifyToken is configured, never answering it', async () => {
    expect(refusalOf(await run(meta({ appSecret: META_SECRET }), metaGet('hub.mode=subscribe&hub.verify_token=T&hub.challenge=C')))).toBe('invalid_signature 403');
  });

  it('accepts any verify token of a list (SecretInput: "every entry is accepted, for rotation")', async () => {
    const rotating = meta({ appSecret: META_SECRET, verifyToken: ['old-token', 'new-token'] });
    expectText(await run(rotating, metaGet('hub.mode=subscribe&hub.verify_token=old-token&hub.challenge=C1')), 'C1');
    expectText(await run(rotating, metaGet('hub.mode=subscribe&hub.verify_token=new-token&hub.challenge=C2')), 'C2');
    expect(refusalOf(await run(rotating, metaGet('hub.mode=subscribe&hub.verify_token=other&hub.challenge=C3')))).toBe('invalid_signature 403');
  });

  it('refuses a GET without hub.mode 401 (it carries no signature)', async () => {
    expect(refusalOf(await run(verifier, metaGet('hub.verify_token=T&hub.challenge=C')))).toBe('missing_credentials 401');
  });

  it('still verifies a signed POST delivery', async () => {
    const body = '{"object":"whatsapp_business_account","entry":[]}';
    const signed = { headers: { 'x-hub-signature-256': `sha256=${hmacHex(META_SECRET, body)}` }, body };
    expect(await run(verifier, signed)).toMatchObject({ ok: true, scheme: 'meta' });
  });

  it('with handshakes: false, refuses the subscription GET 401 as unsigned', async () => {
    const off = meta({ appSecret: META_SECRET, verifyToken: 'T', handshakes: false });
    expect(refusalOf(await run(off, metaGet('hub.mode=subscribe&hub.verify_token=T&hub.challenge=C')))).toBe('missing_credentials 401');
  });
});

describe('Dropbox', () => {
  const verifier = dropbox({ appSecret: DROPBOX_SECRET });

  it('answers GET ?challenge=C 200 text/plain with the challenge, and X-Content-Type-Options: nosniff', async () => {
    const answer = expectText(await run(verifier, { method: 'GET', url: `${URL_}?challenge=C`, headers: {} }), 'C');
    expect(headerOf(answer.headers, 'x-content-type-options')).toBe('nosniff');
  });

  it('still verifies a signed POST notification', async () => {
    const body = '{"list_folder":{"accounts":["dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc"]}}';
    expect(await run(verifier, { headers: { 'x-dropbox-signature': hmacHex(DROPBOX_SECRET, body) }, body })).toMatchObject({ ok: true, scheme: 'dropbox' });
  });

  it('with handshakes: false, refuses the challenge GET 401 as unsigned', async () => {
    const off = dropbox({ appSecret: DROPBOX_SECRET, handshakes: false });
    expect(refusalOf(await run(off, { method: 'GET', url: `${URL_}?challenge=C`, headers: {} }))).toBe('missing_credentials 401');
  });
});

describe('WooCommerce', () => {
  const verifier = wooCommerce({ secret: WOO_SECRET });

  it('answers the unsigned ping webhook_id=123 with exactly 200 and an empty body', async () => {
    expectEmpty(await run(verifier, wooPing()), 200);
  });

  it('verifies webhook_id=123&x=1 normally: unsigned, it is refused 401', async () => {
    expect(refusalOf(await run(verifier, wooPing('webhook_id=123&x=1')))).toBe('missing_credentials 401');
  });

  it('verifies a webhook_id=123 body that carries a signature header normally', async () => {
    expect(await run(verifier, wooPing('webhook_id=123', { 'x-wc-webhook-signature': hmacBase64(WOO_SECRET, 'webhook_id=123') }))).toMatchObject({ ok: true, scheme: 'woocommerce' });
    expect(refusalOf(await run(verifier, wooPing('webhook_id=123', { 'x-wc-webhook-signature': hmacBase64('not-the-secret', 'webhook_id=123') })))).toBe('invalid_signature 403');
  });

  it('with handshakes: false, refuses the unsigned ping 401', async () => {
    expect(refusalOf(await run(wooCommerce({ secret: WOO_SECRET, handshakes: false }), wooPing()))).toBe('missing_credentials 401');
  });
});

// ---------------------------------------------------------------------------

describe('challenges echoed byte-exact, never as HTML (property)', () => {
  const tricky = fc.constantFrom('<script>alert(1)</script>', '"', "'\"\\", '</textarea><img src=x onerror=alert(1)>', 'héllo ☃ 𝄞', '\u0000\u001f', '  padded  ', '{"type":1}', '');
  // Whole code points only: a sender's JSON never carries a lone surrogate.
  const challenge = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 64 }), fc.string({ unit: 'grapheme', maxLength: 32 }), fc.string({ maxLength: 64 }));
  const twitchVerifier = twitch({ secret: TWITCH_SECRET });
  const zoomVerifier = zoom({ secretToken: ZOOM_SECRET });

  it('Twitch answers the challenge as text/plain, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(challenge, async (text) => {
        expectText(await run(twitchVerifier, twitchDelivery(twitchVerification(text))), text);
      }),
      { numRuns: 150 },
    );
  });

  it('Zoom answers the plainToken in JSON, byte for byte, with its HMAC', async () => {
    await fc.assert(
      fc.asyncProperty(challenge, async (plainToken) => {
        const answer = expectJson(await run(zoomVerifier, zoomDelivery(zoomValidation(plainToken))), { plainToken, encryptedToken: hmacHex(ZOOM_SECRET, plainToken) });
        const echoed = (JSON.parse(answer.body) as { plainToken: string }).plainToken;
        expect(Buffer.from(echoed, 'utf8').equals(Buffer.from(plainToken, 'utf8'))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('Meta and Dropbox answer the query challenge as text/plain with nosniff, byte for byte', async () => {
    const metaVerifier = meta({ appSecret: META_SECRET, verifyToken: 'T' });
    const dropboxVerifier = dropbox({ appSecret: DROPBOX_SECRET });
    await fc.assert(
      fc.asyncProperty(challenge, async (text) => {
        const query = encodeURIComponent(text);
        const metaAnswer = expectText(await run(metaVerifier, metaGet(`hub.mode=subscribe&hub.verify_token=T&hub.challenge=${query}`)), text);
        const dropboxAnswer = expectText(await run(dropboxVerifier, { method: 'GET', url: `${URL_}?challenge=${query}`, headers: {} }), text);
        for (const answer of [metaAnswer, dropboxAnswer]) expect(headerOf(answer.headers, 'x-content-type-options')).toBe('nosniff');
      }),
      { numRuns: 100 },
    );
  });
});
