/** A legend entry drawn above the chart in the exported picture (the on-screen legend is HTML, not SVG). */
export interface LegendEntry {
  label: string;
  color: string;
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** The chart's own drawing surface: the largest SVG in the frame (legend markers are small SVGs too). */
function chartSvg(container: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of container.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > bestArea) {
      best = svg;
      bestArea = box.width * box.height;
    }
  }
  return best;
}

/**
 * The chart as SVG text that stands alone: styles the page gives through CSS classes are copied onto
 * each element, since an SVG drawn as an image sees none of the page's style sheets.
 */
function standaloneSvg(svg: SVGSVGElement): { xml: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (copy === undefined) return;
    const computed = getComputedStyle(original);
    const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};${style}`);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.ceil(box.width)));
  clone.setAttribute('height', String(Math.ceil(box.height)));
  return {
    xml: new XMLSerializer().serializeToString(clone),
    width: Math.ceil(box.width),
    height: Math.ceil(box.height),
  };
}

function loadImage(source: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('图表图片生成失败'));
    image.src = source;
  });
}

/** A PNG of the chart in `container` with its title and legend above it, at twice screen resolution for print. */
export async function chartPng(
  container: HTMLElement,
  title: string,
  legend: readonly LegendEntry[],
): Promise<Uint8Array> {
  const svg = chartSvg(container);
  if (svg === null) throw new Error('图表尚未画出，请稍候再导出');
  const { xml, width, height } = standaloneSvg(svg);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);
  const fontFamily = getComputedStyle(container).fontFamily;
  const header = legend.length > 0 ? 72 : 44;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (height + header) * scale;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('图表图片生成失败');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height + header);
  context.fillStyle = '#1f1a17';
  context.font = `bold 18px ${fontFamily}`;
  context.textBaseline = 'middle';
  context.fillText(title, 12, 22);
  let x = 12;
  context.font = `14px ${fontFamily}`;
  for (const entry of legend) {
    context.fillStyle = entry.color;
    context.fillRect(x, 52, 14, 14);
    context.fillStyle = '#1f1a17';
    context.fillText(entry.label, x + 20, 59);
    x += 20 + context.measureText(entry.label).width + 24;
  }
  context.drawImage(image, 0, header, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('图表图片生成失败');
  return new Uint8Array(await blob.arrayBuffer());
}
