// Type fixtures, checked by `pnpm typecheck`: functions-framework's own req and res types are kept.
import { http, type Request, type Response } from '@google-cloud/functions-framework';
import { withVerification } from '@hookguard/google-cloud';

http(
  'hook',
  withVerification((req: Request, res: Response) => {
    res.status(204).send(req.rawBody?.length);
  }),
);
withVerification((_req: Request, res: Response) => res.end(), { onFailure: (error, _req, res) => void res.status(401).json({ refused: error.code }) });
// @ts-expect-error the options are an object
withVerification((_req: Request, res: Response) => res.end(), 'secret');
// @ts-expect-error onFailure gets the handler's own res type
withVerification((_req: Request, res: Response) => res.end(), { onFailure: (_error, _req, res: { nope(): void }) => res.nope() });
