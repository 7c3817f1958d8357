import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CATEGORIES, highlightName, isFigureCategory, type HighlightCategory } from '../../../lib/highlight/spans';
import { categoryStyle, FALLBACK_MARK_TAG, highlightCss, highlightPriority } from '../../../lib/highlight/styles';

/** sRGB hex → linear RGB. */
function linear(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = linear(hex);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE76 ΔE between two sRGB colours (D65): how different two tints look. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = linear(hex);
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * bl,
      (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883,
    ].map((v) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116));
    return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
  };
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/**
 * Page backgrounds of gov templates: white, the grey and cream article boxes, the pale blue of
 * TRS/Hanweb sites, the pale red of party-building columns.
 */
const PAGE_BACKGROUNDS = ['#ffffff', '#f5f5f5', '#f7f7f7', '#fdf6e3', '#fffbe6', '#fff8dc', '#f0f7ff', '#eef5fe', '#f2f6fa', '#fff5f5'];

describe('highlight colours', () => {
  it.each(HIGHLIGHT_CATEGORIES)('%s: its text is legible (WCAG AAA, ≥ 7:1) on its own opaque background', (category) => {
    const { background, color } = categoryStyle(category);
    expect(contrast(color, background)).toBeGreaterThanOrEqual(7);
  });

  it.each(HIGHLIGHT_CATEGORIES)('%s: stands out on white and on tinted gov backgrounds', (category) => {
    const { background, decoration } = categoryStyle(category);
    for (const page of PAGE_BACKGROUNDS) {
      // Figures and clips must show by their fill alone; headings also carry an underline.
      expect(deltaE(background, page), `${category} on ${page}`).toBeGreaterThanOrEqual(isFigureCategory(category) || category === 'clipped' ? 10 : 4);
    }
    if (!isFigureCategory(category)) expect(decoration).toMatch(/underline/);
  });

  it('keeps every two areas apart', () => {
    const figures = HIGHLIGHT_CATEGORIES.filter(isFigureCategory);
    for (const a of figures) {
      for (const b of figures) {
        if (a < b) expect(deltaE(categoryStyle(a).background, categoryStyle(b).background), `${a} vs ${b}`).toBeGreaterThanOrEqual(8);
      }
    }
  });
});

describe('highlightCss', () => {
  it('styles every category for the Highlight API and for the fallback marks', () => {
    const css = highlightCss();
    for (const category of HIGHLIGHT_CATEGORIES) {
      expect(css).toContain(`::highlight(${highlightName(category)}) { background-color: ${categoryStyle(category).background}`);
      expect(css).toContain(`${FALLBACK_MARK_TAG}[data-rl="${category}"]`);
    }
  });

  it('paints clips over figures, figures over other quantities, all over headings', () => {
    const order: HighlightCategory[] = ['clipped', 'figure-disputes', 'figure-other', 'heading-1'];
    const priorities = order.map(highlightPriority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    expect(new Set(priorities).size).toBe(4);
  });
});
