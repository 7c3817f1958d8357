import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../lib/mentions/extract-mentions';
import type { Mention } from '../../../lib/mentions/types';
import { extractOutline } from '../../../lib/outline/extract-outline';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import type { PageText } from '../../../lib/page-text/types';
import { foldText } from '../../../lib/text/fold';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

function mentionsOf(text: string): { page: PageText; mentions: Mention[] } {
  const page = pageTextFromPlainText(text);
  return { page, mentions: extractMentions(page, extractOutline(page)) };
}

/**
 * The one mention whose number is the first digit of `printed` ("受理11件", "15.1%") inside
 * `sentence` of the seed. Sentences are quoted from the seeds and found in the folded text, so
 * ，/, typesetting does not matter.
 */
function mentionAt(page: PageText, mentions: Mention[], sentence: string, printed: string): Mention {
  const at = page.folded.indexOf(foldText(sentence));
  expect(at, `sentence not in seed: ${sentence}`).toBeGreaterThanOrEqual(0);
  const start = at + foldText(sentence).indexOf(foldText(printed)) + foldText(printed).search(/\d/);
  const found = mentions.filter((m) => m.start <= start && start < m.end);
  expect(found, `no single mention for ${printed}`).toHaveLength(1);
  return found[0]!;
}

describe('extractMentions on 厦门 2021 (seed 003): chains and scopes', () => {
  const { page, mentions } = mentionsOf(seedText('003_c41d4294c82615c2.txt'));
  const totals = '全市各级行政复议机关共收到行政复议申请1719件，受理1541件。';
  const subset = '其中，市政府收到行政复议申请351件，受理268件。';

  it('labels the jurisdiction-wide figures and scopes them 全市', () => {
    const received = mentionAt(page, mentions, totals, '1719件');
    expect(received).toMatchObject({ value: 1719, unit: '件', key: 'reconsideration.received', breakdown: false });
    expect(received.label).toContain('收到行政复议申请');
    expect(received.scope).toMatch(/^全市/);
    expect(foldText(received.text)).toBe(foldText(totals));
  });

  it('carries the domain noun along the chain to a verb-only clause (受理1541件)', () => {
    const accepted = mentionAt(page, mentions, totals, '1541件');
    expect(accepted).toMatchObject({ label: '行政复议 受理', key: 'reconsideration.accepted', breakdown: false });
    expect(accepted.scope).toMatch(/^全市/);
  });

  it('marks the 其中 figures as a 市政府 breakdown', () => {
    const received = mentionAt(page, mentions, subset, '351件');
    const accepted = mentionAt(page, mentions, subset, '268件');
    expect(received).toMatchObject({ scope: '市政府', breakdown: true, key: 'reconsideration.received' });
    expect(accepted).toMatchObject({ scope: '市政府', breakdown: true, label: '行政复议 受理' });
  });

  it('places each figure in its innermost section, with that section’s area', () => {
    const received = mentionAt(page, mentions, totals, '1719件');
    const outline = extractOutline(page);
    expect(outline.sections[received.section]!.title).toMatch(/^加强矛盾纠纷解决机制建设/);
    expect(received.area).toBe('disputes');
  });

  it('gives every figure of a 、 list the predicate after its last item (23名法学专家、463名律师担任政府法律顾问)', () => {
    const sentence = '市、区两级党政机关共聘请23名法学专家、463名律师担任政府法律顾问';
    const experts = mentionAt(page, mentions, sentence, '23名');
    const lawyers = mentionAt(page, mentions, sentence, '463名');
    expect(experts).toMatchObject({ key: 'counsel.advisers', continuesList: false, scope: '市、区两级' });
    expect(lawyers).toMatchObject({ key: 'counsel.advisers', continuesList: true });
    // 270名律师担任全市533个村(社区)法律顾问 are village advisers: the list stops at the clause break.
    expect(mentionAt(page, mentions, '聘请270名律师', '270名').continuesList).toBe(false);
  });

  it('reads the noun after a number-first figure (对市政府5项重大行政决策进行合法性审查)', () => {
    const review = mentionAt(page, mentions, '对市政府5项重大行政决策进行合法性审查', '5项');
    expect(review.key).toBe('decisions.legalReview');
    expect(review.label).toContain('重大行政决策进行合法性审查');
  });
});

