// Arbitrary requests, shaped like each sender's and bent: never a throw, never
// an accept without the sender's key, always a client status (or a 503 when a
// key host cannot be reached), and never a fetch from a host the request names.
import { verifyRequest } from '@hookguard/core';
import fc from 'fast-check';
import { jwks, pubsub, sns } from '../src/index.js';

const fetched: string[] = [];
const recordingFetch: typeof fetch = async (input) => {
  fetched.push(String(input));
  throw new TypeError('fetch failed');
};

const verifiers = [
  sns({ topicArns: ['arn:aws:sns:us-east-1:123456789012:orders'], fetch: recordingFetch, confirmSubscription: true }),
  pubsub({ audience: 'https://hooks.example.com/push', serviceAccountEmail: 'p@x.iam.gserviceaccount.com', fetch: recordingFetch }),
  jwks({ url: 'https://login.example.com/jwks.json', issuer: 'https://login.example.com', audience: 'hooks', fetch: recordingFetch }),
];

const text = fc.string({ unit: 'binary', maxLength: 80 });
const snsBody = fc
  .record({
    Type: fc.constantFrom('Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation', 'Other'),
    TopicArn: fc.constantFrom('arn:aws:sns:us-east-1:123456789012:orders', 'arn:aws:sns:us-east-1:123456789012:other', ''),
    SignatureVersion: fc.constantFrom('1', '2', '3', ''),
    Signature: fc.oneof(fc.base64String({ maxLength: 344 }), text),
    SigningCertURL: fc.oneof(fc.webUrl(), fc.constantFrom('https://sns.us-east-1.amazonaws.com/x.pem', 'https://attacker.example/x.pem'), text),
    SubscribeURL: fc.oneof(fc.webUrl(), text),
    Message: text,
    MessageId: text,
    Timestamp: text,
    Token: text,
  }, { requiredKeys: [] })
  .map((message) => JSON.stringify(message));
const jwtLike = fc.tuple(fc.base64String(), fc.base64String(), fc.base64String()).map((parts) => parts.join('.').replace(/=/g, ''));
const authorization = fc.oneof(jwtLike.map((t) => `Bearer ${t}`), text, fc.constant('Bearer '));

describe('remote-keys fuzz', () => {
  it('never throws, never accepts, never fetches from a host the request names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1, 2), fc.oneof(snsBody, text), fc.option(authorization, { nil: undefined }), async (which, body, auth) => {
        const headers: Record<string, string> = auth === undefined ? {} : { authorization: auth };
        const result = await verifyRequest({ method: 'POST', url: 'https://hooks.example.com/push', headers, body }, verifiers[which]!);
        expect(result.ok).toBe(false);
        if (!result.ok) expect([401, 403, 503]).toContain(result.error.status);
        for (const url of fetched) expect(url).toMatch(/^https:\/\/(sns\.us-east-1\.amazonaws\.com|www\.googleapis\.com|login\.example\.com)\//);
      }),
      { numRuns: 400 },
    );
  });
});
