/**
 * The clerk's guide (docs/使用说明.md) as HTML for the 关于与帮助 view: the same file the repository
 * shows, bundled at build time, with its screenshots (docs/images/*.png) as bundled assets. Our own
 * text, never input: rendering it as HTML is safe, and it needs nothing from outside the app.
 */
import { Marked, type Token } from 'marked';
import guideMarkdown from '../../../docs/使用说明.md?raw';

/** `images/x.png` (as the guide writes it) → the bundled asset's URL. */
const IMAGE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../../../docs/images/*.png', { eager: true, query: '?url', import: 'default' })).map(([file, url]) => [
    `images/${file.split('/').pop()}`,
    url as string,
  ]),
);

export function guideToHtml(markdown: string, imageUrls: Record<string, string> = IMAGE_URLS): string {
  const marked = new Marked({
    gfm: true,
    walkTokens(token: Token) {
      if (token.type === 'image') token.href = imageUrls[token.href] ?? token.href;
    },
  });
  return marked.parse(markdown, { async: false });
}

export const GUIDE_MARKDOWN: string = guideMarkdown;
