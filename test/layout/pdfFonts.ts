/**
 * Which fonts a PDF uses.
 *
 * `pdffonts` names the fonts LibreOffice embeds. Chromium (Skia) embeds CFF-flavoured OpenType fonts — the
 * Fandol .otf files are — as Type 3 fonts of at most 256 glyphs each, which pdffonts lists as "[none]";
 * Skia still writes the real name into each Type 3 font's /FontDescriptor (/FontName /BAAAAA+FandolFang-
 * Regular). fontNamesUsed therefore also reads the /FontName entries of the file, inflating compressed
 * streams (object streams) to see them. That is a narrow scan for one key, not a PDF parser.
 */
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { run } from './render';

export interface PdfFont {
  /** As in the PDF, with the subset prefix ("BAAAAA+FandolFang-Regular"), or "[none]". */
  name: string;
  /** Without the subset prefix. */
  baseName: string;
  /** "Type 1", "Type 1C", "CID TrueType", "Type 3", … */
  type: string;
  embedded: boolean;
  subset: boolean;
}

const stripSubset = (name: string): string => name.replace(/^[A-Z]{6}\+/, '');

/** Parses pdffonts' table, using the dashes line for the column widths (the type column has spaces). */
export function parsePdffonts(output: string): PdfFont[] {
  const lines = output.split('\n');
  const dashes = lines[1] ?? '';
  if (!/^-+( -+)+$/.test(dashes.trim())) throw new Error(`unexpected pdffonts output:\n${output}`);
  const columns: [number, number][] = [];
  for (const m of dashes.matchAll(/-+/g)) columns.push([m.index, m.index + m[0].length]);
  return lines
    .slice(2)
    .filter((l) => l.trim().length > 0)
    .map((line) => {
      const cell = (k: number): string => {
        const [start, end] = columns[k]!;
        // The last column (object ID) may be wider than its dashes.
        return line.slice(start, k === columns.length - 1 ? undefined : end + 1).trim();
      };
      const name = cell(0);
      return {
        name,
        baseName: stripSubset(name),
        type: cell(1),
        embedded: cell(3) === 'yes',
        subset: cell(4) === 'yes',
      };
    });
}

/** The fonts table of `pdffonts`. */
export async function pdfFonts(pdfPath: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  return parsePdffonts(stdout);
}

/** Every /FontName in the raw file and in its Flate-compressed streams, subset prefixes removed. */
export function fontDescriptorNames(pdf: Buffer): string[] {
  const names = new Set<string>();
  const collect = (text: string): void => {
    for (const m of text.matchAll(/\/FontName\s*\/([^\s/[\]<>(){}%]+)/g)) names.add(stripSubset(m[1]!));
  };
  const latin1 = pdf.toString('latin1');
  collect(latin1);
  for (const m of latin1.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = latin1.indexOf('endstream', start);
    if (end < 0) break;
    try {
      collect(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font program in another filter): nothing to read there.
    }
  }
  return [...names].sort();
}

/**
 * Names (without subset prefix) of all fonts embedded in a PDF, from pdffonts and from font descriptors,
 * sorted: e.g. ["FandolFang-Regular", "FandolSong-Bold", "LiberationSerif"].
 */
export async function fontNamesUsed(pdfPath: string): Promise<string[]> {
  const [table, bytes] = await Promise.all([pdfFonts(pdfPath), readFile(pdfPath)]);
  const names = new Set(table.filter((f) => f.name !== '[none]').map((f) => f.baseName));
  for (const name of fontDescriptorNames(bytes)) names.add(name);
  return [...names].sort();
}
