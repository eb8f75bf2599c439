/**
 * Text for the 校对 and paste figures: the three samples' own paragraphs (the clean fixtures of
 * test/fixtures/issues), repeated to 30 or 10 pages with every copy's figures changed, so no two
 * paragraphs are the same text — a proofreader that remembers texts must not get a free ride from
 * repetition — and with the samples' noise put back into some of them.
 */
import type { BlockElement, BriefDocument } from '../shared/document/types';
import { DOCUMENT_SCHEMA_VERSION } from '../shared/document/types';
import { SAMPLE_ISSUES } from '../test/fixtures/issues';

/**
 * Characters per page as the editor bench counts a 30-page issue (25,000 characters): more than the
 * 22 × 28 of a full printed page, so the figures err on the heavy side.
 */
export const PAGE_CHARS = Math.ceil(25_000 / 30);

function sampleBlocks(): BlockElement[] {
  return SAMPLE_ISSUES.flatMap((fixture) => fixture.document.blocks).filter((b) => b.type === 'paragraph' || b.type === 'numbered');
}

/** The copy's own figures: each number moved by the copy index, so every copy of a paragraph differs. */
function varied(text: string, copy: number): string {
  return text.replace(/\d+/g, (n) => String(Number(n) + copy));
}

/** The noise the samples carry: a half-width comma, a space inside a word, `2024 年`. */
function noisy(text: string): string {
  return text
    .replace('，', ',')
    .replace(/(\p{Script=Han})(\p{Script=Han})/u, '$1 $2')
    .replace(/(\d)年/, '$1 年');
}

/** Sample paragraphs up to `pages` printed pages, every `noiseEvery`-th one with noise; distinct texts. */
export function samplePages(pages: number, noiseEvery = 5): BriefDocument {
  const source = sampleBlocks();
  const target = pages * PAGE_CHARS;
  const blocks: BlockElement[] = [];
  let chars = 0;
  for (let i = 0; chars < target; i++) {
    const block = structuredClone(source[i % source.length]!);
    const copy = Math.floor(i / source.length);
    block.children.forEach((leaf, k) => {
      leaf.text = varied(leaf.text, copy);
      if (k === block.children.length - 1 && i % noiseEvery === 0) leaf.text = noisy(leaf.text);
    });
    // A heading repeated in a later copy still reads as another section's heading.
    if (copy > 0 && block.type === 'numbered' && block.display === 'heading') block.children[0]!.text += `（${copy}）`;
    chars += block.children.reduce((n, leaf) => n + leaf.text.length, 0);
    blocks.push(block);
  }
  return { schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks };
}

export function documentChars(doc: BriefDocument): number {
  return doc.blocks.reduce((n, b) => n + b.children.reduce((m, c) => m + c.text.length, 0), 0);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same pages as Word puts them on the clipboard: MsoNormal paragraphs in spans with fonts and
 * colours, bold as <b>, headings with their typed numbers, the noise of the text, a table every
 * thirty paragraphs.
 */
export function wordClipboardHtml(pages: number): string {
  const doc = samplePages(pages, 3);
  const parts = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><style><!-- p.MsoNormal{margin:0cm;font-family:仿宋_GB2312} --></style></head><body lang=ZH-CN><!--StartFragment-->',
  ];
  const numbers = ['一、', '（一）', '1.', '（1）'];
  doc.blocks.forEach((block, i) => {
    const runs = block.children
      .map((leaf) =>
        leaf.bold
          ? `<b><span style='font-family:黑体'>${escapeHtml(leaf.text)}</span></b>`
          : `<span style='font-family:仿宋_GB2312;color:black'>${escapeHtml(leaf.text)}</span>`,
      )
      .join('');
    const number = block.type === 'numbered' ? `<span style='font-family:楷体_GB2312'>${numbers[block.level - 1]}</span>` : '';
    parts.push(`<p class=MsoNormal style='text-indent:32.0pt;line-height:28.95pt'>${number}${runs}<o:p></o:p></p>`);
    if (i % 30 === 29) {
      parts.push(
        `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>${`<tr><td width=200 valign=top><p class=MsoNormal><span>省本级${i}</span></p></td><td><p class=MsoNormal>${705 + i}</p></td><td><p class=MsoNormal>${5233 + i}</p></td></tr>`.repeat(6)}</table>`,
      );
    }
  });
  parts.push('<!--EndFragment--></body></html>');
  return parts.join('\n');
}
