import { hmacCheck } from '../presets/hmac-check.js';
import { matchesSecret } from '../credentials.js';
import { refuse } from '../errors.js';
import { answered, queryOf, textAnswer } from '../presets/handshake.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface MetaOptions {
  /** The app secret; a list accepts any of them (rotation). */
  appSecret: SecretInput;
  /** The verify token set with the subscription, for Meta's `hub.challenge` handshake; without it, that GET is refused 403. */
  verifyToken?: SecretInput;
  /** Whether the subscription GET is answered. Default: true. */
  handshakes?: boolean;
}

export const META: WebhookPreset = {
  scheme: 'meta',
  signature: { header: 'x-hub-signature-256', prefix: 'sha256=' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  handshakes: {
    // The subscription's GET, which Meta does not sign: the token it carries is the proof.
    async unsigned(request, { verifyToken }) {
      const query = request.method === 'GET' ? queryOf(request) : undefined;
      if (query?.get('hub.mode') !== 'subscribe') return undefined;
      const token = query.get('hub.verify_token');
      const challenge = query.get('hub.challenge') ?? '';
      if (verifyToken === undefined || token === null || !(await matchesSecret(token, verifyToken))) {
        return refuse('invalid_signature', 'meta', 'hub.verify_token is not the verify token');
      }
      return answered('meta', "Meta's hub.challenge", textAnswer(challenge));
    },
  },
};

/**
 * Meta (Graph API webhooks: WhatsApp Cloud API, Messenger, Instagram):
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`. No time is signed.
 * The subscription's `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`
 * is answered with the challenge when the token is `verifyToken`, refused 403 otherwise.
 */
export const meta = ({ appSecret, verifyToken, handshakes }: MetaOptions): Verifier =>
  presetVerifier(META, 'appSecret', appSecret, { handshakes, ...(verifyToken === undefined ? {} : { values: { verifyToken } }) });
