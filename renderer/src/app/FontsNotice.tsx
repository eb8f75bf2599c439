/**
 * The notice above every view while a face of the layout will print in some other face of this machine:
 * the official face is not installed and its bundled fallback file is missing too. It has no close
 * button: it stays until the fonts are there (re-checked when the window regains focus, or 重新检查).
 */
import { useMemo } from 'react';
import { unresolvedFaces } from '../settings/fontDetection';
import { usePrintEnvironment } from '../preview/environment';
import { useAppInfo } from './useAppInfo';

export function FontsNotice() {
  const { info, recheck } = useAppInfo();
  const { detectFonts } = usePrintEnvironment();
  const fonts = info?.bundledFonts ?? null;
  const faces = useMemo(() => (fonts ? unresolvedFaces(detectFonts(), fonts.missing) : []), [fonts, detectFonts]);
  if (!fonts || faces.length === 0) return null;
  return (
    <div className="bd-fonts-notice" role="status" data-testid="fonts-notice">
      <p>
        <strong>缺少字体：</strong>
        {faces.map((face) => `${face.name}（本机未安装，随附的 ${face.fallbackFile} 也不在）`).join('；')}。 预览、打印与 PDF
        将用本机其他字体代替，版面会与正式版式不同；导出的 Word 文件不受影响。
      </p>
      <p>
        解决办法：安装正式字体，或由维护人员在简报台文件夹中运行 <code>{fonts.fetchCommand}</code>（随附字体应在 <code>{fonts.dir}</code>
        ）。安装包版本自带这些字体，重新安装即可。
      </p>
      <button type="button" onClick={recheck} data-testid="fonts-recheck">
        重新检查
      </button>
    </div>
  );
}
