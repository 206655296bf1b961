// `npm run analyze` writes custom-elements.json from the JSDoc on the element, and from it the
// editor data (VS Code custom data, JetBrains web-types) and the framework types in dist/.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { frameworkTypesPlugin } from './scripts/framework-types.mjs';

const EDITOR_DATA = 'dist';

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

/**
 * The type parser spells out aliases (`Appearance` → `'light' | 'dark' | 'auto'`), which the
 * editors need to offer the values. It spells out every type, though, and a whole result or
 * message catalogue is no help in a tooltip: keep its text on attributes only.
 */
function parsedTypesOnAttributesOnly({ keep }) {
  return {
    name: keep ? 'parsed-types-on-attributes-only' : 'drop-parsed-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const attributes = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const isAttribute = !item.kind || attributes.has(item.name);
            if (!keep || !isAttribute || item.parsedType?.text === item.type?.text) delete item.parsedType;
          }
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
  // The type parser needs TypeScript's checker over the project.
  overrideModuleCreation({ ts, globs }) {
    const inProject = (file) => globs.some((path) => file.fileName.endsWith(path.replace(/^\.\//, '')));
    const files = getTsProgram(ts, globs, 'tsconfig.build.json').getSourceFiles().filter(inProject);
    // A stable order, shallow folders first (as the analyzer's own glob gives): the globbed list
    // comes in whatever order the file system answers.
    const depth = (file) => file.fileName.split('/').length;
    return files.sort((a, b) => depth(a) - depth(b) || (a.fileName < b.fileName ? -1 : 1));
  },
  plugins: [
    dropUnnamedEvents(),
    typeParserPlugin({ hideLogs: true }),
    parsedTypesOnAttributesOnly({ keep: true }),
    customElementVsCodePlugin({ outdir: EDITOR_DATA, typesSrc: 'parsedType', hideLogs: true, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: EDITOR_DATA, typesSrc: 'parsedType', hideLogs: true, webTypesFileName: 'web-types.json' }),
    frameworkTypesPlugin({ outdir: 'dist', angularVersion: '21.0.0' }),
  ],
};
