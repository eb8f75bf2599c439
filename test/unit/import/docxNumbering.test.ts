/**
 * numbering.xml and styles.xml as the DOCX reader resolves them: a level's printed form decides, an
 * override replaces its abstract level, bullets and compound forms (`1.1`) get no level, a Heading
 * style's level and numbering are inherited through basedOn.
 */
import { describe, expect, it } from 'vitest';
import { readNumbering } from '../../../electron/services/import/docx/numbering';
import { readStyles } from '../../../electron/services/import/docx/styles';
import { parseXml } from '../../../electron/services/import/docx/xmlTree';
import { numberingXml } from '../../fixtures/import/word/wordXml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('numbering.xml', () => {
  const numbering = readNumbering(
    parseXml(
      numberingXml({
        1: [
          { ilvl: 0, format: 'chineseCounting', text: '%1、' },
          { ilvl: 1, format: 'chineseCounting', text: '（%2）' },
          { ilvl: 2, format: 'decimal', text: '%3.' },
          { ilvl: 3, format: 'decimal', text: '(%4)' },
          { ilvl: 4, format: 'decimal', text: '%1.%5' },
        ],
        2: [{ ilvl: 0, format: 'bullet', text: '•' }],
        3: [{ ilvl: 0, format: 'decimalEnclosedParen', text: '%1' }],
      }),
    ),
  );

  it('prints each level as its numFmt and lvlText say', () => {
    expect([0, 1, 2, 3].map((ilvl) => numbering.printed('1', ilvl))).toEqual(['一、', '（一）', '1.', '（1）']);
    expect(numbering.printed('3', 0)).toBe('（1）');
  });

  it('gives no number for bullets, compound forms, unknown lists and numId 0', () => {
    expect(numbering.printed('2', 0)).toBeUndefined();
    expect(numbering.printed('1', 4)).toBeUndefined();
    expect(numbering.printed('99', 0)).toBeUndefined();
    expect(numbering.printed('0', 0)).toBeUndefined();
  });

  it('takes a num’s lvlOverride over its abstract level', () => {
    const xml =
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:lvlOverride></w:num></w:numbering>';
    expect(readNumbering(parseXml(xml)).printed('5', 0)).toBe('（一）');
  });
});

describe('styles.xml', () => {
  const styles = readStyles(
    parseXml(
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:rPrDefault></w:docDefaults>` +
        '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="我的小标题"/><w:basedOn w:val="Heading2"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>' +
        '</w:styles>',
    ),
  );

  it('reads heading level, numbering, bold and face, inherited through basedOn', () => {
    expect(styles.style('Heading2')).toEqual({
      name: 'heading 2',
      headingLevel: 2,
      numbering: { numId: '1', ilvl: 1 },
      bold: true,
      face: '楷体_GB2312',
    });
    expect(styles.style('MyHeading')).toMatchObject({ name: '我的小标题', headingLevel: 2, numbering: { numId: '1', ilvl: 1 } });
    expect(styles.defaultFace).toBe('仿宋_GB2312');
  });

  it('survives a basedOn cycle and unknown ids', () => {
    expect(styles.style('Loop')).toEqual({ name: 'Loop' });
    expect(styles.style('Nope')).toBeUndefined();
  });
});
