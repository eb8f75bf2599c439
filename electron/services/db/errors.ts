/**
 * What SQLite's refusals mean to the clerk. better-sqlite3 throws `SqliteError` with an SQLITE_* code
 * when the database itself refuses (disk full, file locked, read-only folder): not a bug in the
 * program, and the clerk needs to know in Chinese that nothing was saved. Recognised by shape so the
 * dispatcher and the command line do not load the native driver for it.
 */

export function sqliteErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const DB_REASONS: Record<string, string> = {
  SQLITE_FULL: '磁盘空间已满',
  SQLITE_BUSY: '数据库正被另一个窗口或程序占用',
  SQLITE_LOCKED: '数据库正被另一个窗口或程序占用',
  SQLITE_READONLY: '数据库文件或其所在文件夹是只读的',
  SQLITE_IOERR: '读写数据库文件时出错',
  SQLITE_CANTOPEN: '无法打开数据库文件（文件或其所在文件夹不可访问，或是只读的）',
  SQLITE_PERM: '没有读写数据库文件的权限',
  SQLITE_CORRUPT: '数据库文件已损坏',
  SQLITE_NOTADB: '文件不是简报台的数据库',
};

/** The reason in Chinese for an SQLITE_* code (extended codes such as SQLITE_BUSY_SNAPSHOT included). */
export function sqliteReason(code: string): string {
  const family = code.replace(/^(SQLITE_[A-Z]+).*$/, '$1');
  return DB_REASONS[family] ?? `数据库拒绝了这次操作（${code}）`;
}

/** The whole sentence for a refused operation: what happened, that nothing changed, what to do. */
export function sqliteRefusalMessage(code: string): string {
  return `${sqliteReason(code)}，操作未完成，数据没有改动。请检查后重试。`;
}
