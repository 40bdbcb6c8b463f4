import { ed25519Check } from '../presets/ed25519-check.js';
import { base64 } from '../presets/public-key-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface TelnyxOptions {
  /** The account's public key, base64, as Mission Control shows it; a list accepts any of them. */
  publicKey: SecretInput;
  /** Seconds the timestamp may be from now, either way. Default: 300, as Telnyx's SDK. */
  toleranceSeconds?: number;
}

export const TELNYX: WebhookPreset = {
  scheme: 'telnyx',
  signature: { header: 'telnyx-signature-ed25519' },
  signed: '{timestamp}|{body}',
  check: /* @__PURE__ */ ed25519Check(base64),
  timestamp: /* @__PURE__ */ signedTime({ header: 'telnyx-timestamp', unit: seconds, tolerance: 300 }),
};

/**
 * Telnyx: `telnyx-signature-ed25519: <base64 Ed25519(timestamp|raw body)>`, `telnyx-timestamp` in unix seconds.
 */
export const telnyx = (options: TelnyxOptions): Verifier => presetVerifier(TELNYX, 'publicKey', options.publicKey, options);