describe('extractMentions on 晋江 2019 (seed 000)', () => {
  const { page, mentions } = mentionsOf(seedText('000_0584a391d29fbf7b.txt'));
  const caseload = '今年共办理行政复议案件55件，结案55件。';
  const outcomes = '其中，维持39件，撤销2件，终止7件，驳回申请3、确认违法1件，责令履行1件，不予受理2有力维护';

  it('keeps the noun phrase and drops the time and filler words (共办理行政复议案件55件)', () => {
    const handled = mentionAt(page, mentions, caseload, '55件');
    expect(handled).toMatchObject({ label: '办理行政复议案件', key: 'reconsideration.accepted', scope: null });
    expect(mentionAt(page, mentions, caseload, '结案55件')).toMatchObject({ label: '行政复议 结案', key: 'reconsideration.closed' });
  });

  it('continues the previous sentence’s chain in a sentence opening with 其中', () => {
    const upheld = mentionAt(page, mentions, outcomes, '39件');
    expect(upheld).toMatchObject({ label: '行政复议 维持', scope: '其中', breakdown: true, key: null });
    expect(mentionAt(page, mentions, outcomes, '确认违法1件')).toMatchObject({ label: '行政复议 确认违法', breakdown: true });
  });

  it('does not take 泉州市政府, the object of 向…报备, as the scope', () => {
    const filed = mentionAt(page, mentions, '报备规范性文件29', '29');
    expect(filed).toMatchObject({ key: 'normativeDocs.filed', scope: null, unit: '件' });
  });

  it('does not carry a key across clauses: 提出法律意见35条 is opinions, 列席…会议60场 is nothing', () => {
    const sentence = '列席市政府常务会、各类专题会议、专项协调会议60场，提出法律意见35条';
    expect(mentionAt(page, mentions, sentence, '60场').key).toBeNull();
    expect(mentionAt(page, mentions, sentence, '35条')).toMatchObject({ key: 'counsel.opinions', scope: null });
  });

  it('ends a label at a 、 that follows a figure: 合同文本30份 does not borrow 审查规范性文件', () => {
    const contracts = mentionAt(page, mentions, '共参与审查规范性文件29份、合同文本30份', '30份');
    expect(contracts.label).toMatch(/合同文本$/);
    expect(contracts.key).toBeNull();
  });

  it('does not count petitions re-examined (复查) as petitions handled', () => {
    expect(mentionAt(page, mentions, '今年共对46件信访事项进行复查', '46件').key).toBeNull();
  });
});

describe('extractMentions on 九江 2022 (seed 001)', () => {
  const { page, mentions } = mentionsOf(seedText('001_2adae50a77c5f6dd.txt'));

  it('maps 立案受理行政复议案件534件 to accepted and 办结514件 to closed, scoped 全市', () => {
    const sentence = '2022年全市立案受理行政复议案件534件，办结514件（含往年结转）。';
    expect(mentionAt(page, mentions, sentence, '534件')).toMatchObject({ label: '立案受理行政复议案件', key: 'reconsideration.accepted', scope: '全市' });
    expect(mentionAt(page, mentions, sentence, '514件')).toMatchObject({ label: '行政复议 办结', key: 'reconsideration.closed', scope: '全市' });
  });

  it('reads a percentage as the head-of-agency appearance rate and leaves its 较上年 change without a key', () => {
    const sentence = '2022年全市行政机关负责人出庭率应诉率达92.12%，较上年提高15%。';
    expect(mentionAt(page, mentions, sentence, '92.12%')).toMatchObject({
      value: 92.12,
      unit: '%',
      change: null,
      key: 'litigation.headAppearanceRate',
    });
    expect(mentionAt(page, mentions, sentence, '15%')).toMatchObject({ value: 15, change: 'up', key: null });
  });

  it('keeps 余 as approximate and reaches the training figure through the chain (参加人数60000余人次)', () => {
    const trainees = mentionAt(page, mentions, '全年共举办习近平法治思想学习培训1261次，参加人数60000余人次', '60000余人次');
    expect(trainees).toMatchObject({ value: 60000, unit: '人次', approximate: true, key: 'capacity.trainees' });
    expect(trainees.label).toBe('培训 参加人数');
  });

  it('ignores domain words inside 《》 titles: 45件有关文件 under 《…规范性文件合法性审核工作指引》 is no review count', () => {
    const replies = mentionAt(page, mentions, '政府的45件有关文件', '45件');
    expect(replies.key).toBeNull();
  });
});

