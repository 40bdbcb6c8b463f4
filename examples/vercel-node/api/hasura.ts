import type { VercelRequest, VercelResponse } from '@vercel/node';
import { getVerification, withVerification } from '@hookguard/vercel';

// The Hasura Action pattern: the secret in header `verification_key` must equal VERIFICATION_KEY.
async function handler(req: VercelRequest, res: VercelResponse) {
  const raw = getVerification(req)?.body ?? new Uint8Array();
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ hello: 'hasura', rawBody: Buffer.from(raw).toString('base64'), parsed: req.body ?? null }));
}

export default withVerification(handler);
