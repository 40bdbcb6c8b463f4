// Runs the ESM-only official SDKs (@octokit/webhooks-methods, svix) for the jest
// tests, which run as CommonJS. Reads a JSON list of calls on stdin and writes
// their results as a JSON list: each call is [tool, method, ...args].
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import { Webhook as SvixWebhook } from 'svix';

const tools = {
  octokit: {
    sign: (secret, payload) => octokitSign(secret, payload),
    verify: (secret, payload, signature) => octokitVerify(secret, payload, signature),
  },
  svix: {
    sign: (secret, id, unixSeconds, payload) => new SvixWebhook(secret).sign(id, new Date(unixSeconds * 1000), payload),
    verify: (secret, payload, headers) => {
      try {
        new SvixWebhook(secret).verify(payload, headers);
        return true;
      } catch {
        return false;
      }
    },
  },
};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const [tool, method, ...args] of JSON.parse(input)) results.push(await tools[tool][method](...args));
process.stdout.write(JSON.stringify(results));
