/**
 * A paste from Word in the real editor: Word's clipboard for a small fragment (HTML and the plain text
 * beside it) and the events Chromium fires for Ctrl+V, dispatched with that clipboard.
 */
import type { Page } from 'playwright-core';

/**
 * Word's clipboard HTML for a bold department name with noise after it, an automatic list item
 * `1. 列表项目一` (its number in an mso-list:Ignore span inside a conditional comment) and a table.
 */
export const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal{margin:0cm;text-align:justify;font-size:16.0pt;font-family:仿宋_GB2312} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;word-wrap:break-word'>
<!--StartFragment--><p class=MsoNormal style='text-indent:32.0pt;line-height:28.95pt'><b><span style='font-family:黑体;color:black'>住房城乡建设厅</span></b><span style='font-family:仿宋_GB2312'>召开会议,要求做好 2024 年城镇燃气安全工作。<o:p></o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US style='font-family:仿宋_GB2312'><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:仿宋_GB2312'>列表项目一<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=277 valign=top style='width:207.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span style='font-family:仿宋_GB2312'>单位<o:p></o:p></span></p></td>
<td width=277 valign=top style='width:207.4pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span style='font-family:仿宋_GB2312'>受理（件）<o:p></o:p></span></p></td></tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=277 valign=top><p class=MsoNormal><span style='font-family:仿宋_GB2312'>民政厅<o:p></o:p></span></p></td>
<td width=277 valign=top><p class=MsoNormal><span lang=EN-US>705<o:p></o:p></span></p></td></tr>
</table>
<!--EndFragment-->
</body></html>`;
/** The plain text Word puts beside it (what a paste without HTML would get). */
export const WORD_TEXT =
  '住房城乡建设厅召开会议,要求做好 2024 年城镇燃气安全工作。\r\n1.\t列表项目一\r\n单位\t受理（件）\r\n民政厅\t705\r\n';

/**
 * A paste, as Chromium delivers Ctrl+V to a contenteditable: a `paste` ClipboardEvent and, when no
 * one cancelled it, a `beforeinput` of type insertFromPaste carrying the same DataTransfer. The
 * DataTransfer holds Word's HTML exactly as above (the async clipboard API would sanitize it first).
 */
export async function pasteWordFragment(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ({ html, text }) => {
      const target = document.querySelector('[data-testid="editor"]')!;
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      if (!target.dispatchEvent(paste)) return;
      target.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    { html, text },
  );
}
