import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract/extract-report';
import { pageTextFromPlainText } from '../../../lib/page-text/from-plain-text';
import { figureFacts } from '../../../lib/page-ui/figure-facts';
import { seedText } from './fixture-dom';

describe('figureFacts', () => {
  const extraction = extractReport(pageTextFromPlainText(seedText('003_c41d4294c82615c2.txt')));

  it('says what 1719件 of 厦门 2021 counts, in Chinese and in English', () => {
    const mention = extraction.mentions.find((m) => m.value === 1719)!;
    expect(figureFacts(mention, 'zh')).toMatchObject({
      label: mention.label,
      value: '1,719',
      unit: '件',
      indicator: '行政复议收到申请',
      area: 'disputes',
      areaName: '矛盾纠纷化解',
      scope: mention.scope,
    });
    expect(figureFacts(mention, 'en')).toMatchObject({ indicator: 'Reconsideration applications received', areaName: 'Dispute resolution' });
  });

  it('marks approximations and says when the taxonomy has no indicator for a figure', () => {
    const unmapped = extraction.mentions.find((m) => m.key === null)!;
    expect(figureFacts(unmapped, 'zh')).toMatchObject({ indicator: null, area: null, areaName: null });
    const approximate = figureFacts({ ...unmapped, value: 3497.48, approximate: true }, 'zh');
    expect(approximate.value).toBe('≈3,497.48');
  });
});
