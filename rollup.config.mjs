import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// esbuild needs the tsconfig (legacy decorators) and an explicit target (TOOLCHAIN.md).
const compile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2021' });
const minify = () => terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } });

export default [
  {
    // The headless engine: no DOM, runs in Node and browsers.
    input: 'src/engine/index.ts',
    output: { file: 'dist/engine.js', format: 'es', sourcemap: true, plugins: [minify()] },
    plugins: [resolve(), compile()],
  },
];
