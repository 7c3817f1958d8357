import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../i18n/ui-strings';

/**
 * Page text is hostile input: a report title can hold `<img src=x onerror=…>`. It stays inert as
 * long as no code of ours turns a string into markup or code. This holds every sink shut, across
 * the shipped code (lib/, components/, entrypoints/). Preact escapes text and attribute values,
 * so text rendered through JSX is safe; its one raw-HTML door, dangerouslySetInnerHTML, is a sink
 * here too (tests/tools/lint-firefox.ts relies on that to explain Preact's linter warning).
 */
const SHIPPED_DIRS = ['lib', 'components', 'entrypoints'];

/** Properties whose assignment parses markup. */
const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
/** Calls that parse markup or run strings as code. */
const SINK_CALLS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'eval', 'setHTMLUnsafe', 'parseHTMLUnsafe']);
/** document.write / writeln (a stream's write is not a sink). */
const DOCUMENT_WRITES = new Set(['write', 'writeln']);
const TIMER_CALLS = new Set(['setTimeout', 'setInterval']);

interface Sink {
  where: string;
  what: string;
}

/** The sinks in one TypeScript/TSX source. */
function findSinks(path: string, text: string): Sink[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const sinks: Sink[] = [];
  const report = (node: ts.Node, what: string) =>
    sinks.push({ where: `${path}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`, what });
  const calleeName = (callee: ts.Expression) =>
    ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression) ? callee.argumentExpression.text : '';
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const target = node.left;
      const name = ts.isPropertyAccessExpression(target) ? target.name.text : ts.isElementAccessExpression(target) && ts.isStringLiteral(target.argumentExpression) ? target.argumentExpression.text : '';
      if (MARKUP_PROPERTIES.has(name)) report(node, `assigns ${name}`);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (SINK_CALLS.has(name)) report(node, `calls ${name}`);
      if (DOCUMENT_WRITES.has(name) && ts.isPropertyAccessExpression(node.expression) && /document$/i.test(node.expression.expression.getText(file))) {
        report(node, `calls document.${name}`);
      }
      if (name === 'Function') report(node, 'builds a Function from a string');
      const firstArgument = node.arguments?.[0];
      if (TIMER_CALLS.has(name) && firstArgument && (ts.isStringLiteralLike(firstArgument) || ts.isTemplateExpression(firstArgument))) {
        report(node, `passes a string to ${name}`);
      }
      if (name === 'setAttribute' && firstArgument && ts.isStringLiteralLike(firstArgument) && /^on|^srcdoc$/i.test(firstArgument.text)) {
        report(node, `sets the ${firstArgument.text} attribute`);
      }
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'dangerouslySetInnerHTML') report(node, 'uses dangerouslySetInnerHTML');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return sinks;
}

function shippedSources(): Array<{ path: string; text: string }> {
  return SHIPPED_DIRS.flatMap((dir) =>
    (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
      .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => ({ path: join(dir, name), text: readFileSync(join(ROOT, dir, name), 'utf8') })),
  );
}

describe('markup and code sinks', () => {
  it('appear nowhere in the shipped code', () => {
    const sources = shippedSources();
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.flatMap((source) => findSinks(source.path, source.text))).toEqual([]);
  });

  it('are all recognised (the scan itself)', () => {
    const found = findSinks(
      'components/example.tsx',
      `
      el.innerHTML = title;
      el['outerHTML'] = title;
      frame.srcdoc = page;
      el.insertAdjacentHTML('beforeend', label);
      document.write(label);
      process.stdout.write(label);
      range.createContextualFragment(label);
      eval(code);
      new Function('return 1');
      setTimeout('alert(1)', 0);
      img.setAttribute('onerror', code);
      const A = () => <div dangerouslySetInnerHTML={{ __html: title }} />;
      // Safe: text, attributes and timers with functions.
      el.textContent = title;
      el.setAttribute('title', title);
      setTimeout(() => undefined, 0);
      const B = () => <div title={title}>{title}</div>;
    `,
    );
    expect(found.map((sink) => sink.what)).toEqual([
      'assigns innerHTML',
      'assigns outerHTML',
      'assigns srcdoc',
      'calls insertAdjacentHTML',
      'calls document.write',
      'calls createContextualFragment',
      'calls eval',
      'builds a Function from a string',
      'passes a string to setTimeout',
      'sets the onerror attribute',
      'uses dangerouslySetInnerHTML',
    ]);
  });
});
