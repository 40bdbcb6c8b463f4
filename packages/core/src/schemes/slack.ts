import { singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { seconds, timestampWithin } from '../timestamp.js';
import { isRefusal, refuse } from '../errors.js';
import { answered, emptyAnswer, jsonAnswer } from '../presets/handshake.js';
import { jsonObject } from '../json-body.js';
import type { VerifiableRequest } from '../request.js';
import { invalidNumber } from '../options.js';
import type { SecretInput } from '../secrets.js';
import { hmacMatches, isEncodedDigest } from '../signature.js';
import { hmacText, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier } from '../verifier.js';

export interface SlackOptions {
  /** The app's signing secret; a list accepts any of them (rotation). */
  signingSecret: SecretInput;
  /** Seconds the request timestamp may be from now, either way. Default: 300, as Slack advises. */
  toleranceSeconds?: number;
  /** Whether `ssl_check` and `url_verification` are answered before the handler, as Bolt answers them. Default: true. */
  handshakes?: boolean;
}

const SIGNATURE = 'x-slack-signature';
const TIMESTAMP = 'x-slack-request-timestamp';

/**
 * Slack: `X-Slack-Signature: v0=<hex HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)>`,
 * with `X-Slack-Request-Timestamp` within five minutes of now. Its unsigned
 * `ssl_check` and its signed `url_verification` are answered before the handler.
 */
export function slack(options: SlackOptions): Verifier {
  const scheme = 'slack';
  const tolerance = options.toleranceSeconds ?? 300;
  const toleranceProblem = invalidNumber(scheme, 'toleranceSeconds', tolerance);
  const malformed = () => refuse('malformed', scheme, `header ${SIGNATURE} is not v0=<hex HMAC-SHA256>`);
  const handshakes = options.handshakes !== false;
  return defineVerifier(scheme, { signingSecret: options.signingSecret }, async (request, context, { signingSecret }) => {
    const signature = singleHeader(request, SIGNATURE, scheme);
    if (isRefusal(signature)) return handshakes && isSslCheck(request) ? sslCheck() : signature;
    const timestampText = singleHeader(request, TIMESTAMP, scheme);
    if (isRefusal(timestampText)) return timestampText;
    if (!signature.startsWith('v0=')) return malformed();
    const pending = hmacMatches('sha256', signingSecret, slackContent(timestampText, request.bodyAsGiven), signature, 'hex', 3);
    const matched = typeof pending === 'object' ? await pending : pending;
    // The shape is checked only on a mismatch (a match has it), yet still before the
    // timestamp: a request with both wrong is refused as malformed.
    if (!matched && !isEncodedDigest(signature.slice(3), 'sha256', 'hex')) return malformed();
    const timestamp = timestampWithin(scheme, `header ${TIMESTAMP}`, timestampText, seconds, context, { tolerance });
    if (isRefusal(timestamp)) return timestamp;
    if (!matched) return refuse('invalid_signature', scheme, `header ${SIGNATURE} does not match the timestamp and body`);
    return (handshakes && urlVerification(request)) || verifiedDelivery(scheme, request, context, matched, { expiresAt: timestamp + tolerance });
  }, () => toleranceProblem);
}

/**
 * Slack's `ssl_check=1`, which it posts unsigned to check a slash command's
 * certificate. Answered 200 before the handler, as Bolt does, so its unsigned
 * body never reaches the handler. Only a form body without a signature is read for it.
 */
function isSslCheck(request: VerifiableRequest): boolean {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/x-www-form-urlencoded')) return false;
  return new URLSearchParams(request.bodyText).get('ssl_check') === '1';
}

/** The Events API's url_verification, signed like any event (and verified by now): its challenge echoed, as Bolt does. */
function urlVerification(request: VerifiableRequest) {
  const body = jsonObject(request);
  const challenge = body?.['type'] === 'url_verification' ? body['challenge'] : undefined;
  return typeof challenge === 'string' ? answered('slack', "Slack's url_verification", jsonAnswer({ challenge })) : undefined;
}

const sslCheck = () => answered('slack', "Slack's ssl_check", emptyAnswer(200));

const slackContent = (timestamp: string | number, body: SignBody) => [`v0:${timestamp}:`, body];

/** The headers Slack would send with this body, signed at `timestamp` (default: now). */
export async function signSlack({ signingSecret, body, timestamp = unixNow() }: { signingSecret: string; body: SignBody; timestamp?: number }): Promise<SignedParts> {
  const signature = await hmacText('sha256', requireSecret('slack', 'signingSecret', signingSecret), slackContent(timestamp, body), 'hex');
  return { headers: { [TIMESTAMP]: String(timestamp), [SIGNATURE]: `v0=${signature}` } };
}
