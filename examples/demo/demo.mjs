// `pnpm demo`: correctly signed and forged requests for every scheme, through
// @hookguard/core's verifyRequest. Prints one table; exits 1 if any verdict is
// not the expected one.
import {
  anyOf, autify, basicAuth, bearerToken, github, memoryReplayStore, qstash, querySecret, sharedSecret, shopify, slack,
  standardWebhooks, stripe, twilio, verifyRequest,
} from '@hookguard/core';
import {
  autifySignature, basicCredentials, githubSignature, qstashToken, shopifySignature, slackHeaders, standardWebhooksHeaders,
  stripeSignature, twilioSignature,
} from './senders.mjs';

const HASURA_KEY = 'super_secret_token';
const WEBTASK_SECRET = 'w3btask-s3cret';
const AUTIFY_SECRET = 'b2f82af62f9980f6b01e1cd7e716230d0a063f58';
const TWILIO_TOKEN = 'twilio-auth-token';
const QSTASH_KEYS = { currentSigningKey: 'sig_current_demo', nextSigningKey: 'sig_next_demo' };

const json = '{"event":"test_plan_result","status":"passed"}';
const form = 'Body=Rated+5&From=%2B15550001111&MessageSid=SM123';
const post = (url, headers, body = json) => ({ method: 'POST', url, headers, body });
const now = Math.floor(Date.now() / 1000);

const twilioUrl = 'https://sms.example.com/api/rate?event=42';
const twilioHeaders = (signature) => ({ 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature });
const qstashUrl = 'https://app.example.com/api/workflow';

const GITHUB_SECRET = "It's a Secret to Everybody";
const STRIPE_SECRET = 'whsec_demo_stripe';
const SLACK_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const SVIX_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const SHOPIFY_SECRET = 'shpss_demo';
const replay = { replay: { store: memoryReplayStore() } };
const stripeDelivery = post('https://shop.example.com/stripe', { 'stripe-signature': stripeSignature(STRIPE_SECRET, json, now) });

