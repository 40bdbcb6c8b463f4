// `@hookguard/core/catalog`: every provider preset described for tools: the
// CLI's `--scheme`, `@hookguard/testing`, and the README's provider table
// (generated from `providerTable()`, and checked against it by a test).
// Not for production handlers: it imports every preset.
import { presetVerifier, describeHeader, type WebhookPreset } from './presets/preset.js';
import { BOX_PRIMARY, box } from './providers/box.js';
import { BITBUCKET } from './providers/bitbucket.js';
import { CAL_COM } from './providers/cal-com.js';
import { CALENDLY } from './providers/calendly.js';
import { CLICKUP } from './providers/clickup.js';
import { COINBASE_COMMERCE } from './providers/coinbase-commerce.js';
import { DISCORD } from './providers/discord.js';
import { DROPBOX } from './providers/dropbox.js';
import { GHOST } from './providers/ghost.js';
import { gitlab } from './providers/gitlab.js';
import { HUBSPOT_V3, hubspot } from './providers/hubspot.js';
import { INTERCOM } from './providers/intercom.js';
import { LEMON_SQUEEZY } from './providers/lemon-squeezy.js';
import { LINE } from './providers/line.js';
import { LINEAR } from './providers/linear.js';
import { mailgun } from './providers/mailgun.js';
import { META } from './providers/meta.js';
import { MUX } from './providers/mux.js';
import { PADDLE } from './providers/paddle.js';
import { PAGERDUTY } from './providers/pagerduty.js';
import { RAZORPAY } from './providers/razorpay.js';
import { SANITY } from './providers/sanity.js';
import { SEGMENT } from './providers/segment.js';
import { SENDGRID } from './providers/sendgrid.js';
import { SENTRY } from './providers/sentry.js';
import { SQUARE, square } from './providers/square.js';
import { clerk, openai, replicate, resend, supabaseAuthHooks } from './providers/standard-webhooks-senders.js';
import { cloudflareNotifications, okta, postmark, telegram } from './providers/static-tokens.js';
import { TELNYX } from './providers/telnyx.js';
import { TIKTOK } from './providers/tiktok.js';
import { TWITCH } from './providers/twitch.js';
import { TYPEFORM } from './providers/typeform.js';
import { VERCEL_WEBHOOKS } from './providers/vercel-webhooks.js';
import { WEBFLOW } from './providers/webflow.js';
import { WOOCOMMERCE } from './providers/woocommerce.js';
import { WORKOS } from './providers/workos.js';
import { XERO } from './providers/xero.js';
import { ZENDESK } from './providers/zendesk.js';
import { ZOOM } from './providers/zoom.js';
import { autify } from './schemes/autify.js';
import { github } from './schemes/github.js';
import { qstash } from './schemes/qstash.js';
import { shopify } from './schemes/shopify.js';
import { slack } from './schemes/slack.js';
import { standardWebhooks } from './schemes/standard-webhooks.js';
import { stripe } from './schemes/stripe.js';
import { twilio } from './schemes/twilio.js';
import type { Verifier } from './verifier.js';

export interface Provider {
  /** The scheme name results report, and the CLI's `--scheme`. */
  readonly name: string;
  /** Who sends it, e.g. `Paddle Billing`. */
  readonly sender: string;
  /** How it is configured, e.g. `paddle({ secret })`. */
  readonly usage: string;
  /** Environment variables a tool reads the secret(s) from. */
  readonly env: readonly string[];
  /** What proves the preset right in hookguard's tests: a published vector, the sender's SDK, or its documentation. */
  readonly proof: string;
  /** The signature's description, for presets on the preset layer. */
  readonly preset?: WebhookPreset;
  /** For the table, when there is no preset: what the sender sends. */
  readonly summary?: string;
  /** The setup or probe requests answered before the handler, for the table. */
  readonly handshake?: string;
  /** The verifier for these secrets (and, for senders that sign it, the URL deliveries go to). */
  verifier(secrets: readonly string[], url: string): Verifier;
}

export type { WebhookPreset } from './presets/preset.js';
export type { TimestampUnit } from './timestamp.js';

type Entry = Omit<Provider, 'verifier' | 'env'> & { env?: readonly string[]; verifier?: Provider['verifier'] };

