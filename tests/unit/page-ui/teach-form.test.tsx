// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountPageUi, type PageUi } from '../../../components/page/mount-page-ui';
import type { FinderState, PageActions, PageModel, TeachFormState } from '../../../components/page/page-model';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { figuresInSpan, teachExampleOf } from '../../../lib/page-ui/teach-figures';
import type { Candidate } from '../../../lib/teach/teach-store';
import { useChineseUi } from '../popup/popup-harness';
import { seedText } from './fixture-dom';
import { mockPageActions, pageModel } from './page-ui-harness';

/** 厦门 2021 (seed 003): 全市各级行政复议机关共收到行政复议申请1719件,受理1541件。 */
const text = pageTextFromPlainText(seedText('003_c41d4294c82615c2.txt')).text;
const extraction = extractReport(pageTextFromPlainText(text));
const mentions = extraction.mentions;
const received = mentions.findIndex((m) => m.value === 1719);
const accepted = mentions.findIndex((m) => m.value === 1541);
const spanOf = (quote: string) => {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
};

const somewhere = { left: 100, top: 100, right: 140, bottom: 120 };
let ui: PageUi;
let acts: PageActions;
const $ = (selector: string) => ui.root.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...ui.root.querySelectorAll<HTMLElement>(selector)];
const render = (patch: Partial<PageModel>) => ui.render(pageModel(extraction, patch));
const teachForm = (patch: Partial<TeachFormState> = {}): TeachFormState => ({
  figures: [received],
  userIndicators: [],
  busy: false,
  result: null,
  error: null,
  ...patch,
});
/** Typing into an input as the reader does (happy-dom: set the value, fire input). */
function type(input: HTMLElement, value: string): void {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
const tick = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  useChineseUi();
  document.body.innerHTML = '<div class="article"><p>全市各级行政复议机关共收到行政复议申请1719件，受理1541件</p></div>';
  acts = mockPageActions();
  // happy-dom has no trusted events: these tests accept every event, except the one about forged ones.
  ui = mountPageUi(document, acts, () => true);
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

describe('the figures a selection teaches from', () => {
  it('are the numbers with units inside it, in reading order; a selection of words has none', () => {
    expect(figuresInSpan(mentions, spanOf('收到行政复议申请1719件,受理1541件'))).toEqual([received, accepted]);
    // Part of a number is enough: the reader's drag rarely ends exactly on the unit.
    expect(figuresInSpan(mentions, spanOf('申请17'))).toEqual([received]);
    expect(figuresInSpan(mentions, spanOf('统一接受当事人的行政复议申请'))).toEqual([]);
  });

  it('sends what the engine read of the figure, nothing of the page around it', () => {
    expect(teachExampleOf({ ...mentions[received]!, section: 3, key: 'reconsideration.received' } as never)).toEqual({
      label: mentions[received]!.label,
      value: 1719,
      unit: '件',
      approximate: false,
      change: null,
      scope: mentions[received]!.scope,
      text: mentions[received]!.text,
      start: mentions[received]!.start,
      end: mentions[received]!.end,
    });
  });
});

describe('“这是指标…” on the page', () => {
  it('is offered on a figure card (with “find in other reports”) and by a selection', () => {
    render({ card: { mention: received, rect: somewhere, pinned: true } });
    expect($('[data-testid="card-teach"]')!.textContent).toBe('这是指标…');
    $('[data-testid="card-teach"]')!.click();
    expect(acts.teachFigure).toHaveBeenCalledWith(received);
    expect($('[data-testid="card-find"]')!.textContent).toBe('在其他报告中查找');
    $('[data-testid="card-find"]')!.click();
    expect(acts.findFigure).toHaveBeenCalledWith(received, null);

    render({ selection: somewhere });
    expect($('[data-testid="clip-selection"]')).not.toBeNull();
    $('[data-testid="teach-selection"]')!.click();
    expect(acts.teachSelection).toHaveBeenCalledTimes(1);
    // Once the form is open, the selection's buttons give way to it.
    render({ selection: somewhere, teach: teachForm() });
    expect($('[data-testid="teach-selection"]')).toBeNull();
  });

  it('preselects the figure’s canonical indicator, finds others by typing part of a name (zh or en)', async () => {
    render({ teach: teachForm() });
    const checked = $$('[data-testid="teach-option"]').find((input) => (input as HTMLInputElement).checked) as HTMLInputElement;
    expect(checked.value).toBe('reconsideration.received');
    expect($('[data-testid="teach-figure-shown"]')!.textContent).toContain('1,719件');
    type($('[data-testid="teach-search"]')!, '败诉');
    await tick();
    const listed = () => $$('[data-testid="teach-option"]').map((input) => (input as HTMLInputElement).value);
    // The preselected one stays in view, so what will be sent is never hidden.
    expect(listed()).toEqual(['reconsideration.received', 'litigation.lost']);
    type($('[data-testid="teach-search"]')!, 'court appearance');
    await tick();
    expect(listed()).toEqual(['reconsideration.received', 'litigation.headAppearanceRate']);
    ($$('[data-testid="teach-option"]')[1] as HTMLInputElement).click();
    await tick();
    ($('[data-testid="teach-form"]') as HTMLFormElement).requestSubmit();
    expect(acts.submitTeach).toHaveBeenCalledWith(received, { kind: 'existing', key: 'litigation.headAppearanceRate' });
  });

  it('names a new indicator in zh and/or en', async () => {
    render({ teach: teachForm() });
    expect($('[data-testid="teach-name-zh"]')).toBeNull();
    ($('[data-testid="teach-option-new"]') as HTMLInputElement).click();
    await tick();
    type($('[data-testid="teach-name-zh"]')!, '复议申请量');
    type($('[data-testid="teach-name-en"]')!, 'Review applications');
    await tick();
    ($('[data-testid="teach-form"]') as HTMLFormElement).requestSubmit();
    expect(acts.submitTeach).toHaveBeenCalledWith(received, { kind: 'new', nameZh: '复议申请量', nameEn: 'Review applications' });
  });

  it('lets the reader pick which figure of a selection, and one of their own indicators', async () => {
    const mine = { id: 'user:abc1', nameZh: '复议受理量' };
    render({ teach: teachForm({ figures: [received, accepted], userIndicators: [mine] }) });
    const figures = $$('[data-testid="teach-figure"]') as HTMLInputElement[];
    expect(figures.map((f) => f.closest('label')!.textContent)).toEqual([
      expect.stringContaining('1,719件'),
      expect.stringContaining('1,541件'),
    ]);
    figures[1]!.click();
    type($('[data-testid="teach-search"]')!, '受理量');
    await tick();
    const options = $$('[data-testid="teach-option"]') as HTMLInputElement[];
    const own = options.find((o) => o.value === mine.id)!;
    expect(own.closest('label')!.textContent).toBe('复议受理量我的');
    own.click();
    await tick();
    ($('[data-testid="teach-form"]') as HTMLFormElement).requestSubmit();
    expect(acts.submitTeach).toHaveBeenCalledWith(accepted, { kind: 'existing', key: mine.id });
  });

  it('closes on Escape typed in it (keys stop at the shadow root, so the page never hears them)', () => {
    render({ teach: teachForm() });
    $('[data-testid="teach-search"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(acts.closeTeach).toHaveBeenCalledTimes(1);
    render({ teach: null, finder: { figure: received, indicatorKey: null, name: 'x', candidates: [], reportLabels: {}, busy: false, error: null } });
    $('[data-testid="page-finder"] button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(acts.closeFinder).toHaveBeenCalledTimes(1);
  });

  it('shows a refusal in the reader’s language and keeps the form to correct it', () => {
    render({ teach: teachForm({ error: '已有同名指标，请换一个名称，未作任何更改。' }) });
    expect($('[data-testid="teach-error"]')!.getAttribute('role')).toBe('alert');
    expect($('[data-testid="teach-error"]')!.textContent).toBe('已有同名指标，请换一个名称，未作任何更改。');
    expect($('[data-testid="teach-submit"]')).not.toBeNull();
    render({ teach: teachForm({ busy: true }) });
    expect(($('[data-testid="teach-submit"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows how many saved reports the indicator fills, then finds it in the others', () => {
    const result = { figure: received, indicatorKey: 'user:abc1', name: '复议申请量', filled: 2, confirmed: true };
    render({ teach: teachForm({ result }) });
    expect($('[data-testid="teach-filled"]')!.textContent).toBe('已在 2 份已保存报告中找到');
    expect($('[data-testid="teach-result"]')!.textContent).toContain('本页报告的这个数字已记为读者确认');
    $('[data-testid="teach-find"]')!.click();
    expect(acts.findFigure).toHaveBeenCalledWith(received, 'user:abc1');
    render({ teach: teachForm({ result: { ...result, confirmed: false, filled: 0 } }) });
    expect($('[data-testid="teach-result"]')!.textContent).toContain('本页尚未保存');
  });
});

describe('“find in other reports” from a figure card', () => {
  /** The 九江 2022 sentence, as the background would offer it. */
  const sentence = '全市各级行政复议机关共办理行政复议案件534件';
  const candidate: Candidate = {
    reportId: 7,
    value: 534,
    unit: '件',
    label: '办理行政复议案件',
    sentence,
    highlight: { start: sentence.indexOf('534件'), end: sentence.length },
    quote: { exact: sentence, prefix: '', suffix: '', start: 900, end: 904 },
    score: 0.7,
  };
  const finder = (patch: Partial<FinderState> = {}): FinderState => ({
    figure: received,
    indicatorKey: 'reconsideration.received',
    name: mentions[received]!.label,
    candidates: [candidate],
    reportLabels: { 7: '九江市 2022' },
    busy: false,
    error: null,
    ...patch,
  });

  it('lists the candidates with their report and the number marked; one click confirms', () => {
    render({ finder: finder({ candidates: null }) });
    expect($('[data-testid="page-finder"] [role="status"]')).not.toBeNull();
    expect($('[data-testid="candidates"]')).toBeNull();
    render({ finder: finder() });
    const [row] = $$('[data-testid="candidate"]');
    expect(row!.querySelector('small')!.textContent).toBe('九江市 2022');
    expect(row!.querySelector('[data-testid="candidate-number"]')!.textContent).toBe('534件');
    (row!.querySelector('[data-testid="candidate-confirm"]') as HTMLElement).click();
    expect(acts.confirmCandidate).toHaveBeenCalledWith(candidate);
  });

  it('offers no Confirm for a figure that is no indicator yet, and says how to make it one', () => {
    render({ finder: finder({ indicatorKey: null }) });
    expect($$('[data-testid="candidate"]')).toHaveLength(1);
    expect($('[data-testid="candidate-confirm"]')).toBeNull();
    expect($('[data-testid="finder-needs-indicator"]')!.textContent).toContain('这是指标…');
  });

  it('acts on the reader’s own clicks only, not on a page script’s', () => {
    ui.unmount();
    ui = mountPageUi(document, acts);
    render({ finder: finder() });
    $('[data-testid="candidate-confirm"]')!.click();
    expect(acts.confirmCandidate).not.toHaveBeenCalled();
    render({ teach: teachForm() });
    ($('[data-testid="teach-form"]') as HTMLFormElement).requestSubmit();
    render({ card: { mention: received, rect: somewhere, pinned: true } });
    $('[data-testid="card-teach"]')!.click();
    expect(acts.submitTeach).not.toHaveBeenCalled();
    expect(acts.teachFigure).not.toHaveBeenCalled();
  });
});
