/**
 * TEMPORARY during the issue-5 work: channels whose handlers are being written answer a clear error
 * until their area's handler file replaces them. Each area deletes its lines here; the file is
 * deleted when it is empty.
 */
import type { Handlers } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/result';

type Pending =
  | 'series.create'
  | 'series.update'
  | 'series.delete'
  | 'templates.get'
  | 'templates.save';

const notYet = (): never => {
  throw new AppError('INTERNAL', '此功能尚在开发中。');
};

export function pendingHandlers(): Pick<Handlers, Pending> {
  return {
    'series.create': notYet,
    'series.update': notYet,
    'series.delete': notYet,
    'templates.get': notYet,
    'templates.save': notYet,
  };
}
