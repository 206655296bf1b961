// Reads the test files' `describe` / `it` / `test` titles without running them, so the hazard
// log can name a test and a check can say when that test no longer exists. Titles built in a
// loop are resolved where the loop walks values the file itself writes down (arrays, objects,
// Object.entries of them) or the engine's own tables (RULES): a small evaluator over the
// TypeScript syntax tree. A title it cannot resolve is kept as unresolved under its describe
// block, which the hazard log then names instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Separates describe titles from the test title in a full title. */
export const TITLE_SEPARATOR = ' > ';

const UNKNOWN = Symbol('unknown');
const known = (value) => value !== UNKNOWN;
const deeplyKnown = (value) =>
  value !== UNKNOWN && (value === null || typeof value !== 'object' || Object.values(value).every(deeplyKnown));

/** Every *.test.ts and *.test.mjs file under `dir`, as paths relative to `root`. */
export function testFiles(root, dir = 'test') {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      // test/hosts/ installs its own packages: their tests are not ours.
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(root, path);
      return /\.test\.(ts|mjs)$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** A scope chain of names bound to values (UNKNOWN when the evaluator cannot tell). */
class Scope {
  constructor(parent) {
    this.parent = parent;
    this.names = new Map();
  }
  get(name) {
    return this.names.has(name) ? this.names.get(name) : this.parent ? this.parent.get(name) : UNKNOWN;
  }
  bind(pattern, value) {
    if (ts.isIdentifier(pattern)) this.names.set(pattern.text, value);
    else if (ts.isArrayBindingPattern(pattern)) {
      pattern.elements.forEach((element, index) => {
        if (ts.isBindingElement(element)) this.bind(element.name, known(value) && Array.isArray(value) ? value[index] : UNKNOWN);
      });
    } else if (ts.isObjectBindingPattern(pattern)) {
      for (const element of pattern.elements) {
        const key = (element.propertyName ?? element.name).getText();
        this.bind(element.name, known(value) && value && typeof value === 'object' ? value[key] : UNKNOWN);
      }
    }
  }
}

/** The value of an expression where the file itself determines it; UNKNOWN otherwise. */
function evaluate(node, scope) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node)) return node.text === 'undefined' ? undefined : scope.get(node.text);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node)) {
    return evaluate(node.expression, scope);
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const value = evaluate(node.operand, scope);
    return typeof value === 'number' ? -value : UNKNOWN;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, scope);
      if (!deeplyKnown(value)) return UNKNOWN;
      text += String(value) + span.literal.text;
    }
    return text;
  }
  if (ts.isConditionalExpression(node)) {
    const condition = evaluate(node.condition, scope);
    return known(condition) ? evaluate(condition ? node.whenTrue : node.whenFalse, scope) : UNKNOWN;
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items = [];
    for (const element of node.elements) {
      if (ts.isSpreadElement(element)) {
        const spread = evaluate(element.expression, scope);
        if (!known(spread) || typeof spread?.[Symbol.iterator] !== 'function') return UNKNOWN;
        items.push(...spread);
      } else items.push(evaluate(element, scope));
    }
    return items;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const object = {};
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property)) object[propertyName(property.name, scope)] = evaluate(property.initializer, scope);
      else if (ts.isShorthandPropertyAssignment(property)) object[property.name.text] = scope.get(property.name.text);
      else if (ts.isSpreadAssignment(property)) {
        const spread = evaluate(property.expression, scope);
        if (!known(spread)) return UNKNOWN;
        Object.assign(object, spread);
      } else return UNKNOWN;
    }
    return object;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const object = evaluate(node.expression, scope);
    if (!known(object) || object === null || typeof object !== 'object') return UNKNOWN;
    const key = node.name.text;
    return key in Object(object) ? object[key] : UNKNOWN;
  }
  if (ts.isElementAccessExpression(node)) {
    const object = evaluate(node.expression, scope);
    const key = evaluate(node.argumentExpression, scope);
    return known(object) && object && known(key) && key in Object(object) ? object[key] : UNKNOWN;
  }
  if (ts.isCallExpression(node)) return evaluateCall(node, scope);
  return UNKNOWN;
}

function propertyName(name, scope) {
  if (ts.isComputedPropertyName(name)) {
    const value = evaluate(name.expression, scope);
    return known(value) ? String(value) : '\u0000unknown';
  }
  return name.text;
}

/**
 * The few calls titles are built with: Object.entries/keys, JSON.stringify, join, and functions
 * of the modules the caller provided (the engine, the test helpers that list invariants).
 */
