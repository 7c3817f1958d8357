import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../lib/numbers/parse-number.ts';
import { scanQuantities } from '../../../lib/numbers/scan-quantities.ts';
import { foldText } from '../../../lib/text/fold.ts';
import type { Quantity } from '../../../lib/numbers/types.ts';

/** What a reader sees of each quantity: the highlighted text and the figure. */
function found(text: string): Array<Omit<Quantity, 'start' | 'end'> & { text: string }> {
  return scanQuantities(text).map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }));
}

/** Just the highlighted spans, for rejection tests. */
function spans(text: string): string[] {
  return scanQuantities(text).map((q) => text.slice(q.start, q.end));
}

function seed(name: string): string {
  return readFileSync(new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
}

const level = { valueMax: null, approximate: false, change: null };

describe('scanQuantities: figures and units', () => {
  it('reads counts with thousands separators and full-width digits', () => {
    expect(found('共办理案件1,234件。')).toEqual([{ text: '1,234件', value: 1234, unit: '件', ...level }]);
    expect(found('受理１２３件，办结１，２３４件')).toEqual([
      { text: '１２３件', value: 123, unit: '件', ...level },
      { text: '１，２３４件', value: 1234, unit: '件', ...level },
    ]);
  });

  it('applies 万/亿 exactly and keeps the unit after the multiplier', () => {
    expect(found('涉案金额4.52万元,')).toEqual([{ text: '4.52万元', value: 45_200, unit: '元', ...level }]);
    expect(found('发行两千亿元特别国债')).toEqual([{ text: '两千亿元', value: 200_000_000_000, unit: '元', ...level }]);
    expect(found('总计3万5千份')).toEqual([{ text: '3万5千份', value: 35_000, unit: '份', ...level }]);
  });

  it('tells percent and percentage points apart', () => {
    expect(found('出庭应诉率达92.12%,较上年提高3.5个百分点')).toEqual([
      { text: '92.12%', value: 92.12, unit: '%', ...level },
      { text: '3.5个百分点', value: 3.5, unit: '个百分点', valueMax: null, approximate: false, change: 'up' },
    ]);
    expect(found('满意率达到百分之九十。')).toEqual([{ text: '百分之九十', value: 90, unit: '%', ...level }]);
    expect(found('占比百分之十二点五')).toEqual([{ text: '百分之十二点五', value: 12.5, unit: '%', ...level }]);
    expect(found('办结率９５％')[0]?.unit).toBe('%');
  });

  it('reads small Chinese-numeral counts with their measure word', () => {
    expect(found('《条例》两部立法已由市人大通过')).toEqual([{ text: '两部', value: 2, unit: '部', ...level }]);
    expect(found('制定工作方案》等四个重要法治文件')).toEqual([{ text: '四个', value: 4, unit: '个', ...level }]);
    expect(found('组织十余家中央媒体')).toEqual([
      { text: '十余家', value: 10, unit: '家', valueMax: null, approximate: true, change: null },
    ]);
  });

  it('covers approximation words in the offsets', () => {
    const approximate = { valueMax: null, approximate: true, change: null };
    expect(found('受理近2万件')).toEqual([{ text: '近2万件', value: 20_000, unit: '件', ...approximate }]);
    expect(found('参加人数60000余人次,')).toEqual([{ text: '60000余人次', value: 60_000, unit: '人次', ...approximate }]);
    expect(found('约3000人参加')).toEqual([{ text: '约3000人', value: 3000, unit: '人', ...approximate }]);
    expect(found('参会100人左右')).toEqual([{ text: '100人左右', value: 100, unit: '人', ...approximate }]);
    expect(found('超过90%的企业')).toEqual([{ text: '超过90%', value: 90, unit: '%', ...approximate }]);
    expect(found('服务上万人次')).toEqual([{ text: '上万人次', value: 10_000, unit: '人次', ...approximate }]);
  });

  it('does not take the end of a word for an approximation word', () => {
    expect(found('节约3000元')).toEqual([{ text: '3000元', value: 3000, unit: '元', ...level }]);
    // 村规民约 is a word (village rules); 村民约300人 is "about 300 villagers".
    expect(found('指导各村修订完善村规民约12部')).toEqual([{ text: '12部', value: 12, unit: '部', ...level }]);
    expect(found('参与村民约300人')).toEqual([
      { text: '约300人', value: 300, unit: '人', valueMax: null, approximate: true, change: null },
    ]);
    expect(found('新签约12个项目')).toEqual([{ text: '12个', value: 12, unit: '个', ...level }]);
    // 接近 is itself a hedge, unlike 附近/最近.
    expect(found('满意率接近100%')).toEqual([
      { text: '接近100%', value: 100, unit: '%', valueMax: null, approximate: true, change: null },
    ]);
    // 近3年 is "the last three years", an exact duration.
    expect(found('近3年来')).toEqual([{ text: '3年', value: 3, unit: '年', ...level }]);
  });

  it('reads ranges with every separator as value and valueMax', () => {
    const range = { value: 10, valueMax: 15, unit: '件', approximate: false, change: null };
    expect(found('办理10-15件')).toEqual([{ text: '10-15件', ...range }]);
    expect(found('办理10至15件')).toEqual([{ text: '10至15件', ...range }]);
    expect(found('办理10～15件')).toEqual([{ text: '10～15件', ...range }]);
    expect(found('办理10件至15件')).toEqual([{ text: '10件至15件', ...range }]);
    expect(found('压缩至三至五天')).toEqual([
      { text: '三至五天', value: 3, valueMax: 5, unit: '天', approximate: false, change: null },
    ]);
    expect(found('占10%-15%')[0]).toMatchObject({ value: 10, valueMax: 15, unit: '%' });
  });

  it('normalises 工作日 to 个工作日 and prefers the longest unit', () => {
    expect(found('压缩了15个工作日')[0]?.unit).toBe('个工作日');
    expect(found('压缩了15工作日')[0]?.unit).toBe('个工作日');
    expect(found('开展法律论证59件次,')[0]?.unit).toBe('件次');
    expect(found('宣传咨询活动201场次')[0]?.unit).toBe('场次');
  });
});

describe('scanQuantities: changes', () => {
  it('marks figures after a comparison and a change verb', () => {
    expect(found('同比下降15.1%。')).toEqual([
      { text: '15.1%', value: 15.1, unit: '%', valueMax: null, approximate: false, change: 'down' },
    ]);
    expect(found('较上年提高15%。')[0]?.change).toBe('up');
    expect(found('比上年增加12件')[0]?.change).toBe('up');
    expect(found('同比增长了3倍')[0]).toMatchObject({ value: 3, unit: '倍', change: 'up' });
    expect(found('降幅达20%')[0]?.change).toBe('down');
    expect(found('上升了百分之2.2')[0]).toMatchObject({ value: 2.2, unit: '%', change: 'up' });
  });

  it('reads one-character verbs only after a comparison phrase', () => {
    expect(found('同比增15%')[0]?.change).toBe('up');
    expect(found('比上年多3件')[0]?.change).toBe('up');
    expect(found('新增市场主体120户')[0]?.change).toBeNull();
    expect(found('最多跑3次')[0]?.change).toBeNull();
  });

  it('keeps a level when the verb names the level reached', () => {
    expect(found('覆盖率提高到95%')[0]?.change).toBeNull();
    expect(found('办结率达92.12%')[0]?.change).toBeNull();
  });
});

describe('scanQuantities: what is not a figure', () => {
  it.each([
    ['years', '2019年以来，2019年度，2015-2020年，2024 年'],
    ['dates and times', '2020年11月15日 2022-03-10 10:58 12 月 31 日 于18日14时 30日上午'],
    ['placeholder years', '20XX年度法治政府建设情况'],
    ['document numbers', '厦府〔2019〕28号 第3号令'],
    ['ordinals', '第一次会议 第二十四条 第 3 条 第5批'],
    ['heading and list markers', '一是加强领导\n（一）健全制度\n1.加强党的领导\n1、深入学习\n(3)'],
    ['index and phone numbers', '索引号：640502003/2021-00066 电话：0592-1234567 拨打12345，'],
    ['hotlines and codes', '12345热线 “12348”热线 5G基站 7×24小时 京ICP备05070218号-1'],
    ['session names', '党的十九届四中全会 二十大 十四五规划 区委一届八次、九次全会'],
    ['political formulas', '增强“四个意识”、坚定四个自信、做到两个维护，推行行政执法三项制度，统筹推进五位一体'],
    ['quoted names', '“一件事五个办”改革 “三项机制” 以“四个突出” 试点“15分钟公共法律服务圈” 市四套班子领导'],
    ['idioms and bare multipliers', '法治宣传进千家万户，成千上万人，单位：万元，开展百场讲座'],
    ['一 in words', '统一部署 一次性告知 一批典型 一年来 之一 进行一次性清理'],
    ['how often, not how many', '每年年初召开一次专题会议 拟每两年开展一次'],
    ['Chinese numerals with 年', '三年行动计划 五年规划 连续三年'],
    ['vague amounts', '数十家 几百人'],
    ['ranks', '位列全省前三名'],
    ['financial numerals inside words', '执法队伍人员少 陆续出台'],
    ['words made with a unit character', '两部门联合 收支两条线 三人民调解'],
    ['numbers alone on a line and table rows', '123\n0 0 0 34\n浏览次数：\n1719'],
  ])('%s', (_label, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads a hedged round amount and 幅 (惠及师生近千人, 悬挂横幅27幅) but not 幅度', () => {
    expect(spans('惠及师生近千人，悬挂横幅27幅')).toEqual(['近千人', '27幅']);
    expect(scanQuantities('近千人')[0]).toMatchObject({ value: 1000, unit: '人', approximate: true });
    expect(spans('降低3幅度')).toEqual([]);
  });

  it('counts 一 after an event verb (seed 004: 召开一次全区性的…会议)', () => {
    expect(spans('召开一次全区性的“两个责任”推进会，开展一期培训')).toEqual(['一次', '一期']);
    expect(scanQuantities('召开一次专题会议')[0]).toMatchObject({ value: 1, unit: '次' });
  });

  it('keeps the figure while skipping the date or ordinal next to it', () => {
    expect(spans('2019年全市共收到行政复议申请1719件')).toEqual(['1719件']);
    expect(spans('第一次全体会议召开3次')).toEqual(['3次']);
    expect(spans('2020年11月15日，新增3件')).toEqual(['3件']);
    expect(spans('十二届九次、十次、十一次全会期间，召开常务会议39次')).toEqual(['39次']);
  });

  it('keeps a unitless figure inside prose before clause punctuation', () => {
    expect(spans('撤销2件,终止7件,驳回申请3、确认违法1件')).toEqual(['2件', '7件', '3', '1件']);
    expect(spans('收案数:1719,')).toEqual(['1719']);
  });
});

describe('scanQuantities on the seed reports', () => {
  it('003 (厦门): the 全市 and 市政府 figures with exact offsets', () => {
    const text = seed('003_c41d4294c82615c2');
    const sentence = '全市各级行政复议机关共收到行政复议申请1719件,受理1541件。其中,市政府收到行政复议申请351件,受理268件。';
    const at = text.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    const inSentence = scanQuantities(text).filter((q) => q.start >= at && q.end <= at + sentence.length);
    expect(inSentence.map((q) => [q.start - at, q.end - at, q.value, q.unit])).toEqual([
      [19, 24, 1719, '件'],
      [27, 32, 1541, '件'],
      [47, 51, 351, '件'],
      [54, 58, 268, '件'],
    ]);
  });

  it('001 (九江): training sessions and approximate attendance', () => {
    const text = seed('001_2adae50a77c5f6dd');
    const sentence = '全年共举办习近平法治思想学习培训1261次,参加人数60000余人次';
    const at = text.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    const inSentence = scanQuantities(text).filter((q) => q.start >= at && q.end <= at + sentence.length);
    expect(inSentence).toEqual([
      { start: at + 16, end: at + 21, value: 1261, valueMax: null, unit: '次', approximate: false, change: null },
      { start: at + 26, end: at + 34, value: 60_000, valueMax: null, unit: '人次', approximate: true, change: null },
    ]);
  });

  it('001 (九江): a rate and its change over the year before', () => {
    expect(found(seed('001_2adae50a77c5f6dd')).filter((q) => q.unit === '%')).toEqual([
      { text: '96.8%', value: 96.8, unit: '%', ...level },
      { text: '100%', value: 100, unit: '%', ...level },
      { text: '92.12%', value: 92.12, unit: '%', ...level },
      { text: '15%', value: 15, unit: '%', valueMax: null, approximate: false, change: 'up' },
    ]);
  });

  it('004: petition figures that fell or rose year on year', () => {
    const changes = found(seed('004_6600c89832ccf94f')).filter((q) => q.change !== null);
    expect(changes.map((q) => `${q.change} ${q.text}`)).toEqual([
      'down 15.1%',
      'down 8.3%',
      'up 132.9%',
      'down 66.7%',
      'down 69.1%',
      'down 65.3%',
      'down 74.5%',
    ]);
  });

  it('002 (沙坡头区): no figure from the index-number block, dates or session names', () => {
    const quantities = found(seed('002_a97323032518c27f'));
    expect(quantities.some((q) => q.text.includes('2021') || q.text.includes('2020'))).toBe(false);
    expect(quantities.some((q) => q.text === '十次')).toBe(false);
    expect(quantities).toContainEqual({ text: '95%以上', value: 95, unit: '%', valueMax: null, approximate: true, change: null });
  });

  it('every seed: each single figure reads back the same through parseNumber, and no year is a figure', () => {
    for (const name of ['000_0584a391d29fbf7b', '001_2adae50a77c5f6dd', '002_a97323032518c27f', '003_c41d4294c82615c2', '004_6600c89832ccf94f']) {
      const text = seed(name);
      const quantities = scanQuantities(text);
      expect(quantities.length).toBeGreaterThan(10);
      for (const q of quantities) {
        expect(q.unit === '年' && q.value >= 1900 && q.value <= 2100).toBe(false);
        if (q.valueMax !== null) continue;
        expect(parseNumber(text.slice(q.start, q.end)), `${name}: ${text.slice(q.start, q.end)}`).toEqual({
          value: q.value,
          approximate: q.approximate,
          unit: q.unit,
        });
      }
    }
  });
});

describe('scanQuantities on raw and folded text', () => {
  it('finds the same figures at the same offsets in full-width typesetting, raw or folded', () => {
    const halfWidth = '共收到行政复议申请1719件,受理1541件,办结率95.44%,同比下降15.1%。';
    const fullWidth = halfWidth.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    expect(fullWidth).toContain('１７１９件，');
    const expected = scanQuantities(halfWidth);
    expect(expected.map((q) => q.value)).toEqual([1719, 1541, 95.44, 15.1]);
    expect(scanQuantities(fullWidth)).toEqual(expected);
    expect(scanQuantities(foldText(fullWidth))).toEqual(expected);
  });
});

describe('scanQuantities: 普法 materials, equipment, rooms and scores', () => {
  it('counts books, devices, boards, lessons, rooms, teams and scores', () => {
    const text = '发放宣传手册5000本，配备执法记录仪120台，设置公示牌30块，开设法治课60堂，建成调解室12间，组建督查组5组，考核得分96.5分。';
    expect(spans(text)).toEqual(['5000本', '120台', '30块', '60堂', '12间', '5组', '96.5分']);
  });

  it('does not take words or times for them', () => {
    expect(spans('十分重要，三分之一的案件，市本级，9时30分召开会议，3本级单位，台账齐全，组织得力')).toEqual([]);
  });
});
