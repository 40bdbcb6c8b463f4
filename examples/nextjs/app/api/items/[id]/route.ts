import { getVerification, withVerification } from '@hookguard/vercel';

// An App Router route with typed params; the secret in `verification_key` must equal VERIFICATION_KEY.
export const POST = withVerification(async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  return Response.json({ id, body: await request.text(), scheme: getVerification(request)?.scheme });
});
