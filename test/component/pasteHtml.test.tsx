/**
 * Paste from Word, WPS and a web page: fixtures written the way each program puts HTML on the
 * clipboard (Word: MsoNormal paragraphs, <b>, mso-list number spans in conditional comments, tables
 * with <o:p>; WPS: spans with font-weight; web: <strong>, scripts, images, styles).
 */
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, type HtmlNode } from '../../shared/document/pasteHtml';

function paste(html: string) {
  // jsdom's DOMParser here, the browser's in the app: the same inert parse.
  const document = new DOMParser().parseFromString(html, 'text/html');
  return htmlToBlocks(document.body as unknown as HtmlNode);
}

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:仿宋_GB2312}</style></head>
<body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>一、政务工作动态</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:楷体_GB2312'>(一)</span><span>3月19日,省中心召开例会。</span></p>
<p class=MsoNormal><b><span>住房城乡建设厅</span></b><span style='color:red'>召开会议,要求做好城镇 燃气安全工作。</span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>列表项目一<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal><b>事项类别</b></p></td><td><p>受理（件）</p></td></tr>
<tr><td><p>省本级</p></td><td><p>705</p></td></tr></table>
<p class=MsoNormal><img src="file:///C:/Users/x/image001.png"><!-- a comment -->本周巡查总体情况良好。</p>
<!--EndFragment--></body></html>`;

const WPS = `<html><body>
<p style="text-indent:2em"><span style="font-family:'仿宋';font-weight:bold">省市场监管局</span><span style="font-family:'仿宋'">推进企业开办“一件事”。</span></p>
<p><span style="font-family:'楷体'">（二）</span><span>2023 年全省惠企政策事项兑现情况</span></p>
<p><span style="font-weight:400">（1）窗口服务</span></p>
</body></html>`;

const WEB = `<div class="article"><script>alert(1)</script><style>.x{}</style>
<h3><strong>第三方</strong>新闻标题</h3><p>发布时间：2024-3-5 <img src="https://example.org/a.png"></p>
<div><div><div><span><strong>加粗</strong>和普通</span><br>第二行</div></div></div>
<table><thead><tr><th>项目</th><th colspan="2">本周</th></tr></thead><tbody><tr><td>咨询</td><td>2046</td></tr></tbody></table></div>`;

describe('paste from Word', () => {
  it('keeps bold, turns typed numbers into numbered blocks, tables into table blocks, drops the rest', () => {
    const result = paste(WORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.blocks).toEqual([
      { type: 'numbered', level: 1, display: 'heading', children: [{ text: '政务工作动态' }] },
      { type: 'numbered', level: 2, display: 'paragraph', children: [{ text: '3月19日，省中心召开例会。' }] },
      { type: 'paragraph', children: [{ text: '住房城乡建设厅', bold: true }, { text: '召开会议，要求做好城镇燃气安全工作。' }] },
      { type: 'numbered', level: 3, display: 'heading', children: [{ text: '列表项目一' }] },
      {
        type: 'table',
        rows: [
          ['事项类别', '受理（件）'],
          ['省本级', '705'],
        ],
        headerRows: 0,
        children: [{ text: '' }],
      },
      { type: 'paragraph', children: [{ text: '本周巡查总体情况良好。' }] },
    ]);
  });
});

describe('paste from WPS', () => {
  it('reads bold from font-weight and numbers from separate runs', () => {
    const result = paste(WPS);
    if (!result.ok) throw new Error(result.message);
    expect(result.blocks).toEqual([
      { type: 'paragraph', children: [{ text: '省市场监管局', bold: true }, { text: '推进企业开办“一件事”。' }] },
      { type: 'numbered', level: 2, display: 'heading', children: [{ text: '2023年全省惠企政策事项兑现情况' }] },
      { type: 'numbered', level: 4, display: 'heading', children: [{ text: '窗口服务' }] },
    ]);
  });
});

describe('paste from a web page', () => {
  it('drops scripts, styles and images, splits at <br>, pads a colspan, keeps the header', () => {
    const result = paste(WEB);
    if (!result.ok) throw new Error(result.message);
    expect(result.blocks).toEqual([
      { type: 'paragraph', children: [{ text: '第三方', bold: true }, { text: '新闻标题' }] },
      { type: 'paragraph', children: [{ text: '发布时间：2024-3-5' }] },
      { type: 'paragraph', children: [{ text: '加粗', bold: true }, { text: '和普通' }] },
      { type: 'paragraph', children: [{ text: '第二行' }] },
      {
        type: 'table',
        rows: [
          ['项目', '本周', ''],
          ['咨询', '2046', ''],
        ],
        headerRows: 1,
        children: [{ text: '' }],
      },
    ]);
  });

  it('survives deep nesting and refuses what is over the limits with a message', () => {
    const deep = `${'<div>'.repeat(2_000)}深处的文字。${'</div>'.repeat(2_000)}`;
    const result = paste(deep);
    expect(result).toEqual({ ok: true, blocks: [{ type: 'paragraph', children: [{ text: '深处的文字。' }] }], pictures: 0 });
    const wide = `<table><tr>${'<td>x</td>'.repeat(60)}</tr></table>`;
    expect(paste(wide)).toEqual({ ok: false, message: '表格超过50列，未粘贴。' });
  });
});

describe('pictures in a paste', () => {
  it('counts the pictures left out: Word’s (a VML shape and its <img> fallback, once), a web page’s, one in a table cell', () => {
    const word = paste(WORD);
    expect(word.ok && word.pictures).toBe(1);
    expect(paste(WEB)).toMatchObject({ ok: true, pictures: 1 });
    expect(paste(WPS)).toMatchObject({ ok: true, pictures: 0 });
    const photo = `<p class=MsoNormal align=center><!--[if gte vml 1]><v:shape id="图片_x0020_1" style='width:414pt;height:310pt'><v:imagedata src="file:///C:/Users/clerk/AppData/Local/Temp/msohtmlclip1/01/clip_image001.jpg" o:title=""/></v:shape><![endif]--><![if !vml]><img width=552 height=414 src="file:///C:/Users/clerk/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" v:shapes="图片_x0020_1"><![endif]></p>
<p class=MsoNormal align=center>图为导办人员引导群众取号。</p>
<table><tr><td><img src="file:///C:/clip_image003.jpg"></td><td>图为窗口</td></tr></table>`;
    const result = paste(photo);
    expect(result).toMatchObject({ ok: true, pictures: 2 });
    // The words still come: the caption and the cell's text.
    expect(result.ok && result.blocks.map((b) => b.type)).toEqual(['paragraph', 'table']);
  });
});
