import { z } from 'zod';
import { pageUrlSchema } from '../messages/page-report';

/**
 * What a link into the report reader asks for: a report file on the web (`url`, fetched from a
 * granted site) or a saved report (`report`, its database id), optionally at a page with a quote
 * to highlight there. Comparison cells, exports, the collector's attachments and the
 * 在报告透镜中打开 offers all build their links here, and the reader reads them here, so the two
 * ends cannot drift apart. The `#:~:text=` fragment cannot reach inside a PDF; this can.
 */
export const readerTargetSchema = z
  .object({
    url: pageUrlSchema.optional(),
    report: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
    quote: z.string().min(1).max(500).optional(),
  })
  .refine((target) => (target.url === undefined) !== (target.report === undefined), 'a reader link names either a file address or a saved report');

export type ReaderTarget = z.infer<typeof readerTargetSchema>;

/** The query string of the reader page for `target` (append to the reader page's URL). */
export function readerQuery(target: ReaderTarget): string {
  const query = new URLSearchParams();
  const valid = readerTargetSchema.parse(target);
  if (valid.url !== undefined) query.set('url', valid.url);
  if (valid.report !== undefined) query.set('report', String(valid.report));
  if (valid.page !== undefined) query.set('page', String(valid.page));
  if (valid.quote !== undefined) query.set('quote', valid.quote);
  return `?${query}`;
}

/** The target a reader page's query string names, or null when it names none (the reader then offers its file picker). */
export function parseReaderQuery(search: string): ReaderTarget | null {
  const query = new URLSearchParams(search);
  const number = (name: string) => (query.has(name) ? Number(query.get(name)) : undefined);
  const parsed = readerTargetSchema.safeParse({
    url: query.get('url') ?? undefined,
    report: number('report'),
    page: number('page'),
    quote: query.get('quote') ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}
