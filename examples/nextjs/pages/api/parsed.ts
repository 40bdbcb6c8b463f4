import type { NextApiRequest, NextApiResponse } from 'next';
import { withVerification } from '@hookguard/vercel';

// The mistake hookguard reports: the default body parser consumes the raw body
// before verification, so every request gets a 500 and the log names the fix.
export default withVerification(async (_req: NextApiRequest, res: NextApiResponse) => {
  res.status(200).json({ unreachable: true });
});
