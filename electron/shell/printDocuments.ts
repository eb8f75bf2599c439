/**
 * The print documents the hidden print window shows: HTML held in memory under a random id and served
 * by the app:// protocol at app://briefdesk/__print/<id>.html, so the page is on the app's origin and
 * may load the bundled fonts from app://briefdesk/fonts/. Nothing is written to disk; a released
 * document is gone (404).
 */
import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, PRINT_PATH_PREFIX } from './urls';

export class PrintDocuments {
  private readonly documents = new Map<string, string>();

  /** Registers `html` and answers the URL it is served at. */
  register(html: string): { id: string; url: string } {
    // Random, so no other page can guess the URL of a document it did not make.
    const id = randomUUID();
    this.documents.set(id, html);
    return { id, url: `${APP_ORIGIN}${PRINT_PATH_PREFIX}${id}.html` };
  }

  release(id: string): void {
    this.documents.delete(id);
  }

  /** The document a URL path names (`/__print/<id>.html`), or null when there is none (any more). */
  lookup(pathname: string): string | null {
    if (!pathname.startsWith(PRINT_PATH_PREFIX) || !pathname.endsWith('.html')) return null;
    const id = pathname.slice(PRINT_PATH_PREFIX.length, -'.html'.length);
    return this.documents.get(id) ?? null;
  }

  get size(): number {
    return this.documents.size;
  }
}

export function isPrintPath(pathname: string): boolean {
  return pathname.startsWith(PRINT_PATH_PREFIX);
}
