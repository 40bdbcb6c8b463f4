import { withVerification } from '@hookguard/vercel';

// The `export default { fetch }` form of a web-standard Vercel function.
export default {
  fetch: withVerification(async (request: Request) => new Response(`fetch:${await request.text()}`)),
};
