/** 从往期补充名册: people read off the 考勤情况 and 厅（局）长进大厅 sections as the samples print them. */
import { describe, expect, it } from 'vitest';
import { generated, numbered, paragraph } from '../../../shared/document/types';
import { scanSections } from '../../../shared/roster/fromIssues';

const KNOWN = ['民政厅', '省市场监管局', '农业农村厅'];
const row = (p: { department: string; name: string; title: string }) => `${p.department}/${p.name}/${p.title}`;

describe('scanSections', () => {
  it('reads the 2024-07-04 sections, lines broken as the text file has them', () => {
    const blocks = [
      numbered(1, '厅（局）长进大厅'),
      paragraph('本周，商务厅党组成员、副厅长尹奇志，科技厅二级巡视员'),
      paragraph('高量，水利厅二级巡视员刘金山，应急管理厅二级巡视员张学广'),
      paragraph('到省政务服务大厅窗口调研值守。'),
      numbered(1, '“高效办成一件事”专项行动'),
      paragraph('省中心党委委员、副主任舒新华陪同调研。'),
      numbered(1, '考勤情况'),
      paragraph('本周累计请假 3天以上的有：'),
      paragraph('年休假：省市场监管局罗莉、农业农村厅罗海信'),
      paragraph('请病假：水利厅潘艳艳、农业农村厅王毓'),
      paragraph('因公外出：民政厅游文慧，自然资源厅黎熹，生态环境厅张'),
      paragraph('剑平、杨康年，省卫生健康委付世杰、邱艳婷。'),
    ];
    const scan = scanSections(blocks, KNOWN);
    expect(scan.people.map(row)).toEqual([
      '商务厅/尹奇志/党组成员、副厅长',
      '科技厅/高量/二级巡视员',
      '水利厅/刘金山/二级巡视员',
      '应急管理厅/张学广/二级巡视员',
      '省市场监管局/罗莉/',
      '农业农村厅/罗海信/',
      '水利厅/潘艳艳/',
      '农业农村厅/王毓/',
      '民政厅/游文慧/',
      '自然资源厅/黎熹/',
      '生态环境厅/张剑平/',
      '生态环境厅/杨康年/',
      '省卫生健康委/付世杰/',
      '省卫生健康委/邱艳婷/',
    ]);
    expect(scan.unread).toEqual([]);
  });

  it('reads dated visits of the 2022 monthly form, with 同志 and 来到', () => {
    const blocks = [
      numbered(2, '厅（局）长进大厅'),
      numbered(4, '8 月 23 日，自然资源厅党组成员、机关党委书记谢安军到自然资源窗口调研值守。在听取了工作汇报后…', 'paragraph'),
      numbered(4, '8月26日，商务厅二级巡视员钟宾同志开展“厅长进大厅”活动。', 'paragraph'),
      numbered(4, '8月26日，司法厅党委委员、政治部主任任立新来到窗口开展“厅（局）长进大厅”活动。', 'paragraph'),
      numbered(1, '大厅巡查情况'),
      paragraph('本周，某某厅副厅长王五到大厅检查。'),
    ];
    expect(scanSections(blocks, []).people.map(row)).toEqual([
      '自然资源厅/谢安军/党组成员、机关党委书记',
      '商务厅/钟宾/二级巡视员',
      '司法厅/任立新/党委委员、政治部主任',
    ]);
  });

  it('takes generated sections as they print, and keeps what it cannot split as unread', () => {
    const blocks = [
      generated('leaderVisits', ['本周，民政厅二级巡视员杨伟，到省政务服务大厅窗口调研值守。']),
      numbered(1, '考勤情况'),
      paragraph('事假：民政厅游文慧、某部门的一位同事。'),
    ];
    const scan = scanSections(blocks, KNOWN);
    expect(scan.people.map(row)).toEqual(['民政厅/杨伟/二级巡视员', '民政厅/游文慧/']);
    expect(scan.unread).toEqual(['某部门的一位同事']);
  });
});
