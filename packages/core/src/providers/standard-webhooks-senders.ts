// Senders on the Standard Webhooks wire format (`webhook-*` or Svix's `svix-*`
// headers, `whsec_` secrets), named so results and errors say who sent what.
import type { SecretInput } from '../secrets.js';
import { standardWebhooks } from '../schemes/standard-webhooks.js';
import type { Verifier } from '../verifier.js';

export interface StandardWebhooksSenderOptions {
  /** The endpoint's `whsec_…` signing secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed timestamp may be from now, either way. Default: 300. */
  toleranceSeconds?: number;
}

export interface ClerkOptions extends Omit<StandardWebhooksSenderOptions, 'secret'> {
  /** The endpoint's signing secret (`whsec_…`, `CLERK_WEBHOOK_SIGNING_SECRET`); a list accepts any of them. */
  signingSecret: SecretInput;
}

/** Clerk (through Svix: `svix-id`, `svix-timestamp`, `svix-signature`). */
export const clerk = ({ signingSecret, ...options }: ClerkOptions): Verifier => standardWebhooks({ ...options, secret: signingSecret }, 'clerk');

/** Resend (through Svix: `svix-*` headers). */
export const resend = (options: StandardWebhooksSenderOptions): Verifier => standardWebhooks(options, 'resend');

/** OpenAI (`webhook-*` headers, `OPENAI_WEBHOOK_SECRET`). */
export const openai = (options: StandardWebhooksSenderOptions): Verifier => standardWebhooks(options, 'openai');

/** Replicate (`webhook-*` headers; the secret from `GET /v1/webhooks/default/secret`). Replicate's SDK checks no time; this does. */
export const replicate = (options: StandardWebhooksSenderOptions): Verifier => standardWebhooks(options, 'replicate');

/** Supabase Auth Hooks (`webhook-*` headers; the secret as Supabase shows it, `v1,whsec_…`, or without `v1,`). */
export const supabaseAuthHooks = (options: StandardWebhooksSenderOptions): Verifier => standardWebhooks(options, 'supabase');
