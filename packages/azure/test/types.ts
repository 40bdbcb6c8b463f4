// Type fixtures, checked by `pnpm typecheck`: the result fits app.http, the handler's types are kept.
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import { withVerification } from '@hookguard/azure';

const handler = withVerification(async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
  context.log(request.url);
  return { jsonBody: await request.json() };
});
app.http('hook', { methods: ['POST'], authLevel: 'anonymous', handler });
declare const request: HttpRequest;
// @ts-expect-error the context keeps its own type
void handler(request, { invocationId: 7 });
// @ts-expect-error the options are an object
withVerification(async () => ({ status: 204 }), 'secret');
