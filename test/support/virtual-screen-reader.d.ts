// The package's self-contained browser build (the one a test page can load without a bundler)
// ships no types of its own; it is the same API as the package's main entry.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
