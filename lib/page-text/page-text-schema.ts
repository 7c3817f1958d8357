import { z } from 'zod';
import type { PageText } from './types';

/**
 * A PageText as it crosses a message boundary (a tab hands its page to the background to be read
 * by the engine). Bounds are far above any real report (the longest seen is about 200 k characters)
 * and keep a runaway page from tying up the background.
 */
export const MAX_PAGE_TEXT_CHARS = 20_000_000;
const MAX_BLOCKS = 500_000;
const MAX_META_FIELDS = 200;

const offset = z.number().int().min(0);
const fields = z
  .record(z.string().max(200), z.string().max(10_000))
  .refine((record) => Object.keys(record).length <= MAX_META_FIELDS, `at most ${MAX_META_FIELDS} fields`);

export const pageTextSchema = z
  .strictObject({
    text: z.string().max(MAX_PAGE_TEXT_CHARS),
    folded: z.string().max(MAX_PAGE_TEXT_CHARS),
    blocks: z
      .array(
        z.strictObject({
          start: offset,
          end: offset,
          role: z.enum(['body', 'chrome', 'outside']),
          tag: z.string().max(32),
        }),
      )
      .max(MAX_BLOCKS),
    meta: z.strictObject({
      url: z.string().max(4096).nullable(),
      htmlTitle: z.string().max(10_000).nullable(),
      metaTags: fields,
      indexFields: fields,
    }),
  })
  .refine((page) => page.folded.length === page.text.length, 'folded must be as long as text')
  .refine((page) => page.blocks.every((b) => b.start <= b.end && b.end <= page.text.length), 'blocks must lie inside the text') satisfies z.ZodType<PageText>;
