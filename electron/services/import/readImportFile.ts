/**
 * Checks an import file and reads it into the incoming document: the type by its name, then its size,
 * then its content (a ZIP for .docx, read over its package; text for .txt). Every refusal is an
 * AppError with a Chinese message naming the file, so a folder import can report each file on its own
 * line. A plain async function of bytes: it can run wherever the heavy work is moved.
 */
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, OLD_FORMAT_EXTENSIONS, OLD_FORMAT_REASON } from '../../../shared/contract/importChannels';
import { AppError } from '../../../shared/contract/result';
import { paragraphText, textDocument, type IncomingDocument } from '../../../shared/import/incoming';
import { decodeText } from './decodeText';
import { readDocx } from './docx/readDocx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function refuse(fileName: string, why: string): AppError {
  return new AppError('INVALID_INPUT', `无法导入“${fileName}”：${why}`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** The type and size checks alone (the renderer and the CLI can run them before reading a file). */
export function checkImportFile(fileName: string, size: number): void {
  const extension = extensionOf(fileName);
  if ((OLD_FORMAT_EXTENSIONS as readonly string[]).includes(extension)) throw refuse(fileName, OLD_FORMAT_REASON);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw refuse(fileName, '只能导入 Word 文档（.docx）或纯文本文件（.txt）。');
  }
  if (size === 0) throw refuse(fileName, '这是一个空文件。');
  if (size > MAX_IMPORT_BYTES) {
    throw refuse(
      fileName,
      `文件太大（${megabytes(size)}），超过导入上限 ${megabytes(MAX_IMPORT_BYTES)}。一期简报通常不到 1 MB，请确认选择的是简报文件。`,
    );
  }
}

function hasText(document: IncomingDocument): boolean {
  return document.blocks.some((block) => {
    if (block.kind === 'picture') return false; // a file of photos alone is no briefing
    if (block.kind === 'paragraph') return paragraphText(block).replace(/[\s\u3000\uFEFF*]/g, '') !== '';
    return block.rows.some((row) => row.some((cell) => cell.some((p) => paragraphText(p).trim() !== '')));
  });
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<IncomingDocument> {
  checkImportFile(fileName, bytes.byteLength);
  let document: IncomingDocument;
  if (extensionOf(fileName) === '.docx') {
    if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
      throw refuse(fileName, '文件不是有效的 Word 文档（.docx），可能已损坏或只是改了扩展名。');
    }
    try {
      document = readDocx(fileName, bytes);
    } catch (error) {
      if (error instanceof AppError) throw error; // the archive caps say what is wrong themselves
      throw refuse(fileName, 'Word 文档已损坏，无法读取其中的文字。请在 Word 中打开并另存一份后再试。');
    }
  } else {
    const text = decodeText(bytes);
    if (text === null) {
      throw refuse(fileName, '文件内容不是文字（可能是改了扩展名的其他类型文件）。请选择简报的 .txt 或 .docx 文件。');
    }
    document = textDocument(text);
  }
  if (!hasText(document)) throw refuse(fileName, '文件中没有文字。');
  return document;
}
