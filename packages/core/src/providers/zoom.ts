import { hmacCheck } from '../presets/hmac-check.js';
import { answered, jsonAnswer } from '../presets/handshake.js';
import { jsonObject } from '../json-body.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import { compileTemplate, fillTemplate } from '../presets/template.js';
import { hmacText } from '../signing.js';
import type { VerifiableRequest } from '../request.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface ZoomOptions {
  /** The app's secret token; a list accepts any of them (rotation). */
  secretToken: SecretInput;
  /** Seconds the request timestamp may be from now, either way. Default: 300 (Zoom states none). */
  toleranceSeconds?: number;
  /** Whether Zoom's `endpoint.url_validation` is answered once verified. Default: true. */
  handshakes?: boolean;
}

export const ZOOM: WebhookPreset = {
  scheme: 'zoom',
  signature: { header: 'x-zm-signature', prefix: 'v0=' },
  signed: 'v0:{timestamp}:{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-zm-request-timestamp', unit: seconds, tolerance: 300 }),
  handshakes: {
    // endpoint.url_validation, itself signed: plainToken back with its HMAC under the secret token.
    async signed(request, secretTokens) {
      const body = jsonObject(request);
      const plainToken = (body?.['payload'] as { plainToken?: unknown } | undefined)?.plainToken;
      if (body?.['event'] !== 'endpoint.url_validation' || typeof plainToken !== 'string') return undefined;
      const encryptedToken = await hmacText('sha256', await signingToken(request, secretTokens), plainToken, 'hex');
      return answered('zoom', "Zoom's endpoint.url_validation", jsonAnswer({ plainToken, encryptedToken }));
    },
  },
};

/**
 * The secret token that signed this verified request: Zoom checks its
 * validation answer under that one, and while tokens rotate it may not be the first.
 */
async function signingToken(request: VerifiableRequest, tokens: readonly string[]): Promise<string> {
  const { signature, timestamp } = ZOOM;
  // The preset's own message and headers, both trimmed as the signature check read them.
  const signed = fillTemplate(compileTemplate(ZOOM.signed), { body: request.bodyAsGiven, timestamp: request.headers.get(timestamp!.header!)?.trim() });
  for (const token of tokens.slice(0, -1)) {
    if (await ZOOM.check.matches([token], signed, request.headers.get(signature.header)!.trim(), signature.prefix!.length)) return token;
  }
  return tokens[tokens.length - 1]!;
}

/**
 * Zoom: `x-zm-signature: v0=<hex HMAC-SHA256(secret token, "v0:" + timestamp + ":" + raw body)>`,
 * `x-zm-request-timestamp` in unix seconds. Its signed `endpoint.url_validation`
 * is answered before the handler with `{ plainToken, encryptedToken }`, signed with the token that signed it.
 */
export const zoom = (options: ZoomOptions): Verifier => presetVerifier(ZOOM, 'secretToken', options.secretToken, options);
