// Compile-time checks (run by `pnpm typecheck`): wrapped handlers keep their types.
import type { VercelApiHandler, VercelRequest, VercelResponse } from '@vercel/node';
import { withVerification } from '@hookguard/vercel';

const vercelHandler: VercelApiHandler = (req, res) => {
  res.json({ body: req.body });
};
export const wrappedVercel: VercelApiHandler = withVerification(vercelHandler);
export const wrappedTyped: (req: VercelRequest, res: VercelResponse) => Promise<void> = withVerification(
  (req: VercelRequest, res: VercelResponse) => void res.status(200).json(req.query),
);

type RouteContext = { params: Promise<{ id: string }> };
export const route: (request: Request, ctx: RouteContext) => Promise<Response> = withVerification(
  async (_request: Request, ctx: RouteContext) => Response.json(await ctx.params),
);
export const fetchExport = { fetch: withVerification((request: Request) => new Response(request.url)) };

// @ts-expect-error the context keeps its type: a number is not a RouteContext
route(new Request('https://x/'), 42);
// @ts-expect-error a function of neither shape is refused
withVerification((count: number) => count);
