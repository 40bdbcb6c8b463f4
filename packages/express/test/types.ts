// Type fixtures, checked by `pnpm typecheck`: the middleware fits Express's routes, and its onFailure gets Express's req and res.
import express from 'express';
import { verification } from '../src/index.js';

const app = express();
// Express's own types for onFailure's req and res, given as type arguments.
app.post('/hook', verification<express.Request, express.Response>({ onFailure: (error, _req, res) => res.status(401).json({ refused: error.code }) }), (_req, res) => res.end());
// @ts-expect-error the options are an object
verification('secret');
