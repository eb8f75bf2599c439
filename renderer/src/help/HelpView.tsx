/**
 * 关于与帮助: which version runs, where the database and its backups are, whether every face can be drawn,
 * and the clerk's guide (docs/使用说明.md, the same text the repository shows).
 */
import './help.css';
import { useMemo } from 'react';
import { useAppInfo } from '../app/useAppInfo';
import { FontStatus } from '../settings/FontStatus';
import { GUIDE_MARKDOWN, guideToHtml } from './guideHtml';

const HOST_TEXT = { electron: '桌面版', web: '浏览器模式（本机 127.0.0.1）' } as const;

export function HelpView() {
  const { info } = useAppInfo();
  const guide = useMemo(() => guideToHtml(GUIDE_MARKDOWN), []);
  return (
    <section className="bd-help" data-testid="help-view" aria-label="关于与帮助">
      <h2>关于简报台</h2>
      {info ? (
        <dl className="bd-help-facts" data-testid="help-facts">
          <dt>版本</dt>
          <dd>{info.version}</dd>
          <dt>运行方式</dt>
          <dd>{HOST_TEXT[info.host]}</dd>
          <dt>数据库文件</dt>
          <dd>
            <code>{info.databasePath}</code>
          </dd>
          <dt>备份文件夹</dt>
          <dd>
            <code>{info.backupsFolder}</code>（每日自动备份，保留最近14份；见“备份”）
          </dd>
        </dl>
      ) : (
        <p className="bd-empty">正在读取……</p>
      )}
      <h3>字体</h3>
      <FontStatus />
      <h3>使用说明</h3>
      <article className="bd-guide" data-testid="guide" dangerouslySetInnerHTML={{ __html: guide }} />
    </section>
  );
}
