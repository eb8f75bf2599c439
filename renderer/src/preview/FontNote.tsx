/** A short note under the preview bar when a face the layout asks for is not installed here. */
import { useMemo } from 'react';
import { officialFaceFor } from '../settings/fontDetection';
import { usePrintEnvironment } from './environment';

export function FontNote({ faces }: { faces: readonly string[] }) {
  const { detectFonts } = usePrintEnvironment();
  const missing = useMemo(() => {
    const statuses = detectFonts();
    if (!statuses) return [];
    const wanted = new Set(faces.map(officialFaceFor).filter((face) => face !== null).map((face) => face.name));
    return statuses.filter((status) => status.installedAs === null && wanted.has(status.face.name));
  }, [detectFonts, faces]);
  if (missing.length === 0) return null;
  return (
    <p className="bd-font-note" data-testid="preview-font-note">
      本机未安装{missing.map((s) => s.face.name).join('、')}，预览与 PDF 使用随附字体代替（
      {missing.map((s) => `${s.face.name} → ${s.face.fallback}`).join('，')}）；导出的 Word 文件仍指定正式字体。
    </p>
  );
}
