import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/shell/menu';

interface Item {
  label?: string;
  role?: string;
  submenu?: Item[];
}

function items(isPackaged: boolean): Item[] {
  return buildMenuTemplate({ isPackaged }) as Item[];
}

function allRoles(menu: Item[]): string[] {
  return menu.flatMap((item) => [...(item.role ? [item.role] : []), ...allRoles(item.submenu ?? [])]);
}

function labelsOf(menu: Item[], title: string): string[] {
  const submenu = menu.find((item) => item.label === title)?.submenu ?? [];
  return submenu.flatMap((item) => (item.label ? [item.label] : []));
}

describe('application menu', () => {
  it('is in Chinese and built from roles', () => {
    const menu = items(true);
    expect(menu.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labelsOf(menu, '文件')).toEqual(['退出']);
    expect(labelsOf(menu, '编辑')).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(labelsOf(menu, '视图')).toEqual(['放大', '缩小', '实际大小', '全屏']);
    expect(labelsOf(menu, '帮助')).toEqual(['关于简报台']);
    expect(allRoles(menu)).toEqual([
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'about',
    ]);
  });

  it('offers devtools and reload only in unpackaged builds', () => {
    expect(allRoles(items(true))).not.toContain('toggleDevTools');
    expect(allRoles(items(true))).not.toContain('reload');
    expect(allRoles(items(false))).toContain('toggleDevTools');
  });
});
