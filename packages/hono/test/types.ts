// Type fixtures, checked by `pnpm typecheck`: the middleware fits Hono's app.use and its onFailure gets Hono's context.
import { Hono } from 'hono';
import { verification } from '../src/index.js';

const app = new Hono();
app.use('/hooks/*', verification({ onFailure: (error, c) => c.json({ refused: error.code }, 401) }));
// @ts-expect-error onFailure answers a Response
verification({ onFailure: () => 'refused' });
