/**
 * numbering.xml resolved to what a paragraph prints: the level's `w:numFmt` and `w:lvlText`
 * (chineseCounting + `%1、` → `一、`, `（%1）` → `（一）`, decimal `%1.` → `1.`, `（%1）` → `（1）`).
 * Only the printed form decides the level detection gives it — never the ilvl or the list id, which
 * WPS (a one-level list per section) and Word (multilevel lists, `（1）` at ilvl 2) use differently.
 * The count itself does not matter: BriefDesk numbers its blocks itself.
 */
import { parseNumberedLine } from '../../../../shared/document/typedNumber';
import { attr, child, childrenNamed, type XmlElement } from './xmlTree';

interface Level {
  format: string;
  text: string;
}

/** One representative digit per format; formats outside these print nothing detection can level. */
const SAMPLE: Record<string, string> = {
  chineseCounting: '一',
  chineseCountingThousand: '一',
  chineseLegalSimplified: '一',
  ideographTraditional: '一',
  ideographDigital: '一',
  japaneseCounting: '一',
  taiwaneseCounting: '一',
  taiwaneseCountingThousand: '一',
  koreanCounting: '一',
  decimal: '1',
  decimalHalfWidth: '1',
  decimalFullWidth: '1',
  decimalFullWidth2: '1',
  decimalZero: '1',
};

/** Formats that print their own brackets around the digit. */
const ENCLOSED: Record<string, string> = {
  decimalEnclosedParen: '（1）',
  decimalEnclosedFullstop: '1.',
  ideographEnclosedCircle: '（一）',
};

function readLevel(element: XmlElement): Level {
  return {
    format: attr(child(element, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attr(child(element, 'w:lvlText'), 'w:val') ?? '',
  };
}

function levelsOf(element: XmlElement | undefined): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(element, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
  return levels;
}

export interface Numbering {
  /** The number as printed (`（一）`), or undefined for a bullet or a form BriefDesk has no level for. */
  printed(numId: string, ilvl: number): string | undefined;
}

function printedOf(levels: Map<number, Level>, ilvl: number): string | undefined {
  const level = levels.get(ilvl);
  if (!level || level.format === 'bullet' || level.format === 'none') return undefined;
  const own = ENCLOSED[level.format];
  const printed = level.text.replace(/%([1-9])/g, (_, k: string) => {
    const referenced = Number(k) - 1;
    if (referenced === ilvl && own) return own;
    const format = referenced === ilvl ? level.format : (levels.get(referenced)?.format ?? 'decimal');
    return SAMPLE[format] ?? ENCLOSED[format] ?? '?';
  });
  // Only a form the typed-number recogniser reads as a whole number prefix has a level: `1.1` has none.
  const probe = parseNumberedLine(`${printed}文`);
  return probe && probe.rest === '文' ? printed.replace(/\(/g, '（').replace(/\)/g, '）') : undefined;
}

export function readNumbering(root: XmlElement | undefined): Numbering {
  const numbering = child(root, 'w:numbering');
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of childrenNamed(numbering, 'w:abstractNum')) {
    abstracts.set(attr(abstract, 'w:abstractNumId') ?? '', levelsOf(abstract));
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const num of childrenNamed(numbering, 'w:num')) {
    const base = abstracts.get(attr(child(num, 'w:abstractNumId'), 'w:val') ?? '') ?? new Map<number, Level>();
    const levels = new Map(base);
    for (const override of childrenNamed(num, 'w:lvlOverride')) {
      const lvl = child(override, 'w:lvl');
      if (lvl) levels.set(Number(attr(override, 'w:ilvl') ?? 0), readLevel(lvl));
    }
    nums.set(attr(num, 'w:numId') ?? '', levels);
  }
  const cache = new Map<string, string | undefined>();
  return {
    printed(numId, ilvl) {
      if (numId === '0') return undefined; // numId 0 switches numbering off
      const key = `${numId}/${ilvl}`;
      if (!cache.has(key)) {
        const levels = nums.get(numId);
        cache.set(key, levels ? printedOf(levels, ilvl) : undefined);
      }
      return cache.get(key);
    },
  };
}