describe('extractMentions on 2014 区 report (seed 004)', () => {
  const { page, mentions } = mentionsOf(seedText('004_6600c89832ccf94f.txt'));

  it('marks 同比下降15.1% as a change with no key', () => {
    const change = mentionAt(page, mentions, '区群众来信来访1735人（次），同比下降15.1%', '15.1%');
    expect(change).toMatchObject({ value: 15.1, change: 'down', key: null });
  });

  it('refuses 不予受理1件 and keeps 受理11件 after 收到行政复议申请12件', () => {
    const sentence = '2014年共收到行政复议申请12件，受理11件，不予受理1件，中止11件。';
    expect(mentionAt(page, mentions, sentence, '12件').key).toBe('reconsideration.received');
    expect(mentionAt(page, mentions, sentence, '受理11件').key).toBe('reconsideration.accepted');
    expect(mentionAt(page, mentions, sentence, '不予受理1件').key).toBeNull();
  });

  it('keeps the parts of a litigation total in the same chain (一审26件 is 行政诉讼, never 行政复议)', () => {
    const sentence = '2014年以区政府为被告的行政诉讼案件共计42件，一审26件，结案18件';
    expect(mentionAt(page, mentions, sentence, '42件')).toMatchObject({ key: 'litigation.cases', scope: '区政府' });
    const closed = mentionAt(page, mentions, sentence, '18件');
    expect(closed.label).toBe('行政诉讼 结案');
    expect(closed.key).toBeNull();
  });
});

describe('extractMentions on 沙坡头 2020 (seed 002)', () => {
  const { page, mentions } = mentionsOf(seedText('002_a97323032518c27f.txt'));

  it('starts a breakdown at a 其中 inside the sentence', () => {
    const sentence = '设置党政机构31个，其中政府工作部门21个';
    expect(mentionAt(page, mentions, sentence, '31个')).toMatchObject({ breakdown: false, scope: null, label: '设置党政机构' });
    expect(mentionAt(page, mentions, sentence, '21个')).toMatchObject({ breakdown: true, scope: '其中', label: '政府工作部门' });
  });

  it('reads 678余件 as approximate legal opinions and 11名公职律师 as advisers', () => {
    expect(mentionAt(page, mentions, '提供法律意见678余件', '678余件')).toMatchObject({ value: 678, approximate: true, key: 'counsel.opinions' });
    expect(mentionAt(page, mentions, '11名公职律师参与所在单位行政决策', '11名').key).toBe('counsel.advisers');
  });
});

