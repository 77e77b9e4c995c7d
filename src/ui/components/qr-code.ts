import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';
/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4;

/** The dark modules of a QR code for `text`, as one SVG path in module units (each dark module a 1×1 square). */
export function qrPath(text: string): { size: number; path: string } {
  // Level M survives a smudged projector screen or a phone camera at an angle.
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) squares.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: count + QUIET_ZONE * 2, path: squares.join('') };
}

/**
 * A QR code of `text` as SVG elements, built node by node (never as markup) and coloured by the stylesheet, so the
 * Content-Security-Policy's `style-src 'self'` has nothing to refuse. `label` is what a screen reader says for it.
 */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { size, path } = qrPath(text);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('class', 'qr-light');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('class', 'qr-dark');
  modules.setAttribute('d', path);
  svg.append(background, modules);
  return svg;
}
