import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The README's Vue recipe: the compiler leaves <bleeding-triage> to the browser.
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'bleeding-triage' } } })],
});