/** A provider whose secret a tool reads, by default, from `<NAME>_WEBHOOK_SECRET`. */
const other = (entry: Entry & { verifier: Provider['verifier'] }): Provider => ({
  env: [`${entry.name.toUpperCase().replace(/-/g, '_')}_WEBHOOK_SECRET`],
  ...entry,
});

/** A preset's provider: its verifier is the preset's with the secrets under `option`. */
const fromPreset = (option: string, entry: Entry & { preset: WebhookPreset }): Provider =>
  other({ verifier: (secrets) => presetVerifier(entry.preset, option, secrets), ...entry });

const SDK = (name: string) => `SDK: ${name}`;
const VECTOR = (where: string) => `published vector: ${where}`;
const DOCS = (url: string) => `docs: ${url}`;

export const PROVIDERS: readonly Provider[] = [
  other({ name: 'autify', sender: 'Autify', usage: 'autify({ secret })', proof: DOCS('help.autify.com'), summary: '`X-Autify-Signature: sha1=<HMAC-SHA1, hex>` of the body', verifier: (secret) => autify({ secret }) }),
  fromPreset('primaryKey', { name: 'box', sender: 'Box', usage: 'box({ primaryKey, secondaryKey })', proof: VECTOR('box-typescript-sdk-gen tests'), preset: BOX_PRIMARY, verifier: ([primaryKey = '', secondaryKey]) => box({ primaryKey, ...(secondaryKey ? { secondaryKey } : {}) }) }),
  fromPreset('secret', { name: 'bitbucket', sender: 'Bitbucket', usage: 'bitbucket({ secret })', proof: DOCS('confluence.atlassian.com/bitbucketserver/managing-webhooks-in-bitbucket-server-938025878.html'), preset: BITBUCKET }),
  fromPreset('secret', { name: 'cal-com', sender: 'Cal.com', usage: 'calCom({ secret })', proof: DOCS('github.com/calcom/cal.com sendPayload.ts'), preset: CAL_COM }),
  fromPreset('signingKey', { name: 'calendly', sender: 'Calendly', usage: 'calendly({ signingKey })', proof: DOCS('developer.calendly.com/api-docs/4c305798a61d3-webhook-signatures'), preset: CALENDLY }),
  other({ name: 'clerk', sender: 'Clerk', usage: 'clerk({ signingSecret })', proof: SDK('svix'), summary: 'Standard Webhooks (`svix-*` headers)', verifier: (signingSecret) => clerk({ signingSecret }) }),
  fromPreset('secret', { name: 'clickup', sender: 'ClickUp', usage: 'clickUp({ secret })', proof: DOCS('developer.clickup.com/docs/webhooksignature'), preset: CLICKUP }),
  other({ name: 'cloudflare-notifications', sender: 'Cloudflare Notifications', usage: 'cloudflareNotifications({ secret })', proof: DOCS('developers.cloudflare.com/notifications/get-started/configure-webhooks'), summary: '`cf-webhook-auth: <secret>`', verifier: (secret) => cloudflareNotifications({ secret }) }),
  fromPreset('secret', { name: 'coinbase-commerce', sender: 'Coinbase Commerce', usage: 'coinbaseCommerce({ secret })', proof: VECTOR('coinbase-commerce-node tests'), preset: COINBASE_COMMERCE }),
  fromPreset('publicKey', { name: 'discord', handshake: 'PING answered `{"type":1}`; events PING 204', sender: 'Discord', usage: 'discord({ publicKey })', proof: SDK('discord-interactions'), preset: DISCORD }),
  fromPreset('appSecret', { name: 'dropbox', handshake: '`GET ?challenge` echoed', sender: 'Dropbox', usage: 'dropbox({ appSecret })', proof: DOCS('github.com/dropbox/mdwebhook'), preset: DROPBOX }),
  fromPreset('secret', { name: 'ghost', sender: 'Ghost', usage: 'ghost({ secret })', proof: DOCS('github.com/TryGhost/Ghost WebhookTrigger.js'), preset: GHOST }),
  other({ name: 'github', sender: 'GitHub', usage: 'github({ secret })', proof: SDK('@octokit/webhooks-methods'), summary: '`X-Hub-Signature-256: sha256=<HMAC-SHA256, hex>` of the body', verifier: (secret) => github({ secret }) }),
  other({ name: 'gitlab', sender: 'GitLab', usage: 'gitlab({ token })', proof: DOCS('docs.gitlab.com/user/project/integrations/webhooks'), summary: '`X-Gitlab-Token: <token>`, or Standard Webhooks with a `whsec_` signing token', verifier: (token) => gitlab({ token }) }),
  other({ name: 'hubspot', sender: 'HubSpot', usage: 'hubspot({ clientSecret })', proof: VECTOR('@hubspot/api-client tests (v1, v2); SDK (v3)'), preset: HUBSPOT_V3, verifier: (clientSecret) => hubspot({ clientSecret }) }),
  fromPreset('clientSecret', { name: 'intercom', sender: 'Intercom', usage: 'intercom({ clientSecret })', proof: DOCS('developers.intercom.com/docs/references/webhooks/webhook-models'), preset: INTERCOM }),
  fromPreset('secret', { name: 'lemon-squeezy', sender: 'Lemon Squeezy', usage: 'lemonSqueezy({ secret })', proof: DOCS('docs.lemonsqueezy.com/help/webhooks/signing-requests'), preset: LEMON_SQUEEZY }),
  fromPreset('channelSecret', { name: 'line', sender: 'LINE Messaging API', usage: 'line({ channelSecret })', proof: VECTOR('@line/bot-sdk tests'), preset: LINE }),
  fromPreset('secret', { name: 'linear', sender: 'Linear', usage: 'linear({ secret })', proof: SDK('@linear/sdk'), preset: LINEAR }),
  other({ name: 'mailgun', sender: 'Mailgun', usage: 'mailgun({ signingKey })', proof: DOCS('documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks'), summary: 'body `signature: { timestamp, token, signature }`, HMAC-SHA256 hex of timestamp ‖ token', verifier: (signingKey) => mailgun({ signingKey }) }),
  fromPreset('appSecret', { name: 'meta', handshake: '`GET ?hub.challenge` echoed for `verifyToken`', sender: 'Meta (WhatsApp, Messenger, Instagram)', usage: 'meta({ appSecret, verifyToken? })', proof: VECTOR('WhatsApp Node SDK tests'), preset: META }),
  fromPreset('secret', { name: 'mux', sender: 'Mux', usage: 'mux({ secret })', proof: SDK('@mux/mux-node'), preset: MUX }),
  other({ name: 'okta', sender: 'Okta event hooks', usage: 'okta({ secret })', proof: DOCS('developer.okta.com/docs/concepts/event-hooks'), summary: '`Authorization: <secret>`', verifier: (secret) => okta({ secret }) }),
  other({ name: 'openai', sender: 'OpenAI', usage: 'openai({ secret })', proof: VECTOR('openai-node tests'), summary: 'Standard Webhooks (`webhook-*` headers)', verifier: (secret) => openai({ secret }) }),
  fromPreset('secret', { name: 'paddle', sender: 'Paddle Billing', usage: 'paddle({ secret })', proof: VECTOR('paddle-node-sdk tests'), preset: PADDLE }),
  fromPreset('secret', { name: 'pagerduty', sender: 'PagerDuty', usage: 'pagerDuty({ secret })', proof: DOCS('developer.pagerduty.com/docs/webhooks/webhook-signatures'), preset: PAGERDUTY }),
  other({ name: 'postmark', sender: 'Postmark', usage: 'postmark({ username, password })', proof: DOCS('postmarkapp.com/developer/webhooks/webhooks-overview'), summary: 'Basic credentials in the webhook URL', env: ['POSTMARK_WEBHOOK_CREDENTIALS'], verifier: ([pair = '']) => postmark({ username: pair.slice(0, pair.indexOf(':')), password: pair.slice(pair.indexOf(':') + 1) }) }),
  other({ name: 'qstash', sender: 'Upstash QStash', usage: 'qstash({ currentSigningKey, nextSigningKey })', proof: SDK('@upstash/qstash'), summary: '`Upstash-Signature`: HS256 JWT with the body hash and URL', env: ['QSTASH_CURRENT_SIGNING_KEY', 'QSTASH_NEXT_SIGNING_KEY'], verifier: ([current = '', next = current]) => qstash({ currentSigningKey: current, nextSigningKey: next }) }),
  fromPreset('secret', { name: 'razorpay', sender: 'Razorpay', usage: 'razorpay({ secret })', proof: VECTOR('razorpay-node tests'), preset: RAZORPAY }),
  other({ name: 'replicate', sender: 'Replicate', usage: 'replicate({ secret })', proof: SDK('standardwebhooks'), summary: 'Standard Webhooks (`webhook-*` headers)', verifier: (secret) => replicate({ secret }) }),
  other({ name: 'resend', sender: 'Resend', usage: 'resend({ secret })', proof: SDK('svix'), summary: 'Standard Webhooks (`svix-*` headers)', verifier: (secret) => resend({ secret }) }),
  fromPreset('secret', { name: 'sanity', sender: 'Sanity', usage: 'sanity({ secret })', proof: VECTOR('@sanity/webhook tests'), preset: SANITY }),
  fromPreset('secret', { name: 'segment', sender: 'Segment', usage: 'segment({ secret })', proof: DOCS('twilio.com/docs/segment/connections/destinations/catalog/actions-webhook'), preset: SEGMENT }),
  fromPreset('publicKey', { name: 'sendgrid', sender: 'SendGrid Event Webhook', usage: 'sendgrid({ publicKey })', proof: VECTOR('@sendgrid/eventwebhook tests'), preset: SENDGRID }),
  fromPreset('clientSecret', { name: 'sentry', sender: 'Sentry', usage: 'sentry({ clientSecret })', proof: DOCS('docs.sentry.io/organization/integrations/integration-platform/webhooks'), preset: SENTRY }),
  other({ name: 'shopify', sender: 'Shopify', usage: 'shopify({ secret })', proof: DOCS('shopify.dev/docs/apps/build/webhooks/subscribe/https'), summary: '`X-Shopify-Hmac-Sha256: <HMAC-SHA256, base64>` of the body', verifier: (secret) => shopify({ secret }) }),
  other({ name: 'slack', handshake: '`url_verification` challenge echoed; unsigned `ssl_check` 200', sender: 'Slack', usage: 'slack({ signingSecret })', proof: DOCS('api.slack.com/authentication/verifying-requests-from-slack'), summary: '`X-Slack-Signature: v0=<HMAC-SHA256, hex>` of `v0:{timestamp}:{body}`', verifier: (signingSecret) => slack({ signingSecret }) }),
  fromPreset('signatureKey', { name: 'square', sender: 'Square', usage: 'square({ signatureKey, notificationUrl })', proof: VECTOR('square-nodejs-sdk tests'), preset: SQUARE, verifier: (signatureKey, notificationUrl) => square({ signatureKey, notificationUrl }) }),
  other({ name: 'standard-webhooks', sender: 'Standard Webhooks (Svix and others)', usage: 'standardWebhooks({ secret })', proof: SDK('standardwebhooks, svix'), summary: '`webhook-signature: v1,<HMAC-SHA256, base64>` of `{id}.{timestamp}.{body}`', verifier: (secret) => standardWebhooks({ secret }) }),
  other({ name: 'stripe', sender: 'Stripe', usage: 'stripe({ secret })', proof: SDK('stripe'), summary: '`Stripe-Signature: t=<timestamp>,v1=<HMAC-SHA256, hex>` of `{timestamp}.{body}`', verifier: (secret) => stripe({ secret }) }),
  other({ name: 'supabase', sender: 'Supabase Auth Hooks', usage: 'supabaseAuthHooks({ secret })', proof: SDK('standardwebhooks'), summary: 'Standard Webhooks, secret `v1,whsec_…`', verifier: (secret) => supabaseAuthHooks({ secret }) }),
  other({ name: 'telegram', sender: 'Telegram Bot API', usage: 'telegram({ secretToken })', proof: DOCS('core.telegram.org/bots/api#setwebhook'), summary: '`X-Telegram-Bot-Api-Secret-Token: <secret token>`', verifier: (secretToken) => telegram({ secretToken }) }),
  fromPreset('publicKey', { name: 'telnyx', sender: 'Telnyx', usage: 'telnyx({ publicKey })', proof: DOCS('github.com/team-telnyx/telnyx-node src/lib/webhooks.ts'), preset: TELNYX }),
  fromPreset('clientSecret', { name: 'tiktok', sender: 'TikTok for Developers', usage: 'tiktok({ clientSecret })', proof: DOCS('developers.tiktok.com/doc/webhooks-verification'), preset: TIKTOK }),
  other({ name: 'twilio', sender: 'Twilio', usage: 'twilio({ authToken })', proof: SDK('twilio'), summary: '`X-Twilio-Signature: <HMAC-SHA1, base64>` of the URL and sorted form fields', verifier: (authToken) => twilio({ authToken }) }),
  fromPreset('secret', { name: 'twitch', handshake: '`webhook_callback_verification` challenge as text', sender: 'Twitch EventSub', usage: 'twitch({ secret })', proof: DOCS('dev.twitch.tv/docs/eventsub/handling-webhook-events'), preset: TWITCH }),
  fromPreset('secret', { name: 'typeform', sender: 'Typeform', usage: 'typeform({ secret })', proof: DOCS('typeform.com/developers/webhooks/secure-your-webhooks'), preset: TYPEFORM }),
  fromPreset('secret', { name: 'vercel', sender: 'Vercel webhooks', usage: 'vercelWebhooks({ secret })', proof: DOCS('vercel.com/docs/webhooks'), preset: VERCEL_WEBHOOKS }),
  fromPreset('secret', { name: 'webflow', sender: 'Webflow', usage: 'webflow({ secret })', proof: SDK('webflow-api'), preset: WEBFLOW }),
  fromPreset('secret', { name: 'woocommerce', handshake: 'unsigned `webhook_id=` ping 200', sender: 'WooCommerce', usage: 'wooCommerce({ secret })', proof: DOCS('github.com/woocommerce/woocommerce class-wc-webhook.php'), preset: WOOCOMMERCE }),
  fromPreset('secret', { name: 'workos', sender: 'WorkOS', usage: 'workos({ secret })', proof: SDK('@workos-inc/node'), preset: WORKOS }),
  fromPreset('webhookKey', { name: 'xero', handshake: 'intent to receive: 401 for a bad signature', sender: 'Xero', usage: 'xero({ webhookKey })', proof: DOCS('github.com/XeroAPI/xero-php-webhook'), preset: XERO }),
  fromPreset('secret', { name: 'zendesk', sender: 'Zendesk', usage: 'zendesk({ secret })', proof: DOCS('developer.zendesk.com/documentation/webhooks/verifying'), preset: ZENDESK }),
  fromPreset('secretToken', { name: 'zoom', handshake: '`endpoint.url_validation` answered with `encryptedToken`', sender: 'Zoom', usage: 'zoom({ secretToken })', proof: DOCS('developers.zoom.us/docs/api/webhooks'), preset: ZOOM }),
];

/** The provider named `name` (a scheme name, as results report it), or undefined. */
export const findProvider = (name: string): Provider | undefined => PROVIDERS.find((provider) => provider.name === name);

// A pipe would end the table's cell, even inside code.
const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

function timeColumn(preset: WebhookPreset | undefined): string {
  const time = preset?.timestamp;
  if (!time) return '';
  return `${time.unit.name}, ${time.pastOnly ? '' : '±'}${time.tolerance} s${time.pastOnly ? ' old' : ''}`;
}

/** The README's provider table, one row per provider, generated from the presets themselves. */
export function providerTable(): string {
  const bySender = [...PROVIDERS].sort((a, b) => a.sender.localeCompare(b.sender, 'en'));
  const rows = bySender.map(({ sender, usage, preset, summary, proof, handshake = '' }) => {
    const signature = preset ? `${code(`${preset.signature.header}: ${describeHeader(preset)}`)} of ${code(preset.signed)}` : summary!;
    return `| ${sender} | ${code(usage)} | ${signature} | ${timeColumn(preset)} | ${handshake} | ${proof} |`;
  });
  return ['| Sender | Use | Signature | Signed time | Handshake | Proven by |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
