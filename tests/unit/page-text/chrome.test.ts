import { describe, expect, it } from 'vitest';
import { classifyChrome, isChromeBlock } from '../../../lib/page-text/chrome';
import { foldText } from '../../../lib/text/fold';

const isChrome = (printed: string) => isChromeBlock(foldText(printed));
const classify = (printed: string[], tags: string[]) => classifyChrome(printed.map(foldText), printed, tags);

describe('isChromeBlock', () => {
  // Each line as printed by a real gov template (seeds, ../shared/corpus/html).
  it.each([
    '今天是2024年3月1日 星期五',
    '当前位置:首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报 > 区政府法治政府建设年度报告',
    '您所在的位置：首页 > 要闻 > 山西要闻',
    '当前位置：首页 >发展改革工作 >投资管理和项目推进 >投资运行',
    '首页 / 最新通告',
    '字号:',
    '字号：大 中 小',
    '【字体：大 中 小】',
    '字体： 放大 正常 缩小',
    '打印 关闭',
    '打印关闭',
    '【打印本页】【关闭窗口】',
    '[ 打印 ] [ 关闭 ]',
    '扫一扫在手机上查看当前页面',
    '扫一扫在手机打开当前页面',
    '用微信扫描二维码',
    '手机扫一扫打开此页',
    '用微信扫一扫，点击右上角分享按钮，将本文分享给您的好友或朋友圈。',
    '分享至好友和朋友圈',
    '分享到：',
    '附件下载:',
    '浏览次数：1024',
    '网站标识码：3300000020 浙ICP备05018911号 浙公网安备 33010602009328号',
    '中国·浙江省发展和改革委员会 版权所有 中文网址：浙江省发展和改革委员会 英文域名：fzggw.zj.gov.cn',
    '主办单位：国家金融监督管理总局',
    '上一篇：关于印发2021年全市法治政府建设工作要点的通知',
    '相关链接',
    '• |',
    '• EN |',
    '移动版',
    '网站支持IPV6',
    '本网站支持IPv6',
    '闽政通APP',
    '×',
    '新媒体',
    '智能机器人',
    '时间:2020-02-04 15:32 浏览量:',
    '时间:2020年11月15日 来源:沙坡头区司法局',
    '发布日期：2016-11-22 浏览次数： 信息来源：省发改委',
    '2022-03-10 10:58 字号:',
    '来源:中国九江网',
    '（责任编辑：系统管理员）',
    // Unlabelled trails, and the tail of one broken after 首页; a verb-form publication line.
    '>> 政务公开 >> 法治政府建设年度报告',
    '政府机构 >> 龙泉镇 >> 信息公开 >> 政策文件 >> 正文',
    '发布于:2023-02-10 10:12:31',
  ])('%s → chrome', (text) => {
    expect(isChrome(text)).toBe(true);
  });

  // Report text that shares words with the furniture must stay body.
  it.each([
    '2020年,沙坡头区法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届三中、四中、五中全会精神',
    '关闭整治“散乱污”企业21家,打印发放普法宣传资料3万余份,扫描录入执法案卷1200卷。',
    '中共中卫市沙坡头区委全面依法治区委员会办公室',
    '2020年11月15日',
    '(此件公开发布)',
    '一、加强党的领导,统筹推进法治政府建设',
    '十、2021年工作思路',
    '扫黑除恶专项斗争深入推进',
    '附件:2021年法治政府建设工作要点',
    '推行“扫码亮证”执法,全面公开执法信息。',
    '2020我市将继续紧紧围绕党中央、国务院关于全面推进依法治国战略部署,凝聚力,围绕建设法治政府的奋斗目标',
    // Figures compared with '>' are not a trail.
    '群众满意度>90%，按期办结率>95%',
  ])('%s → body', (text) => {
    expect(isChrome(text)).toBe(false);
  });

  it('classifies big5 gateway chrome through the folded text', () => {
    for (const text of ['掃一掃在手機上查看當前頁面', '當前位置：首頁 > 政府信息公開 > 法治政府建設年報', '【打印本頁】【關閉窗口】', '用微信掃描二維碼', '網站標識碼：3502000001']) {
      expect(isChrome(text), text).toBe(true);
    }
    expect(isChrome('全市各級行政復議機關共收到行政復議申請1719件，受理1541件。')).toBe(false);
  });

  it('judges arrow trails in linear time, however many ">>" a line holds', () => {
    const start = performance.now();
    for (const unit of ['>>a', '>> ', '> >', 'a >> ', '»›']) isChrome(`${unit.repeat(200)}1`.slice(-150));
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('only treats short blocks as chrome: a long paragraph opening with a chrome word stays body', () => {
    const paragraph = `当前位置：${'全市法治政府建设各项工作稳步推进,'.repeat(10)}`;
    expect(isChrome(paragraph)).toBe(false);
  });
});

describe('classifyChrome', () => {
  const line = (texts: string[]) => texts.map(() => 'line');

  it('reads a label-less bulleted index list by value shape (seed 002) and marks it chrome', () => {
    const texts = [
      '当前位置:首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报 > 区政府法治政府建设年度报告',
      '• 640502003/2021-00066',
      '• 沙坡头区司法局',
      '• 沙坡头区司法局',
      '• 有效',
      '• 2020年11月15日',
      '中卫市沙坡头区2020年法治政府建设年度报告',
    ];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true, true, true, true, false]);
    expect(indexFields).toEqual({ 索引号: '640502003/2021-00066', 发布机构: '沙坡头区司法局', 有效性: '有效', 发布日期: '2020年11月15日' });
  });

  it('leaves a bulleted list without an index number alone (a report list, a site menu)', () => {
    const texts = ['• 完善行政执法程序', '• 落实行政执法责任制', '• 2020年11月15日'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([false, false, false]);
    expect(indexFields).toEqual({});
  });

  it('reads gov.cn index-table rows, labels padded with spaces, values keyed without them', () => {
    const texts = [
      '索 引 号： 000014349/2018-00226 主题分类： 综合政务\\政务公开',
      '发文机关： 国务院办公厅 成文日期： 2018年12月05日',
      '标　　题： 国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见',
      '发文字号： 国办发〔2018〕118号 发布日期： 2019年01月03日',
      '主 题 词：',
      '国务院办公厅关于全面推行',
    ];
    const { chrome, indexFields } = classify(texts, ['tr', 'tr', 'tr', 'tr', 'tr', 'p']);
    expect(chrome).toEqual([true, true, true, true, true, false]);
    expect(indexFields).toEqual({
      索引号: '000014349/2018-00226',
      主题分类: '综合政务\\政务公开',
      发文机关: '国务院办公厅',
      成文日期: '2018年12月05日',
      标题: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见',
      发文字号: '国办发〔2018〕118号',
      发布日期: '2019年01月03日',
    });
  });

  it('keys big5 index tables in simplified and keeps the values as printed', () => {
    const texts = ['索 引 號： 11350200M00003079M/2022-05862 發布機構： 廈門市司法局', '成文日期：２０２２年０３月１０日'];
    const { chrome, indexFields } = classify(texts, ['tr', 'tr']);
    expect(chrome).toEqual([true, true]);
    expect(indexFields).toEqual({ 索引号: '11350200M00003079M/2022-05862', 发布机构: '廈門市司法局', 成文日期: '２０２２年０３月１０日' });
  });

  it('reads colon-less table rows (<th>索引号</th><td>…</td>)', () => {
    const texts = ['索引号 11350200M00003079M/2022-05862 发布机构 厦门市司法局', '成文日期 2022-03-10'];
    const { indexFields } = classify(texts, ['tr', 'tr']);
    expect(indexFields).toEqual({ 索引号: '11350200M00003079M/2022-05862', 发布机构: '厦门市司法局', 成文日期: '2022-03-10' });
  });

  it('pairs a lone label block with the value block after it (dt/dd layouts)', () => {
    const texts = ['索引号：', '640502003/2021-00066', '发布机构：', '沙坡头区司法局', '2020年,沙坡头区法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导。'];
    const { chrome, indexFields } = classify(texts, ['dt', 'dd', 'dt', 'dd', 'p']);
    expect(chrome).toEqual([true, true, true, true, false]);
    expect(indexFields).toEqual({ 索引号: '640502003/2021-00066', 发布机构: '沙坡头区司法局' });
  });

  it('reads an index list printed as bare lines, by shape, from its index number to its last shaped value', () => {
    // The CSS labels are lost in the page text: 索引号, 主题分类, 发布机构, 发布日期, 标题, 文号, 有效性.
    const texts = [
      '首页 / 信息公开 / 政府信息公开目录 / 政府文件',
      'jyx001/2023-00112',
      '综合政务',
      '义乌市人民政府',
      '2023-03-20',
      '义乌市2022年法治政府建设年度报告',
      '义政发〔2023〕12号',
      '有效',
      '义乌市2022年法治政府建设年度报告',
    ];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true, true, true, true, true, true, false]);
    expect(indexFields).toEqual({ 索引号: 'jyx001/2023-00112', 发布机构: '义乌市人民政府', 发布日期: '2023-03-20', 文号: '义政发〔2023〕12号', 有效性: '有效' });
  });

  it('leaves a lone code line in the text alone (no list without more shaped values)', () => {
    const texts = ['备案登记号', 'ZJ0012/2022-00031', '一、主要举措和成效', '2022年，全镇调处矛盾纠纷120起。'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([false, false, false, false]);
    expect(indexFields).toEqual({});
  });

  it('does not let an empty label take the next label line as its value', () => {
    const texts = ['• 发文字号:', '• 发文机构:sfj01', '• 公文时效:', '• 发布日期:2023-03-30'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true, true]);
    expect(indexFields).toEqual({ 发文机构: 'sfj01', 发布日期: '2023-03-30' });
  });

  it('pairs bulleted labels with their value on the next line (信息索引号, 发布机构)', () => {
    const texts = ['• 信息索引号:', '001122334/2023-00045', '• 发布机构:', '龙泉镇', '• 发文字号:', '• 发布日期:', '2023-02-08'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome.every(Boolean)).toBe(true);
    expect(indexFields).toEqual({ 信息索引号: '001122334/2023-00045', 发布机构: '龙泉镇', 发布日期: '2023-02-08' });
  });

  it('reads "label value label value" lines of a flattened table, an empty last cell included', () => {
    const texts = ['信息索引号 330110/2024-00123 文件编号', '责任部门 良渚街道 公开形式 主动公开', '成文日期 2024-03-18 公开时限 长期公开'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true]);
    expect(indexFields).toEqual({
      信息索引号: '330110/2024-00123',
      责任部门: '良渚街道',
      公开形式: '主动公开',
      成文日期: '2024-03-18',
      公开时限: '长期公开',
    });
  });

  it('leaves a sentence that starts with one label word alone', () => {
    const texts = ['标题 是文章的门面，要简洁明了。'];
    expect(classify(texts, line(texts)).chrome).toEqual([false]);
  });

  it('reads an index table flattened to pipes, label and value cells alternating', () => {
    const texts = ['索 引 号 | 11430000/2024-01234 | 分 类 | 法治建设 |', '---|---|---|---|', '发布机构 | 湖南省司法厅 | 发文日期 | 2024-03-20 |'];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true]);
    expect(indexFields).toEqual({ 索引号: '11430000/2024-01234', 分类: '法治建设', 发布机构: '湖南省司法厅', 发文日期: '2024-03-20' });
  });

  it('reads pipe rows with bracketed label cells or "label:value" cells, empty cells skipped', () => {
    const texts = [
      '| [ 索引号 ] | 11500230/2024-00009 | [ 发文字号 ] | 无 |',
      '| [ 发布机构 ] | 丰都县龙河镇人民政府 | [ 有效性 ] | |',
      '| 标题:龙河镇人民政府关于2023年度法治政府建设情况的报告 | |',
      '| 发文字号: | 发布日期:2024-02-11 |',
      '| 满意度 | 98% |',
    ];
    const { chrome, indexFields } = classify(texts, line(texts));
    expect(chrome).toEqual([true, true, true, true, false]);
    expect(indexFields).toEqual({
      索引号: '11500230/2024-00009',
      发文字号: '无',
      发布机构: '丰都县龙河镇人民政府',
      标题: '龙河镇人民政府关于2023年度法治政府建设情况的报告',
      发布日期: '2024-02-11',
    });
  });

  it('treats an unlabelled breadcrumb ending with the title below it as chrome (seed 004)', () => {
    const texts = ['美章网 资料文库 地区依法行政情况报告范文', '地区依法行政情况报告范文'];
    expect(classify(texts, line(texts)).chrome).toEqual([true, false]);
  });
});
