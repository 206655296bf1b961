import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-html-literals';

// esbuild needs the tsconfig (legacy decorators) and an explicit target (TOOLCHAIN.md); es2022 keeps #private names, which terser shortens.
// Lit's html`` and css`` literals keep their whitespace through terser; squeeze them first.
const compile = () => [
  minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
];

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });

const LOCALES = ['es', 'zh-Hans', 'ar'];

// The rule table and the engine that reads it load as one file of their own, as soon as the
// widget connects (src/element/rules.ts): the first question needs none of it. What the element
// itself uses before then (the vocabulary, the stages, which questions to ask, the fallback when
// the rules cannot load) stays in the drop-in.

export default [
  {
    // The drop-in: Lit inside, registers <bleeding-triage> itself.
    input: 'src/define.ts',
    // Lets the entry itself hold the shared code, instead of a re-export of a chunk.
    preserveEntrySignatures: 'allow-extension',
    output: [
      // "Why this advice" and its sources load beside it, from its own folder, when needed.
      // Each locale is its own file with a stable name, so a host can preload the one it uses.
      {
        dir: 'dist',
        entryFileNames: 'bleeding-triage.js',
        chunkFileNames: (chunk) => (LOCALES.includes(chunk.name) ? 'i18n/[name].js' : 'chunks/[name]-[hash].js'),
        format: 'es',
        sourcemap: true,
        plugins: [minify()],
      },
      // A classic <script> cannot load chunks: everything is inside.
      { file: 'dist/bleeding-triage.iife.js', format: 'iife', name: 'BleedingTriage', inlineDynamicImports: true, sourcemap: true, plugins: [minify()] },
    ],
    plugins: [resolve(), ...compile()],
  },
  {
    // For bundlers: Lit stays a dependency so an app loads it once.
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: [/^lit(\/|$)/, /^@lit\//],
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', plugins: [minify()] },
    plugins: [...compile()],
  },
  {
    // The headless engine: no DOM, runs in Node and browsers.
    input: 'src/engine/index.ts',
    output: { file: 'dist/engine.js', format: 'es', sourcemap: true, plugins: [minify()] },
    plugins: [resolve(), ...compile()],
  },
  {
    // FHIR R4 in and out for portals (bleeding-triage/fhir): the engine inside, never the element or Lit.
    input: 'src/fhir/index.ts',
    output: { file: 'dist/fhir.js', format: 'es', sourcemap: true, plugins: [minify()] },
    plugins: [resolve(), ...compile()],
  },
];
