// Types for React (JSX), Vue, Svelte, Astro and Angular, written from custom-elements.json by the
// manifest analyzer (a plugin in custom-elements-manifest.config.mjs), so a new attribute,
// property or event reaches every framework without a hand edit.
//
// Why not the community plugins (custom-element-vuejs-integration, -svelte-integration,
// @wc-toolkit/jsx-types)? Tried on this manifest they typed each handler's event as
// `CustomEvent<TriageCompleteEvent>` (so `event.detail.result` is an error), looked up
// attribute-only entries as `BleedingTriageElement["undefined"]`, used Svelte 4's `on:` and
// `bind:` syntax, and declared Vue props in kebab-case. Each type here is the element's own
// property type (`BleedingTriageElement['appearance']`), so it is the union the class declares.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TYPES_FROM = './index.js';

/** The public surface of the one custom element in the manifest. */
export function elementApi(manifest) {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);
  const publicFields = element.members.filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.name.startsWith('#'));
  const settable = publicFields.filter((field) => !field.readonly);
  const attributeOf = (field) => element.attributes.find((attribute) => attribute.fieldName === field.name)?.name;
  return {
    tag: element.tagName,
    className: element.name,
    // Attributes hosts write in markup (kebab-case), with the property behind each.
    attributes: settable.filter(attributeOf).map((field) => ({ attribute: attributeOf(field), property: field.name, description: field.description })),
    // Objects: properties only.
    properties: settable.filter((field) => !attributeOf(field)).map((field) => ({ property: field.name, description: field.description })),
    events: element.events.map((event) => ({ name: event.name, type: event.type.text, description: event.description })),
  };
}

const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const imports = (api, extra = []) => `import type { ${[api.className, ...new Set(api.events.map((event) => event.type)), ...extra].join(', ')} } from '${TYPES_FROM}';\n`;
const header = (what) => `// Generated from custom-elements.json by scripts/framework-types.mjs: ${what}\n`;

/** Members of a props type: attributes by attribute name, properties, and events as `on` + name. */
function members(api, { attributeName = (a) => a.attribute, eventName = (e) => `on${e.name}` } = {}) {
  const type = (property) => `${api.className}['${property}']`;
  return [
    ...api.attributes.map((a) => `${doc(a.description)}  ${key(attributeName(a))}?: ${type(a.property)};\n`),
    ...api.properties.map((p) => `${doc(p.description)}  ${key(p.property)}?: ${type(p.property)};\n`),
    ...api.events.map((e) => `${doc(e.description)}  ${key(eventName(e))}?: (event: ${e.type}) => void;\n`),
  ].join('');
}

export function reactJsx(api) {
  return `${header('JSX for React 19, which sets properties and listens to custom events on custom elements.')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(api)}
export interface BleedingTriageJsxProps extends DetailedHTMLProps<HTMLAttributes<${api.className}>, ${api.className}> {
${members(api)}}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${api.tag}': BleedingTriageJsxProps;
    }
  }
}
`;
}

/** `bleeding-triage/react`: the @lit/react component (src/react.ts) takes properties by name and events as `onTriageComplete`. */
export function reactComponent(api) {
  const props = [
    ...api.attributes.map((a) => `${doc(a.description)}  ${a.property}?: ${api.className}['${a.property}'];\n`),
    ...api.properties.map((p) => `${doc(p.description)}  ${p.property}?: ${api.className}['${p.property}'];\n`),
    ...api.events.map((e) => `${doc(e.description)}  on${pascal(e.name)}?: (event: ${e.type}) => void;\n`),
  ].join('');
  return `${header('the React component, and the JSX types of the plain tag (./jsx.js).')}import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
${imports(api)}import './jsx.js';
export type { BleedingTriageJsxProps } from './jsx.js';

export interface BleedingTriageProps extends HTMLAttributes<${api.className}> {
${props}}

/** <${api.tag}> as a React component: properties and listeners set on the element, so they survive hydration. Importing it registers the tag. */
export declare const BleedingTriage: ForwardRefExoticComponent<BleedingTriageProps & RefAttributes<${api.className}>>;
`;
}

export function vue(api) {
  // Vue's checker reads a component's props in camelCase and `@triage-complete` as `onTriageComplete`.
  return `${header('<bleeding-triage> in Vue templates, for vue-tsc and Volar.')}import type { DefineComponent } from 'vue';
${imports(api)}
export interface BleedingTriageVueProps {
${members(api, { attributeName: (a) => camel(a.attribute), eventName: (e) => `on${pascal(e.name)}` })}}

declare module 'vue' {
  interface GlobalComponents {
    '${api.tag}': DefineComponent<BleedingTriageVueProps>;
  }
}
`;
}

