import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../lib/outline/extract-outline';
import type { Outline } from '../../../lib/outline/types';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { PageText } from '../../../lib/page-text/types';

/** A paragraph long enough to be body text under any heading. */
const PARAGRAPH = '全年共办理行政复议案件55件，结案55件，有力维护政府权威和群众合法权益，实现法律效果和社会效果的统一。';

function outlineOf(...lines: string[]): Outline {
  return extractOutline(pageTextFromPlainText(lines.join('\n')));
}

function headings(outline: Outline): [number, string, string][] {
  return outline.sections.map((s) => [s.level, s.marker, s.title]);
}

describe('markers and levels', () => {
  it('levels by marker type, with markers as printed (full- and half-width)', () => {
    const outline = outlineOf(
      '一、加强党的领导',
      '（一）完善工作机制',
      '(二)强化督察考核',
      '1.健全制度',
      '2、落实责任',
      '3．加强培训',
      '（1）组织集中学法',
      '(2)开展专题培训',
      '二．依法全面履行政府职能',
      PARAGRAPH,
    );
    expect(headings(outline)).toEqual([
      [1, '一、', '加强党的领导'],
      [2, '（一）', '完善工作机制'],
      [2, '(二)', '强化督察考核'],
      [3, '1.', '健全制度'],
      [3, '2、', '落实责任'],
      [3, '3．', '加强培训'],
      [4, '（1）', '组织集中学法'],
      [4, '(2)', '开展专题培训'],
      [1, '二．', '依法全面履行政府职能'],
    ]);
  });

  it('takes 第一部分 / 第二章 as level 1 and keeps the separator out of the title', () => {
    expect(headings(outlineOf('第一部分 2023年工作情况', PARAGRAPH, '第二章：存在的问题', PARAGRAPH))).toEqual([
      [1, '第一部分', '2023年工作情况'],
      [1, '第二章', '存在的问题'],
    ]);
  });

  it('keeps a separator typed after the closing paren in the marker: （三）、', () => {
    expect(headings(outlineOf('（三）、严格规范公正文明执法', PARAGRAPH))).toEqual([[2, '（三）、', '严格规范公正文明执法']]);
  });

  it('level is the marker type even when a report skips a level', () => {
    expect(headings(outlineOf('一、总体情况', '1.加强组织领导。' + PARAGRAPH)).map(([level]) => level)).toEqual([1, 3]);
  });

  it('does not read numbers, years or clauses as markers', () => {
    const outline = outlineOf(
      '一、依法化解矛盾纠纷',
      '1.5万件行政执法案卷全部完成评查，评查合格率达到98%以上，执法质量进一步提高。',
      '1、2月份，全市共受理行政复议申请120件，同比增长15%，案件数量持续上升。',
      '2021年，全市各级行政复议机关共收到行政复议申请1719件，受理1541件。',
      '一，是坚持问题导向，二是坚持目标导向，持续推进矛盾纠纷多元化解工作。',
      '(2021)年度报告按期公开，接受社会监督，群众满意度进一步提升。',
      '一二、三级医院全部建立医疗纠纷人民调解委员会，调解成功率达到95%。',
    );
    expect(headings(outline)).toEqual([[1, '一、', '依法化解矛盾纠纷']]);
  });

  it('does not take a flattened table row for a heading', () => {
    const outline = outlineOf('一、总体情况', PARAGRAPH, '二、本年新收政府信息公开申请数量 3001 53 0 0 61 4 3119', '三、存在的主要问题', PARAGRAPH);
    expect(headings(outline).map(([, marker]) => marker)).toEqual(['一、', '三、']);
  });
});

describe('run-in and own-line headings', () => {
  it('takes the first sentence of a paragraph that goes on, without its 。', () => {
    const page = pageTextFromPlainText('（一）坚持党对法治工作的领导，全力推动法治政府建设各项任务落实。将法治政府建设工作纳入区委2020年工作要点。');
    const [heading] = extractOutline(page).sections;
    expect(heading).toMatchObject({ level: 2, marker: '（一）', title: '坚持党对法治工作的领导，全力推动法治政府建设各项任务落实', runIn: true });
    expect(page.text[heading!.end]).toBe('。');
    expect(page.text.slice(heading!.start, heading!.end)).toBe('（一）坚持党对法治工作的领导，全力推动法治政府建设各项任务落实');
  });

  it('cuts a run-in first sentence longer than 50 characters at its first clause', () => {
    const longSentence = '加强行政执法队伍建设，严格执法人员持证上岗和资格管理制度，认真做好证件的申领、使用和管理工作，切实提高执法水平';
    expect(longSentence.length).toBeGreaterThan(50);
    const [heading] = outlineOf(`（二）${longSentence}。${PARAGRAPH}`).sections;
    expect(heading).toMatchObject({ title: '加强行政执法队伍建设', runIn: true });
  });

  it('takes a paragraph that is one long sentence whole', () => {
    const sentence = '部分执法人员素质不高，依法行政意识不强，执法过程中仍不同程度存在重实体、轻程序，调查取证不充分等问题';
    const [heading] = outlineOf(`（二）${sentence}。`).sections;
    expect(heading).toMatchObject({ title: sentence, runIn: false });
  });

  it('ends a run-in heading at 。 but not at an inner ；', () => {
    const [heading] = outlineOf('2.强化监督；完善机制。市政府定期研究部署法治政府建设工作。').sections;
    expect(heading!.title).toBe('强化监督；完善机制');
  });

  it('never makes a title longer than 120 characters', () => {
    const [heading] = outlineOf('（一）' + '加强'.repeat(400)).sections;
    expect(heading!.title).toBe('加强'.repeat(60));
    expect(heading!.runIn).toBe(true);
  });
});

