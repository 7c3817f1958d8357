// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { wrapSpans } from '../../../lib/highlight/wrap';
import { pageTextFromDocument } from '../../../lib/page-text/from-document';

/** A heading of seed 000 (晋江 2019) with its figure in the same text node, and a table row. */
function setup(html: string) {
  document.body.innerHTML = html;
  return pageTextFromDocument(document);
}

const marks = () => [...document.querySelectorAll('report-lens-mark')].map((m) => [m.getAttribute('data-rl'), m.textContent]);

describe('wrapSpans', () => {
  it('wraps overlapping spans once per piece, in the category of highest priority', () => {
    const { page, locate } = setup('<p>一、办理行政复议案件39件情况</p>');
    const heading = locate(0, page.text.length)!;
    const figure = locate(page.text.indexOf('39件'), page.text.indexOf('39件') + 3)!;
    const wrapped = wrapSpans(document, [
      { span: heading, category: 'heading-1' },
      { span: figure, category: 'figure-disputes' },
    ]);
    expect(marks()).toEqual([
      ['heading-1', '一、办理行政复议案件'],
      ['figure-disputes', '39件'],
      ['heading-1', '情况'],
    ]);
    expect(wrapped.marks).toBe(3);
    // The heading's span now runs from the first piece to the last.
    expect(wrapped.spans[0]!.startContainer.textContent).toBe('一、办理行政复议案件');
    expect(wrapped.spans[0]!.endContainer.textContent).toBe('情况');
    expect(wrapped.spans[1]!.startContainer.textContent).toBe('39件');
    wrapped.undo();
    expect(document.body.innerHTML).toBe('<p>一、办理行政复议案件39件情况</p>');
  });

  it('leaves table-row whitespace and blank pieces alone, wrapping only the cells’ text', () => {
    const { page, locate } = setup('<table><tbody><tr>\n<td>受理</td>\n<td>268件</td>\n</tr></tbody></table>');
    const wrapped = wrapSpans(document, [{ span: locate(0, page.text.length)!, category: 'figure-other' }]);
    expect(marks()).toEqual([
      ['figure-other', '受理'],
      ['figure-other', '268件'],
    ]);
    expect(document.querySelector('tr')!.children).toHaveLength(2);
    wrapped.undo();
    expect(document.querySelectorAll('report-lens-mark')).toHaveLength(0);
  });

  it('reports a span it could not wrap (only blank text) as null', () => {
    const { locate } = setup('<p>行政复议</p>');
    const span = locate(0, 4)!;
    const blank = document.createTextNode('   ');
    document.body.append(blank);
    const wrapped = wrapSpans(document, [
      { span, category: 'clipped' },
      { span: { startContainer: blank, startOffset: 0, endContainer: blank, endOffset: 3 }, category: 'clipped' },
    ]);
    expect(wrapped.spans[0]).not.toBeNull();
    expect(wrapped.spans[1]).toBeNull();
  });
});
