import { verify as octokitVerify } from '@octokit/webhooks-methods';
import * as core from '@hookguard/core';
import { bench, do_not_optimize, run, summary } from 'mitata';
import twilioSdk from 'twilio';
import { floor, formBody, jsonBody, NOW, SECRET, signedHeaders, URL_ } from './fixtures.mjs';
const text = jsonBody(1024); const body = Buffer.from(text);
const gh = await signedHeaders('github', text);
const ghv = core.github({ secret: SECRET });
const form = formBody(1024); const formBytes = Buffer.from(form);
const tw = { ...(await signedHeaders('twilio', form)), 'content-type': 'application/x-www-form-urlencoded' };
const twv = core.twilio({ authToken: SECRET });
const params = Object.fromEntries(new URLSearchParams(form));
const ghReq = { method: 'POST', url: URL_, headers: gh, body };
const twReq = { method: 'POST', url: URL_, headers: tw, body: formBytes };
if (!(await core.verifyRequest(twReq, twv)).ok) throw new Error('tw');
summary(() => {
  bench('floor sha256', async () => do_not_optimize(await floor('sha256', body)()));
  bench('hookguard github', async () => do_not_optimize((await core.verifyRequest(ghReq, ghv, { now: NOW })).ok));
  bench('octokit', async () => do_not_optimize(await octokitVerify(SECRET, text, gh['x-hub-signature-256'])));
});
summary(() => {
  bench('floor sha1', async () => do_not_optimize(await floor('sha1', formBytes)()));
  bench('hookguard twilio', async () => do_not_optimize((await core.verifyRequest(twReq, twv, { now: NOW })).ok));
  bench('twilio-node (parsed params)', async () => do_not_optimize(twilioSdk.validateRequest(SECRET, tw['x-twilio-signature'], URL_, params)));
  bench('twilio-node (parses the body)', async () => do_not_optimize(twilioSdk.validateRequest(SECRET, tw['x-twilio-signature'], URL_, Object.fromEntries(new URLSearchParams(formBytes.toString())))));
});
await run();
