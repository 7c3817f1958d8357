// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from '../../../lib/page-ui/page-changes';

const DELAY = 60;
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('watchPageChanges', () => {
  it('calls back once after a burst of page edits, and not for our own UI or our paused writes', async () => {
    document.body.innerHTML = '<div class="article"><p>全年共办理行政复议案件39件。</p></div>';
    const host = document.createElement('report-lens-ui');
    const onChange = vi.fn();
    const watcher = watchPageChanges(document, { owns: (node) => node === host || host.contains(node), onChange, delayMs: DELAY, maxWaitMs: DELAY * 10 });

    // The page's script adds two paragraphs and edits one: one re-read.
    const article = document.querySelector('.article')!;
    for (const text of ['新增案件88件。', '受理案件12件。']) article.append(Object.assign(document.createElement('p'), { textContent: text }));
    (article.firstChild!.firstChild as Text).data = '全年共办理行政复议案件40件。';
    await wait(DELAY / 3);
    expect(onChange).not.toHaveBeenCalled();
    await wait(DELAY * 2);
    expect(onChange).toHaveBeenCalledTimes(1);

    // Our own: our host added, edits inside it, writes made under pause.
    document.documentElement.append(host);
    host.append(document.createElement('div'));
    watcher.pause(() => article.append(document.createElement('report-lens-mark')));
    await wait(DELAY * 3);
    expect(onChange).toHaveBeenCalledTimes(1);

    watcher.stop();
    article.append(document.createElement('p'));
    await wait(DELAY * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still reads a page that never stops changing, at least every maxWaitMs', async () => {
    document.body.innerHTML = '<p id="clock">10:00:00</p>';
    const onChange = vi.fn();
    const watcher = watchPageChanges(document, { owns: () => false, onChange, delayMs: DELAY, maxWaitMs: DELAY * 3 });
    const clock = document.getElementById('clock')!.firstChild as Text;
    // A ticker edits the page every DELAY / 3: never quiet for DELAY.
    for (let tick = 0; tick < 15; tick++) {
      clock.data = `10:00:${String(tick).padStart(2, '0')}`;
      await wait(DELAY / 3);
    }
    watcher.stop();
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(3);
  });
});
