/**
 * Debian's Chromium driven by playwright-core (never a browser downloaded by a tool), with the flags
 * that keep it off the network, plus the IME composition that a desktop Chinese input method produces.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `env` replaces the browser's environment (e.g. a fontconfig that gives the UI Chinese faces). */
export function launchBrowser(env?: Record<string, string>): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    ...(env ? { env } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Types `text` as a pinyin IME would: a preedit (the pinyin, underlined in the editor) updated letter by
 * letter through CDP Input.imeSetComposition, then the chosen characters committed with Input.insertText.
 * Chromium fires compositionstart/update/end and beforeinput exactly as with a desktop IME.
 */
export async function typeWithIme(page: Page, pinyin: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 1; i <= pinyin.length; i++) {
      const preedit = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', {
        text: preedit,
        selectionStart: preedit.length,
        selectionEnd: preedit.length,
      });
    }
    await cdp.send('Input.insertText', { text });
  } finally {
    await cdp.detach();
  }
}
