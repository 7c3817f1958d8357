/**
 * Folds text for matching without moving offsets: every UTF-16 unit maps to exactly one unit.
 * FIRST VERSION (lead): full-width ASCII → half-width and ideographic space → space only.
 * The page-text helper replaces this with the traditional→simplified table.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}
