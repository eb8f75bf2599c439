/**
 * @font-face rules for the print HTML. The document asks for the official face names (仿宋_GB2312,
 * 黑体, …) exactly as the DOCX does; each name is declared here with `local()` sources first, so an
 * installed official face wins, and the bundled Fandol file under `fontBaseUrl` last, so the
 * preview and the PDF never drop to whatever CJK face the machine happens to have.
 *
 * The Latin face is declared under its own name with a `unicode-range` of Latin letters, digits and
 * ASCII punctuation only: quotes, dashes, the ellipsis and the middle dot fall through to the
 * Chinese face, as `hint="eastAsia"` makes them do in Word.
 *
 * No network: `fontBaseUrl` is a file: URL or the app's own origin; nothing else is referenced.
 */
import type { LayoutSpec } from '../../../../shared/layout/spec';

export const FANDOL_FILES = {
  fang: 'FandolFang-Regular.otf',
  kai: 'FandolKai-Regular.otf',
  hei: 'FandolHei-Regular.otf',
  heiBold: 'FandolHei-Bold.otf',
  song: 'FandolSong-Regular.otf',
  songBold: 'FandolSong-Bold.otf',
} as const;

interface Fallback {
  regular: string;
  /** A real bold file; without one the browser emboldens the regular face, as LibreOffice does. */
  bold: string | null;
  /** Other names the same face is installed under (Windows, macOS, WPS). */
  aliases: readonly string[];
}

/** Which Fandol file stands in for a face, by the kind of face its name says it is. */
export function fallbackFor(face: string): Fallback {
  const name = face.toLowerCase();
  if (/仿宋|fangsong/.test(name)) {
    return { regular: FANDOL_FILES.fang, bold: null, aliases: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong'] };
  }
  if (/楷|kai/.test(name)) {
    return { regular: FANDOL_FILES.kai, bold: null, aliases: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'STKaiti'] };
  }
  if (/黑|hei/.test(name)) {
    return { regular: FANDOL_FILES.hei, bold: FANDOL_FILES.heiBold, aliases: ['黑体', 'SimHei', 'STHeiti'] };
  }
  if (/小标宋|xbs|biaosong/.test(name)) {
    // A heavy display Song: Fandol's Song Bold is the nearest design, used at normal weight.
    return { regular: FANDOL_FILES.songBold, bold: null, aliases: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK'] };
  }
  return { regular: FANDOL_FILES.song, bold: FANDOL_FILES.songBold, aliases: ['宋体', 'SimSun', 'STSong'] };
}

/** A CSS string literal (face names are validated to plain names; quotes are escaped anyway). */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function joinUrl(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${encodeURIComponent(file)}`;
}

function localSources(names: readonly string[]): string[] {
  return [...new Set(names)].map((n) => `local(${cssString(n)})`);
}

function faceRule(family: string, weight: 'normal' | 'bold', sources: string[], unicodeRange?: string): string {
  const range = unicodeRange ? ` unicode-range: ${unicodeRange};` : '';
  return `@font-face { font-family: ${cssString(family)}; font-weight: ${weight}; src: ${sources.join(', ')};${range} }`;
}

/**
 * Latin letters, digits and ASCII punctuation (not the middle dot U+00B7, which Chinese names use),
 * Latin-1 and Latin Extended-A/B.
 */
export const LATIN_UNICODE_RANGE = 'U+0020-007E, U+00A0-00B6, U+00B8-024F';

const LATIN_ALIASES = {
  regular: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'],
  bold: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold'],
};

/**
 * Every @font-face the document needs, one family per distinct face name in the layout. A bundled file
 * in `missingFontFiles` is left out (the host knows it is not there; the app shows a notice instead).
 */
export function fontFaceRules(layout: LayoutSpec, fontBaseUrl: string, missingFontFiles: readonly string[] = []): string {
  const bundled = (file: string): string[] =>
    missingFontFiles.includes(file) ? [] : [`url(${cssString(joinUrl(fontBaseUrl, file))}) format("opentype")`];
  const rules: string[] = [];
  const latin = layout.fonts.latin;
  rules.push(faceRule(latin, 'normal', localSources([latin, ...LATIN_ALIASES.regular]), LATIN_UNICODE_RANGE));
  rules.push(faceRule(latin, 'bold', localSources([`${latin} Bold`, ...LATIN_ALIASES.bold]), LATIN_UNICODE_RANGE));
  const faces = new Set(
    Object.entries(layout.fonts)
      .filter(([role]) => role !== 'latin')
      .map(([, face]) => face),
  );
  for (const face of faces) {
    const fallback = fallbackFor(face);
    const names = [face, ...fallback.aliases];
    rules.push(faceRule(face, 'normal', [...localSources(names), ...bundled(fallback.regular)]));
    if (fallback.bold) {
      rules.push(faceRule(face, 'bold', [...localSources(names.map((n) => `${n} Bold`)), ...bundled(fallback.bold)]));
    }
  }
  return rules.join('\n');
}

/** The font-family list of an element whose East Asian face is `face`: Latin face first (by its range). */
export function familyList(layout: LayoutSpec, face: string): string {
  return `${cssString(layout.fonts.latin)}, ${cssString(face)}`;
}
