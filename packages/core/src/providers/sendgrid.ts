import { ecdsaP256Check } from '../presets/ecdsa-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface SendgridOptions {
  /** The Event Webhook's verification key, base64 as SendGrid shows it; a list accepts any of them. */
  publicKey: SecretInput;
  /** Seconds the timestamp may be from now, either way. Default: 300 (SendGrid's library checks none). */
  toleranceSeconds?: number;
}

export const SENDGRID: WebhookPreset = {
  scheme: 'sendgrid',
  signature: { header: 'x-twilio-email-event-webhook-signature' },
  signed: '{timestamp}{body}',
  check: /* @__PURE__ */ ecdsaP256Check(),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-twilio-email-event-webhook-timestamp', unit: seconds, tolerance: 300 }),
};

/**
 * SendGrid Event Webhook: `X-Twilio-Email-Event-Webhook-Signature: <base64 DER ECDSA P-256 SHA-256(timestamp ‖ raw body)>`,
 * `X-Twilio-Email-Event-Webhook-Timestamp` in unix seconds.
 */
export const sendgrid = (options: SendgridOptions): Verifier => presetVerifier(SENDGRID, 'publicKey', options.publicKey, options);
