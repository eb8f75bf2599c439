/**
 * The preview's state: renders the pages whenever `version` changes (a save completed, the layout
 * or the 报尾 changed), keeps showing the last pages while the next ones are made, and drops every
 * answer that arrives after a newer rendering started.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { usePrintEnvironment, type PrintEnvironment } from './environment';
import { renderPages } from './pipeline';

export interface PreviewState {
  working: boolean;
  html: string | null;
  pages: number | null;
  error: string | null;
}

/** The last answer, with the request it answered: `working` is whether it answers another one than now. */
interface Rendered {
  api: ReturnType<typeof useApi>;
  issueId: number;
  version: string;
  measure: PrintEnvironment['measure'];
  html: string | null;
  pages: number | null;
  error: string | null;
}

export function usePreview(issueId: number, version: string): PreviewState {
  const api = useApi();
  const { measure } = usePrintEnvironment();
  const [rendered, setRendered] = useState<Rendered | null>(null);

  useEffect(() => {
    // Unmounted or superseded (the cleanup ran): whatever is under way is no longer wanted.
    let live = true;
    const isCurrent = () => live;
    void renderPages({ api, issueId, mode: 'preview', measure, isCurrent }).then((result) => {
      if (result === null || !isCurrent()) return;
      const request = { api, issueId, version, measure };
      if (result.ok) setRendered({ ...request, html: result.value.html, pages: result.value.pages, error: null });
      else setRendered((last) => ({ ...request, html: last?.html ?? null, pages: last?.pages ?? null, error: result.error.message }));
    });
    return () => {
      live = false;
    };
  }, [api, issueId, measure, version]);

  // The last pages stay shown while the next ones are made.
  const working =
    rendered === null ||
    rendered.api !== api ||
    rendered.issueId !== issueId ||
    rendered.version !== version ||
    rendered.measure !== measure;
  return { working, html: rendered?.html ?? null, pages: rendered?.pages ?? null, error: rendered?.error ?? null };
}
