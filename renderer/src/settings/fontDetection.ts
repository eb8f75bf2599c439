/**
 * Which official faces this machine has, found the way a web page can: draw a test string in
 * `"<face>", <generic>` and in `<generic>` alone and compare the widths. A missing face falls back to
 * the generic one, so every width is the same; an installed face has its own Latin glyph widths and
 * changes at least one of them. Chinese glyphs alone would not tell (they are all one em wide), so
 * the test string is mostly Latin letters and digits of different widths.
 *
 * Pure: the measuring context is passed in (a canvas 2D context in the app, a fake in the tests).
 */

/** What the detection needs of a CanvasRenderingContext2D. */
export interface TextMeasuringContext {
  font: string;
  measureText(text: string): { width: number };
}

/** One official face, the names it is installed under, and the bundled face printed in its place. */
export interface OfficialFace {
  /** The name the layout and the DOCX use. */
  name: string;
  /** Other names the same design is installed under (Windows, WPS, macOS). */
  aliases: readonly string[];
  /** The bundled Fandol face the preview and the PDF use when none of the names is installed. */
  fallback: string;
  /** Its file among the bundled fonts (app.info says which of them are missing). */
  fallbackFile: string;
}

export const OFFICIAL_FACES: readonly OfficialFace[] = [
  {
    name: '仿宋_GB2312',
    aliases: ['仿宋', 'FangSong_GB2312', 'FangSong', 'STFangsong'],
    fallback: 'FandolFang',
    fallbackFile: 'FandolFang-Regular.otf',
  },
  {
    name: '楷体_GB2312',
    aliases: ['楷体', 'KaiTi_GB2312', 'KaiTi', 'STKaiti'],
    fallback: 'FandolKai',
    fallbackFile: 'FandolKai-Regular.otf',
  },
  { name: '黑体', aliases: ['SimHei', 'STHeiti'], fallback: 'FandolHei', fallbackFile: 'FandolHei-Regular.otf' },
  { name: '宋体', aliases: ['SimSun', 'STSong'], fallback: 'FandolSong', fallbackFile: 'FandolSong-Regular.otf' },
  {
    name: '方正小标宋简体',
    aliases: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK'],
    fallback: 'FandolSong Bold',
    fallbackFile: 'FandolSong-Bold.otf',
  },
];

export interface FaceStatus {
  face: OfficialFace;
  /** The first of the face's names found installed; null when the fallback is used. */
  installedAs: string | null;
}

/** Generic families to compare against: a face that happens to match one of them will not match all. */
const BASELINES = ['monospace', 'serif', 'sans-serif'] as const;
const TEST_TEXT = 'mmmmmmmmmmlliiWW0123456789.,;:— 仿宋黑体楷';
const TEST_SIZE_PX = 72;

function cssFamily(name: string): string {
  return `"${name.replace(/["\\]/g, '')}"`;
}

function widthIn(ctx: TextMeasuringContext, family: string): number {
  ctx.font = `${TEST_SIZE_PX}px ${family}`;
  return ctx.measureText(TEST_TEXT).width;
}

/** True when text asked for in `name` is drawn in a face of that name rather than a generic fallback. */
export function isFontInstalled(ctx: TextMeasuringContext, name: string): boolean {
  return BASELINES.some((generic) => widthIn(ctx, `${cssFamily(name)}, ${generic}`) !== widthIn(ctx, generic));
}

/** Each official face: installed under which name, or not at all (then its fallback is used). */
export function detectOfficialFaces(ctx: TextMeasuringContext, faces: readonly OfficialFace[] = OFFICIAL_FACES): FaceStatus[] {
  return faces.map((face) => ({
    face,
    installedAs: [face.name, ...face.aliases].find((name) => isFontInstalled(ctx, name)) ?? null,
  }));
}

/**
 * The official face a layout face name stands for, by the kind of face its name says it is (the
 * same reading as the print stylesheet's fallbacks); null for a face the app has no fallback for.
 */
export function officialFaceFor(name: string): OfficialFace | null {
  const n = name.toLowerCase();
  const pick = (official: string) => OFFICIAL_FACES.find((face) => face.name === official) ?? null;
  if (/仿宋|fangsong/.test(n)) return pick('仿宋_GB2312');
  if (/楷|kai/.test(n)) return pick('楷体_GB2312');
  if (/黑|hei/.test(n)) return pick('黑体');
  if (/小标宋|xbs|biaosong/.test(n)) return pick('方正小标宋简体');
  if (/宋|song/.test(n)) return pick('宋体');
  return null;
}

/** The statuses whose face is missing: what the preview's note lists. */
export function missingFaces(statuses: readonly FaceStatus[]): FaceStatus[] {
  return statuses.filter((status) => status.installedAs === null);
}

/**
 * The faces that will print in some other face of the machine: not installed here, and their bundled
 * file missing too (`missingFiles` from app.info). Where the browser cannot detect installed faces,
 * every face whose bundled file is missing counts.
 */
export function unresolvedFaces(statuses: readonly FaceStatus[] | null, missingFiles: readonly string[]): OfficialFace[] {
  const missing = new Set(missingFiles);
  if (statuses === null) return OFFICIAL_FACES.filter((face) => missing.has(face.fallbackFile));
  return statuses.filter((status) => status.installedAs === null && missing.has(status.face.fallbackFile)).map((status) => status.face);
}

/** `仿宋_GB2312 → FandolFang、方正小标宋简体 → FandolSong Bold`, or '' when nothing is missing. */
export function fallbackSummary(statuses: readonly FaceStatus[]): string {
  return missingFaces(statuses)
    .map((status) => `${status.face.name} → ${status.face.fallback}`)
    .join('、');
}

/** A measuring context on a canvas of `doc`; null where the browser has none (jsdom). */
export function canvasContext(doc: Document = document): TextMeasuringContext | null {
  try {
    return doc.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}
