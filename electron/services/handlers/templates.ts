/**
 * Section templates: read and replace a series' ordered sections. A statistics block must name a
 * metric group of the same series — a group of another series would print another series' figures.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';
import type { TemplateSection } from '../../../shared/templates/types';
import type { Db } from '../db/connection';
import { findMetricGroup } from '../db/metricGroupsTable';
import { listTemplateSections, replaceTemplateSections } from '../db/templateSectionsTable';
import type { HandlerContext } from './context';
import { requireSeries } from '../issues/require';

function assertGroupsOfSeries(db: Db, seriesId: number, sections: readonly TemplateSection[]): void {
  sections.forEach((section, index) => {
    if (section.block?.kind !== 'statistics') return;
    const group = findMetricGroup(db, section.block.groupId);
    if (!group || group.seriesId !== seriesId) {
      throw new AppError(
        'CONFLICT',
        `第${index + 1}部分“${section.title}”的统计数据不是本系列的统计项目（可能已被删除）。请重新选择统计项目。`,
      );
    }
  });
}

export function templateHandlers(ctx: HandlerContext): Pick<Handlers, 'templates.get' | 'templates.save'> {
  const { db } = ctx;
  return {
    'templates.get': ({ seriesId }) => {
      requireSeries(db, seriesId);
      return listTemplateSections(db, seriesId);
    },

    'templates.save': ({ seriesId, sections }) =>
      db
        .transaction(() => {
          requireSeries(db, seriesId);
          assertGroupsOfSeries(db, seriesId, sections);
          replaceTemplateSections(db, seriesId, sections);
          return listTemplateSections(db, seriesId);
        })
        .immediate(),
  };
}
