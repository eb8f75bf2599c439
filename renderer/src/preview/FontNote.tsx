/** A short note under the preview bar when a face the layout asks for is not installed here. */
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { officialFaceFor } from '../settings/fontDetection';
import { usePrintEnvironment } from './environment';

/**
 * Two notes: the host's check that the faces can draw Chinese at all (export.fontCheck: no bundled face
 * and no Chinese system face — the PDF is then refused with the same message), and, in the browser,
 * which official faces are replaced by the bundled ones.
 */
export function FontNote({ faces, issueId }: { faces: readonly string[]; issueId: number }) {
  const { detectFonts } = usePrintEnvironment();
  const api = useApi();
  const [blocking, setBlocking] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void api['export.fontCheck']({ id: issueId }).then((result) => {
      if (current) setBlocking(result.ok ? result.value.message : null);
    });
    return () => {
      current = false;
    };
  }, [api, issueId, faces]);
  const missing = useMemo(() => {
    const statuses = detectFonts();
    if (!statuses) return [];
    const wanted = new Set(
      faces
        .map(officialFaceFor)
        .filter((face) => face !== null)
        .map((face) => face.name),
    );
    return statuses.filter((status) => status.installedAs === null && wanted.has(status.face.name));
  }, [detectFonts, faces]);
  if (blocking !== null) {
    return (
      <p className="bd-font-note bd-font-missing" role="alert" data-testid="preview-font-missing">
        {blocking}
      </p>
    );
  }
  if (missing.length === 0) return null;
  return (
    <p className="bd-font-note" data-testid="preview-font-note">
      本机未安装{missing.map((s) => s.face.name).join('、')}，预览与 PDF 使用随附字体代替（
      {missing.map((s) => `${s.face.name} → ${s.face.fallback}`).join('，')}）；导出的 Word 文件仍指定正式字体。
    </p>
  );
}