export function svelte(api) {
  // Svelte 5 sets a prop as a property when the element has it, and `on` + the name listens.
  return `${header('<bleeding-triage> in Svelte 5 markup, for svelte-check.')}import type { HTMLAttributes } from 'svelte/elements';
${imports(api)}
export interface BleedingTriageSvelteProps extends HTMLAttributes<${api.className}> {
${members(api)}}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    '${api.tag}': BleedingTriageSvelteProps;
  }
}
`;
}

/** Astro renders markup on the server: attributes only (objects and listeners belong in a `<script>`). */
export function astro(api) {
  const attributes = api.attributes.map((a) => `${doc(a.description, '      ')}      ${key(a.attribute)}?: ${api.className}['${a.property}'];\n`).join('');
  return `${header('<bleeding-triage> in Astro templates, for astro check.')}import type { ${api.className} } from '${TYPES_FROM}';

declare global {
  namespace astroHTML.JSX {
    interface BleedingTriageAstroAttributes extends HTMLAttributes {
${attributes}    }
    interface IntrinsicElements {
      '${api.tag}': BleedingTriageAstroAttributes;
    }
  }
}
`;
}

/**
 * Angular: a standalone directive on the tag whose inputs carry the element's types, so Angular's
 * template checker (strictTemplates) checks bindings and attributes; each input sets the property.
 * Shipped in Angular's partial-compilation format, which the Angular CLI links in any app.
 */
export function angular(api, angularVersion) {
  const inputs = [
    ...api.attributes.map((a) => ({ member: a.property, alias: a.property, property: a.property })),
    ...api.attributes.filter((a) => a.attribute !== a.property).map((a) => ({ member: `${a.property}Attribute`, alias: a.attribute, property: a.property })),
    ...api.properties.map((p) => ({ member: p.property, alias: p.property, property: p.property })),
  ];
  const name = 'BleedingTriageDirective';
  const js = `${header('the Angular directive, in partial-compilation form.')}import * as i0 from '@angular/core';

/** Types the inputs of <${api.tag}> in Angular templates and sets each one as the element's property. */
export class ${name} {
  #element = i0.inject(i0.ElementRef).nativeElement;
${inputs.map((input) => `  set ${input.member}(value) {\n    this.#element.${input.property} = value;\n  }\n`).join('')}  static ɵfac = i0.ɵɵngDeclareFactory({ minVersion: '12.0.0', version: '${angularVersion}', ngImport: i0, type: ${name}, deps: [], target: i0.ɵɵFactoryTarget.Directive });
  static ɵdir = i0.ɵɵngDeclareDirective({
    minVersion: '14.0.0',
    version: '${angularVersion}',
    type: ${name},
    isStandalone: true,
    selector: '${api.tag}',
    inputs: { ${inputs.map((input) => `${input.member}: ${input.alias === input.member ? `'${input.alias}'` : `['${input.alias}', '${input.member}']`}`).join(', ')} },
    ngImport: i0,
  });
}
`;
  const typeOf = (property) => `${api.className}['${property}']`;
  const declarationInputs = inputs.map((input) => `"${input.member}": { "alias": "${input.alias}"; "required": false; }; `).join('');
  const dts = `${header('the Angular directive.')}import * as i0 from '@angular/core';
${imports(api)}
/**
 * Add to a standalone component's \`imports\` (with \`schemas: [CUSTOM_ELEMENTS_SCHEMA]\`): Angular's
 * template checker then checks every binding and attribute of <${api.tag}>. Events need nothing:
 * \`(triage-complete)\` is typed by the element's event map.
 */
export declare class ${name} {
${inputs.map((input) => `  set ${input.member}(value: ${typeOf(input.property)});\n`).join('')}  static ɵfac: i0.ɵɵFactoryDeclaration<${name}, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<${name}, "${api.tag}", never, { ${declarationInputs}}, {}, never, never, true, never>;
}
`;
  return { js, dts };
}

/** The analyzer plugin: writes every file above into `outdir`. */
export function frameworkTypesPlugin({ outdir, angularVersion }) {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const api = elementApi(customElementsManifest);
      const write = (file, text) => writeFileSync(join(outdir, file), text);
      write('jsx.d.ts', reactJsx(api));
      write('react.d.ts', reactComponent(api));
      write('vue.d.ts', vue(api));
      write('svelte.d.ts', svelte(api));
      write('astro.d.ts', astro(api));
      const { js, dts } = angular(api, angularVersion);
      write('angular.js', js);
      write('angular.d.ts', dts);
      // Types-only entries still resolve to a module, so a stray runtime import is harmless.
      for (const typesOnly of ['vue', 'svelte', 'astro']) write(`${typesOnly}.js`, 'export {};\n');
    },
  };
}
