// Type fixtures, checked by `pnpm typecheck`: the plugin registers, and onFailure gets Fastify's request and reply.
import Fastify from 'fastify';
import { verification } from '../src/index.js';

const app = Fastify();
void app.register(verification({ onFailure: (error, _request, reply) => reply.code(401).send({ refused: error.code }) }));
// @ts-expect-error the options are an object
verification('secret');
