import { allOf, anyOf, basicAuth, bearerToken, qstash, sharedSecret, twilio, verifyRequest } from '../src/index.js';
import { qstashToken, twilioSignature } from './signers.js';

const URL_ = 'https://app.example.com/api/workflow';
const signing = { currentSigningKey: 'cur', nextSigningKey: 'nxt' };
const request = (headers: Record<string, string>, body = '{}') => ({ method: 'POST', url: URL_, headers, body });

describe('anyOf', () => {
  // The QStash article allows a custom Authorization header instead of the signature.
  const verifier = anyOf(qstash(signing), bearerToken({ token: 'workflow-token' }));

  it('accepts either member and names the one that matched', async () => {
    const token = await qstashToken({ key: 'cur', url: URL_, body: '{}' });
    expect(await verifyRequest(request({ 'upstash-signature': token }), verifier)).toMatchObject({ ok: true, scheme: 'qstash' });
    expect(await verifyRequest(request({ authorization: 'Bearer workflow-token' }), verifier)).toMatchObject({ ok: true, scheme: 'bearer' });
  });

  it('answers 401 when no member found credentials, and the wrong credential’s 403 otherwise', async () => {
    const none = await verifyRequest(request({}), verifier);
    expect(none.ok || none.error.code).toBe('missing_credentials');
    const wrongBearer = await verifyRequest(request({ authorization: 'Bearer nope' }), verifier);
    expect(wrongBearer.ok || [wrongBearer.error.code, wrongBearer.error.scheme]).toEqual(['invalid_signature', 'bearer']);
    const forged = await qstashToken({ key: 'other', url: URL_, body: '{}' });
    const wrongSignature = await verifyRequest(request({ 'upstash-signature': forged }), verifier);
    expect(wrongSignature.ok || [wrongSignature.error.code, wrongSignature.error.scheme]).toEqual(['invalid_signature', 'qstash']);
  });

  it('is misconfigured when any member is, even if another would accept', async () => {
    const broken = anyOf(sharedSecret({ secret: '' }), bearerToken({ token: 't' }));
    expect(broken.checkConfiguration()?.code).toBe('misconfigured');
    const result = await verifyRequest(request({ authorization: 'Bearer t' }), broken);
    expect(result.ok || result.error.status).toBe(500);
  });

  it('needs at least one member', () => {
    expect(() => anyOf()).toThrow(TypeError);
    expect(() => allOf()).toThrow(TypeError);
  });
});

describe('allOf', () => {
  const url = 'https://voice.example.com/twiml';
  const verifier = allOf(twilio({ authToken: 'tok' }), basicAuth({ username: 'twilio', password: 'pw' }));
  const basic = `Basic ${Buffer.from('twilio:pw').toString('base64')}`;

  it('accepts only when every member does, merging their claims', async () => {
    const headers = { 'x-twilio-signature': twilioSignature('tok', url, {}), authorization: basic };
    const result = await verifyRequest({ method: 'POST', url, headers, body: '' }, verifier);
    expect(result).toEqual({ ok: true, scheme: 'allOf(twilio, basic)', claims: { username: 'twilio' } });
  });

  it('refuses with the first member that refuses', async () => {
    const noBasic = await verifyRequest({ method: 'POST', url, headers: { 'x-twilio-signature': twilioSignature('tok', url, {}) }, body: '' }, verifier);
    expect(noBasic.ok || [noBasic.error.code, noBasic.error.scheme]).toEqual(['missing_credentials', 'basic']);
    const badSignature = await verifyRequest({ method: 'POST', url, headers: { 'x-twilio-signature': twilioSignature('tok', `${url}/x`, {}), authorization: basic }, body: '' }, verifier);
    expect(badSignature.ok || [badSignature.error.code, badSignature.error.scheme]).toEqual(['invalid_signature', 'twilio']);
  });
});