describe('skipped and lost numbers', () => {
  it('keeps 一、二、四、 as three level-1 headings and does not promote the paragraph under 二、', () => {
    const outline = outlineOf('一、工作开展情况', PARAGRAPH, '二、存在的问题', PARAGRAPH, '四、下一步工作打算', PARAGRAPH);
    expect(headings(outline)).toEqual([
      [1, '一、', '工作开展情况'],
      [1, '二、', '存在的问题'],
      [1, '四、', '下一步工作打算'],
    ]);
  });

  it('recovers run-in siblings that lost their numbers when the gap matches the paragraphs in it', () => {
    const outline = outlineOf(
      '二、存在的问题',
      '（一）工作进展不平衡。有的部门认识还不到位，推进力度不够。',
      '执法行为不够规范。部分执法人员素质不高，依法行政意识不强。',
      '（三）法治队伍力量薄弱。基层法制机构人员严重不足。',
    );
    expect(headings(outline)).toEqual([
      [1, '二、', '存在的问题'],
      [2, '（一）', '工作进展不平衡'],
      [2, '', '执法行为不够规范'],
      [2, '（三）', '法治队伍力量薄弱'],
    ]);
    expect(outline.sections.map((s) => s.area)).toEqual(['problems', 'problems', 'problems', 'problems']);
  });

  it('does not recover when the number of paragraphs does not match the gap', () => {
    const outline = outlineOf('（一）工作进展不平衡。有的部门认识还不到位。', PARAGRAPH, PARAGRAPH, '（三）法治队伍力量薄弱。基层法制机构人员严重不足。');
    expect(outline.sections.map((s) => s.marker)).toEqual(['（一）', '（三）']);
  });
});

