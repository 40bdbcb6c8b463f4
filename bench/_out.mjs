import { build } from 'esbuild';
const r = await build({
  stdin: { contents: `import { github } from '@hookguard/core'; import { withVerification } from '@hookguard/aws-lambda'; export const handler = withVerification(async () => ({ statusCode: 204 }), { verifier: github({ secret: { env: 'S' } }) });`, resolveDir: '/work/main/bench', loader: 'js' },
  bundle: true, minify: true, write: false, platform: 'node', target: 'node20', format: 'esm', logLevel: 'silent', tsconfigRaw: '{}',
});
process.stdout.write(r.outputFiles[0].text);
