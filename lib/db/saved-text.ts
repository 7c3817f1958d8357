import { z } from 'zod';
import { MAX_KEPT_BLOCKS, MAX_KEPT_TEXT } from '../page-text/kept-page-text';
import { pageMapSchema } from './report-source';

/**
 * A report's page text as the engine reads it (PageText without `folded`, which foldText rebuilds
 * exactly): kept so a saved report can be extracted again — by a newer engine, or for the
 * reader's own indicators — without the page. Bounded like every message.
 */
export const pageTextSchema = z.object({
  text: z.string().max(MAX_KEPT_TEXT),
  blocks: z
    .array(
      z.object({
        start: z.number().int().min(0),
        end: z.number().int().min(0),
        role: z.enum(['body', 'chrome', 'outside']),
        tag: z.string().max(20),
      }),
    )
    .max(MAX_KEPT_BLOCKS),
  meta: z.object({
    url: z.string().max(4096).nullable(),
    htmlTitle: z.string().max(2000).nullable(),
    metaTags: z.record(z.string().max(100), z.string().max(2000)),
    indexFields: z.record(z.string().max(100), z.string().max(2000)),
  }),
});

export const storedTextSchema = pageTextSchema.extend({
  reportId: z.number().int().positive(),
  /**
   * Where each stretch of `text` was printed, when it was read from a paged file (database
   * version 6; see ReportSource): kept with the text it indexes, and replaced with it.
   */
  pageMap: pageMapSchema.optional(),
});

export type KeptPageText = z.infer<typeof pageTextSchema>;
export type StoredText = z.infer<typeof storedTextSchema>;
