/**
 * Why a request was refused. Codes are stable: match on `code`, never on `message`.
 * Messages name what is wrong ("header X-Twilio-Signature is missing") and never
 * contain a secret, an expected signature or a presented token.
 */
export type VerificationErrorCode =
  | 'missing_credentials'
  | 'malformed'
  | 'invalid_signature'
  | 'timestamp_out_of_tolerance'
  | 'body_too_large'
  | 'replayed'
  | 'store_unavailable'
  | 'key_unavailable'
  | 'misconfigured'
  | 'internal_error'
  | 'handshake';

/**
 * The one place codes become HTTP statuses. Missing credentials are a 401 (the
 * client may retry with them); present but wrong ones are a 403, as the Auth0
 * Webtask article does; a server without its secret is a 500, never a 200.
 * A replayed delivery is a 409: its credentials are valid, so 401/403 would send
 * an operator hunting for a wrong secret; the conflict is with a delivery already
 * accepted. A replay store that cannot answer is a 503, so senders retry later,
 * and so are a sender's keys that cannot be fetched (SNS certificates, JWKS).
 * An exception no rule foresaw (a bug, in hookguard or in a custom verifier or
 * store) is a 500 `internal_error`: refused, logged once, never an accept.
 * A `handshake` is no refusal of a forgery: a sender's setup or probe request
 * (Slack's `ssl_check`), answered as the sender requires (`Refusal.answer`,
 * whose status it takes) instead of being passed to the handler, which never sees it.
 * A preset may override one status where its sender requires it: Discord
 * removes an endpoint that answers its deliberately wrong signatures with anything but 401.
 */
export const STATUS_BY_CODE: Readonly<Record<Exclude<VerificationErrorCode, 'handshake'>, number>> = {
  missing_credentials: 401,
  malformed: 403,
  invalid_signature: 403,
  timestamp_out_of_tolerance: 403,
  body_too_large: 413,
  replayed: 409,
  store_unavailable: 503,
  key_unavailable: 503,
  misconfigured: 500,
  internal_error: 500,
};

export class VerificationError extends Error {
  override readonly name = 'VerificationError';
  // Declared, not defined: the constructor sets them, and a bundle then carries no field list.
  declare readonly code: VerificationErrorCode;
  /** The scheme that refused, e.g. `twilio`. */
  declare readonly scheme: string;
  declare readonly status: number;

  /** `status`: only for a sender that requires another status for a code (Discord: 401 for a wrong signature). */
  constructor(code: VerificationErrorCode, scheme: string, message: string, status = STATUS_BY_CODE[code as keyof typeof STATUS_BY_CODE]) {
    // A refusal is an expected outcome, not a bug: capturing its stack would cost
    // more than the HMAC that found it, so forged requests stay cheap to refuse.
    // V8 captures nothing for an Error made while the limit is not a number (half
    // the cost of a limit of 0: 130 against 260 ns), and `stack` is then written
    // as V8 writes one with no frames.
    const v8 = Error as { stackTraceLimit?: number | undefined };
    const limit = v8.stackTraceLimit;
    v8.stackTraceLimit = undefined;
    super(`${scheme}: ${message}`);
    v8.stackTraceLimit = limit;
    this.stack = `${this.name}: ${this.message}`;
    this.code = code;
    this.scheme = scheme;
    this.status = status;
  }
}

/** A refusal, as every verifier and `verifyRequest` return it. */
export interface Refusal {
  readonly ok: false;
  readonly error: VerificationError;
  /**
   * For a `handshake`: the response its sender expects, which the adapters
   * send instead of calling the handler. With `verifyRequest`, send it yourself.
   */
  readonly answer?: HandshakeAnswer;
}

/** What a sender's handshake is answered with. */
export interface HandshakeAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A sender's handshake, answered with `answer` and never passed to the handler. */
export function handshake(scheme: string, message: string, answer: HandshakeAnswer): Refusal {
  return { ok: false, error: new VerificationError('handshake', scheme, message, answer.status), answer };
}

export function refuse(code: VerificationErrorCode, scheme: string, message: string): Refusal {
  return { ok: false, error: new VerificationError(code, scheme, message) };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
