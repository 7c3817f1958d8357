// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPageUi, PAGE_UI_TAG, type PageUi } from '../../../components/page/mount-page-ui';
import type { PageActions, PageModel } from '../../../components/page/page-model';
import type { SavedClip } from '../../../lib/db/saved-clip';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { newClip } from '../../../lib/page-ui/clips';
import { seedText } from './fixture-dom';
import { mockPageActions as actions, pageModel } from './page-ui-harness';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const zh = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/zh_CN/messages.json'), 'utf8')) as Messages;

/** chrome.i18n.getMessage over the real zh_CN messages, placeholders included. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = zh[key];
  if (!entry) return '';
  const values = ([] as string[]).concat(substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => values[Number(n) - 1] ?? '');
  });
}

const text = pageTextFromPlainText(seedText('003_c41d4294c82615c2.txt')).text;
const extraction = extractReport(pageTextFromPlainText(text));
const received = extraction.mentions.findIndex((m) => m.value === 1719);
const model = (patch: Partial<PageModel> = {}) => pageModel(extraction, patch);

const tick = () => new Promise((done) => setTimeout(done, 0));
let ui: PageUi;
let acts: PageActions;
const $ = (selector: string) => ui.root.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...ui.root.querySelectorAll<HTMLElement>(selector)];
/** happy-dom has no trusted events: these tests accept every event, except the one about forged ones. */
const acceptAll = () => true;
const somewhere = { left: 100, top: 100, right: 140, bottom: 120 };

/** Opens every section's lazy figure list in the panel and returns the figure buttons. */
async function openFigureLists(): Promise<HTMLElement[]> {
  for (const details of $$('details')) {
    (details as HTMLDetailsElement).open = true;
    details.dispatchEvent(new Event('toggle'));
  }
  await tick();
  return $$('[data-testid="outline-figure"]');
}

/** The panel's button for the 1719件 figure (全市 received applications). */
const receivedButton = (buttons: HTMLElement[]) => buttons.find((b) => b.querySelector('.figure-value')!.textContent === '1,719件')!;

beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
  document.body.innerHTML = '<div class="article"><p>全市各级行政复议机关共收到行政复议申请1719件</p></div>';
  acts = actions();
  ui = mountPageUi(document, acts, acceptAll);
});

afterEach(() => ui.unmount());

