import { foldText } from '../text/fold';
import { searchTerms } from './collection-filter';
import type { ReportLensDb } from './report-lens-db';

/**
 * Full-text search of the collection by what the reports say: their headings and the sentences
 * of their figures (the database keeps those, not whole pages), plus the fields the popup
 * searches itself. The text of 1,000 reports is read once into memory and searched there:
 * reading 50,000 mention rows per keystroke would be far too slow. The owner drops the index
 * after any write (`invalidate`), and the next search rebuilds it.
 */
export class TextSearch {
  private index: Promise<Map<number, string>> | null = null;

  constructor(private readonly db: ReportLensDb) {}

  invalidate(): void {
    this.index = null;
  }

  /** Ids of reports containing every term of `query`, in id order. */
  async search(query: string): Promise<number[]> {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const index = await (this.index ??= this.build().catch((error: unknown) => {
      this.index = null;
      throw error;
    }));
    const ids: number[] = [];
    for (const [id, text] of index) if (terms.every((term) => text.includes(term))) ids.push(id);
    return ids;
  }

  private async build(): Promise<Map<number, string>> {
    const parts = new Map<number, string[]>();
    await this.db.transaction('r', this.db.reports, this.db.mentions, async () => {
      await this.db.reports.each((report) => {
        const headings = report.outline.map((heading) => heading.title);
        parts.set(report.id!, [report.jurisdiction ?? '', report.title ?? '', report.province ?? '', report.meta.publisher ?? '', ...report.tags, ...headings]);
      });
      await this.db.mentions.each((mention) => {
        // A sentence with several figures is stored once per figure; searching it once is enough.
        const texts = parts.get(mention.reportId);
        if (texts && texts[texts.length - 1] !== mention.text) texts.push(mention.text);
      });
    });
    const index = new Map<number, string>();
    for (const [id, texts] of parts) index.set(id, foldText(texts.join('\n')).toLowerCase());
    return index;
  }
}
