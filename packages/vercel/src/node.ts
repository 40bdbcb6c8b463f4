import { readEnv, withNodeVerification, type Guard, type NodeRequest, type NodeResponse, type NodeVerificationOptions } from '@hookguard/core';

export type { NodeRequest, NodeResponse, NodeVerificationOptions } from '@hookguard/core';

const CONSUMED = 'in Next.js pages/api, export `config = { api: { bodyParser: false } }` beside the handler';

/** `@vercel/node` functions and Next.js `pages/api`: core's Node handler, with Vercel's proxy trusted on Vercel. */
export function wrapNodeHandler<Req extends NodeRequest, Res extends NodeResponse>(
  handler: (req: Req, res: Res) => unknown,
  options: NodeVerificationOptions<Req, Res>,
  guard: Guard,
  trustProxy: boolean,
): (req: Req, res: Res) => Promise<void> {
  return withNodeVerification(handler, options, { guard, trustProxy, consumedHint: CONSUMED });
}

/** On Vercel, whose edge writes X-Forwarded-Host and X-Forwarded-Proto over whatever the client sent. */
export const onVercel = (): boolean => readEnv('VERCEL') === '1';
