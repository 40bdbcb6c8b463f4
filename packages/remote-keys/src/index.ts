// Verifiers whose keys the sender publishes. Every key is fetched from a host
// the verifier decides (never from where a request points without checking),
// kept in module scope for warm invocations, and a fetch that fails is a 503.
export { jwks, type JwksOptions } from './jwks.js';
export { pubsub, GOOGLE_CERTS_URL, type PubsubOptions } from './pubsub.js';
export { sns, type SnsOptions } from './sns.js';
export type { FetchOptions } from './fetch-text.js';
