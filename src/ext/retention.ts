/** The background's daily retention run: offers older than the practice's retention period are deleted. */
import { browser } from 'wxt/browser';
import { LogDatabase } from '../log/db';
import { describeWriteError } from '../log/errors';
import { applyRetention, DEFAULT_RETENTION_MONTHS } from '../log/retention';
import { loadEffectiveSettings } from '../settings/effective';

export const RETENTION_ALARM = 'nudge-retention';

async function retentionMonths(): Promise<number> {
  try {
    const m = (await loadEffectiveSettings()).settings.retentionMonths;
    return typeof m === 'number' ? m : DEFAULT_RETENTION_MONTHS;
  } catch {
    return DEFAULT_RETENTION_MONTHS;
  }
}

/** Delete offers older than the retention period now. Returns how many were deleted. */
export async function runRetention(months?: number): Promise<number> {
  const db = new LogDatabase();
  try {
    return await applyRetention(db, months ?? (await retentionMonths()));
  } finally {
    db.close();
  }
}

/** Register the daily alarm (once) and its listener (every time the background starts). */
export function startRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    void runRetention().catch((e: unknown) => console.error(`Nudge: retention could not run. ${describeWriteError(e)}`, e));
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
}
