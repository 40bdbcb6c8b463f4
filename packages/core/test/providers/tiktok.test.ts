// TikTok for Developers: `TikTok-Signature: t=<unix s>,s=<hex HMAC-SHA256(client_secret, t + "." + raw body)>`.
// Source: developers.tiktok.com/doc/webhooks-verification ("signed_payload … timestamp
// followed by the character '.' and the actual request body"; example
// `t=1633174587,s=18494715…afe66`). The oracle computes that with node:crypto.
import { createHmac } from 'node:crypto';
import { tiktok, verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { TIKTOK } from '../../src/providers/tiktok.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

const SECRET = 'tt_client_secret_8f2a1c';
const OTHER = 'tt_client_secret_other';
const T = 1_633_174_587;
const BODY = '{"client_key":"bwo2m45353a6k85","event":"video.publish.completed","create_time":1633174587,"user_openid":"act.example","content":"{\\"share_id\\":\\"video.6974245311675353080.VDCxrcMJ\\"}"}';

const documented = (secret: string, t: number | string, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
const delivery = (secret = SECRET, body = BODY, t = T) => ({ headers: { 'tiktok-signature': `t=${t},s=${documented(secret, t, body)}` }, body });

presetConformance('tiktok', () => ({
  verifier: tiktok({ clientSecret: SECRET }),
  delivery: delivery(),
  signedAt: T,
  otherKey: tiktok({ clientSecret: OTHER }),
  signatureHeader: 'tiktok-signature',
  tolerance: TIKTOK.timestamp!.tolerance,
  pastOnly: TIKTOK.timestamp!.pastOnly ?? false,
}));

describe('tiktok: specifics', () => {
  it('reports scheme "tiktok", with a 300 s window (TikTok leaves it to the receiver)', async () => {
    expect(TIKTOK.timestamp).toMatchObject({ unit: seconds, tolerance: 300 });
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery() }, tiktok({ clientSecret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'tiktok', expiresAt: T + 300 });
  });

  it('signs t: a changed t is refused, even within the window', async () => {
    const headers = { 'tiktok-signature': `t=${T + 1},s=${documented(SECRET, T, BODY)}` };
    expect(await verdict(tiktok({ clientSecret: SECRET }), { headers, body: BODY }, T)).toBe('invalid_signature 403');
  });

  it('refuses a signature over the body alone, or over t ‖ body without the dot', async () => {
    const bodyOnly = createHmac('sha256', SECRET).update(BODY).digest('hex');
    const noDot = createHmac('sha256', SECRET).update(`${T}${BODY}`).digest('hex');
    for (const s of [bodyOnly, noDot]) {
      expect(await verdict(tiktok({ clientSecret: SECRET }), { headers: { 'tiktok-signature': `t=${T},s=${s}` }, body: BODY }, T)).toBe('invalid_signature 403');
    }
  });

  it('refuses a header without t or without s as malformed', async () => {
    const s = documented(SECRET, T, BODY);
    expect(await verdict(tiktok({ clientSecret: SECRET }), { headers: { 'tiktok-signature': `s=${s}` }, body: BODY }, T)).toBe('malformed 403');
    expect(await verdict(tiktok({ clientSecret: SECRET }), { headers: { 'tiktok-signature': `t=${T}` }, body: BODY }, T)).toBe('malformed 403');
    expect(await verdict(tiktok({ clientSecret: SECRET }), { headers: { 'tiktok-signature': s }, body: BODY }, T)).toBe('malformed 403');
  });

  it('accepts any listed client secret (rotation)', async () => {
    expect(await verdict(tiktok({ clientSecret: [OTHER, SECRET] }), delivery(), T)).toBe('ok');
  });

  it("hookguard's signer sends exactly the documented header", async () => {
    const { headers } = await signPreset(TIKTOK, { secret: SECRET, body: BODY, timestamp: T });
    expect(headers).toEqual({ 'tiktok-signature': `t=${T},s=${documented(SECRET, T, BODY)}` });
  });
});
