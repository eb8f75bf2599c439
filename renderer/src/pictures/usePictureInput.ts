/**
 * The editor's ways in for pictures, for DocumentEditor: 插入图片's files, a paste of image files alone
 * (taken before Slate — and the paste's beforeinput — sees it) and files dropped on the text (after the
 * block they land on). A finalized issue takes none, and the browser never opens a dropped file
 * instead. `inserting` counts files still being read and stored, for a visible 正在插入图片…. Pictures
 * are scaled to the text block of the issue's series (`seriesId`; the standard one without it).
 */
import { useCallback, useState, type ClipboardEvent, type DragEvent, type RefObject } from 'react';
import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { BriefEditor } from '../editor/createBriefEditor';
import { useApi } from '../api/ApiContext';
import { pastedPictures } from '../editor/paste';
import { insertPictures } from './insertPictures';
import { usePictureDecoder } from './PictureDecoderContext';
import { seriesPrintPixels } from './targetSize';

/** A paste or drop into a block's own input (a caption, a table cell) is that input's, not a picture. */
function intoInput(target: EventTarget): boolean {
  return target instanceof Element && target.closest('input, textarea, select') !== null;
}

export interface PictureInput {
  onInsertPictures: (files: File[]) => void;
  onPaste: (event: ClipboardEvent<HTMLDivElement>) => boolean;
  onDragOver: (event: DragEvent<HTMLDivElement>) => boolean;
  onDrop: (event: DragEvent<HTMLDivElement>) => boolean;
  inserting: number;
}

export function usePictureInput(
  editor: BriefEditor,
  readOnlyRef: RefObject<boolean>,
  notice: (message: string) => void,
  seriesId?: number,
): PictureInput {
  const api = useApi();
  const decode = usePictureDecoder();
  const [inserting, setInserting] = useState(0);

  const onInsertPictures = useCallback(
    (files: File[]) => {
      setInserting((n) => n + files.length);
      void insertPictures(editor, files, {
        api,
        decode,
        limit: seriesPrintPixels(api, seriesId),
        notice,
        isReadOnly: () => readOnlyRef.current,
      }).finally(() => setInserting((n) => Math.max(0, n - files.length)));
    },
    [editor, api, decode, notice, readOnlyRef, seriesId],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLDivElement>) => {
      const files = pastedPictures(event.clipboardData);
      if (files.length === 0 || readOnlyRef.current || intoInput(event.target)) return false;
      event.preventDefault();
      onInsertPictures(files);
      return true;
    },
    [onInsertPictures, readOnlyRef],
  );

  const onDragOver = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      if (!event.dataTransfer.types.includes('Files')) return false;
      event.preventDefault();
      event.dataTransfer.dropEffect = readOnlyRef.current ? 'none' : 'copy';
      return true;
    },
    [readOnlyRef],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>) => {
      const files = pastedPictures(event.dataTransfer);
      if (files.length === 0 || intoInput(event.target)) return false;
      event.preventDefault();
      if (readOnlyRef.current) return true;
      try {
        Transforms.select(editor, ReactEditor.findEventRange(editor, event));
      } catch {
        // dropped where no text position is found (a margin): the caret's block stays the anchor
      }
      onInsertPictures(files);
      return true;
    },
    [editor, onInsertPictures, readOnlyRef],
  );

  return { onInsertPictures, onPaste, onDragOver, onDrop, inserting };
}
