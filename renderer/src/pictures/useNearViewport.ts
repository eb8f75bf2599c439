/**
 * Whether an element has come near the visible part of its scroller (within one scroller height above
 * or below). An issue with photos fetches and decodes only those the clerk can scroll to soon, not all
 * of them while it opens; once near, it stays so (a picture scrolled past is not fetched again).
 * Without IntersectionObserver (jsdom) every element counts as near.
 */
import { useEffect, useState } from 'react';

function scrollerOf(node: Element): Element | null {
  for (let at = node.parentElement; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null; // the page itself scrolls
}

export function useNearViewport(): [ref: (node: Element | null) => void, near: boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [node, setNode] = useState<Element | null>(null);
  useEffect(() => {
    if (near || node === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { root: scrollerOf(node), rootMargin: '100% 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [near, node]);
  return [setNode, near];
}
