import { vi } from 'vitest';
import { initialPageView, type PageActions, type PageModel } from '../../../components/page/page-model';
import type { ReportExtraction } from '../../../lib/extract/extract-report';
import { buildOutlineTree } from '../../../lib/page-ui/outline-tree';

/** The in-page UI's model over an extraction, nothing open; `patch` opens what a test needs. */
export function pageModel(extraction: ReportExtraction, patch: Partial<PageModel> = {}): PageModel {
  return {
    language: 'zh',
    meta: extraction.meta,
    sections: extraction.outline.sections,
    mentions: extraction.mentions,
    tree: buildOutlineTree(extraction.outline.sections, extraction.mentions),
    ...initialPageView(),
    ...patch,
  };
}

/** Every action the UI can ask for, as a mock to assert on. */
export function mockPageActions(): PageActions {
  return {
    togglePanel: vi.fn(),
    toggleHighlights: vi.fn(),
    jumpToSection: vi.fn(),
    jumpToMention: vi.fn(),
    jumpToClip: vi.fn(),
    clipFigure: vi.fn(),
    clipSelection: vi.fn(),
    saveClip: vi.fn(),
    cancelClip: vi.fn(),
    closeCard: vi.fn(),
    holdCard: vi.fn(),
    teachFigure: vi.fn(),
    teachSelection: vi.fn(),
    submitTeach: vi.fn(),
    closeTeach: vi.fn(),
    findFigure: vi.fn(),
    confirmCandidate: vi.fn(),
    closeFinder: vi.fn(),
  };
}
