import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../../lib/cli/load-page';
import type { PageText } from '../../../lib/page-text/types';
import { bodyTextHash } from '../../../lib/text/hash';

const REPORTS = join(import.meta.dirname, '../../fixtures/reports');

/** The characters bodyTextHash reads, in order: folded body text without spacing and punctuation. */
function hashedCharacters(page: PageText): string {
  return page.blocks
    .filter((block) => block.role === 'body')
    .map((block) => page.folded.slice(block.start, block.end))
    .join('')
    .replace(/[^0-9A-Za-z\u4e00-\u9fff]/g, '');
}

describe('bodyTextHash of a big5 repost', () => {
  const simplified = loadPage(join(REPORTS, '003-xiamen-2021.html'));
  const traditional = loadPage(join(REPORTS, '005-xiamen-2021-big5.html'));

  it('reads the same characters as the simplified original except where 着 was printed 著', () => {
    // The big5 copy is the simplified report converted cn→tw: every character folds back, except
    // the particle 着, which Taiwan usage writes 著 and which the fold keeps (see lib/text/fold.ts).
    const original = hashedCharacters(simplified);
    const repost = hashedCharacters(traditional);
    expect(repost.length).toBe(original.length);
    const differences = [...original].flatMap((char, i) => (char === repost[i] ? [] : [`${char}/${repost[i]}`]));
    expect(differences).toEqual(['着/著', '着/著', '着/著']);
  });

  it('hashes alike, so the collection keeps one record for a report and its big5 repost', () => {
    expect(bodyTextHash(traditional)).toBe(bodyTextHash(simplified));
  });

  it('still tells different reports apart', () => {
    const other = loadPage(join(REPORTS, '001-jiujiang-2022.html'));
    expect(bodyTextHash(other)).not.toBe(bodyTextHash(simplified));
  });
});