describe('extractMentions reads only what it should', () => {
  it('skips blocks that are not body text', () => {
    const page = pageTextFromPlainText('受理行政复议申请1541件。\n受理行政复议申请268件。');
    page.blocks[0] = { ...page.blocks[0]!, role: 'chrome' };
    const mentions = extractMentions(page, { sections: [], items: [] });
    expect(mentions.map((m) => m.value)).toEqual([268]);
    expect(mentions[0]).toMatchObject({ section: -1, area: null });
  });

  it('matches traditional-character pages through the folded text and labels them as printed', () => {
    const { mentions } = mentionsOf('全市各級行政復議機關共收到行政復議申請1719件，受理1541件。');
    expect(mentions.map((m) => m.key)).toEqual(['reconsideration.received', 'reconsideration.accepted']);
    expect(mentions[1]!.label).toBe('行政復議 受理');
  });

  it('does not lend the chain noun to a breakdown item that names its own object', () => {
    const { mentions } = mentionsOf('全年审查规范性文件45件，其中，部门规范性文件审查6件，政府合同审查30件，其他事项审查9件。');
    expect(mentions.map((m) => [m.value, m.label, m.key])).toEqual([
      [45, '审查规范性文件', 'normativeDocs.reviewed'],
      [6, '部门规范性文件审查', 'normativeDocs.reviewed'],
      [30, '政府合同审查', null],
      [9, '其他事项审查', null],
    ]);
  });

  it('keeps a 约 that ends a word in the label and the figure exact (村规民约 vs 约300人)', () => {
    const { mentions } = mentionsOf('指导各村修订村规民约12部，参与村民约300人。');
    expect(mentions.map((m) => [m.label, m.value, m.approximate])).toEqual([
      ['指导各村修订村规民约', 12, false],
      ['参与村民', 300, true],
    ]);
  });

  it('keys a total over a list of different objects to none of them', () => {
    const { mentions } = mentionsOf('司法所对重大行政决策、行政规范性文件和政府合同开展合法性审查215件。');
    expect(mentions.map((m) => [m.value, m.key])).toEqual([[215, null]]);
  });

  it('takes no figure from inside a 《》 title', () => {
    const { mentions } = mentionsOf('出台《关于优化营商环境的十条措施》，审核规范性文件12件。');
    expect(mentions.map((m) => [m.value, m.key])).toEqual([[12, 'normativeDocs.reviewed']]);
  });

  it('returns nothing for an empty page', () => {
    expect(mentionsOf('').mentions).toEqual([]);
  });

  it('never throws and keeps every offset inside the page, on report-like fragments in random order', () => {
    const pieces = fc.constantFrom('一、', '（一）', '行政复议', '受理', '收到', '申请', '件', '%', '同比下降', '余', '万', '《', '》', '(', ')', '、', '。', '，', '其中，', '全市', '市政府', '\n', '１２３', '45');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 200 }), (parts) => {
        const { page, mentions } = mentionsOf(parts.join(''));
        for (const m of mentions) {
          expect(0 <= m.start && m.start < m.end && m.end <= page.text.length).toBe(true);
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on one 1 MB sentence of chained clauses', () => {
    const text = '全市共收到行政复议申请1719件，其中，受理1541件，'.repeat(40_000);
    const started = performance.now();
    const { mentions } = mentionsOf(text);
    expect(mentions).toHaveLength(80_000);
    expect(mentions[1]).toMatchObject({ label: '行政复议 受理', breakdown: true });
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('stays linear on a 5 MB paragraph without punctuation', () => {
    const unit = '行政复议受理1541件其中市政府收到申请351件全市各级《规范性文件》';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const started = performance.now();
    const { mentions } = mentionsOf(text);
    expect(mentions.length).toBeGreaterThan(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});

describe('a figure right after another one shares its verb', () => {
  it('cancelled powers counted per unit (取消了…5个单位6项行政权力) are not the list’s size', () => {
    const { mentions } = mentionsOf('开展权责清单动态调整工作，取消了县公安局等5个单位6项行政权力，公布县级行政权责事项1286项。');
    const byValue = (value: number) => mentions.find((m) => m.value === value)!;
    expect(byValue(6).key).toBeNull();
    expect(byValue(1286).key).toBe('functions.powerListItems');
  });
});

describe('power list items counted in 个', () => {
  it('count the items when the items are named, not the departments that own lists', () => {
    const { mentions } = mentionsOf('全区53个单位共梳理行政权责事项12934个。公布43个部门权责清单，确定11个类别行政权责事项。');
    expect(mentions.find((m) => m.value === 12934)!.key).toBe('functions.powerListItems');
    expect(mentions.find((m) => m.value === 43)!.key).toBeNull();
    expect(mentions.find((m) => m.value === 11)!.key).toBeNull();
  });
});
