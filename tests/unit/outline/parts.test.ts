import { describe, expect, it } from 'vitest';
import { areaOfTitle, isUmbrellaTitle } from '../../../lib/outline/area-of-title';
import { assignAreas } from '../../../lib/outline/assign-areas';
import { readHeadingMarker } from '../../../lib/outline/heading-marker';
import { HEADING_PHRASE, ITEM_PHRASE, leadingPhrase } from '../../../lib/outline/leading-phrase';
import { AREA_WORDS } from '../../../lib/taxonomy/area-words';
import { AREA_KEYS } from '../../../lib/taxonomy/areas';
import { foldText } from '../../../lib/text/fold';

function marker(text: string) {
  const folded = foldText(text);
  const found = readHeadingMarker(folded, 0, folded.length);
  return found && { kind: found.kind, level: found.level, value: found.value, marker: text.slice(0, found.markerEnd), title: text.slice(found.titleStart) };
}

describe('readHeadingMarker', () => {
  it.each([
    ['一、总体情况', 'cjk', 1, 1, '一、', '总体情况'],
    ['十二．其他工作', 'cjk', 1, 12, '十二．', '其他工作'],
    ['二十一、附则', 'cjk', 1, 21, '二十一、', '附则'],
    ['第三部分 下一步工作', 'part', 1, 3, '第三部分', '下一步工作'],
    ['（十）加强监督', 'paren-cjk', 2, 10, '（十）', '加强监督'],
    ['(二) 强化执法', 'paren-cjk', 2, 2, '(二)', '强化执法'],
    ['12.推进政务公开', 'arabic', 3, 12, '12.', '推进政务公开'],
    ['3、 加强培训', 'arabic', 3, 3, '3、', '加强培训'],
    ['（4）组织学法', 'paren-arabic', 4, 4, '（4）', '组织学法'],
  ])('%s', (text, kind, level, value, printed, title) => {
    expect(marker(text)).toEqual({ kind, level, value, marker: printed, title });
  });

  it.each(['一，坚持', '1.5万件', '1、2月份', '(2021)年', '123.以上', '一二、三级', '两、', '第一节 总则', '（一', '是一、'])('rejects %s', (text) => {
    expect(marker(text)).toBeNull();
  });
});

describe('leadingPhrase', () => {
  function phrase(text: string, rules = HEADING_PHRASE) {
    const folded = foldText(text);
    const found = leadingPhrase(folded, 0, folded.length, rules);
    return { title: text.slice(0, found.end), continues: found.continues };
  }

  it('stops at the first sentence end and says whether the paragraph goes on', () => {
    expect(phrase('深入学习宣传贯彻习近平法治思想。市政府带头学法')).toEqual({ title: '深入学习宣传贯彻习近平法治思想', continues: true });
    expect(phrase('推行行政执法公示制度。')).toEqual({ title: '推行行政执法公示制度', continues: false });
    expect(phrase('存在的问题和不足：')).toEqual({ title: '存在的问题和不足', continues: false });
  });

  it('treats ； as a sentence end for items only', () => {
    expect(phrase('巩固调解组织网络建设；二是规范调解卷宗', ITEM_PHRASE).title).toBe('巩固调解组织网络建设');
    expect(phrase('巩固调解组织网络建设；规范调解卷宗', HEADING_PHRASE).title).toBe('巩固调解组织网络建设；规范调解卷宗');
  });

  it('falls back to the first clause (a space counts) when the sentence is long', () => {
    const item = '深入开展七五普法 探索法治宣传教育的服务外包形式，创新推出社工+义工普法服务项目。';
    expect(phrase(item, ITEM_PHRASE).title).toBe('深入开展七五普法');
    expect(phrase(item, HEADING_PHRASE).title).toBe(item.slice(0, -1));
  });
});

describe('areaOfTitle', () => {
  it.each([
    ['加强执法监督,规范行政执法行为', 'enforcement'],
    ['发挥行政复议和行政诉讼的监督作用', 'disputes'],
    ['加强权力制约,营造法治文化氛围', 'oversight'],
    ['深化“放管服”改革,依法全面履行政府职能', 'functions'],
    ['存在的问题和下步工作打算', 'problems'],
    ['2021年工作思路', 'plans'],
    ['坚持党对法治工作的领导', 'leadership'],
    ['优化政府组织结构', 'functions'],
    ['统筹疫情防控和经济社会发展', 'emergency'],
    ['加快推进数字政府建设', 'digital'],
    ['健全领导干部学法用法机制,不断提升依法行政能力建设', 'capacity'],
    ['加强重点领域立法', 'rules'],
    ['依法规范重大行政决策', 'decisions'],
    ['2022年全市法治政府建设工作情况', null],
    ['', null],
    // Wording of reports outside the seeds (other towns, counties and years).
    ['深入学习贯彻党的二十大精神', 'leadership'],
    ['以学习贯彻党的十八届四中全会精神为引领,全面推进依法行政', 'leadership'],
    ['坚持党建引领,夯实基层法治根基', 'leadership'],
    ['深化机构改革,优化政府组织机构', 'functions'],
    ['维护社会稳定,推进平安建设', 'disputes'],
    ['维护社会大局稳定', null],
    ['弘扬尚法精神,营造浓厚法治氛围', 'capacity'],
    ['法治政府建设主要工作开展情况', null],
  ])('%s → %s', (title, area) => {
    expect(areaOfTitle(foldText(title))).toBe(area);
  });
});

describe('AREA_WORDS', () => {
  it('has words for every area, written in folded form (matching runs on page.folded)', () => {
    for (const area of AREA_KEYS) {
      expect(AREA_WORDS[area].length).toBeGreaterThan(0);
      for (const [word, weight] of AREA_WORDS[area]) {
        expect(foldText(word)).toBe(word);
        expect(weight).toBeGreaterThan(0);
      }
    }
  });
});

describe('assignAreas', () => {
  it('lets a wordless sub-heading inherit, and keeps a top-level one null', () => {
    expect(assignAreas([1, 2, 2, 1], ['disputes', null, 'capacity', null])).toEqual(['disputes', 'disputes', 'capacity', null]);
  });

  it('takes the area most direct children agree on for a wordless parent, and not a plurality', () => {
    expect(assignAreas([1, 2, 2, 2], [null, 'rules', 'rules', null])).toEqual(['rules', 'rules', 'rules', 'rules']);
    expect(assignAreas([1, 2, 2, 2, 2], [null, 'rules', 'rules', 'enforcement', 'oversight'])).toEqual([null, 'rules', 'rules', 'enforcement', 'oversight']);
    expect(assignAreas([1, 2], [null, 'rules'])).toEqual([null, 'rules']);
  });

  it('keeps an umbrella heading null even when its children agree', () => {
    expect(assignAreas([1, 2, 2], [null, 'leadership', 'leadership'], [true, false, false])).toEqual([null, 'leadership', 'leadership']);
    expect(isUmbrellaTitle(foldText('一、2023年法治政府建设工作开展情况'))).toBe(true);
    expect(isUmbrellaTitle(foldText('三、谋创新、保质量，全力把好依法行政源头'))).toBe(false);
  });

  it('makes everything under problems a problem but lets planned measures keep their subject', () => {
    expect(assignAreas([1, 2, 3, 1, 2, 2], ['problems', 'enforcement', null, 'plans', 'decisions', null])).toEqual([
      'problems', 'problems', 'problems', 'plans', 'decisions', 'plans',
    ]);
  });
});
