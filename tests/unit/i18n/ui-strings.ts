/**
 * What the UI code says to the reader, read from its syntax tree (TypeScript's parser), so that
 * comments are never mistaken for UI text and a message key is found however it reaches the
 * i18n helper: as a literal, through a conditional, or through a lookup table in the same file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Where UI code lives: Preact components and the entrypoints that mount them. */
export const UI_DIRS = ['components', 'entrypoints'];

/** Han ideographs (CJK Unified, Extension A, Compatibility): text that should be in a locale file. */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export interface SourceFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
}

/** Every .ts/.tsx/.html file under the UI folders (recursively). */
export function uiSourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const dir of UI_DIRS) {
    for (const name of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      if (!/\.(tsx?|html)$/.test(name)) continue;
      const path = join(dir, name);
      files.push({ path: relative(ROOT, join(ROOT, path)), text: readFileSync(join(ROOT, path), 'utf8') });
    }
  }
  return files;
}

export interface Located {
  file: string;
  line: number;
  text: string;
}

export interface UiStrings {
  /** Message keys the code asks for (arguments of t() / getMessage(), resolved). */
  keys: Located[];
  /** Calls whose key could not be traced to string literals in the file. */
  untracedKeys: Located[];
  /** String literals, template text and JSX text: what a key that is used must appear among. */
  literals: Located[];
  /** `__MSG_key__` references (HTML titles, manifest fields). */
  manifestKeys: Located[];
}

/** Is this call the i18n helper: `t(…)`, `getMessage(…)` or `….i18n.getMessage(…)`? */
function isI18nCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't' || callee.text === 'getMessage';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'getMessage';
}

function unwrap(expression: ts.Expression): ts.Expression {
  let node = expression;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) {
    node = node.expression;
  }
  return node;
}

/**
 * The string literals an expression can evaluate to, or null when it cannot be traced. A
 * parameter of the enclosing function is 'forwarded': the helper's own callers are checked.
 */
function traceStrings(expression: ts.Expression, depth = 0): string[] | 'forwarded' | null {
  const node = unwrap(expression);
  if (depth > 8) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) return merge(traceStrings(node.whenTrue, depth + 1), traceStrings(node.whenFalse, depth + 1));
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return traceStrings(node.right, depth + 1);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return merge(traceStrings(node.left, depth + 1), traceStrings(node.right, depth + 1));
    }
    return null;
  }
  if (ts.isElementAccessExpression(node) || ts.isPropertyAccessExpression(node)) {
    const table = declarationOf(node.expression);
    if (!table || !ts.isVariableDeclaration(table) || !table.initializer) return null;
    const object = unwrap(table.initializer);
    if (!ts.isObjectLiteralExpression(object)) return null;
    const values: string[] = [];
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) return null;
      const traced = traceStrings(property.initializer, depth + 1);
      if (!Array.isArray(traced)) return null;
      values.push(...traced);
    }
    return values;
  }
  if (ts.isIdentifier(node)) {
    const declaration = declarationOf(node);
    if (declaration && ts.isParameter(declaration)) return 'forwarded';
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
      return traceStrings(declaration.initializer, depth + 1);
    }
  }
  return null;
}

function merge(a: string[] | 'forwarded' | null, b: string[] | 'forwarded' | null): string[] | 'forwarded' | null {
  if (a === null || b === null) return null;
  if (a === 'forwarded' || b === 'forwarded') return 'forwarded';
  return [...a, ...b];
}

/** The declaration an identifier refers to: a parameter, or a `const`/`let` of an enclosing block. */
function declarationOf(expression: ts.Expression): ts.ParameterDeclaration | ts.VariableDeclaration | null {
  const node = unwrap(expression);
  if (!ts.isIdentifier(node)) return null;
  const named = (declaration: ts.ParameterDeclaration | ts.VariableDeclaration) =>
    ts.isIdentifier(declaration.name) && declaration.name.text === node.text;
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      const parameter = scope.parameters.find(named);
      if (parameter) return parameter;
    }
    if (ts.isBlock(scope) || ts.isSourceFile(scope)) {
      for (const statement of scope.statements) {
        const declaration = ts.isVariableStatement(statement) ? statement.declarationList.declarations.find(named) : undefined;
        if (declaration) return declaration;
      }
    }
  }
  return null;
}

const MANIFEST_KEY = /__MSG_(\w+)__/g;

/** Scans one file (TypeScript/TSX through the parser, HTML by its text nodes and attributes). */
export function scanUiStrings(source: SourceFile): UiStrings {
  const out: UiStrings = { keys: [], untracedKeys: [], literals: [], manifestKeys: [] };
  const lineOf = (offset: number) => source.text.slice(0, offset).split('\n').length;
  for (const match of source.text.matchAll(MANIFEST_KEY)) {
    out.manifestKeys.push({ file: source.path, line: lineOf(match.index), text: match[1] });
  }
  if (source.path.endsWith('.html')) {
    // Text between tags and attribute values, comments removed.
    const html = source.text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
    for (const match of html.matchAll(/>([^<]+)<|"([^"]*)"/g)) {
      out.literals.push({ file: source.path, line: lineOf(match.index), text: match[1] ?? match[2] });
    }
    return out;
  }
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, source.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.literals.push({ file: source.path, line: at(node), text: node.text });
    } else if (ts.isJsxText(node)) {
      out.literals.push({ file: source.path, line: at(node), text: node.text });
    } else if (ts.isCallExpression(node) && isI18nCall(node) && node.arguments.length > 0) {
      const traced = traceStrings(node.arguments[0]);
      if (Array.isArray(traced)) for (const key of traced) out.keys.push({ file: source.path, line: at(node), text: key });
      else if (traced === null) out.untracedKeys.push({ file: source.path, line: at(node), text: node.arguments[0].getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;

export function readLocale(name: string): Messages {
  return JSON.parse(readFileSync(join(ROOT, 'public', '_locales', name, 'messages.json'), 'utf8')) as Messages;
}

export function localeNames(): string[] {
  return readdirSync(join(ROOT, 'public', '_locales')).sort();
}
