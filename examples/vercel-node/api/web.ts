import { getVerification, withVerification } from '@hookguard/vercel';

// A web-standard Vercel function: `export function POST(request: Request)`.
export const POST = withVerification(async (request: Request) => {
  return Response.json({ hello: 'web', body: await request.text(), scheme: getVerification(request)?.scheme });
});
