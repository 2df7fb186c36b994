// Turns a failure into a sentence a person can act on.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

export function errorMessage(error: unknown, t: TFunction<'app'>): string {
  if (error instanceof ApiError) {
    if (error.code === 'database_locked') return t('status.locked');
    if (error.code === 'internal' && /reach the Pileup host/i.test(error.message)) return t('status.hostGone');
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
