import type { ReportExtraction } from './extract-report';
import { extractionOutputSchema, type ExtractionOutput } from './schema';

/**
 * The CLI's public shape (issue #3, point 8) from the engine's richer result. Parsed through the
 * zod schema so that the CLI can never print a shape other programs do not expect.
 */
export function toExtractionOutput(file: string, result: ReportExtraction): ExtractionOutput {
  const { detection, meta, outline, mentions, indicators } = result;
  return extractionOutputSchema.parse({
    file,
    isReport: detection.isReport,
    confidence: detection.confidence,
    reasons: detection.reasons,
    meta,
    sections: outline.sections.map(({ level, marker, title, area, start }) => ({ level, marker, title, area, start })),
    mentions: mentions.map(({ key, label, value, unit, approximate, scope, period, text, start, end }) => ({
      key,
      label,
      value,
      unit,
      approximate,
      scope,
      period,
      text,
      start,
      end,
    })),
    indicators: Object.fromEntries(
      Object.entries(indicators).map(([key, picked]) => [key, { value: picked!.value, unit: picked!.unit }]),
    ),
  });
}
