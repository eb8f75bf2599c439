/**
 * Archive commands: `search` across all issues, `backups` (list), `backup` (now) and `restore <备份>`.
 * They go through the same channels and runtime as the app, so rules and messages are the same.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BACKUP_KIND_TEXT } from '../../shared/archive/types';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { readAppVersion } from '../services/appVersion';
import { openArchive } from '../services/archive/startup';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { defaultDatabasePath } from '../services/paths';
import { CliError, type Output } from './commands';

export const ARCHIVE_USAGE = [
  '检索与备份命令：',
  '  search <检索词> [--series <系列编号>] [--year <年份>] [--deleted] [--json]',
  '      在所有简报中查找（一个字也可以），最新的在前；--deleted 连回收站一起查',
  '  backups [--json]            列出备份（数据库旁的 backups 文件夹）',
  '  backup                      立即备份数据库',
  '  restore <备份文件名>         用备份替换数据库（先把现在的数据库另存为备份）；请先关闭简报台',
  '  --db <文件>                 使用指定的数据库文件（默认：本机简报台的数据库）',
].join('\n');

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new CliError(`${name}应为正整数：${value}`);
  return Number(value);
}

export async function runArchiveCli(argv: string[], io: Output & { err(text: string): void }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        series: { type: 'string' },
        year: { type: 'string' },
        deleted: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`参数不正确：${error instanceof Error ? error.message : String(error)}\n${ARCHIVE_USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, argument, ...extra] = positionals;
  if (extra.length > 0) throw new CliError(`多余的参数：${extra.join(' ')}`);
  if ((command === 'search' || command === 'restore') && !argument) throw new CliError(ARCHIVE_USAGE);
  if ((command === 'backup' || command === 'backups') && argument) throw new CliError(`多余的参数：${argument}`);

  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  if (!existsSync(databasePath)) throw new CliError(`找不到数据库文件：${databasePath}`);
  const runtime = openArchive(databasePath);
  try {
    if (runtime.startup.kind === 'damaged') {
      throw new CliError(
        `${runtime.startup.problem}\n可以用 restore ${runtime.startup.offer?.name ?? '<备份文件名>'} 从备份恢复（请在简报台中操作）。`,
      );
    }
    const handlers = createHandlers(runtime.db, { host: 'web', databasePath, version: readAppVersion() });
    const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
      const result = await dispatch(handlers, channel, input);
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as ChannelOutput<K>;
    };
    if (command === 'search') {
      const series = intOption(values.series, '系列编号');
      const year = intOption(values.year, '年份');
      const answer = await call('archive.search', {
        query: argument!,
        ...(series !== undefined ? { seriesId: series } : {}),
        ...(year !== undefined ? { year } : {}),
        ...(values.deleted ? { includeDeleted: true } : {}),
      });
      if (answer.indexNotice) io.err(`提示：${answer.indexNotice}`);
      if (values.json) io.out(JSON.stringify(answer, null, 2));
      else {
        for (const hit of answer.hits) {
          const where = hit.blockIndex === null ? '报头' : `第 ${hit.blockIndex + 1} 段`;
          const text = hit.segments.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('');
          io.out(`[${hit.issueId}] ${hit.seriesTitle} ${hit.year}年第${hit.number}期 ${hit.issueDate} ${where}：${text}`);
        }
        io.out(answer.hits.length === 0 ? '没有找到。' : `共 ${answer.hits.length}${answer.truncated ? '+' : ''} 处。`);
      }
    } else if (command === 'backups') {
      const list = await call('backups.list', {});
      if (values.json) io.out(JSON.stringify(list, null, 2));
      else {
        io.out(`备份文件夹：${list.folder}`);
        for (const b of list.backups) io.out(`${b.name}  ${BACKUP_KIND_TEXT[b.kind]}  ${b.sizeBytes} 字节`);
        if (list.backups.length === 0) io.out('还没有备份。');
      }
    } else if (command === 'backup') {
      const made = await call('backups.create', {});
      io.out(`已备份：${made.name}（${made.sizeBytes} 字节）`);
    } else {
      const safety = await call('backups.restore', { name: argument! });
      io.out(`已从 ${argument} 恢复。恢复前的数据库已另存为 ${safety.name}。`);
    }
  } finally {
    runtime.close();
  }
  return 0;
}
