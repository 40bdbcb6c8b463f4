import type { NextApiRequest, NextApiResponse } from 'next';
import { getVerification, withVerification } from '@hookguard/vercel';

// pages/api parses bodies unless told not to; signatures need the raw bytes.
export const config = { api: { bodyParser: false } };

export default withVerification(async (req: NextApiRequest, res: NextApiResponse) => {
  const raw = Buffer.from(getVerification(req)?.body ?? new Uint8Array()).toString();
  res.status(200).json({ hello: 'pages', raw });
});
