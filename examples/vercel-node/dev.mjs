// `node dev.mjs api/a.ts api/b.ts`: each function under @vercel/node's
// startDevServer (the engine of `vercel dev`), with the environment this process
// has. Prints `ready {"api/a.ts":port,...}`; shuts them down on SIGTERM or SIGINT.
import { startDevServer } from '@vercel/node';

const root = new URL('.', import.meta.url).pathname;
const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== undefined));
const servers = await Promise.all(
  process.argv.slice(2).map(async (entrypoint) => {
    const server = await startDevServer({ entrypoint, workPath: root, repoRootPath: root, files: {}, config: {}, meta: { isDev: true, env } });
    if (!server) throw new Error(`startDevServer gave nothing for ${entrypoint}`);
    return [entrypoint, server];
  }),
);
console.log(`ready ${JSON.stringify(Object.fromEntries(servers.map(([entrypoint, server]) => [entrypoint, server.port])))}`);

const shutdown = async () => {
  await Promise.all(servers.map(([, server]) => server.shutdown()));
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
