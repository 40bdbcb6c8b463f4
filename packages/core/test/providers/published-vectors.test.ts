// Published vectors from the providers' own SDK tests, each input and expected
// signature copied byte for byte from the file named beside it.
import { paddle, razorpay, sanity, sendgrid, square, verifyRequest, type Verifier } from '../../src/index.js';

const verdict = async (verifier: Verifier, headers: Record<string, string>, body: string, now: number) => {
  const result = await verifyRequest({ method: 'POST', url: 'https://example.com/hook', headers, body }, verifier, { now });
  return result.ok ? 'ok' : result.error.code;
};

describe('published vectors', () => {
  // PaddleHQ/paddle-node-sdk src/__tests__/notifications/webhooks-validator.node.test.ts
  it('paddle', async () => {
    const header = 'ts=1698796800;h1=a300428748dce5c70e4da19bffd60769591ea969c99dea3105d0ec9612cf43f9';
    expect(await verdict(paddle({ secret: 'VALID_SECRET' }), { 'paddle-signature': header }, '{"data": ["1", "2"]}', 1698796800)).toBe('ok');
    expect(await verdict(paddle({ secret: 'VALID_SECRET' }), { 'paddle-signature': header }, '{"data": ["1", "3"]}', 1698796800)).toBe('invalid_signature');
  });

  // square/square-nodejs-sdk tests/integration/webhooks.test.ts
  it('square', async () => {
    const verifier = square({ signatureKey: 'signature-key', notificationUrl: 'https://webhook.site/webhooks' });
    const header = (signature: string) => ({ 'x-square-hmacsha256-signature': signature });
    expect(await verdict(verifier, header('W3FlCNk5IA3ZQ2LHTWoajvzfaDu/OwY2tNHIHC3IUOA='), '{"data":{"type":"webhooks","id":"fake_id"}}', 0)).toBe('ok');
    expect(await verdict(verifier, header('Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U='), '{"data":{"type":"webhooks","id":">id<"}}', 0)).toBe('ok');
    expect(await verdict(verifier, header('W3FlCNk5IA3ZQ2LHTWoajvzfaDu/OwY2tNHIHC3IUOA='), '{"data":{"type":"webhooks","id":">id<"}}', 0)).toBe('invalid_signature');
  });

  // sanity-io/webhook-toolkit test/signature.test.ts
  it('sanity', async () => {
    const header = { 'sanity-webhook-signature': 't=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0' };
    expect(await verdict(sanity({ secret: 'test' }), header, '{"_id":"resume"}', 1633519811)).toBe('ok');
    expect(await verdict(sanity({ secret: 'test' }), header, '{"_id":"resume"}', 1633519811 + 301)).toBe('timestamp_out_of_tolerance');
  });

  // razorpay/razorpay-node test/utils/razorpay-utils.spec.js
  it('razorpay', async () => {
    const header = { 'x-razorpay-signature': '2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc' };
    expect(await verdict(razorpay({ secret: '123456' }), header, '{"a":1,"b":2,"c":{"d":3}}', 0)).toBe('ok');
  });

  // sendgrid/sendgrid-nodejs packages/eventwebhook/src/eventwebhook.spec.js
  it('sendgrid', async () => {
    const publicKey = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==';
    const body = '[{"email":"hello@world.com","event":"dropped","reason":"Bounced Address","sg_event_id":"ZHJvcC0xMDk5NDkxOS1MUnpYbF9OSFN0T0doUTRrb2ZTbV9BLTA","sg_message_id":"LRzXl_NHStOGhQ4kofSm_A.filterdrecv-p3mdw1-756b745b58-kmzbl-18-5F5FC76C-9.0","smtp-id":"<LRzXl_NHStOGhQ4kofSm_A@ismtpd0039p1iad1.sendgrid.net>","timestamp":1600112492}]\r\n';
    const headers = {
      'x-twilio-email-event-webhook-signature': 'MEUCIGHQVtGj+Y3LkG9fLcxf3qfI10QysgDWmMOVmxG0u6ZUAiEAyBiXDWzM+uOe5W0JuG+luQAbPIqHh89M15TluLtEZtM=',
      'x-twilio-email-event-webhook-timestamp': '1600112502',
    };
    expect(await verdict(sendgrid({ publicKey }), headers, body, 1600112502)).toBe('ok');
    expect(await verdict(sendgrid({ publicKey }), headers, body.trimEnd(), 1600112502)).toBe('invalid_signature');
  });
});
