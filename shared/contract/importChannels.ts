/**
 * Import of past issues from .docx and .txt: `import.preview` reads a file and answers what it found
 * (nothing is stored); `import.save` stores a previewed structure — possibly corrected by the clerk —
 * as a new issue in one transaction. An existing issue of the same series, year and number is only
 * replaced when asked (`replaceExisting`), and then it goes to the recycle bin, never overwritten.
 */
import { z } from 'zod';
import { xmlText } from '../text/xmlText';
import { documentSchema } from '../document/schema';
import { PICTURE_ID_PATTERN } from '../document/types';
import { MAX_PICTURE_BYTES } from './pictureChannels';
import type { DetectedIssue } from '../import/types';
import { channel, id, shortText } from './define';
import { issueMetaSchema } from './issueChannels';
import { figureInputSchema } from './statisticsChannels';
import { closingSchema } from './printingChannels';

/** A briefing file is well under 1 MB; 20 MB leaves room for pictures and stays under the HTTP limit. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.docx', '.txt'] as const;
/** Word 97–2003 and WPS's own format: an archive holds them, and they are refused with this reason. */
export const OLD_FORMAT_EXTENSIONS = ['.doc', '.wps'] as const;
export const OLD_FORMAT_REASON = '旧版 Word/WPS 格式（.doc、.wps）不能直接导入，请在 Word 或 WPS 中另存为 .docx 后再导入。';
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4;
const MAX_PICTURE_BASE64 = Math.ceil(MAX_PICTURE_BYTES / 3) * 4;
/** Pictures one imported issue may bring (their bytes together stay within MAX_IMPORT_BYTES). */
const MAX_IMPORT_PICTURES = 200;

export const importFileSchema = z.strictObject({
  fileName: xmlText({ error: '文件名应为文字' }).min(1, { error: '缺少文件名' }).max(255, { error: '文件名过长' }),
  base64: z
    .string({ error: '文件内容应为 base64 文字' })
    .max(MAX_BASE64, { error: `文件太大，超过导入上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。` }),
});

/** What is stored: the masthead fields as an issue's meta, the body, the 报尾 as printed. */
export const importDraftSchema = z.strictObject({
  seriesTitle: shortText.min(1, { error: '请填写简报系列名称' }),
  issuer: shortText.nullable(),
  meta: issueMetaSchema,
  document: documentSchema,
  closing: closingSchema.nullable(),
  /** Figures read from the issue's statistics sentences and tables, per metric group of its blocks. */
  figures: z
    .array(figureInputSchema.extend({ groupId: id }))
    .max(500, { error: '统计数字过多' })
    .optional(),
  /** The bytes of the body's pictures, as the preview read them from the file (checked again on save). */
  pictures: z
    .array(
      z.strictObject({
        pictureId: z.string().regex(PICTURE_ID_PATTERN, { error: '图片编号无效' }),
        base64: z
          .string()
          .max(MAX_PICTURE_BASE64, { error: '图片太大（超过 20 MB）' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '图片内容应为 base64 文字' }),
      }),
    )
    .max(MAX_IMPORT_PICTURES, { error: `图片过多（超过 ${MAX_IMPORT_PICTURES} 张）` })
    .optional(),
});
export type ImportDraft = z.infer<typeof importDraftSchema>;

export interface ImportPreview {
  fileName: string;
  issue: DetectedIssue;
  /** The stored series with the detected title; null = saving creates it. */
  seriesId: number | null;
  /** A live issue of that series with the same year and number: saving must be asked to replace it. */
  existingIssueId: number | null;
}

export interface ImportSaved {
  issueId: number;
  seriesId: number;
  /** True when no series had the title and the import created one. */
  seriesCreated: boolean;
  /** The issue moved to the recycle bin in favour of this one, if any. */
  replacedIssueId: number | null;
  /** Whether the 报尾 differed from the series default and was stored as the issue's own. */
  closingOverridden: boolean;
}

/**
 * A name the renderer gives one reading so that `import.cancel` can stop it (a random id; unique
 * among the readings under way).
 */
export const importJobIdSchema = xmlText({ error: '任务编号应为文字' }).regex(/^[A-Za-z0-9_-]{1,64}$/, {
  error: '任务编号只能由字母、数字、- 和 _ 组成，最多 64 个字符',
});

export const importChannels = {
  'import.preview': channel<ImportPreview>()(importFileSchema.extend({ jobId: importJobIdSchema.optional() })),
  /**
   * Stops the reading started with this `jobId` (its `import.preview` then answers CANCELLED). A
   * reading stores nothing, so nothing is left behind. `cancelled` is false when none was under way
   * (it had already finished).
   */
  'import.cancel': channel<{ cancelled: boolean }>()(z.strictObject({ jobId: importJobIdSchema })),
  'import.save': channel<ImportSaved>()(
    z.strictObject({
      draft: importDraftSchema,
      /** Save into this series instead of the one named by `draft.seriesTitle`. */
      seriesId: id.optional(),
      replaceExisting: z.boolean().optional(),
    }),
  ),
} as const;
