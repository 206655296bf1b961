// `npm run analyze` writes custom-elements.json from the JSDoc on the element.

/** The analyzer also lists `dispatchEvent(new SomeEvent())` calls it cannot name; the @fires tags already name them. */
function dropUnnamedEvents() {
  return {
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          if (declaration.members) declaration.members = declaration.members.filter((member) => !/@internal/.test(member.description ?? '') && member.name !== '_triage');
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropUnnamedEvents()],
};
