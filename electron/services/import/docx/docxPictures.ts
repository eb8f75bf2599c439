/**
 * The pictures of a .docx: a `w:drawing` (inline or anchored, `a:blip r:embed`) or a VML `w:pict`
 * (`v:imagedata r:id`, old Word and WPS) names its image by a relationship of
 * word/_rels/document.xml.rels; the media part is checked as any inserted picture is (by its bytes,
 * within the cap, fully decoded) and turned upright when EXIF turns it (uprightJpeg.ts). A picture that
 * cannot be kept is said in a note with the reason.
 * Its printed width (`wp:extent cx`, or the VML shape's style width) is read against the text width
 * of the section, so the block gets the nearest of 100 / 75 / 50 %.
 */
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../../shared/contract/importChannels';
import { AppError } from '../../../../shared/contract/result';
import type { IncomingPicture, IncomingPictureData } from '../../../../shared/import/incoming';
import { checkPicture, PICTURE_REFUSALS } from '../../pictures/checkPicture';
import { uprightJpeg } from '../../pictures/uprightJpeg';
import { attr, child, childrenNamed, descendant, type XmlElement } from './xmlTree';

const EMU_PER_TWIP = 635;
const EMU_PER_POINT = 12_700;
/** GB/T 9704 on A4: 210 mm less 28 mm and 26 mm margins = 156 mm, when the file says nothing. */
const DEFAULT_TEXT_WIDTH_EMU = 156 * 36_000;
const IMAGE_RELATIONSHIP = /\/image$/;

export const RELATIONSHIPS_PART = 'word/_rels/document.xml.rels';

interface Relationship {
  part: string;
  external: boolean;
}

/** The image relationships by id, their targets as part names of the package. */
export function imageRelationships(rels: XmlElement | undefined): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const rel of childrenNamed(child(rels, 'Relationships'), 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target || !IMAGE_RELATIONSHIP.test(attr(rel, 'Type') ?? '')) continue;
    const external = attr(rel, 'TargetMode') === 'External';
    const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('word', target));
    map.set(id, { part, external });
  }
  return map;
}

/** The text width of the body's section (page width less the left and right margins), in EMU. */
export function textWidthEmu(body: XmlElement | undefined): number {
  const section = child(body, 'w:sectPr');
  const page = Number(attr(child(section, 'w:pgSz'), 'w:w'));
  const margins = child(section, 'w:pgMar');
  const left = Number(attr(margins, 'w:left') ?? attr(margins, 'w:start') ?? 0);
  const right = Number(attr(margins, 'w:right') ?? attr(margins, 'w:end') ?? 0);
  const width = (page - left - right) * EMU_PER_TWIP;
  return Number.isFinite(width) && width > 0 ? width : DEFAULT_TEXT_WIDTH_EMU;
}

const CSS_UNIT_POINTS: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75 };

/** A VML shape's `style="width:300pt;…"` in EMU, or null. */
function vmlWidthEmu(style: string | undefined): number | null {
  const match = /(?:^|;)\s*width\s*:\s*([\d.]+)\s*(pt|in|cm|mm|px)?/i.exec(style ?? '');
  if (!match) return null;
  return Number(match[1]) * CSS_UNIT_POINTS[(match[2] ?? 'px').toLowerCase()]! * EMU_PER_POINT;
}

type Checked = { ok: true; data: IncomingPictureData; pixelWidth: number; pixelHeight: number } | { ok: false; why: string };

export class DocxPictures {
  /** The kept pictures' bytes by id, in the order first met. */
  readonly data = new Map<string, IncomingPictureData>();
  private readonly checked = new Map<string, Checked>();
  private total = 0;

  constructor(
    private readonly relationships: ReadonlyMap<string, Relationship>,
    private readonly media: ReadonlyMap<string, Uint8Array>,
    private readonly textWidth: number,
    private readonly notes: string[],
  ) {}

  /** Whether the node shows an image by relationship (a picture, not a shape or a chart). */
  static shows(node: XmlElement): boolean {
    return descendant(node, 'a:blip') !== undefined || descendant(node, 'v:imagedata') !== undefined;
  }

  /** The picture block a `w:drawing` or `w:pict` gives, or null after a note saying why not. */
  read(node: XmlElement, label: string, where: string): IncomingPicture | null {
    const blip = descendant(node, 'a:blip');
    // VML: the shape's own imagedata (a shapetype before it holds none in Word, but is no picture).
    const shape = descendant(node, 'v:shape');
    const imageData = blip ? undefined : descendant(shape ?? node, 'v:imagedata');
    const id = blip ? (attr(blip, 'r:embed') ?? attr(blip, 'r:link')) : attr(imageData, 'r:id');
    const extent = Number(attr(descendant(node, 'wp:extent'), 'cx'));
    const printed = blip ? (extent > 0 ? extent : null) : vmlWidthEmu(attr(shape, 'style'));
    const found = this.check(id);
    if (!found.ok) {
      this.notes.push(`图片${label}${where}未导入：${found.why}`);
      return null;
    }
    return {
      kind: 'picture',
      pictureId: found.data.pictureId,
      pixelWidth: found.pixelWidth,
      pixelHeight: found.pixelHeight,
      widthShare: printed !== null ? printed / this.textWidth : null,
      name: label,
    };
  }

  private check(id: string | undefined): Checked {
    const relationship = id !== undefined ? this.relationships.get(id) : undefined;
    if (!relationship) return { ok: false, why: '文件中找不到这张图片。' };
    if (relationship.external) return { ok: false, why: '这是链接到文件外的图片，文件中没有它的内容。' };
    const known = this.checked.get(relationship.part);
    if (known) return known;
    const result = this.checkPart(relationship.part);
    this.checked.set(relationship.part, result);
    return result;
  }

  private checkPart(part: string): Checked {
    const bytes = this.media.get(part);
    if (!bytes) return { ok: false, why: '文件中找不到这张图片。' };
    let picture;
    let kept = bytes;
    try {
      picture = checkPicture(bytes);
      // A camera photo EXIF turns is kept upright in its pixels: LibreOffice would print it on its side.
      const upright = picture.mime === 'image/jpeg' ? uprightJpeg(bytes) : null;
      if (upright) picture = checkPicture((kept = upright), { decoded: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // An EMF, WMF or GIF is a picture too, only not one BriefDesk keeps.
      const why = error.message === PICTURE_REFUSALS.notPicture ? '只能导入 JPEG 或 PNG 格式的图片' : error.message;
      return { ok: false, why: `${why}。` };
    }
    const data = { pictureId: picture.id, mime: picture.mime, bytes: kept };
    if (!this.data.has(picture.id)) {
      // What travels to the preview and back with the save stays within what one import file may be.
      if (this.total + data.bytes.length > MAX_IMPORT_BYTES) {
        return { ok: false, why: `文件中的图片合计超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，其余的图片未导入。` };
      }
      this.total += data.bytes.length;
      this.data.set(picture.id, data);
    }
    return { ok: true, data, pixelWidth: picture.pixelWidth, pixelHeight: picture.pixelHeight };
  }

  /** The part names the relationships point at inside the package (what to inflate). */
  static parts(relationships: ReadonlyMap<string, Relationship>): Set<string> {
    return new Set([...relationships.values()].filter((r) => !r.external).map((r) => r.part));
  }
}
