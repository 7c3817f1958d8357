import { z } from 'zod';
import { indicatorKeySchema } from '../messages/page-report';
import { USER_INDICATOR_ID } from './indicator-names';

/**
 * What the reader teaches: indicators of their own, defined by example, and confirmations of
 * single figures. Both live in the database (version 4) and in the collection file (schema 2).
 */

/** User indicator ids are `user:` + a short token, never a taxonomy key (those have a dot and no colon). */
export const userIndicatorIdSchema = z.string().regex(USER_INDICATOR_ID);

/** A canonical key or a user indicator id: what a confirmation or a comparison row is about. */
export const anyIndicatorKeySchema = z.union([indicatorKeySchema, userIndicatorIdSchema]);

export const indicatorNameSchema = z.string().trim().min(1).max(60);

export const userIndicatorSchema = z
  .object({
    id: userIndicatorIdSchema,
    nameZh: indicatorNameSchema.optional(),
    nameEn: indicatorNameSchema.optional(),
    /** Labels of the figures it was taught from, as the engine reads them (办理行政复议案件). */
    phrases: z.array(z.string().trim().min(1).max(200)).min(1).max(50),
    unit: z.string().min(1).max(20),
    /** Scope of the taught figure (全市, 市政府…); absent when the report did not print one. */
    scope: z.string().max(50).optional(),
    createdAt: z.number().int().min(0),
  })
  .refine((indicator) => indicator.nameZh !== undefined || indicator.nameEn !== undefined, 'needs a name (zh or en)');

/** A text quote that finds the sentence again (same fields as a clip's anchor). */
export const quoteSchema = z.object({
  exact: z.string().min(1).max(4000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
  /** Offsets of the number (with its unit) in the report's page text. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

/** The reader's word on one cell: this report states this indicator as this figure. */
export const confirmationSchema = z.object({
  id: z.number().int().positive().optional(),
  reportId: z.number().int().positive(),
  indicatorKey: anyIndicatorKeySchema,
  value: z.number().refine(Number.isFinite, 'must be finite'),
  unit: z.string().max(20),
  quote: quoteSchema,
  confirmedAt: z.number().int().min(0),
});

export type UserIndicator = z.infer<typeof userIndicatorSchema>;
export type Confirmation = z.infer<typeof confirmationSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type AnyIndicatorKey = z.infer<typeof anyIndicatorKeySchema>;
