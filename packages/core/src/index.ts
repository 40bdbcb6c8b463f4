export { verifyRequest, type VerifyOptions } from './verify-request.js';
export { normalizeRequest, isWebRequest } from './web-request.js';
export {
  RequestHeaders,
  VerifiableRequest,
  DEFAULT_MAX_BODY_BYTES,
  type HeadersInput,
  type PlainRequest,
  type UrlInput,
  type RequestInput,
} from './request.js';
export {
  VerificationError,
  STATUS_BY_CODE,
  refuse,
  handshake,
  isRefusal,
  type HandshakeAnswer,
  type VerificationErrorCode,
  type Refusal,
} from './errors.js';
export type { Verifier, Verified, VerifyResult, VerifyContext } from './verifier.js';
export { withEnvBindings, readEnv, type SecretInput } from './secrets.js';
export type { HashAlgorithm } from './crypto/index.js';
export type { SignatureEncoding } from './encoding.js';

export { sharedSecret, type SharedSecretOptions } from './schemes/shared-secret.js';
export { querySecret, type QuerySecretOptions } from './schemes/query-secret.js';
export { bearerToken, type BearerTokenOptions } from './schemes/bearer-token.js';
export { basicAuth, type BasicAuthOptions } from './schemes/basic-auth.js';
export { hmac, type HmacOptions } from './schemes/hmac.js';
export { autify, type AutifyOptions } from './schemes/autify.js';
export { twilio, type TwilioOptions } from './schemes/twilio.js';
export { qstash, type QstashOptions } from './schemes/qstash.js';
export { github, type GithubOptions } from './schemes/github.js';
export { stripe, type StripeOptions } from './schemes/stripe.js';
export { slack, type SlackOptions } from './schemes/slack.js';
export { standardWebhooks, type StandardWebhooksOptions } from './schemes/standard-webhooks.js';
export { shopify, type ShopifyOptions } from './schemes/shopify.js';
export { anyOf, allOf } from './schemes/compose.js';
export {
  memoryReplayStore,
  type ReplayStore,
  type ReplayOptions,
  type MemoryReplayStoreOptions,
} from './replay.js';
export {
  createGuard,
  getVerification,
  refusalResponse,
  runVerified,
  releaseIfFailed,
  type Guard,
  type GuardOptions,
  type GuardOutcome,
  type RefusalResponse,
  type Verification,
} from './guard.js';
export { timestampWithin, seconds, milliseconds, rfc3339, type TimestampUnit, type ToleranceRule } from './timestamp.js';
export { requestOrigin, pathAndQuery, type OriginSource } from './public-url.js';
export { BodyCollector, bodyTooLarge } from './body.js';
export { withRequestVerification, type WebHandler, type WebPlatform, type WebVerificationOptions } from './web-handler.js';
export { decodeEventBody, lambdaResponse } from './lambda-event.js';
export * from './providers/index.js';
export { withNodeVerification, type NodePlatform, type NodeRequest, type NodeResponse, type NodeVerificationOptions } from './node-handler.js';
