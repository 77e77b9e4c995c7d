import { inflateSync } from 'node:zlib';

/**
 * The text on each page of a PDF printed by Chromium, read without any tool outside Node: Chromium (Skia)
 * writes every font as Type0/Identity-H with a ToUnicode map and draws text with hex strings in Tj/TJ,
 * so mapping those glyph codes back through each font's ToUnicode map gives the page's text.
 */
interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const end = text.indexOf('endobj', bodyStart);
    const body = text.slice(bodyStart, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body });
      continue;
    }
    const dataStart = bodyStart + body.indexOf('\n', streamAt) + 1;
    const dataEnd = text.lastIndexOf('endstream', end);
    const raw = pdf.subarray(dataStart, dataEnd);
    const dictionary = body.slice(0, streamAt);
    objects.set(Number(match[1]), {
      dictionary,
      stream: /\/FlateDecode/.test(dictionary) ? inflateSync(raw, { finishFlush: 2 }) : raw,
    });
    start.lastIndex = end;
  }
  return objects;
}

const reference = (dictionary: string, key: string): number | undefined => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  return found ? Number(found[1]) : undefined;
};

const hexToText = (hex: string): string =>
  String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** Glyph code (4 hex digits) → text, from a ToUnicode CMap's bfchar and bfrange sections. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, value] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(code!.toUpperCase().padStart(4, '0'), hexToText(value!));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, low, high, value] of section[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(low!, 16);
      const targets = value!.startsWith('[')
        ? [...value!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1]!)
        : null;
      for (let code = first; code <= parseInt(high!, 16); code++) {
        const key = code.toString(16).toUpperCase().padStart(4, '0');
        if (targets) map.set(key, hexToText(targets[code - first] ?? ''));
        else {
          const base = hexToText(value!.slice(1, -1));
          map.set(key, String.fromCodePoint(base.codePointAt(0)! + code - first));
        }
      }
    }
  return map;
}

function pageIds(objects: Map<number, PdfObject>, id: number): number[] {
  const dictionary = objects.get(id)?.dictionary ?? '';
  if (/\/Type\s*\/Page\b/.test(dictionary)) return [id];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => pageIds(objects, Number(kid[1])));
}

/** The text of each page, in page order, with its lines joined by spaces. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dictionary));
  const root = catalog ? reference(catalog.dictionary, 'Pages') : undefined;
  if (root === undefined) throw new Error('No page tree in the PDF.');
  const maps = new Map<number, Map<string, string>>();
  const fontMap = (fontId: number) => {
    if (!maps.has(fontId)) {
      const cmapId = reference(objects.get(fontId)?.dictionary ?? '', 'ToUnicode');
      const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream;
      maps.set(fontId, cmap ? toUnicode(cmap.toString('latin1')) : new Map());
    }
    return maps.get(fontId)!;
  };
  return pageIds(objects, root).map((pageId) => {
    const page = objects.get(pageId)!.dictionary;
    const fontsAt = /\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '';
    const fonts = new Map([...fontsAt.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, Number(m[2])]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+) 0 R/g)]
      .map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font = new Map<string, string>();
    // Skia draws one glyph per Tj, spaces included, and each line of text in its own BT … ET block.
    const lines: string[] = [];
    let line = '';
    const operators = /\/(\S+)\s+[\d.]+\s+Tf|(\[(?:[^\]]*)\])\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g;
    for (const [token, fontName, array, hex] of content.matchAll(operators)) {
      if (token === 'ET') {
        lines.push(line);
        line = '';
        continue;
      }
      if (fontName) font = fontMap(fonts.get(fontName) ?? -1);
      const strings = array ? [...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!) : hex ? [hex] : [];
      const glyphs = strings.flatMap((string) => string.toUpperCase().match(/.{4}/g) ?? []);
      line += glyphs.map((glyph) => font.get(glyph) ?? '').join('');
    }
    lines.push(line);
    return lines.join(' ').replace(/\s+/g, ' ').trim();
  });
}