/** [scheme label, verifier, request label, request, expected status, verify options] */
const rows = [
  ['hasura header', sharedSecret({ secret: HASURA_KEY }), 'correct verification_key', post('https://a.example.com/api/hello', { verification_key: HASURA_KEY }), 200],
  ['hasura header', sharedSecret({ secret: HASURA_KEY }), 'wrong verification_key', post('https://a.example.com/api/hello', { verification_key: 'guess' }), 403],
  ['hasura header', sharedSecret({ secret: HASURA_KEY }), 'no header', post('https://a.example.com/api/hello', {}), 401],
  ['hasura header', sharedSecret({ secret: { env: 'DEMO_UNSET_SECRET' } }), 'secret not configured', post('https://a.example.com/api/hello', { verification_key: '' }), 500],
  ['webtask query', querySecret({ secret: WEBTASK_SECRET }), 'correct ?secret=', post(`https://wt.example.com/run?secret=${WEBTASK_SECRET}`, {}), 200],
  ['webtask query', querySecret({ secret: WEBTASK_SECRET }), 'wrong ?secret=', post('https://wt.example.com/run?secret=nope', {}), 403],
  ['bearer', bearerToken({ token: 'tok_live_1' }), 'correct token', post('https://b.example.com/', { authorization: 'Bearer tok_live_1' }), 200],
  ['bearer', bearerToken({ token: 'tok_live_1' }), 'Basic instead of Bearer', post('https://b.example.com/', { authorization: basicCredentials('a', 'b') }), 401],
  ['basic', basicAuth({ username: 'twilio', password: 'pw' }), 'correct user:password', post('https://b.example.com/', { authorization: basicCredentials('twilio', 'pw') }), 200],
  ['basic', basicAuth({ username: 'twilio', password: 'pw' }), 'wrong password', post('https://b.example.com/', { authorization: basicCredentials('twilio', 'pW') }), 403],
  ['autify', autify({ secret: AUTIFY_SECRET }), 'signed body', post('https://c.example.com/payload', { 'x-autify-signature': autifySignature(AUTIFY_SECRET, json) }), 200],
  ['autify', autify({ secret: AUTIFY_SECRET }), 'body re-serialized', post('https://c.example.com/payload', { 'x-autify-signature': autifySignature(AUTIFY_SECRET, json) }, JSON.stringify(JSON.parse(json), null, 1)), 403],
  ['autify', autify({ secret: AUTIFY_SECRET }), 'signed with another secret', post('https://c.example.com/payload', { 'x-autify-signature': autifySignature('other', json) }), 403],
  ['twilio', twilio({ authToken: TWILIO_TOKEN }), 'signed URL + params', post(twilioUrl, twilioHeaders(twilioSignature(TWILIO_TOKEN, twilioUrl, form)), form), 200],
  ['twilio', twilio({ authToken: TWILIO_TOKEN }), 'signed with :443, received without', post(twilioUrl, twilioHeaders(twilioSignature(TWILIO_TOKEN, twilioUrl.replace('.com/', '.com:443/'), form)), form), 200],
  ['twilio', twilio({ authToken: TWILIO_TOKEN }), 'param changed', post(twilioUrl, twilioHeaders(twilioSignature(TWILIO_TOKEN, twilioUrl, form)), form.replace('5', '1')), 403],
  ['twilio', twilio({ authToken: TWILIO_TOKEN }), 'sent to another URL', post(`${twilioUrl}&x=1`, twilioHeaders(twilioSignature(TWILIO_TOKEN, twilioUrl, form)), form), 403],
  ['qstash', qstash(QSTASH_KEYS), 'current key', post(qstashUrl, { 'upstash-signature': qstashToken(QSTASH_KEYS.currentSigningKey, qstashUrl, json) }), 200],
  ['qstash', qstash(QSTASH_KEYS), 'next key (rotation)', post(qstashUrl, { 'upstash-signature': qstashToken(QSTASH_KEYS.nextSigningKey, qstashUrl, json) }), 200],
  ['qstash', qstash(QSTASH_KEYS), 'expired token', post(qstashUrl, { 'upstash-signature': qstashToken(QSTASH_KEYS.currentSigningKey, qstashUrl, json, now - 3600) }), 403],
  ['qstash', qstash(QSTASH_KEYS), 'body tampered', post(qstashUrl, { 'upstash-signature': qstashToken(QSTASH_KEYS.currentSigningKey, qstashUrl, json) }, `${json} `), 403],
  ['qstash or bearer', anyOf(qstash(QSTASH_KEYS), bearerToken({ token: 'wf_token' })), 'bearer instead of signature', post(qstashUrl, { authorization: 'Bearer wf_token' }), 200],
  ['qstash or bearer', anyOf(qstash(QSTASH_KEYS), bearerToken({ token: 'wf_token' })), 'neither', post(qstashUrl, {}), 401],
  ['github', github({ secret: GITHUB_SECRET }), 'signed payload', post('https://ci.example.com/gh', { 'x-hub-signature-256': githubSignature(GITHUB_SECRET, json) }), 200],
  ['github', github({ secret: GITHUB_SECRET }), 'signed with another secret', post('https://ci.example.com/gh', { 'x-hub-signature-256': githubSignature('guess', json) }), 403],
  ['stripe', stripe({ secret: STRIPE_SECRET }), 'signed now (replay on)', stripeDelivery, 200, replay],
  ['stripe', stripe({ secret: STRIPE_SECRET }), 'same delivery again (replay)', stripeDelivery, 409, replay],
  ['stripe', stripe({ secret: STRIPE_SECRET }), 'signed 10 minutes ago', post('https://shop.example.com/stripe', { 'stripe-signature': stripeSignature(STRIPE_SECRET, json, now - 600) }), 403],
  ['slack', slack({ signingSecret: SLACK_SECRET }), 'signed now', post('https://bot.example.com/slack', slackHeaders(SLACK_SECRET, form, now), form), 200],
  ['slack', slack({ signingSecret: SLACK_SECRET }), 'timestamp header changed', post('https://bot.example.com/slack', { ...slackHeaders(SLACK_SECRET, form, now), 'x-slack-request-timestamp': String(now - 1) }, form), 403],
  ['standard webhooks', standardWebhooks({ secret: SVIX_SECRET }), 'signed now', post('https://app.example.com/svix', standardWebhooksHeaders(SVIX_SECRET, 'msg_demo', now, json)), 200],
  ['standard webhooks', standardWebhooks({ secret: SVIX_SECRET }), 'webhook-id changed', post('https://app.example.com/svix', { ...standardWebhooksHeaders(SVIX_SECRET, 'msg_demo', now, json), 'webhook-id': 'msg_other' }), 403],
  ['shopify', shopify({ secret: SHOPIFY_SECRET }), 'signed order', post('https://app.example.com/shopify', { 'x-shopify-hmac-sha256': shopifySignature(SHOPIFY_SECRET, json) }), 200],
  ['shopify', shopify({ secret: SHOPIFY_SECRET }), 'no signature', post('https://app.example.com/shopify', {}), 401],
];

const table = [];
let wrong = 0;
for (const [scheme, verifier, label, request, expected, options] of rows) {
  const result = await verifyRequest(request, verifier, { now, ...options });
  const status = result.ok ? 200 : result.error.status;
  if (status !== expected) wrong++;
  table.push({
    scheme,
    request: label,
    verdict: `${result.ok ? 'accepted' : 'refused'} ${status}${status === expected ? '' : ` (expected ${expected})`}`,
    reason: result.ok ? `verified by ${result.scheme}` : `${result.error.code} (${result.error.message})`,
  });
}
printTable(table);
console.log(wrong === 0 ? `All ${rows.length} verdicts as expected.` : `${wrong} of ${rows.length} verdicts were wrong.`);
process.exitCode = wrong === 0 ? 0 : 1;

function printTable(records) {
  const columns = Object.keys(records[0]);
  const widths = columns.map((column) => Math.max(column.length, ...records.map((record) => record[column].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const record of records) console.log(line(columns.map((column) => record[column])));
}
