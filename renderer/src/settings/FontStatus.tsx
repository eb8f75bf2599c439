/** The 字体 panel: each official face, installed here under which name, or the bundled face used instead. */
import { useAppInfo } from '../app/useAppInfo';
import { usePrintEnvironment } from '../preview/environment';

export function FontStatus() {
  const { detectFonts } = usePrintEnvironment();
  const statuses = detectFonts();
  // Which bundled files are missing (app.info); unknown (null) counts as present, as before the answer.
  const missing = new Set(useAppInfo().info?.bundledFonts?.missing ?? []);
  return (
    <section className="bd-font-status" data-testid="font-status" aria-label="字体">
      {statuses === null ? (
        <p className="bd-empty">无法检测本机字体。预览与 PDF 在缺少正式字体时使用随附的 Fandol 字体。</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">正式字体</th>
              <th scope="col">本机情况</th>
              <th scope="col">预览与 PDF 使用</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map(({ face, installedAs }) => (
              <tr key={face.name} data-installed={installedAs !== null}>
                <td>{face.name}</td>
                <td>{installedAs === null ? '未安装' : installedAs === face.name ? '已安装' : `已安装（${installedAs}）`}</td>
                <td>
                  {installedAs !== null
                    ? installedAs
                    : missing.has(face.fallbackFile)
                      ? `缺少随附字体 ${face.fallbackFile}：将用本机其他字体`
                      : `随附字体 ${face.fallback}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="bd-hint">导出的 Word 文件始终指定正式字体，在装有这些字体的电脑上按正式字体显示。</p>
    </section>
  );
}
