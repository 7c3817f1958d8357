import type { PageText } from '../page-text/types';

/**
 * Hash of the folded body text with all whitespace and punctuation dropped, so that the same
 * report reposted on another site (other chrome, other line breaks) hashes alike.
 * cyrb53: fast, dependency-free, 53 bits; collisions are irrelevant at collection sizes.
 */
export function bodyTextHash(page: PageText): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const block of page.blocks) {
    if (block.role !== 'body') continue;
    for (let i = block.start; i < block.end; i++) {
      let code = page.folded.charCodeAt(i);
      if (!isHashed(code)) continue;
      // The fold keeps 著 (simplified text uses it too: 显著), but big5 copies print the particle
      // 着 as 著; read as one here, a traditional repost hashes like its original.
      if (code === ZHU) code = ZHE;
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const ZHU = '著'.charCodeAt(0);
const ZHE = '着'.charCodeAt(0);

/** Letters, digits and CJK ideographs; spacing and punctuation differ between reposts. */
function isHashed(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}
