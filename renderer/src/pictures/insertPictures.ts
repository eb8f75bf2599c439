/**
 * Inserting pictures (toolbar, drop, paste): each file is prepared (preparePicture.ts), stored with
 * `pictures.add`, and becomes a picture block after the block the caret was in when the clerk asked —
 * a path ref follows that block while the files are read, so typing meanwhile does not misplace them.
 * Several files go in in their order; a refused one is told and the others still go in.
 */
import { Editor, Transforms, type PathRef } from 'slate';
import type { BriefDeskApi } from '../../../shared/contract/api';
import { blocksOf } from '../../../shared/document/commands';
import { blockText, paragraph, picture } from '../../../shared/document/types';
import type { DecodePicture } from './decode';
import { preparePicture } from './preparePicture';
import type { PixelSize } from './targetSize';

export interface PictureInsertDeps {
  api: Pick<BriefDeskApi, 'pictures.add'>;
  decode: DecodePicture;
  /** What to scale to; may still be on its way (the series' layout), the caret's block is taken first. */
  limit: PixelSize | Promise<PixelSize>;
  notice: (message: string) => void;
  /** Checked before each insert: an issue finalized meanwhile takes nothing in. */
  isReadOnly: () => boolean;
}

/**
 * The files a DataTransfer carries (a paste may list them only as items). Every file is taken, not
 * only those typed image/*: whether it is a picture is decided by its bytes (preparePicture.ts), and a
 * file that is not is refused with a message rather than ignored.
 */
export function filesOf(data: Partial<Pick<DataTransfer, 'files' | 'items'>>): File[] {
  const files = [...(data.files ?? [])];
  if (files.length > 0) return files;
  const items = data.items ? [...data.items] : [];
  return items.filter((item) => item.kind === 'file').flatMap((item) => item.getAsFile() ?? []);
}

function anchorRef(editor: Editor): PathRef {
  const index = editor.selection?.anchor.path[0] ?? editor.children.length - 1;
  return Editor.pathRef(editor, [Math.max(0, index)]);
}

/** Puts a block after the anchor block (in place of it when it is an empty paragraph); returns its index. */
function insertAfter(editor: Editor, anchor: PathRef, block: ReturnType<typeof picture>): number {
  const index = anchor.current?.[0] ?? editor.children.length - 1;
  const current = blocksOf(editor)[index];
  let at = index + 1;
  Editor.withoutNormalizing(editor, () => {
    if (current && current.type === 'paragraph' && blockText(current) === '') {
      Transforms.removeNodes(editor, { at: [index] });
      at = index;
    }
    Transforms.insertNodes(editor, block, { at: [at], select: false });
    // A picture last in the issue gets an empty paragraph after it, so there is somewhere to type.
    if (at === editor.children.length - 1) Transforms.insertNodes(editor, paragraph(), { at: [at + 1], select: false });
  });
  return at;
}

export async function insertPictures(editor: Editor, files: readonly File[], deps: PictureInsertDeps): Promise<number> {
  if (files.length === 0 || deps.isReadOnly()) return 0;
  let anchor = anchorRef(editor);
  let inserted = 0;
  try {
    const limit = await deps.limit;
    for (const file of files) {
      const prepared = await preparePicture(file, deps.decode, limit);
      if (!prepared.ok) {
        deps.notice(prepared.message);
        continue;
      }
      const { fileName, base64 } = prepared.picture;
      const result = await deps.api['pictures.add']({ fileName: fileName.slice(0, 260), base64 });
      if (!result.ok) {
        deps.notice(result.error.message); // main's INVALID_INPUT messages are already for the clerk
        continue;
      }
      if (deps.isReadOnly()) return inserted;
      const { pictureId, pixelWidth, pixelHeight } = result.value;
      // The caret follows the pictures only if the clerk has not gone on to type elsewhere meanwhile.
      const anchorIndex = anchor.current?.[0];
      const caretIndex = editor.selection?.anchor.path[0];
      const caretStayed = caretIndex === undefined || caretIndex === anchorIndex;
      const at = insertAfter(editor, anchor, picture(pictureId, pixelWidth, pixelHeight));
      anchor.unref();
      anchor = Editor.pathRef(editor, [at]);
      inserted++;
      if (caretStayed) Transforms.select(editor, Editor.start(editor, [Math.min(at + 1, editor.children.length - 1)]));
    }
  } finally {
    anchor.unref();
  }
  return inserted;
}
