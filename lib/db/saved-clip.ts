import { z } from 'zod';
import { INDICATOR_KEYS } from '../taxonomy/indicators';

/**
 * A clip: a figure (or any selected text) the reader kept from a page, anchored the way
 * hypothesis/client anchors annotations (lib/anchoring/text-anchor.ts): a text quote with
 * 32 characters of context plus the position it had, and a `#:~:text=` link back to it.
 * A clip whose text is gone on a revisit is shown as an orphan, never dropped.
 */
export const textAnchorSchema = z.strictObject({
  exact: z.string().min(1).max(2000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const clipFigureSchema = z.strictObject({
  value: z.number().refine(Number.isFinite, 'value must be finite'),
  unit: z.string().max(20),
  approximate: z.boolean(),
  key: z.enum(INDICATOR_KEYS as [string, ...string[]]).nullable(),
  scope: z.string().max(40).nullable(),
});

export const savedClipSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  url: z.string().max(4096),
  canonicalUrl: z.string().max(4096),
  /** The saved report the clip belongs to, when its page was saved as one. */
  reportId: z.number().int().positive().nullable(),
  anchor: textAnchorSchema,
  /** `url#:~:text=…`: opens the source page at the clipped sentence (for a file report: the reader's link to its page and quote). */
  fragmentUrl: z.string().max(8192),
  /** The reader's own label (a figure's label by default). */
  label: z.string().max(500),
  note: z.string().max(5000),
  /** Set when the clip is a figure the engine found; null for free text selections. */
  figure: clipFigureSchema.nullable(),
  /** Epoch milliseconds. */
  createdAt: z.number().int().min(0),
  /** The printed page the quote starts on, for a clip of a paged report (PDF); absent on web pages. */
  page: z.number().int().positive().max(100_000).optional(),
});

export type TextAnchorRecord = z.infer<typeof textAnchorSchema>;
export type SavedClip = z.infer<typeof savedClipSchema>;
