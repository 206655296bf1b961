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

// Each language is a file of its own with a stable name, so a host can preload the one it uses.
const isCatalogue = (chunk) => /\/src\/i18n\/(?!en|format|locales|overrides|review)[\w-]+\.ts$/.test(chunk.facadeModuleId ?? '');

// A server (SSR, a build step, a CDN's module preview) may import the drop-in, and Lit's browser
// build reads HTMLElement and document as it loads. Inside the drop-in only, those two names fall
// back to stand-ins where there is no DOM, so the import succeeds and defines nothing; no global is
// set. (The bundler build leaves Lit to the app, whose "node" export condition does this itself.)
const serverSafe = (chunk) =>
  chunk.isEntry ? 'const HTMLElement=globalThis.HTMLElement??class{},document=globalThis.document??{createTreeWalker(){}};' : '';

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
        chunkFileNames: (chunk) => (isCatalogue(chunk) ? 'i18n/[name].js' : 'chunks/[name]-[hash].js'),
        format: 'es',
        intro: serverSafe,
        sourcemap: true,
        plugins: [minify()],
      },
      // A classic <script> cannot load chunks: everything is inside.
      { file: 'dist/bleeding-triage.iife.js', format: 'iife', name: 'BleedingTriage', inlineDynamicImports: true, intro: serverSafe, sourcemap: true, plugins: [minify()] },
    ],
    plugins: [resolve(), ...compile()],
  },
  {
    // For bundlers: Lit stays a dependency so an app loads it once; React is the app's own.
    // @lit/react (BSD-3-Clause, 0.7 KB) is bundled into react.js, so a non-React app never
    // installs it, nor the React types it asks for as a peer.
    // The engine is an entry of its own here, so the element's chunk imports it and an app that
    // imports only `triage` from the main entry can leave the element and Lit out.
    input: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts', engine: 'src/engine/index.ts' },
    external: [/^lit(\/|$)/, /^@lit\/(?!react)/, /^react(\/|$)/],
    // No hoisted imports: they would give index.js a bare `import "lit"`, engine-only imports too.
    output: { dir: 'dist', format: 'es', sourcemap: true, hoistTransitiveImports: false, chunkFileNames: 'chunks/[name]-[hash].js', plugins: [minify()] },
    plugins: [resolve(), ...compile()],
  },
  {
    // FHIR R4 in and out for portals (bleeding-triage/fhir): the engine inside, never the element or Lit.
    input: 'src/fhir/index.ts',
    output: { file: 'dist/fhir.js', format: 'es', sourcemap: true, plugins: [minify()] },
    plugins: [resolve(), ...compile()],
  },
];
