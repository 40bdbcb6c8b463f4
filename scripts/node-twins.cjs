// An esbuild plugin for a package's Node build: where `x.node.ts` sits beside
// `x.ts`, a relative import of `./x.js` resolves to the twin. CommonJS so that
// both the build script and core's tests (under jest) can load it.
const { existsSync, readdirSync } = require('node:fs');

/** Whether the package's sources have any twin, and so need a Node build. */
const hasNodeTwins = (sourceDir) => readdirSync(sourceDir, { recursive: true }).some((file) => String(file).endsWith('.node.ts'));

const nodeTwins = {
  name: 'node-twins',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\/.*\.js$/ }, ({ path, resolveDir }) => {
      const twin = `${resolveDir}/${path.replace(/\.js$/, '.node.ts')}`;
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

module.exports = { hasNodeTwins, nodeTwins };
