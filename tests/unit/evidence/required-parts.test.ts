import { describe, expect, it } from 'vitest';
import { missingParts, REQUIRED_PART_KEYS, REQUIRED_PARTS, requiredPartsInText } from '../../../lib/evidence/required-parts';
import type { Outline, Section } from '../../../lib/outline/types';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';

const NO_OUTLINE: Outline = { sections: [], items: [] };
const parts = (lines: string[], year: number | null = null) => [...requiredPartsInText(pageTextFromPlainText(lines.join('\n')), year)].sort();
const section = (title: string, area: Section['area']): Section => ({ level: 1, marker: '', title, area, start: 0, end: 0, runIn: false });

describe('REQUIRED_PARTS', () => {
  it('names the four required parts of the 督察工作规定 in Chinese and English', () => {
    expect(REQUIRED_PART_KEYS).toEqual(['measures', 'shortcomings', 'firstResponsibility', 'nextYear']);
    for (const key of REQUIRED_PART_KEYS) {
      expect(REQUIRED_PARTS[key].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(REQUIRED_PARTS[key].en).toMatch(/[a-z]/);
    }
  });
});

describe('requiredPartsInText', () => {
  it('finds headings of each part', () => {
    expect(
      parts(['一、推进依法行政建设法治政府工作情况', '二、当前存在问题和困难', '三、落实第一责任人职责情况', '2020年工作计划'], 2019),
    ).toEqual(['firstResponsibility', 'measures', 'nextYear', 'shortcomings']);
    expect(parts(['二、存在的问题和下步工作打算'])).toEqual(['nextYear', 'shortcomings']);
    expect(parts(['九、存在的问题', '十、2021年工作思路'], 2020)).toEqual(['nextYear', 'shortcomings']);
  });

  it('finds parts told in paragraphs without a heading (seed 003 and 004 wording)', () => {
    expect(parts(['我市法治政府建设也存在一些短板和弱项，主要表现在：一是基层法治建设机构不到位。'])).toEqual(['shortcomings']);
    expect(parts(['和《决定》、《纲要》的规定要求相比，还存在差距，主要表现在：一是依法行政工作机制还需进一步健全。'])).toEqual(['shortcomings']);
    expect(parts(['2022年，我市将以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平法治思想。'], 2021)).toEqual(['nextYear']);
    expect(parts(['各街道、各部门普遍将依法行政作为“一把手工程”来抓，明确了主要领导为依法行政第一责任人。'])).toEqual(['firstResponsibility']);
  });

  it('counts numbered work sections as the measures part', () => {
    expect(parts(['一、强组织、重保障，完善依法行政工作长效机制', '二、夯基础、多方位，加强依法行政能力建设'])).toEqual(['measures']);
  });

  it('counts a first-level heading giving the year’s account as the measures part', () => {
    expect(parts(['一、2021年法治政府建设推进情况'])).toEqual(['measures']);
    expect(parts(['一、2022年度依法行政工作开展情况'])).toEqual(['measures']);
    // The same words in a paragraph, or a plan, are not the heading of the measures part.
    expect(parts(['现将2021年法治政府建设推进情况简要说明。'])).toEqual([]);
    expect(parts(['三、2023年工作安排'], 2022)).toEqual(['nextYear']);
  });

  it('does not take this year’s work for next year’s plan', () => {
    expect(parts(['一、2019年工作重点', '2019年，我市将法治政府建设纳入全市发展总体规划。'], 2019)).toEqual([]);
  });

  it('does not take a passing 存在的问题 in the measures for the shortcomings part', () => {
    expect(parts(['召开法治政府建设示范创建推进会，研究创建工作存在的问题，提出解决创建工作具体措施办法。'])).toEqual([]);
  });
});

describe('missingParts', () => {
  it('lists what neither the outline nor the text shows, in REQUIRED_PARTS order', () => {
    const page = pageTextFromPlainText('一年来，我市法治政府建设取得新成效。');
    expect(missingParts(page, NO_OUTLINE, 2022)).toEqual(['shortcomings', 'firstResponsibility', 'nextYear']);
  });

  it('takes the outline’s areas and heading titles as evidence the text alone misses', () => {
    const page = pageTextFromPlainText(['短板弱项', '努力方向', '压实领导责任'].join('\n'));
    expect(missingParts(page, NO_OUTLINE, 2022)).toEqual(REQUIRED_PART_KEYS);
    const outline: Outline = {
      sections: [
        section('压实党政主要负责人推进法治建设第一责任人职责', 'leadership'),
        section('短板弱项', 'problems'),
        section('努力方向', 'plans'),
      ],
      items: [],
    };
    expect(missingParts(page, outline, 2022)).toEqual([]);
  });
});
