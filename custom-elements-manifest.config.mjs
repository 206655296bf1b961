// `npm run analyze` writes custom-elements.json from the JSDoc on the element.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
