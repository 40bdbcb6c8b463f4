// Core must bundle for Edge runtimes (no Node built-ins) and load without one;
// its Node build (the "node" export condition) leaves the WebCrypto code out.
import { build, buildSync, type Plugin } from 'esbuild';
import { join } from 'node:path';
import type * as WebTwin from '../src/crypto/web.node.js';

const entryPoint = join(__dirname, '../src/index.ts');
const bundle = (platform: 'browser' | 'neutral') =>
  buildSync({ entryPoints: [entryPoint], bundle: true, platform, format: 'esm', write: false, logLevel: 'silent' }).outputFiles[0]!.text;
// The plugin scripts/build-package.mjs builds the Node twin of each package with.
const { nodeTwins } = require('../../../scripts/node-twins.cjs') as { nodeTwins: Plugin };

describe('the core bundle', () => {
  it.each(['browser', 'neutral'] as const)('bundles for the %s platform with no static import of a Node built-in', (platform) => {
    const code = bundle(platform);
    expect(code).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/);
    expect(code).toContain('getBuiltinModule');
  });

  it('keeps WebCrypto for Edge, and leaves it out of the Node build', async () => {
    const result = await build({ entryPoints: [entryPoint], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', plugins: [nodeTwins] });
    const node = result.outputFiles[0]!.text;
    expect(bundle('neutral')).toContain('crypto.subtle');
    expect(node).not.toContain('crypto.subtle');
    expect(node).toContain('getBuiltinModule');
  });

  it('has the Node build refuse loudly where node:crypto is out of reach, never fall back silently', () => {
    const { webBackend, webVerifyEd25519 } = require('../src/crypto/web.node.js') as typeof WebTwin;
    const outOfReach = /node:crypto is out of reach \(process\.getBuiltinModule needs Node 20\.16 or later\)/;
    expect(() => webBackend.hmac('sha256', 'key', 'message', 'hex')).toThrow(outOfReach);
    expect(() => webBackend.digest('sha256', 'message', 'hex')).toThrow(outOfReach);
    expect(() => webVerifyEd25519()).toThrow(outOfReach);
  });
});
