import { withVerification } from '@hookguard/vercel';

// The Edge runtime: no node:crypto, so hookguard verifies with WebCrypto.
export const runtime = 'edge';

export const POST = withVerification(async (request: Request) => Response.json({ edge: true, body: await request.text() }));
