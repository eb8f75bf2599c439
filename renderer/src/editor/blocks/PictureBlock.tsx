/**
 * A picture block in the editor: a void block showing the stored image centred at its width of the
 * text column (100 / 75 / 50 %), its 图注 under it in 楷体, and — unless the issue is finalized — the
 * 宽度 choice, a caption input and 删除图片. The image is fetched once it comes near the screen
 * (useNearViewport.ts), once per pictureId, and its URL held while the block shows it (pictureUrls.ts);
 * until then and while it loads the block already takes the picture's
 * proportions, so the page does not jump. A picture whose bytes are gone says so in its place and
 * never breaks the editor.
 */
import { useEffect, useState, type SyntheticEvent } from 'react';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import { MAX_CAPTION_CHARS } from '../../../../shared/document/schema';
import { PICTURE_WIDTHS, type PictureElement } from '../../../../shared/document/types';
import { useApi } from '../../api/ApiContext';
import type { BriefEditor } from '../createBriefEditor';
import { removePicture, setPictureCaption, setPictureWidth } from '../../pictures/pictureCommands';
import { acquirePictureUrl, type PictureUrl } from '../../pictures/pictureUrls';
import { useNearViewport } from '../../pictures/useNearViewport';
import isHotkey from 'is-hotkey';
import './picture.css';

const isSaveKey = isHotkey('mod+s');

type Props = RenderElementProps & { element: PictureElement };

export const MISSING_PICTURE_TEXT = '图片缺失：此图片已不在数据库中';
export const CAPTION_PLACEHOLDER = '图为…（可不填）';

/** The picture's URL once `wanted` (near the screen); null until then and while it loads. */
function usePictureUrl(pictureId: string, wanted: boolean): PictureUrl | null {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ pictureId: string; shown: PictureUrl } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const lease = acquirePictureUrl(api, pictureId);
    void lease.shown.then((shown) => {
      if (live) setLoaded({ pictureId, shown });
    });
    return () => {
      live = false;
      lease.release();
    };
  }, [api, pictureId, wanted]);
  return loaded?.pictureId === pictureId ? loaded.shown : null;
}

interface CaptionInputProps {
  caption: string;
  onCommit: (caption: string) => void;
}

/**
 * The caption's own draft, as the table cells keep one (TableBlock.tsx): Slate re-renders after a change
 * asynchronously, so an input bound to the document directly would lose its caret, and one reset in
 * the middle of an IME composition keeps the pinyin. The draft follows the document (undo) whenever no
 * composition is under way.
 */
function CaptionInput({ caption, onCommit }: CaptionInputProps) {
  const [draft, setDraft] = useState(caption);
  const [seen, setSeen] = useState(caption);
  const [composing, setComposing] = useState(false);
  if (caption !== seen && !composing) {
    setSeen(caption);
    setDraft(caption);
  }
  const commit = (value: string) => {
    setSeen(value);
    onCommit(value);
  };
  return (
    <input
      type="text"
      className="bd-picture-caption bd-picture-caption-input"
      aria-label="图注"
      placeholder={CAPTION_PLACEHOLDER}
      value={draft}
      maxLength={MAX_CAPTION_CHARS}
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={(event) => {
        setComposing(false);
        setDraft(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        if (!composing && !(event.nativeEvent as InputEvent).isComposing) commit(event.target.value);
      }}
      onKeyDown={(event) => {
        // Enter would otherwise reach the editor; the caption is one line.
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}

function PictureImage({ element }: { element: PictureElement }) {
  const [placeholder, near] = useNearViewport();
  const shown = usePictureUrl(element.pictureId, near);
  const aspectRatio = `${element.pixelWidth} / ${element.pixelHeight}`;
  if (shown === null) {
    return <div ref={placeholder} className="bd-picture-frame bd-picture-loading" style={{ aspectRatio }} aria-label="图片加载中" />;
  }
  if (!shown.ok) {
    return (
      <div className="bd-picture-frame bd-picture-missing" style={{ aspectRatio }} role="img" data-testid="picture-missing">
        {shown.code === 'NOT_FOUND' ? MISSING_PICTURE_TEXT : `图片无法显示：${shown.message}`}
      </div>
    );
  }
  return (
    <img
      className="bd-picture-image"
      src={shown.url}
      alt={element.caption || '图片'}
      style={{ aspectRatio }}
      draggable={false}
      decoding="async"
    />
  );
}

export function PictureBlock({ attributes, children, element }: Props) {
  const editor = useSlateStatic() as BriefEditor;
  const readOnly = useReadOnly();
  const pathOf = () => ReactEditor.findPath(editor, element);
  // The controls keep their events: Slate would otherwise select the void block and take the focus.
  // Ctrl+S still reaches the page's save (a window listener).
  const stop = (event: SyntheticEvent) => {
    if (event.type === 'keydown' && isSaveKey(event.nativeEvent as KeyboardEvent)) return;
    event.stopPropagation();
  };

  return (
    <div
      {...attributes}
      className="bd-block bd-picture"
      data-testid="picture-block"
      data-picture-id={element.pictureId}
      data-width={element.width}
    >
      <div contentEditable={false} className="bd-picture-body">
        <div className="bd-picture-figure" style={{ width: `${element.width}%` }}>
          <PictureImage element={element} />
        </div>
        {readOnly ? (
          element.caption !== '' && <p className="bd-picture-caption">{element.caption}</p>
        ) : (
          <div className="bd-picture-edit" onClick={stop} onMouseDown={stop} onFocus={stop} onBlur={stop} onKeyDown={stop}>
            <CaptionInput caption={element.caption} onCommit={(caption) => setPictureCaption(editor, pathOf(), caption)} />
            <div className="bd-picture-tools">
              <span role="group" aria-label="宽度" className="bd-picture-widths">
                宽度
                {PICTURE_WIDTHS.map((width) => (
                  <button
                    key={width}
                    type="button"
                    className="bd-tool"
                    aria-label={`宽度 ${width}%`}
                    aria-pressed={element.width === width}
                    onClick={() => setPictureWidth(editor, pathOf(), width)}
                  >
                    {width}%
                  </button>
                ))}
              </span>
              <button type="button" className="bd-tool" onClick={() => removePicture(editor, pathOf())}>
                删除图片
              </button>
            </div>
          </div>
        )}
      </div>
      {children}
    </div>
  );
}
