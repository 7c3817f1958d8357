import { describe, expect, it } from 'vitest';
import { sectionLocator } from '../../../lib/mentions/section-locator';
import type { Section } from '../../../lib/outline/types';

/** Headings of 厦门 2021 (seed 003) and 九江 2022 (seed 001), at made-up offsets. */
function section(level: number, title: string, area: Section['area'], start: number): Section {
  return { level, marker: '', title, area, start, end: start + title.length, runIn: false };
}

describe('sectionLocator', () => {
  const sections = [
    section(1, '坚持协调联动，依法有效化解社会矛盾纠纷', 'disputes', 100),
    section(2, '全方位提供公共法律服务', null, 200),
    section(1, '存在的问题和下步工作打算', 'problems', 400),
    section(2, '大力推进普法依法治理', 'capacity', 300),
  ];
  const locate = sectionLocator({ sections, items: [] });

  it('finds the innermost heading before an offset, whatever the order of the array', () => {
    expect(locate(250)).toEqual({ section: 1, area: 'disputes' });
    expect(locate(350)).toEqual({ section: 3, area: 'capacity' });
    expect(locate(450)).toEqual({ section: 2, area: 'problems' });
  });

  it('lets a heading without an area inherit its parent’s, never a sibling’s', () => {
    expect(locate(200).area).toBe('disputes');
    expect(locate(150)).toEqual({ section: 0, area: 'disputes' });
  });

  it('returns -1 before the first heading and for an empty outline', () => {
    expect(locate(0)).toEqual({ section: -1, area: null });
    expect(sectionLocator({ sections: [], items: [] })(10)).toEqual({ section: -1, area: null });
  });
});
