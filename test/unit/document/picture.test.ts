/** The picture block's module: its schema, its normaliser's repairs, and what each output makes of it. */
import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { printedBlockTexts } from '../../../shared/archive/indexText';
import { insertBlockBreak, insertBlocks, setBlockKind, withBriefCommands } from '../../../shared/document/commands';
import { withBriefDocument } from '../../../shared/document/normalize';
import { blocksToPlainText } from '../../../shared/document/plainText';
import { documentSchema } from '../../../shared/document/schema';
import {
  DOCUMENT_SCHEMA_VERSION,
  numbered,
  paragraph,
  picture,
  type BlockElement,
  type BriefDocument,
} from '../../../shared/document/types';
import { toPrintableIssue } from '../../../shared/layout/issueView';
import { fixedElsewhere, placeText } from '../../../shared/proofread/describe';
import { isEditablePlace } from '../../../shared/proofread/run';
import { segmentsOf } from '../../../shared/proofread/segments';
import { buildFromPrevious } from '../../../shared/templates/buildFromPrevious';
import { makePng } from '../../fixtures/pictures';

const PNG = makePng(40, 30);
const doc = (blocks: BlockElement[]): BriefDocument => ({ schemaVersion: DOCUMENT_SCHEMA_VERSION, blocks });
const photo = (caption = '图为窗口工作人员为群众办理业务') => picture(PNG.id, PNG.width, PNG.height, caption, 50);

function normalized(children: unknown[]): Descendant[] {
  const editor = withBriefDocument(withHistory(createEditor()));
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

describe('picture block', () => {
  it('the normaliser repairs what it can: width, caption, stray keys, text in the void', () => {
    const result = normalized([
      { ...photo(), width: 60, caption: 42, level: 2, rows: [['a']], children: [{ text: '不该有字', bold: true }] },
      { ...photo(), caption: '图为\n大厅\t一角' },
      { ...photo(), caption: '图'.repeat(600) },
    ]);
    expect(result).toEqual([{ ...photo(''), width: 100 }, photo('图为 大厅 一角'), photo('图'.repeat(500))]);
    expect(documentSchema.safeParse(doc(result as BlockElement[])).success).toBe(true);
  });

  it('scales a pixel size past the limit down, keeping its aspect ratio', () => {
    const [fitted] = normalized([{ ...photo(), pixelWidth: 40_000, pixelHeight: 30_000 }]) as BlockElement[];
    expect(fitted).toMatchObject({ type: 'picture', pixelWidth: 20_000, pixelHeight: 15_000 });
  });

  it('removes a picture without a valid key or pixel size; the body never ends up empty', () => {
    const broken = [
      { ...photo(), pictureId: 'C:\\photos\\1.jpg' },
      { ...photo(), pictureId: PNG.id.toUpperCase() },
      { ...photo(), pixelWidth: 0 },
      { ...photo(), pixelHeight: 12.5 },
      { ...photo(), pixelWidth: '640' },
    ];
    expect(normalized([paragraph('前文'), ...broken, paragraph('后文')])).toEqual([paragraph('前文'), paragraph('后文')]);
    expect(normalized(broken)).toEqual([paragraph()]);
  });

  it('another block left with picture fields (after a type change) loses them', () => {
    const { type: _type, ...fields } = photo();
    expect(normalized([{ ...fields, type: 'paragraph', children: [{ text: '正文' }] }])).toEqual([paragraph('正文')]);
  });

  it('prints as [图片：图注] in plain text and search, [图片] without a caption', () => {
    expect(blocksToPlainText([photo(), photo('')])).toEqual(['[图片：图为窗口工作人员为群众办理业务]', '[图片]']);
    expect(printedBlockTexts(doc([photo()]))).toEqual(['[图片：图为窗口工作人员为群众办理业务]']);
  });

  it('prints at its width share, with its caption or none', () => {
    const series = { title: '简报', issuer: '省政务服务中心', hasTotal: false };
    const issue = {
      year: 2026,
      number: 1,
      totalNumber: null,
      issueDate: '2026-03-20',
      periodStart: null,
      periodEnd: null,
      partTitle: null,
    };
    const { blocks } = toPrintableIssue(series, { ...issue, document: doc([photo(), photo('')]) }, null);
    expect(blocks.map((b) => b.picture)).toEqual([
      { pictureId: PNG.id, pixelWidth: 40, pixelHeight: 30, widthShare: 0.5, caption: '图为窗口工作人员为群众办理业务' },
      { pictureId: PNG.id, pixelWidth: 40, pixelHeight: 30, widthShare: 0.5, caption: null },
    ]);
  });

  it('its caption is proofread but fixed in its own input', () => {
    const [segment, ...rest] = segmentsOf(doc([photo('图为窗口 工作人员')]));
    expect(rest).toEqual([]);
    expect(segment).toEqual({ place: { kind: 'caption', block: 0 }, role: 'caption', text: '图为窗口 工作人员' });
    expect(isEditablePlace(segment!.place)).toBe(false);
    expect(placeText(segment!.place)).toBe('第1段图注');
    expect(fixedElsewhere(segment!.place)).toContain('图注');
    expect(segmentsOf(doc([photo('')]))).toEqual([]);
  });

  it('is news: the next issue does not carry last issue’s photo', () => {
    const next = buildFromPrevious(doc([numbered(1, '工作动态'), photo(), paragraph('省中心召开例会。')]), [], '2026-03-27');
    expect(next.blocks).toEqual([numbered(1, '工作动态'), paragraph()]);
  });
});

describe('editing commands around a picture', () => {
  function editorWith(blocks: BlockElement[]) {
    const editor = withBriefCommands(withBriefDocument(withHistory(createEditor())));
    editor.children = structuredClone(blocks) as Descendant[];
    Editor.normalize(editor, { force: true });
    return editor;
  }

  it('a block-kind change across it leaves the picture a picture', () => {
    const editor = editorWith([paragraph('前文'), photo(), paragraph('后文')]);
    Transforms.select(editor, { anchor: Editor.start(editor, [0]), focus: Editor.end(editor, [2]) });
    setBlockKind(editor, 'paragraph');
    setBlockKind(editor, 2);
    expect(editor.children[1]).toEqual(photo());
    expect((editor.children[0] as BlockElement).type).toBe('numbered');
  });

  it('Enter on a selected picture opens a paragraph after it', () => {
    const editor = editorWith([paragraph('前文'), photo()]);
    Transforms.select(editor, Editor.start(editor, [1]));
    insertBlockBreak(editor);
    expect(editor.children).toEqual([paragraph('前文'), photo(), paragraph()]);
    expect(editor.selection?.anchor.path[0]).toBe(2);
  });

  it('pasting blocks with a picture selected keeps the picture', () => {
    const editor = editorWith([photo()]);
    Transforms.select(editor, Editor.start(editor, [0]));
    insertBlocks(editor, [paragraph('一'), paragraph('二')]);
    expect(editor.children.filter((b) => (b as BlockElement).type === 'picture')).toEqual([photo()]);
  });
});
