// `pnpm demo`'s script, run as the README's command runs it: every answer as
// expected, exit 0, and not one of the runtimes it started still alive.
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

it('prints one table with every answer as expected and leaves no runtime running', async () => {
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, ['run.mjs'], { cwd: root, maxBuffer: 4 * 1024 * 1024 }, (error, out) =>
      resolve({ code: error ? Number(error.code) : 0, stdout: out }),
    );
  });
  expect(stdout).toMatch(/^platform +scheme +request +expected +actual +verdict$/m);
  const platforms = ['Vercel (@vercel/node)', 'Netlify (netlify-cli)', 'AWS Lambda ×2, one DynamoDB table', 'AWS Lambda (serverless-offline)', 'Next.js (next start)', 'Deno (Deno.serve)', 'Bun (Bun.serve)', 'Cloudflare Workers (wrangler dev)', 'Express', 'Hono (@hono/node-server)', 'Fastify', 'Google Cloud Functions (functions-framework)', 'Azure Functions (@azure/functions behind node:http)'];
  for (const platform of platforms) {
    expect(stdout).toContain(platform);
  }
  const rows = stdout.split('\n').filter((line) => / (ok|WRONG)$/.test(line));
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(rows.filter((line) => line.endsWith('WRONG'))).toEqual([]);
  expect(stdout).toContain(`All ${rows.length} answers as expected.`);
  // Each kind of forgery shows up, refused as it should be.
  for (const request of ['wrong secret', 'body changed by one byte', 'signed for another URL', 'signed an hour ago', 'same delivery again (replay)']) {
    expect(rows.some((line) => line.includes(request) && / (40[139]) +\1 +ok$/.test(line))).toBe(true);
  }
  // A replay across two instances of one function, sharing its replay store.
  expect(rows.some((line) => line.includes('accepted by instance 1, then sent to instance 2') && / 409 +409 +ok$/.test(line))).toBe(true);
  expect(stdout).toMatch(/none left running/);
  const groups = /process groups ([\d, ]+)\); none left running/.exec(stdout)?.[1]?.split(', ').map(Number) ?? [];
  expect(groups).toHaveLength(platforms.length);
  for (const group of groups) expect(() => process.kill(-group, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  expect(code).toBe(0);
}, 300_000);
