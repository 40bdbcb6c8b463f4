import type { Config } from '@netlify/functions';
import { getVerification, withVerification } from '@hookguard/netlify';

// A v2 function with the default verifier: header `verification_key` must equal VERIFICATION_KEY.
export default withVerification(async (request: Request) =>
  Response.json({ hello: 'v2', body: await request.text(), scheme: getVerification(request)?.scheme }),
);

export const config: Config = { path: '/api/hasura' };
