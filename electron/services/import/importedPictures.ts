/**
 * The pictures an import carries from the preview to the save. The preview hands over the bytes of
 * the pictures its body shows (as base64, the way the contract carries files); the save checks them
 * again — they came back from the renderer — and stores them in the issue's own transaction.
 */
import type { ImportDraft } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import type { BriefDocument } from '../../../shared/document/types';
import type { IncomingDocument } from '../../../shared/import/incoming';
import type { DetectedIssue, ImportedPicture } from '../../../shared/import/types';
import type { Db } from '../db/connection';
import { findPictureInfo, insertPicture, type StoredPicture } from '../db/picturesTable';
import { checkPicture, pictureIdOf } from '../pictures/checkPicture';

function pictureIdsOf(document: BriefDocument): Set<string> {
  return new Set(document.blocks.flatMap((block) => (block.type === 'picture' ? [block.pictureId] : [])));
}

/** The bytes of the pictures the detected body shows, once each. */
export function importedPictures(incoming: IncomingDocument, issue: DetectedIssue): ImportedPicture[] {
  const shown = pictureIdsOf(issue.document);
  return (incoming.pictures ?? [])
    .filter((picture) => shown.has(picture.pictureId))
    .map((picture) => ({ pictureId: picture.pictureId, base64: Buffer.from(picture.bytes).toString('base64') }));
}

/**
 * The draft's pictures checked, before any transaction (a full decode takes a while): only those its
 * body shows, each by its bytes, each under the id its bytes give. One already stored is not checked
 * again; one whose id is in `decoded` (a preview in this host decoded those very bytes: the id is
 * their SHA-256) gets the quick checks only. A picture whose bytes do not match its id, or fail the
 * check, refuses the whole save.
 */
export function checkDraftPictures(db: Db, draft: ImportDraft, decoded: ReadonlySet<string> = new Set()): StoredPicture[] {
  const shown = pictureIdsOf(draft.document);
  const checked: StoredPicture[] = [];
  for (const { pictureId, base64 } of draft.pictures ?? []) {
    if (!shown.has(pictureId) || checked.some((p) => p.id === pictureId)) continue;
    const bytes = Buffer.from(base64, 'base64');
    if (pictureIdOf(bytes) !== pictureId) {
      throw new AppError('INVALID_INPUT', '导入内容中的图片与其编号不符，未保存。请重新识别文件后再保存。');
    }
    if (findPictureInfo(db, pictureId)) continue;
    try {
      checked.push(checkPicture(bytes, { decoded: decoded.has(pictureId) }));
    } catch (error) {
      if (error instanceof AppError) throw new AppError('INVALID_INPUT', `导入内容中的图片无法保存：${error.message}。`);
      throw error;
    }
  }
  return checked;
}

/** Stores the checked pictures (inside the save's transaction). */
export function storeDraftPictures(db: Db, pictures: readonly StoredPicture[], now: string): void {
  for (const picture of pictures) insertPicture(db, picture, now);
}
