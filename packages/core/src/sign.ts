// `@hookguard/core/sign`: what each sender would attach to a request, for tests,
// the CLI and local tools. Each signer is the exact inverse of its verifier and
// checked against the provider's own SDK. Not needed in production handlers,
// hence its own entry point.
export type { SignedParts, SignBody } from './signing.js';
export { signSharedSecret } from './schemes/shared-secret.js';
export { signQuerySecret } from './schemes/query-secret.js';
export { signBearerToken } from './schemes/bearer-token.js';
export { signBasicAuth } from './schemes/basic-auth.js';
export { signHmac, type SignHmacOptions } from './schemes/hmac.js';
export { signAutify } from './schemes/autify.js';
export { signTwilio, type SignTwilioOptions } from './schemes/twilio.js';
export { signQstash, type SignQstashOptions } from './schemes/qstash.js';
export { signGithub } from './schemes/github.js';
export { signStripe } from './schemes/stripe.js';
export { signSlack } from './schemes/slack.js';
export { signStandardWebhooks, type SignStandardWebhooksOptions } from './schemes/standard-webhooks.js';
export { signShopify } from './schemes/shopify.js';
export { signRequest, SIGNABLE_SCHEMES, type SignRequestOptions } from './sign-request.js';
export { signPreset, type SignPresetOptions } from './presets/sign-preset.js';
export { signMailgun } from './providers/mailgun.js';