describe('the in-page UI', () => {
  it('mounts in a closed shadow root on a host after <body>, leaving the article alone', () => {
    ui.render(model());
    expect(ui.host.localName).toBe(PAGE_UI_TAG);
    expect(ui.host.parentElement).toBe(document.documentElement);
    expect(document.body.querySelectorAll('*')).toHaveLength(2);
    // The page cannot reach into it: no shadowRoot property, nothing found from the document.
    expect(ui.host.shadowRoot).toBeNull();
    expect(document.querySelector('[data-testid="launcher"]')).toBeNull();
    expect(ui.root.querySelector('style')!.textContent).toContain(':host { all: initial');
    expect(ui.owns($('.launcher'))).toBe(true);
    expect(ui.owns(document.body)).toBe(false);
    ui.unmount();
    expect(document.querySelector(PAGE_UI_TAG)).toBeNull();
    ui = mountPageUi(document, acts, acceptAll);
  });

  it('ignores clicks and submits a page script forges: only trusted events act', () => {
    ui.unmount();
    ui = mountPageUi(document, acts);
    ui.render(model({ card: { mention: received, rect: { left: 0, top: 0, right: 10, bottom: 10 }, pinned: true } }));
    $('[data-testid="card-clip"]')!.click();
    $('[data-testid="open-outline"]')!.click();
    expect(acts.clipFigure).not.toHaveBeenCalled();
    expect(acts.togglePanel).not.toHaveBeenCalled();
    ui.render(model({ form: { quote: '1719件', label: 'forged', mention: received } }));
    ($('[data-testid="clip-form"]') as HTMLFormElement).requestSubmit();
    expect(acts.saveClip).not.toHaveBeenCalled();
  });

  it('ignores a forged click on a panel figure and a forged Escape on its card', async () => {
    ui.unmount();
    ui = mountPageUi(document, acts);
    ui.render(model({ panelOpen: true }));
    receivedButton(await openFigureLists()).click();
    expect(acts.jumpToMention).not.toHaveBeenCalled();
    ui.render(model({ panelOpen: true, card: { mention: received, rect: somewhere, pinned: true } }));
    $('[data-testid="card-clip"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(acts.closeCard).not.toHaveBeenCalled();
  });

  it('keeps the reader’s typing from reaching the page’s key listeners', () => {
    ui.render(model({ form: { quote: '1719件', label: '复议申请', mention: received } }));
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    $('[data-testid="clip-label"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(pageHeard).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageHeard);
  });

  it('shows the launcher with the figure count and its two buttons', () => {
    ui.render(model());
    expect($('[data-testid="open-outline"]')!.textContent).toBe(`报告透镜 · ${extraction.mentions.length} 项数据`);
    $('[data-testid="open-outline"]')!.click();
    $('[data-testid="toggle-highlights"]')!.click();
    expect(acts.togglePanel).toHaveBeenCalledTimes(1);
    expect(acts.toggleHighlights).toHaveBeenCalledTimes(1);
  });

  it('lists the report’s facts, findings and sections with their areas, and jumps on a click (厦门 2021)', () => {
    ui.render(model({ panelOpen: true }));
    expect($('[data-testid="panel-jurisdiction"]')!.textContent).toBe('厦门市');
    expect($('[data-testid="panel-year"]')!.textContent).toBe('2021');
    expect($$('[data-testid="panel-findings"] li').map((li) => li.textContent)).toEqual([
      extraction.meta.onTime === null ? '未能判断是否按时公开' : extraction.meta.onTime ? '按时公开（次年4月1日前）' : '逾期公开（晚于次年4月1日）',
      extraction.meta.missingParts.length ? expect.stringContaining('缺少法定内容') : '四项法定内容齐全',
    ]);
    const headings = $$('[data-testid="outline-heading"]');
    expect(headings.map((h) => h.textContent)).toEqual(extraction.outline.sections.map((s) => s.marker + s.title));
    expect($$('.tree .area-tag').map((t) => t.textContent)).toContain('矛盾纠纷化解');
    headings[3].click();
    expect(acts.jumpToSection).toHaveBeenCalledWith(3);
  });

  it('shows a figure card with the engine’s facts and clips from it', () => {
    ui.render(model({ card: { mention: received, rect: { left: 100, top: 100, right: 140, bottom: 120 }, pinned: false } }));
    const card = $('[data-testid="figure-card"]')!;
    expect($('[data-testid="card-label"]')!.textContent).toBe(extraction.mentions[received].label);
    expect($('[data-testid="card-value"]')!.textContent).toBe('1,719件');
    expect($('[data-testid="card-indicator"]')!.textContent).toBe('行政复议收到申请');
    expect(card.style.top).toBe('126px'); // just below the figure
    $('[data-testid="card-clip"]')!.click();
    expect(acts.clipFigure).toHaveBeenCalledWith(received);
  });

  it('opens a figure’s card from the outline panel with the focus on Clip; Escape gives the focus back (厦门 2021, 1719件)', async () => {
    ui.render(model({ panelOpen: true }));
    const button = receivedButton(await openFigureLists());
    button.focus();
    button.click();
    expect(acts.jumpToMention).toHaveBeenCalledWith(received);
    // The annotator answers jumpToMention with the figure's card, pinned.
    ui.render(model({ panelOpen: true, card: { mention: received, rect: somewhere, pinned: true } }));
    expect($('[data-testid="card-value"]')!.textContent).toBe('1,719件');
    expect(ui.root.activeElement).toBe($('[data-testid="card-clip"]'));
    // The card follows its figure as the page scrolls: a new position does not move the focus.
    ui.render(model({ panelOpen: true, card: { mention: received, rect: { ...somewhere, top: 40, bottom: 60 }, pinned: true } }));
    expect(ui.root.activeElement).toBe($('[data-testid="card-clip"]'));

    $('[data-testid="card-clip"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(acts.closeCard).toHaveBeenCalledTimes(1);
    expect(ui.root.activeElement).toBe(button);
    ui.render(model({ panelOpen: true }));
    expect(ui.root.activeElement).toBe(button);
  });

  it('leaves the focus alone for a card the pointer opened on the page', async () => {
    ui.render(model({ panelOpen: true }));
    const button = receivedButton(await openFigureLists());
    button.focus();
    ui.render(model({ panelOpen: true, card: { mention: received, rect: somewhere, pinned: true } }));
    expect(ui.root.activeElement).toBe(button);
    // Nor does a panel figure whose card never opened hand the focus to a later pointer card.
    button.click();
    ui.render(model({ panelOpen: true }));
    ui.render(model({ panelOpen: true, card: { mention: received, rect: somewhere, pinned: false } }));
    expect(ui.root.activeElement).toBe(button);
  });

  it('saves a clip with the reader’s own label and note', async () => {
    ui.render(model({ form: { quote: '1719件', label: extraction.mentions[received].label, mention: received } }));
    const label = $('[data-testid="clip-label"]') as HTMLInputElement;
    expect(label.value).toBe(extraction.mentions[received].label);
    label.value = '全市复议申请';
    label.dispatchEvent(new Event('input', { bubbles: true }));
    const note = $('[data-testid="clip-note"]') as HTMLTextAreaElement;
    note.value = '全市口径';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    $('[data-testid="clip-save"]')!.click();
    expect(acts.saveClip).toHaveBeenCalledWith('全市复议申请', '全市口径');
  });

  it('lists clips, orphans apart, never dropping one', () => {
    const mention = extraction.mentions[received];
    const clip = (id: number, label: string): SavedClip => ({
      ...newClip(text, 'https://www.xm.gov.cn/a.htm', mention, { label, note: '', figure: mention })!,
      id,
      canonicalUrl: 'https://www.xm.gov.cn/a.htm',
      reportId: null,
      createdAt: id,
    });
    ui.render(
      model({
        panelOpen: true,
        clips: [
          { clip: clip(1, '还在的'), match: { start: mention.start, end: mention.end, exact: true, score: 1 } },
          { clip: clip(2, '已消失的'), match: null },
        ],
      }),
    );
    expect($$('[data-testid="panel-clips"] [data-testid="panel-clip"]').map((li) => li.querySelector('.clip-label')!.textContent)).toEqual(['还在的']);
    const orphans = $$('[data-testid="panel-orphans"] [data-testid="panel-clip"]');
    expect(orphans.map((li) => li.querySelector('.clip-label')!.textContent)).toEqual(['已消失的']);
    expect((orphans[0].querySelector('button') as HTMLButtonElement).disabled).toBe(true);
    ($('[data-testid="panel-clips"] button') as HTMLButtonElement).click();
    expect(acts.jumpToClip).toHaveBeenCalledWith(1);
  });
});
