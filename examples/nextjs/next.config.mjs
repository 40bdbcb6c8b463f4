/** @type {import('next').NextConfig} */
export default {
  // The example lives in a pnpm workspace; hookguard's packages are linked, not copied.
  outputFileTracingRoot: new URL('../..', import.meta.url).pathname,
};
