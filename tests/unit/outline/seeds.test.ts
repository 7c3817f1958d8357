import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../../lib/outline/extract-outline';
import type { Outline } from '../../../lib/outline/types';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');

function outlineOf(seed: string): Outline {
  return extractOutline(pageTextFromPlainText(readFileSync(join(SEEDS, seed), 'utf8')));
}

/** [level, marker, title] of the level-1 and level-2 headings, read off the seed by hand. */
function topHeadings(outline: Outline): [number, string, string][] {
  return outline.sections.filter((s) => s.level <= 2).map((s) => [s.level, s.marker, s.title]);
}

function section(outline: Outline, title: string) {
  const found = outline.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no heading titled ${title}`);
  return found;
}

describe('000 晋江市 2019: (一) run-in, lost numbers, unnumbered plan heading', () => {
  const outline = outlineOf('000_0584a391d29fbf7b.txt');

  it('finds every level-1 and level-2 heading', () => {
    expect(topHeadings(outline)).toEqual([
      [1, '一、', '推进依法行政建设法治政府工作情况'],
      [2, '(一)', '借智借力,推进科学民主决策'],
      [2, '(二)', '加强执法监督,规范行政执法行为'],
      [2, '(三)', '加强权力制约,营造法治文化氛围'],
      [2, '(四)', '依法化解矛盾纠纷,维护社会和谐稳定'],
      [1, '二、', '当前存在问题和困难'],
      // A one-sentence paragraph is its own heading, without the 。
      [2, '(一)', '各镇(街)、各部门建设法治政府的工作进展不平衡,有的镇(街)和部门在处理加快发展与推进依法行政、建设法治政府的关系上认识还不到位'],
      // (二) and (三) lost their numbers: named by their first sentence, marker ''.
      [2, '', '行政执法存在一些不规范的现象'],
      [2, '', '法制工作人员严重不足,无法更好地承担推进依法行政、建设法治政府各项工作'],
      // No 。 at all: the whole paragraph without its trailing ; (an inner ; does not end it).
      [2, '(四)', '政府机构改革后新旧部门职能调整、工作衔接上还将面临一定的适应期,营商环境还有提升空间;征地拆迁、“两违”管控、环境整治、社会治理、安全生产等屡有新情况、新矛盾、新问题,行政争议和矛盾纠纷化解任务较重'],
      [1, '', '2020年工作计划'],
      [2, '(一)', '着力推进依法治市工作'],
      [2, '(二)', '做好重大行政决策合法性审查工作'],
      [2, '(三)', '严格规范行政执法行为'],
      [2, '(四)', '着力强化行政执法监督'],
      [2, '(五)', '加大依法化解矛盾纠纷排查力度'],
      [2, '(六)', '创新府院联席会议新机制'],
    ]);
    expect(outline.sections).toHaveLength(17);
  });

  it('marks the lost-number headings run-in and the own-line ones not', () => {
    expect(section(outline, '行政执法存在一些不规范的现象').runIn).toBe(true);
    expect(section(outline, '2020年工作计划').runIn).toBe(false);
    expect(section(outline, '借智借力,推进科学民主决策').runIn).toBe(false);
    expect(section(outline, '着力推进依法治市工作').runIn).toBe(true);
  });

  it('does not take the title line, the 时间 line or the "2020我市将继续…" paragraph as headings', () => {
    const titles = outline.sections.map((s) => s.title);
    expect(titles).not.toContain('2019年度晋江市法治政府工作报告');
    expect(titles).not.toContain('计划总结');
    expect(titles.some((t) => t.startsWith('2020我市'))).toBe(false);
  });

  it('reads 一是 items, including "…报备四是" that lost its full stop, under the right (一)–(四)', () => {
    const items = outline.items.map((item) => [item.section, item.marker, item.title]);
    expect(items).toEqual([
      [1, '一是', '落实重大行政决策机制'],
      [1, '二是', '落实重大决策合法性审查制度'],
      [1, '三是', '加强规范性文件监管'],
      [1, '四是', '加强政府法律智库建设按照人员精干、优势互补、理论与实践兼顾原则'],
      [2, '一是', '深入开展行政执法案卷评查'],
      [2, '三是', '持续推进行政执法互联网+”加强行政执法信息化建设'],
      [3, '一是', '主动公开政府信息'],
      [3, '二是', '自觉接受各方监督'],
      // A space stands in for the lost 。 in "三是深入开展七五普法 探索…".
      [3, '三是', '深入开展七五普法'],
      [4, '一是', '推进法治信访坚持用法治思维和法治方式解决信访问题'],
      [4, '二是', '集中复议应诉'],
      [4, '三是', '深化依法行政与行政审判良性互动'],
    ]);
  });

  it('tags the problems part and everything under it, and the 2020 plan', () => {
    expect(section(outline, '推进依法行政建设法治政府工作情况').area).toBeNull();
    expect(section(outline, '当前存在问题和困难').area).toBe('problems');
    expect(section(outline, '行政执法存在一些不规范的现象').area).toBe('problems');
    expect(section(outline, '2020年工作计划').area).toBe('plans');
    // Planned measures keep their subject.
    expect(section(outline, '做好重大行政决策合法性审查工作').area).toBe('decisions');
    expect(section(outline, '创新府院联席会议新机制').area).toBe('disputes');
    expect(section(outline, '加强执法监督,规范行政执法行为').area).toBe('enforcement');
    expect(section(outline, '加强权力制约,营造法治文化氛围').area).toBe('oversight');
  });
});

describe('001 九江市 2022: 一、/（一）/1. with run-in level-3 headings', () => {
  const outline = outlineOf('001_2adae50a77c5f6dd.txt');

  it('finds every level-1 and level-2 heading', () => {
    expect(topHeadings(outline)).toEqual([
      [1, '一、', '2022年全市法治政府建设工作情况'],
      [2, '(一)', '加强组织领导,统筹推进法治政府建设'],
      [2, '(二)', '深化“放管服”改革,依法全面履行政府职能'],
      [2, '(三)', '坚持建章立制,完善依法行政制度体系'],
      [2, '(四)', '依法行政决策,推进决策科学、民主、合法'],
      [2, '(五)', '强化执法监督,推进严格规范公正文明执法'],
      [2, '(六)', '加强监督问效,促进行政权力规范运行'],
      [2, '(七)', '坚持协调联动,依法有效化解社会矛盾纠纷'],
      [1, '二、', '存在的问题和下步工作打算'],
    ]);
    expect(outline.sections.filter((s) => s.level === 3)).toHaveLength(20);
  });

  it('takes the first sentence of a "1." paragraph as a run-in heading, without its 。', () => {
    const page = pageTextFromPlainText(readFileSync(join(SEEDS, '001_2adae50a77c5f6dd.txt'), 'utf8'));
    const first = section(outline, '深入学习宣传贯彻习近平法治思想');
    expect(first).toMatchObject({ level: 3, marker: '1.', runIn: true });
    expect(page.text.slice(first.start, first.end + 1)).toBe('1.深入学习宣传贯彻习近平法治思想。');
    expect(section(outline, '充分发挥法治政府建设示范引领和推动作用')).toMatchObject({ level: 3, marker: '4.', runIn: true });
    expect(section(outline, '发挥行政复议和行政诉讼的监督作用')).toMatchObject({ level: 3, marker: '3.' });
  });

  it('keeps the 2023 plan paragraph and its one-per-line 一是…五是 out of the headings', () => {
    expect(outline.sections.some((s) => s.title.startsWith('2023年'))).toBe(false);
    const last = outline.sections.length - 1;
    expect(outline.items.map((item) => [item.section, item.marker])).toEqual([
      [last, '一是'],
      [last, '二是'],
      [last, '三是'],
      [last, '四是'],
      [last, '五是'],
    ]);
    expect(outline.items[2]!.title).toBe('继续完善依法行政制度体系');
  });

  it('maps sub-headings to their own areas and lets a wordless one inherit', () => {
    expect(section(outline, '2022年全市法治政府建设工作情况').area).toBeNull();
    expect(section(outline, '加强组织领导,统筹推进法治政府建设').area).toBe('leadership');
    expect(section(outline, '深化“放管服”改革,依法全面履行政府职能').area).toBe('functions');
    expect(section(outline, '坚持建章立制,完善依法行政制度体系').area).toBe('rules');
    expect(section(outline, '健全执法监督制度体系').area).toBe('enforcement');
    expect(section(outline, '发挥行政复议和行政诉讼的监督作用').area).toBe('disputes');
    expect(section(outline, '大力推进普法依法治理').area).toBe('capacity');
    expect(section(outline, '全方位提供公共法律服务').area).toBe('disputes');
    expect(section(outline, '存在的问题和下步工作打算').area).toBe('problems');
  });
});

describe('002 沙坡头区 2020: own-line 一、, run-in （一）, signature and chrome after the last heading', () => {
  const outline = outlineOf('002_a97323032518c27f.txt');

  it('finds every level-1 and level-2 heading and nothing else', () => {
    expect(topHeadings(outline)).toEqual([
      [1, '一、', '加强党的领导,统筹推进法治政府建设'],
      [2, '(一)', '坚持党对法治工作的领导,全力推动法治政府建设各项任务落实'],
      [2, '(二)', '完善创建机制,全面开展示范创建工作'],
      [1, '二、', '以建立人民满意政府为目标,政府职能依法全面履行'],
      [2, '(一)', '行政审批制度改革全面推行'],
      [2, '(二)', '严格落实权责清单、负面清单'],
      [2, '(三)', '优化政府组织结构'],
      [2, '(四)', '进一步加强事中事后监管'],
      [1, '三、', '以维护法制统一为目标,完善依法行政制度体系'],
      [1, '四、', '以提高重大决策质量为目标,坚持科学民主合法决策'],
      [1, '五、', '以优化法治环境为目标,严格规范公正文明执法'],
      [2, '(一)', '深化行政执法体制改革'],
      [2, '(二)', '严格规范行政执法'],
      [1, '六、', '以保障权力服务人民为目标,科学有效对行政权力进行制约监督'],
      [1, '七、', '以维护社会和谐稳定为目标,依法有效化解社会矛盾纠纷'],
      [2, '(一)', '完善社会矛盾多元预防调处化解综合机制'],
      [2, '(二)', '加强行政复议和行政应诉工作'],
      [2, '(三)', '加强法治宣传工作'],
      [1, '八、', '以提升依法行政能力为目标,全面提高政府工作人员法治思维和依法行政的水平'],
      [1, '九、', '存在的问题'],
      [1, '十、', '2021年工作思路'],
    ]);
    expect(outline.sections).toHaveLength(21);
  });

  it('maps each 纲要 chapter heading to its area', () => {
    const areas = outline.sections.filter((s) => s.level === 1).map((s) => s.area);
    expect(areas).toEqual(['leadership', 'functions', 'rules', 'decisions', 'enforcement', 'oversight', 'disputes', 'capacity', 'problems', 'plans']);
    expect(section(outline, '加强法治宣传工作').area).toBe('capacity');
    expect(section(outline, '优化政府组织结构').area).toBe('functions');
  });

  it('reads 一是…六是 in the problems part as items of 九、', () => {
    const problems = outline.sections.findIndex((s) => s.title === '存在的问题');
    const underProblems = outline.items.filter((item) => item.section === problems);
    expect(underProblems.map((item) => item.marker)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是']);
    expect(underProblems[0]!.title).toBe('部分单位对法治政府建设工作重视程度不高');
  });
});

describe('003 厦门市 2021: ten own-line 一、 headings, unheaded closing paragraphs', () => {
  const outline = outlineOf('003_c41d4294c82615c2.txt');

  it('finds the ten level-1 headings and no others', () => {
    expect(topHeadings(outline)).toEqual([
      [1, '一、', '坚持以习近平法治思想为指引,加强党对法治政府建设的领导'],
      [1, '二、', '深入推进“放管服”改革,持续优化法治化营商环境'],
      [1, '三、', '加强重点领域立法,着力构建良法善治的制度环境'],
      [1, '四、', '严格落实重大行政决策程序,不断提升行政决策公信力和执行力'],
      [1, '五、', '推进严格规范公正文明执法,建立包容审慎监管执法机制'],
      [1, '六、', '发挥法治引领保障作用,统筹疫情防控和经济社会发展'],
      [1, '七、', '加强矛盾纠纷解决机制建设,不断促进社会公平正义'],
      [1, '八、', '加强行政权力制约监督,促进行政权力规范运行'],
      [1, '九、', '加快推进数字政府建设,强化政府治理科技保障'],
      [1, '十、', '健全领导干部学法用法机制,不断提升依法行政能力建设'],
    ]);
    expect(outline.sections).toHaveLength(10);
  });

  it('maps the ten headings to ten different areas', () => {
    expect(outline.sections.map((s) => s.area)).toEqual([
      'leadership', 'functions', 'rules', 'decisions', 'enforcement', 'emergency', 'disputes', 'oversight', 'digital', 'capacity',
    ]);
  });

  it('reads items after "主要表现在:" and "重点加强七个方面工作:" mid-paragraph', () => {
    expect(outline.items.map((item) => item.marker).join('')).toBe('一是二是三是一是二是三是一是二是三是四是五是六是七是');
    expect(outline.items.slice(3, 6).map((item) => item.title)).toEqual([
      '基层法治建设协调议事机构、日常办事机构设置和编制人员不到位',
      '行政执法力量不足',
      '信息化系统建设力度不够,需要进一步整合融合,提高智能化水平',
    ]);
    expect(outline.items[6]).toMatchObject({ marker: '一是', title: '进一步加强工作统筹', section: 9 });
  });
});

describe('004 template district 2014: 一、 over （一）, one own-line （三） with a 。', () => {
  const outline = outlineOf('004_6600c89832ccf94f.txt');

  it('finds every level-1 and level-2 heading; the page and report titles are not headings', () => {
    expect(topHeadings(outline)).toEqual([
      [1, '一、', '强组织、重保障,完善依法行政工作长效机制'],
      [1, '二、', '夯基础、多方位,加强依法行政能力建设'],
      [1, '三、', '谋创新、保质量,全力把好依法行政源头'],
      [2, '(一)', '严格规范性文件制定程序'],
      [2, '(二)', '加强规范性文件备审监督'],
      [2, '(三)', '强化规范性文件管理'],
      [1, '四、', '健机制、抓落实,积极提升科学民主决策水平'],
      [1, '五、', '多举措、求突破,切实规范行政执法行为'],
      [2, '(一)', '严格行政执法主体资格管理'],
      [2, '(二)', '不断规范行政执法程序'],
      [2, '(三)', '持续推进规范行政处罚自由裁量权工作'],
      [2, '(四)', '建立行政执法与刑事司法衔接机制'],
      [1, '六、', '畅渠道、重调解,积极有效化解社会矛盾'],
      [2, '(一)', '积极畅通行政复议申请渠道'],
      [2, '(二)', '认真审理确保案件办理质量'],
      [2, '(三)', '推行行政机关负责人参加行政复议和诉讼活动'],
      [2, '(四)', '不断夯实基层人民调解组织建设,积极发挥调解促和优势作用'],
      [2, '(五)', '落实领导干部接访包案,狠抓信访积案化解'],
      [1, '七、', '优环节、增效能,稳步转变政府职能'],
      [2, '(一)', '深化行政审批制度改革,构建高效政府'],
      [2, '(二)', '积极推进政务服务体系建设,构建服务型政府'],
      [2, '(三)', '坚持便民主旨,践行群众路线'],
      [2, '(四)', '全力推进政务公开,构建阳光政府'],
      [1, '八、', '重实效、严问责,强化行政权力制约'],
      [2, '(一)', '健全依法决策机制,推进政府法律顾问制度,建立重大决策终身责任追究制度'],
      [2, '(二)', '规范执法行为,优化执法力量'],
      [2, '(三)', '细化行政监督,严肃违法责任追究'],
      [2, '(四)', '推行行政执法公示制度'],
    ]);
  });

  it('treats "(三)推行…活动。" as an own-line heading and the "2014年以区政府…" paragraph after it as text', () => {
    expect(section(outline, '推行行政机关负责人参加行政复议和诉讼活动').runIn).toBe(false);
    expect(outline.sections.some((s) => s.title.startsWith('2014年'))).toBe(false);
  });

  it('gives a wordless chapter the area its sub-headings agree on, and wordless sub-headings their parent’s', () => {
    expect(section(outline, '谋创新、保质量,全力把好依法行政源头').area).toBe('rules');
    expect(section(outline, '认真审理确保案件办理质量').area).toBe('disputes');
    expect(section(outline, '全力推进政务公开,构建阳光政府').area).toBe('oversight');
    expect(section(outline, '强组织、重保障,完善依法行政工作长效机制').area).toBe('leadership');
  });
});
