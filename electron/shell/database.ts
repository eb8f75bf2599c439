/**
 * Opening the database at start-up. When it cannot be opened (not an SQLite file, written by a newer
 * BriefDesk, unreadable folder) the clerk gets one clear Chinese message and the app stops: the file is
 * never repaired, replaced or deleted here.
 */
import { AppError } from '../../shared/contract/result';

export const OPEN_FAILED_TITLE = '简报台无法打开数据库';

export interface ErrorBoxLike {
  showErrorBox(title: string, content: string): void;
}

export function describeOpenFailure(file: string, error: unknown): string {
  const reason = error instanceof AppError ? error.message : `打开数据库时出错：${error instanceof Error ? error.message : String(error)}`;
  return `${reason}\n\n数据库文件：${file}\n\n简报台没有改动这个文件。请联系维护人员。`;
}

/** The opened database, or null after the error box has been shown. */
export function openDatabaseOrExplain<D>(file: string, open: (file: string) => D, dialog: ErrorBoxLike): D | null {
  try {
    return open(file);
  } catch (error) {
    console.error('[briefdesk] cannot open database', file, error);
    dialog.showErrorBox(OPEN_FAILED_TITLE, describeOpenFailure(file, error));
    return null;
  }
}
