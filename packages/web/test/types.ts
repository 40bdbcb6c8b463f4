// Type fixtures, checked by `pnpm typecheck`: the wrapped handler keeps its parameters.
import { withVerification } from '../src/index.js';

const handler = withVerification(async (request: Request, info: { remoteAddr: string }) => new Response(request.url + info.remoteAddr));
void handler(new Request('https://x.example/'), { remoteAddr: '203.0.113.7' });
// @ts-expect-error the second argument keeps its own type
void handler(new Request('https://x.example/'), { remoteAddr: 7 });
// @ts-expect-error a handler must answer a Response
withVerification(async (_request: Request) => 'not a response');
