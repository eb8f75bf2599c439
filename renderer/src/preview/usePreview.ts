/**
 * The preview's state: renders the pages whenever `version` changes (a save completed, the layout
 * or the 报尾 changed), keeps showing the last pages while the next ones are made, and drops every
 * answer that arrives after a newer rendering started.
 */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { usePrintEnvironment } from './environment';
import { renderPages } from './pipeline';

export interface PreviewState {
  working: boolean;
  html: string | null;
  pages: number | null;
  error: string | null;
}

const INITIAL: PreviewState = { working: false, html: null, pages: null, error: null };

export function usePreview(issueId: number, version: string): PreviewState {
  const api = useApi();
  const { measure } = usePrintEnvironment();
  const [state, setState] = useState<PreviewState>(INITIAL);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    setState((s) => ({ ...s, working: true }));
    void renderPages({ api, issueId, mode: 'preview', measure, isCurrent }).then((result) => {
      if (result === null || !isCurrent()) return;
      if (result.ok) setState({ working: false, html: result.value.html, pages: result.value.pages, error: null });
      else setState((s) => ({ ...s, working: false, error: result.error.message }));
    });
    return () => {
      // Unmounted or superseded: whatever is under way is no longer wanted.
      if (isCurrent()) generation.current++;
    };
  }, [api, issueId, measure, version]);

  return state;
}