function evaluateCall(node, scope) {
  const args = node.arguments.map((argument) => evaluate(argument, scope));
  const callee = node.expression;
  if (ts.isIdentifier(callee)) {
    const provided = scope.get(callee.text);
    if (typeof provided !== 'function' || !args.every(known)) return UNKNOWN;
    try {
      return provided(...args);
    } catch {
      return UNKNOWN;
    }
  }
  if (!ts.isPropertyAccessExpression(callee)) return UNKNOWN;
  const method = callee.name.text;
  const receiver = callee.expression.getText();
  if (receiver === 'Object' && (method === 'entries' || method === 'keys') && known(args[0]) && args[0] && typeof args[0] === 'object') {
    return method === 'entries' ? Object.entries(args[0]) : Object.keys(args[0]);
  }
  if (receiver === 'JSON' && method === 'stringify') return deeplyKnown(args[0]) ? JSON.stringify(args[0]) : UNKNOWN;
  const object = evaluate(callee.expression, scope);
  if (method === 'join' && Array.isArray(object) && object.every(deeplyKnown) && args.every(known)) return object.join(...args);
  return UNKNOWN;
}

const DECLARERS = new Set(['describe', 'it', 'test']);

/** The describe / it / test call in a statement, if it is one. */
function declaration(statement) {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return null;
  const call = statement.expression;
  return ts.isIdentifier(call.expression) && DECLARERS.has(call.expression.text) ? call : null;
}

/**
 * The titles one file declares. `modules` maps an import specifier's resolved path (relative to
 * the repository) to a module's exports the evaluator may read, e.g. the engine's tables.
 */
export function titlesOf(root, file, modules = {}) {
  const path = join(root, file);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const tests = [];
  const describes = [];

  const visitBlock = (statements, scope, path) => {
    for (const statement of statements) visit(statement, scope, path);
  };

  const visit = (statement, scope, path) => {
    if (ts.isImportDeclaration(statement)) return bindImport(statement, scope);
    if (ts.isVariableStatement(statement)) {
      for (const declared of statement.declarationList.declarations) {
        scope.bind(declared.name, declared.initializer ? evaluate(declared.initializer, scope) : undefined);
      }
      return;
    }
    if (ts.isForOfStatement(statement)) {
      const items = evaluate(statement.expression, scope);
      const pattern = statement.initializer.declarations?.[0]?.name;
      for (const item of known(items) && Array.isArray(items) ? items : [UNKNOWN]) {
        const inner = new Scope(scope);
        if (pattern) inner.bind(pattern, item);
        visit(statement.statement, inner, path);
      }
      return;
    }
    if (ts.isBlock(statement)) return visitBlock(statement.statements, new Scope(scope), path);
    const call = declaration(statement);
    if (!call) return;
    const title = evaluate(call.arguments[0], scope);
    const resolved = typeof title === 'string' ? title : null;
    if (call.expression.text === 'describe') {
      const inner = [...path, resolved];
      if (!inner.includes(null)) describes.push(inner.join(TITLE_SEPARATOR));
      const body = call.arguments[1];
      if (body && (ts.isArrowFunction(body) || ts.isFunctionExpression(body)) && ts.isBlock(body.body)) {
        visitBlock(body.body.statements, new Scope(scope), inner);
      }
    } else {
      tests.push({ path, title: resolved, line: source.getLineAndCharacterOfPosition(call.getStart()).line + 1 });
    }
  };

  const bindImport = (statement, scope) => {
    const specifier = statement.moduleSpecifier.text;
    const target = specifier.startsWith('.') ? relative(root, join(path, '..', specifier)).replace(/\\/g, '/') : specifier;
    const exports = modules[target];
    const clause = statement.importClause;
    if (!clause?.namedBindings) return;
    if (ts.isNamespaceImport(clause.namedBindings)) scope.names.set(clause.namedBindings.name.text, exports ?? UNKNOWN);
    else {
      for (const element of clause.namedBindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        scope.names.set(element.name.text, exports && name in exports ? exports[name] : UNKNOWN);
      }
    }
  };

  visitBlock(source.statements, new Scope(null), []);
  const full = tests.filter((test) => test.title !== null && !test.path.includes(null)).map((test) => [...test.path, test.title].join(TITLE_SEPARATOR));
  const unresolved = tests.filter((test) => test.title === null || test.path.includes(null));
  return { file, tests: full, describes, unresolved, declared: tests.length, source };
}

/**
 * The ids a file names: every string and object key in it; and, separately, the keys of any
 * table of rule examples in it (`{ 'rule-id': { fires: [...], ... } }`, as rule-rows.test.ts has).
 */
export function namesIn(source) {
  const names = new Set();
  const exampleKeys = new Set();
  const walk = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) names.add(node.text);
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      names.add(node.name.text);
      const value = node.initializer;
      const fires = ts.isObjectLiteralExpression(value) && value.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'fires');
      if (fires && ts.isArrayLiteralExpression(fires.initializer) && fires.initializer.elements.length > 0) exampleKeys.add(node.name.text);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return { names, exampleKeys };
}
