/**
 * The paginated pages in an iframe: the print HTML as the services made it (`srcdoc`, same origin,
 * no scripts), scaled with CSS zoom on its own root so it scrolls inside the frame. A new rendering
 * keeps the reader's place: the scroll position is carried over to the new document.
 */
import { useCallback, useEffect, useRef } from 'react';
import { PRINT_FRAME_SANDBOX } from './frameLoad';

export interface PageFrameProps {
  html: string;
  /** Percent: 100 is the printed size. */
  zoom: number;
}

function applyZoom(frame: HTMLIFrameElement | null, zoom: number): void {
  const root = frame?.contentDocument?.documentElement;
  if (root) root.style.setProperty('zoom', String(zoom / 100));
}

export function PageFrame({ html, zoom }: PageFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const zoomRef = useRef(zoom);
  const scrollRef = useRef({ x: 0, y: 0 });

  useEffect(() => {
    zoomRef.current = zoom;
    applyZoom(frameRef.current, zoom);
  }, [zoom]);

  const onLoad = useCallback(() => {
    const frame = frameRef.current;
    applyZoom(frame, zoomRef.current);
    const win = frame?.contentWindow;
    if (!win) return;
    const { x, y } = scrollRef.current;
    win.scrollTo?.(x, y);
    // Followed while the document is shown, so the next one opens where the reader was.
    win.addEventListener('scroll', () => (scrollRef.current = { x: win.scrollX, y: win.scrollY }), { passive: true });
  }, []);

  return (
    <iframe
      ref={frameRef}
      className="bd-preview-frame"
      data-testid="preview-frame"
      title="分页预览页面"
      sandbox={PRINT_FRAME_SANDBOX}
      srcDoc={html}
      data-zoom={zoom}
      onLoad={onLoad}
    />
  );
}