describe('unnumbered own-line headings', () => {
  it('takes a short unpunctuated line between paragraphs at the top level', () => {
    const outline = outlineOf('一、主要工作', PARAGRAPH, '（一）加强组织领导', PARAGRAPH, '存在的问题和不足', PARAGRAPH);
    expect(headings(outline)).toEqual([
      [1, '一、', '主要工作'],
      [2, '（一）', '加强组织领导'],
      [1, '', '存在的问题和不足'],
    ]);
    expect(outline.sections[2]!.area).toBe('problems');
  });

  it('sits one level above a list that restarts right after it', () => {
    const outline = outlineOf('一、主要工作', PARAGRAPH, '（一）加强组织领导', PARAGRAPH, '2024年工作打算', PARAGRAPH, '（一）深化法治政府示范创建', PARAGRAPH);
    expect(outline.sections[2]).toMatchObject({ level: 1, marker: '', title: '2024年工作打算', area: 'plans' });
    const subHeading = outlineOf('一、主要工作', '（一）加强组织领导', PARAGRAPH, '学法用法情况', '1.常务会议学法。' + PARAGRAPH).sections[2];
    expect(subHeading).toMatchObject({ level: 2, title: '学法用法情况' });
  });

  it('ignores the title and lines above the first numbered heading', () => {
    const outline = outlineOf('某某区2023年法治政府建设情况报告', PARAGRAPH, '一、主要工作', PARAGRAPH);
    expect(headings(outline)).toEqual([[1, '一、', '主要工作']]);
  });

  it('ignores signatures, dates, labels and lines followed by nothing a heading introduces', () => {
    const outline = outlineOf(
      '一、主要工作',
      PARAGRAPH,
      '某某市人民政府办公室',
      '2024年3月1日',
      '主要做法如下：',
      PARAGRAPH,
      '(此件公开发布)',
      PARAGRAPH,
      '责任编辑 张三',
    );
    expect(headings(outline)).toEqual([[1, '一、', '主要工作']]);
  });
  it('ignores the tail of a hard-wrapped paragraph and short lines holding a comma', () => {
    const outline = outlineOf(
      '一、总体情况',
      '全年组织4次政府信息公开栏目全覆盖检查，并',
      '及时督促整改',
      '二、主动公开政府信息情况',
      PARAGRAPH,
      '圆满完成各项工作，成效明显',
      PARAGRAPH,
    );
    expect(headings(outline).map(([, marker, title]) => marker + title)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });

  it('does not take a one-character title (a table cell split by a PDF export) for a heading', () => {
    expect(headings(outlineOf('一、总体情况', PARAGRAPH, '（三）不', '予公开', PARAGRAPH))).toEqual([[1, '一、', '总体情况']]);
  });
});

describe('一是 items', () => {
  it('attaches items to the innermost heading and keeps them out of the headings', () => {
    const outline = outlineOf(
      '一、加强党的领导',
      '（一）完善工作机制。一是健全领导体制。二是落实第一责任人职责；三是强化督察考核。',
      '（二）加强法治宣传',
      '一是开展宪法宣传周活动，二是推进“八五”普法。',
    );
    expect(outline.sections).toHaveLength(3);
    expect(outline.items.map((item) => [item.section, item.marker, item.title])).toEqual([
      [1, '一是', '健全领导体制'],
      [1, '二是', '落实第一责任人职责'],
      [1, '三是', '强化督察考核'],
      [2, '一是', '开展宪法宣传周活动'],
      [2, '二是', '推进“八五”普法'],
    ]);
  });

  it('accepts a marker without punctuation before it only as the next number of a sequence', () => {
    const outline = outlineOf('一是严格备案审查。二是加强清理工作并向上级报备三是加强法律顾问队伍建设。这一是非常重要的工作，统一是基本要求。');
    expect(outline.items.map((item) => [item.section, item.marker])).toEqual([
      [-1, '一是'],
      [-1, '二是'],
      [-1, '三是'],
    ]);
  });

  it('restarts numbering under each heading', () => {
    const outline = outlineOf('（一）工作一', '一是甲项工作。二是乙项工作。', '（二）工作二', '下一阶段报备二是丙项工作。');
    expect(outline.items.map((item) => item.section)).toEqual([0, 0]);
  });
});

describe('page model', () => {
  it('reads only body blocks', () => {
    const page = pageTextFromPlainText(['一、首页导航', '二、加强党的领导', PARAGRAPH].join('\n'));
    const blocks = page.blocks.map((block, i) => (i === 0 ? { ...block, role: 'chrome' as const } : block));
    expect(headings(extractOutline({ ...page, blocks }))).toEqual([[1, '二、', '加强党的领导']]);
  });

  it('matches traditional characters through the folded text and returns the original ones', () => {
    const outline = outlineOf('一、堅持黨的領導，統籌推進法治政府建設', PARAGRAPH, '（一）加強行政復議和行政應訴工作', PARAGRAPH);
    expect(outline.sections.map((s) => [s.title, s.area])).toEqual([
      ['堅持黨的領導，統籌推進法治政府建設', 'leadership'],
      ['加強行政復議和行政應訴工作', 'disputes'],
    ]);
  });

  it('returns offsets that point at the marker and end at the title', () => {
    const page = pageTextFromPlainText(['  一、 加强党的领导', '（一）完善机制。' + PARAGRAPH, '存在的问题', PARAGRAPH].join('\n'));
    for (const s of extractOutline(page).sections) {
      const span = page.text.slice(s.start, s.end);
      expect(span.startsWith(s.marker)).toBe(true);
      expect(span.endsWith(s.title)).toBe(true);
    }
  });
});

describe('robustness', () => {
  const empty: PageText = { text: '', folded: '', blocks: [], meta: { url: null, htmlTitle: null, metaTags: {}, indexFields: {} } };

  it('returns an empty outline for an empty page', () => {
    expect(extractOutline(empty)).toEqual({ sections: [], items: [] });
    expect(outlineOf('')).toEqual({ sections: [], items: [] });
  });

  it('never throws and keeps offsets inside the text on random report-like input', () => {
    const pieces = fc.constantFrom('一、', '（一）', '(1)', '1.', '1、', '第一部分', '一是', '二是', '是', '存在的问题', '。', '，', '；', '\n', ' ', '2021年', '1.5万');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 200 }), (parts) => {
        const page = pageTextFromPlainText(parts.join(''));
        const { sections, items } = extractOutline(page);
        for (const s of [...sections, ...items]) expect(0 <= s.start && s.start < s.end && s.end <= page.text.length).toBe(true);
        for (const s of sections) expect(s.level >= 1 && s.level <= 4).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on 5 MB of numbered lines and on one 5 MB block', () => {
    const line = '1.加强行政执法监督。一是完善制度，二是强化考核；三是严格问责。\n';
    const lines = pageTextFromPlainText(line.repeat(Math.ceil(5_000_000 / line.length)));
    const block = pageTextFromPlainText('（一）加强执法。' + '一是加强，'.repeat(1_000_000));
    const started = performance.now();
    expect(extractOutline(lines).sections.length).toBeGreaterThan(100_000);
    expect(extractOutline(block).items.length).toBe(1_000_000);
    // Quadratic work on either page would take minutes; linear takes about a second.
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
