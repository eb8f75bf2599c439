/** Series: the briefings a clerk keeps (窗口工作周报, 政务窗口月报, …). */
import { z } from 'zod';
import type { Series } from '../issues/types';
import { channel, id } from './define';

export const seriesChannels = {
  'series.list': channel<Series[]>()(z.strictObject({})),
  'series.get': channel<Series>()(z.strictObject({ id })),
} as const;
