/**
 * The application menu, in Chinese, built from Electron roles so that the platform does the work
 * (undo stacks, clipboard, zoom, full screen). Devtools appear only in unpackaged builds.
 */
import type { MenuItemConstructorOptions } from 'electron';

export function buildMenuTemplate(options: { isPackaged: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { role: 'resetZoom', label: '实际大小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (!options.isPackaged) {
    view.push({ type: 'separator' }, { role: 'reload', label: '重新载入' }, { role: 'toggleDevTools', label: '开发者工具' });
  }
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { type: 'separator' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ role: 'about', label: '关于简报台' }] },
  ];
}

/** What the about panel shows (role 'about'); Linux shows nothing unless these are set. */
export function aboutPanelOptions(version: string): {
  applicationName: string;
  applicationVersion: string;
  version: string;
  copyright: string;
} {
  return {
    applicationName: '简报台 BriefDesk',
    applicationVersion: version,
    version,
    copyright: '离线简报编辑、排版与归档',
  };
}
