/**
 * The 版式设置 form as data: one text per field (empty = the standard's value, shown as the
 * placeholder), to and from a series' LayoutOverrides. Only what the clerk filled in is sent, so a
 * later change of the standard reaches every field left empty. Checking is the service's: its
 * Chinese messages come back and are put next to the fields they name.
 */
import { DEFAULT_LAYOUT, FONT_ROLES, type FontRole } from '../../../shared/layout/spec';
import type { LayoutOverrides } from '../../../shared/layout/overrides';

export type NumberField = 'topMm' | 'bottomMm' | 'leftMm' | 'rightMm' | 'linePitchPt' | 'titleSizePt';
export type ColourField = 'titleColor' | 'ruleColor';
export type FontField = `font.${FontRole}`;
export type TextField = NumberField | ColourField | FontField;

export interface LayoutFormValues {
  text: Record<TextField, string>;
  onEvenPage: boolean;
  /** 本期要目's title on the left (the standard centres it). */
  contentsTitleLeft: boolean;
}

export const NUMBER_FIELDS: readonly { key: NumberField; label: string; unit: string }[] = [
  { key: 'topMm', label: '上边距', unit: '毫米' },
  { key: 'bottomMm', label: '下边距', unit: '毫米' },
  { key: 'leftMm', label: '左边距', unit: '毫米' },
  { key: 'rightMm', label: '右边距', unit: '毫米' },
  { key: 'linePitchPt', label: '行距', unit: '磅' },
  { key: 'titleSizePt', label: '报头字号', unit: '磅' },
];

export const COLOUR_FIELDS: readonly { key: ColourField; label: string }[] = [
  { key: 'titleColor', label: '报头颜色' },
  { key: 'ruleColor', label: '分隔线颜色' },
];

export const FONT_ROLE_NAMES: Record<FontRole, string> = {
  latin: '西文与数字',
  body: '正文',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  masthead: '报头',
  partTitle: '栏目标题',
  period: '时段',
  pageNumber: '页码',
  closing: '报尾',
  caption: '图注',
};

const fontField = (role: FontRole): FontField => `font.${role}`;

/** What each field is by the standard (GB/T 9704 and 简报 practice): the placeholders. */
export const STANDARD_TEXT: Record<TextField, string> = {
  topMm: String(DEFAULT_LAYOUT.margins.topMm),
  bottomMm: String(DEFAULT_LAYOUT.margins.bottomMm),
  leftMm: String(DEFAULT_LAYOUT.margins.leftMm),
  rightMm: String(DEFAULT_LAYOUT.margins.rightMm),
  linePitchPt: String(DEFAULT_LAYOUT.grid.linePitchPt),
  titleSizePt: String(DEFAULT_LAYOUT.masthead.titleSizePt),
  titleColor: DEFAULT_LAYOUT.masthead.titleColor,
  ruleColor: DEFAULT_LAYOUT.masthead.ruleColor,
  ...(Object.fromEntries(FONT_ROLES.map((role) => [fontField(role), DEFAULT_LAYOUT.fonts[role]])) as Record<FontField, string>),
};

const text = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

export function formFromOverrides(overrides: LayoutOverrides | null): LayoutFormValues {
  const o = overrides ?? {};
  return {
    text: {
      topMm: text(o.margins?.topMm),
      bottomMm: text(o.margins?.bottomMm),
      leftMm: text(o.margins?.leftMm),
      rightMm: text(o.margins?.rightMm),
      linePitchPt: text(o.grid?.linePitchPt),
      titleSizePt: text(o.masthead?.titleSizePt),
      titleColor: text(o.masthead?.titleColor),
      ruleColor: text(o.masthead?.ruleColor),
      ...(Object.fromEntries(FONT_ROLES.map((role) => [fontField(role), text(o.fonts?.[role])])) as Record<FontField, string>),
    },
    onEvenPage: o.closing?.onEvenPage === true,
    contentsTitleLeft: o.contents?.titleAlign === 'left',
  };
}

/** A number as typed; text that is no number goes out as NaN (null in JSON) for the service to refuse in Chinese. */
function toNumber(value: string): number {
  return Number(value.trim().replace(/，/g, '.').replace(/。/g, '.'));
}

/** `#ff0000` or `ff0000` → `FF0000`; anything else as typed, for the service to refuse. */
function toColour(value: string): string {
  return value.trim().replace(/^#/, '').toUpperCase();
}

/** The overrides for the filled-in fields only; an empty form is the standard (`{}`). */
export function overridesFromForm(form: LayoutFormValues): LayoutOverrides {
  const t = form.text;
  const filled = (key: TextField) => t[key].trim() !== '';
  const pick = <K extends TextField, V>(keys: readonly K[], convert: (value: string) => V, name: (key: K) => string = (k) => k) => {
    const entries = keys.filter(filled).map((key) => [name(key), convert(t[key])] as const);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  };
  const margins = pick(['topMm', 'bottomMm', 'leftMm', 'rightMm'] as const, toNumber);
  const grid = pick(['linePitchPt'] as const, toNumber);
  const mastheadNumbers = pick(['titleSizePt'] as const, toNumber);
  const mastheadColours = pick(['titleColor', 'ruleColor'] as const, toColour);
  const fonts = pick(
    FONT_ROLES.map(fontField),
    (value) => value.trim(),
    (key) => key.slice('font.'.length),
  );
  const masthead = mastheadNumbers || mastheadColours ? { ...mastheadNumbers, ...mastheadColours } : undefined;
  const overrides: LayoutOverrides = {};
  if (margins) overrides.margins = margins;
  if (grid) overrides.grid = grid;
  if (masthead) overrides.masthead = masthead;
  if (fonts) overrides.fonts = fonts;
  if (form.onEvenPage) overrides.closing = { onEvenPage: true };
  if (form.contentsTitleLeft) overrides.contents = { titleAlign: 'left' };
  return overrides;
}

/** The service's refusal without its request prefix and field paths: one Chinese sentence per problem. */
export function refusalMessages(message: string): string[] {
  return message
    .replace(/^请求内容不正确：/, '')
    .split('；')
    .map((part) => part.replace(/^[A-Za-z0-9_.]+：/, '').trim())
    .filter((part) => part !== '');
}

const PATH_FIELDS: Record<string, readonly TextField[]> = {
  'margins.topMm': ['topMm'],
  'margins.bottomMm': ['bottomMm'],
  'margins.leftMm': ['leftMm'],
  'margins.rightMm': ['rightMm'],
  // The whole-page checks: the character grid (left/right) and the lines per page (pitch).
  margins: ['leftMm', 'rightMm'],
  'grid.linePitchPt': ['linePitchPt'],
  'masthead.titleSizePt': ['titleSizePt'],
  'masthead.titleColor': ['titleColor'],
  'masthead.ruleColor': ['ruleColor'],
};

/** The fields a refusal names (by the paths in its message), to mark them invalid. */
export function fieldsInRefusal(message: string): Set<TextField> {
  const fields = new Set<TextField>();
  for (const match of message.matchAll(/(?:^|：|；)layout\.([A-Za-z0-9_.]+)：/g)) {
    const path = match[1]!;
    const font = /^fonts\.(\w+)$/.exec(path);
    if (font && (FONT_ROLES as readonly string[]).includes(font[1]!)) fields.add(`font.${font[1] as FontRole}`);
    for (const field of PATH_FIELDS[path] ?? []) fields.add(field);
  }
  return fields;
}
