// Senders that sign nothing and send a secret you chose with every request:
// compared in constant time, so serve these endpoints over HTTPS only.
import { basicAuth } from '../schemes/basic-auth.js';
import { sharedSecret } from '../schemes/shared-secret.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

/** Telegram Bot API: `X-Telegram-Bot-Api-Secret-Token`, the `secret_token` given to `setWebhook`. */
export const telegram = (options: { secretToken: SecretInput }): Verifier =>
  sharedSecret({ header: 'x-telegram-bot-api-secret-token', secret: options.secretToken }, 'telegram');

/** Okta event hooks: the `Authorization` header holds the secret registered with the hook, as is. */
export const okta = (options: { secret: SecretInput }): Verifier => sharedSecret({ header: 'authorization', secret: options.secret }, 'okta');

/** Cloudflare Notifications (webhook destinations): `cf-webhook-auth` holds the destination's secret. */
export const cloudflareNotifications = (options: { secret: SecretInput }): Verifier =>
  sharedSecret({ header: 'cf-webhook-auth', secret: options.secret }, 'cloudflare-notifications');

/** Postmark: no signature; Basic credentials put in the webhook URL (`https://user:password@host/…`). */
export const postmark = (options: { username: SecretInput; password: SecretInput }): Verifier => basicAuth(options, 'postmark');
