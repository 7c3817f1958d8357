import { describe, expect, it } from 'vitest';
import type { SavedClip } from '../../../lib/db/saved-clip';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { anchorClips, MAX_CLIP_CHARS, newClip } from '../../../lib/page-ui/clips';
import { seedText } from './fixture-dom';

const URL_ = 'https://www.xm.gov.cn/zwgk/tzgg/202203/t20220310_2632210.htm';
const text = pageTextFromPlainText(seedText('003_c41d4294c82615c2.txt')).text;
const extraction = extractReport(pageTextFromPlainText(text));

function saved(input: ReturnType<typeof newClip>, id: number): SavedClip {
  return { ...input!, id, canonicalUrl: URL_, reportId: null, createdAt: id };
}

describe('newClip', () => {
  it('anchors a figure clip by its quote, 32 characters of context, position and a text-fragment link', () => {
    const mention = extraction.mentions.find((m) => m.value === 1719)!;
    const clip = newClip(text, URL_, mention, { label: '  全市复议申请 ', note: ' 含市政府351件 ', figure: mention })!;
    expect(clip.anchor).toEqual({
      exact: '1719件',
      prefix: text.slice(mention.start - 32, mention.start),
      suffix: text.slice(mention.end, mention.end + 32),
      start: mention.start,
      end: mention.end,
    });
    expect(clip.label).toBe('全市复议申请');
    expect(clip.note).toBe('含市政府351件');
    expect(clip.figure).toEqual({ value: 1719, unit: '件', approximate: false, key: 'reconsideration.received', scope: mention.scope });
    expect(clip.fragmentUrl.startsWith(`${URL_}#:~:text=`)).toBe(true);
    expect(decodeURIComponent(clip.fragmentUrl)).toContain('1719件');
  });

  it('names a free selection by its own text when the reader gave no label, and refuses empty or overlong spans', () => {
    const start = text.indexOf('设立市级行政复议受理中心');
    const clip = newClip(text, URL_, { start, end: start + 12 }, { label: '', note: '', figure: null })!;
    expect(clip.label).toBe('设立市级行政复议受理中心');
    expect(clip.figure).toBeNull();
    expect(newClip(text, URL_, { start, end: start }, { label: '', note: '', figure: null })).toBeNull();
    expect(newClip(text, URL_, { start: 0, end: MAX_CLIP_CHARS + 1 }, { label: '', note: '', figure: null })).toBeNull();
  });
});

describe('anchorClips', () => {
  const mention = extraction.mentions.find((m) => m.value === 1719)!;
  const figureClip = saved(newClip(text, URL_, mention, { label: '复议申请', note: '', figure: mention }), 1);
  const sentence = text.indexOf('设立市级行政复议受理中心');
  const passageClip = saved(newClip(text, URL_, { start: sentence, end: sentence + 12 }, { label: '', note: '', figure: null }), 2);

  it('finds both clips again after the site added a banner above the article', () => {
    const revisited = '网站改版通知：本站已于今日升级。\n' + text;
    const [figure, passage] = anchorClips(revisited, [figureClip, passageClip]);
    expect(revisited.slice(figure.match!.start, figure.match!.end)).toBe('1719件');
    expect(figure.match!.exact).toBe(true);
    expect(revisited.slice(passage.match!.start, passage.match!.end)).toBe('设立市级行政复议受理中心');
  });

  it('follows a corrected figure by its context, and keeps a clip whose sentence is gone as an orphan', () => {
    const corrected = text.replace('申请1719件', '申请1720件');
    expect(corrected.slice(...(([m]) => [m.match!.start, m.match!.end] as const)(anchorClips(corrected, [figureClip])))).toBe('1720件');

    const paragraphStart = text.lastIndexOf('\n', mention.start) + 1;
    const paragraphEnd = text.indexOf('\n', mention.end);
    const removed = text.slice(0, paragraphStart) + text.slice(paragraphEnd + 1);
    const rows = anchorClips(removed, [figureClip, passageClip]);
    expect(rows.map((r) => [r.clip.id, r.match])).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});
