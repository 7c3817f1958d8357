import type { ItemNode } from '../../lib/paged-text/text-layer-locate';

type Pdfjs = typeof import('pdfjs-dist');

let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded on first use (its chunk is only in the reader page, never in the content
 * script), with its worker: the worker file is packaged with the extension.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return pdfjsLoading;
}

/** CSS pixels per PDF unit: an A4 page (595 units) about 900 pixels wide. */
const SCALE = 1.5;

/**
 * Renders the PDF into `container` as the PDF.js viewer does: per page a canvas and, over it, a text
 * layer of transparent spans, one per text item, that selection, find and the highlights use.
 * What the reader needs first comes first: page 1 drawn whole (readable at once), then every
 * page's text layer (so the highlights can be painted), then the other pages' canvases, drawn
 * after this resolves. `signal` stops it (a file that turned out unreadable: nothing more is added).
 * Resolves to the Text node each page's item is shown in.
 */
export async function renderPdf(
  bytes: Uint8Array,
  container: HTMLElement,
  onPage: (rendered: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ItemNode> {
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const layers: HTMLElement[][] = [];
  const outputScale = window.devicePixelRatio || 1;
  const canvases: Array<() => Promise<void>> = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    if (signal?.aborted) break;
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: SCALE });
    const frame = container.ownerDocument.createElement('div');
    frame.className = 'reader-page';
    frame.dataset.page = String(number);
    frame.style.setProperty('--scale-factor', String(SCALE));
    frame.style.setProperty('--total-scale-factor', String(SCALE));
    frame.style.width = `${viewport.width}px`;
    frame.style.height = `${viewport.height}px`;
    const canvas = container.ownerDocument.createElement('canvas');
    canvas.width = Math.floor(viewport.width * outputScale);
    canvas.height = Math.floor(viewport.height * outputScale);
    const textLayer = container.ownerDocument.createElement('div');
    textLayer.className = 'textLayer';
    frame.append(canvas, textLayer);
    container.append(frame);
    const draw = async () => {
      if (signal?.aborted || !frame.isConnected) return;
      await page.render({ canvas, viewport, transform: outputScale === 1 ? undefined : [outputScale, 0, 0, outputScale, 0, 0] }).promise;
    };
    if (number === 1) await draw();
    else canvases.push(draw);
    const layer = new pdfjs.TextLayer({ textContentSource: await page.getTextContent(), container: textLayer, viewport });
    await layer.render();
    layers.push(layer.textDivs);
    onPage(number, pdf.numPages);
  }
  // The other pages' pixels, one after the other, then the worker's copy of the document goes.
  void (async () => {
    for (const draw of canvases) await draw();
  })()
    .catch(() => undefined)
    .finally(() => void pdf.destroy());
  return (page, item) => {
    const node = layers[page - 1]?.[item]?.firstChild;
    return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null;
  };
}
