/**
 * The paginated preview beside the editor: the A4 pages of the print rendering (not an imitation of
 * it), re-made after each completed save, with zoom and the page count. Typing never waits for it:
 * the work runs between saves and a newer rendering replaces an older one still under way.
 */
import { useState } from 'react';
import { FontNote } from './FontNote';
import { PageFrame } from './PageFrame';
import { usePreview } from './usePreview';
import { DEFAULT_ZOOM, stepZoom, ZOOM_STEPS } from './zoom';

export interface PreviewPanelProps {
  issueId: number;
  /** Changes whenever what is printed may have changed (a save, the layout, the 报尾, the meta). */
  version: string;
  /** The East Asian faces the series' layout prints with (for the fallback note). */
  faces: readonly string[];
}

export function PreviewPanel({ issueId, version, faces }: PreviewPanelProps) {
  const preview = usePreview(issueId, version);
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);

  return (
    <aside className="bd-preview" data-testid="preview" aria-label="分页预览" aria-busy={preview.working}>
      <div className="bd-preview-bar">
        <div className="bd-zoom" role="group" aria-label="缩放">
          <button type="button" aria-label="缩小" disabled={zoom <= ZOOM_STEPS[0]} onClick={() => setZoom((z) => stepZoom(z, -1))}>
            −
          </button>
          <select aria-label="缩放比例" data-testid="preview-zoom" value={zoom} onChange={(event) => setZoom(Number(event.target.value))}>
            {ZOOM_STEPS.map((step) => (
              <option key={step} value={step}>
                {step}%
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-label="放大"
            disabled={zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!}
            onClick={() => setZoom((z) => stepZoom(z, 1))}
          >
            +
          </button>
        </div>
        <span className="bd-page-count" data-testid="preview-page-count">
          {preview.pages === null ? '' : `共 ${preview.pages} 页`}
        </span>
        <span className="bd-preview-status" role="status" aria-live="polite" data-testid="preview-status">
          {preview.working ? '正在排版…' : ''}
        </span>
      </div>
      {preview.error && (
        <p className="bd-preview-error" role="alert" data-testid="preview-error">
          预览未能更新：{preview.error}
        </p>
      )}
      <FontNote faces={faces} issueId={issueId} />
      {preview.html !== null ? (
        <PageFrame html={preview.html} zoom={zoom} />
      ) : (
        !preview.error && <p className="bd-empty bd-preview-empty">正在排版…</p>
      )}
    </aside>
  );
}
