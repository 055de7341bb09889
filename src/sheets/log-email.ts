// The Log Email sheet: one row per email sent or skipped, appended in time order.

import {cellText} from '../core/cell-text';
import {normalizePeriod} from '../core/period';
import {records} from './table';

/** Status of the latest Log Email row of the period, per NIP. */
export function latestEmailStatus(
  values: unknown[][] | undefined,
  period: string,
): Map<string, string> {
  const status = new Map<string, string>();
  for (const r of records(values)) {
    if (normalizePeriod(cellText(r['periode'])) !== period) continue;
    status.set(cellText(r['nip']), cellText(r['status']));
  }
  return status;
}
