/**
 * Issue 13 item 6: the background limits storage.local and storage.session to the extension's own
 * pages at every start, where the browser can (Chrome); Firefox has no setAccessLevel, and the
 * background must start there all the same. (tests/e2e/hostile-pages.spec.ts proves the limit in Chromium.)
 */
import { describe, expect, it, vi } from 'vitest';
import { restrictStorage } from '@/src/ext/background';

describe('storage limited to trusted contexts', () => {
  it('Chrome: both areas set to TRUSTED_CONTEXTS', async () => {
    const local = { setAccessLevel: vi.fn(async () => {}) };
    const session = { setAccessLevel: vi.fn(async () => {}) };
    expect(await restrictStorage({ local, session })).toEqual(['local', 'session']);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('Firefox (no setAccessLevel, no session area in older versions): nothing to do, and no error', async () => {
    expect(await restrictStorage({ local: {} })).toEqual([]);
  });

  it('one area refusing does not stop the other, and the failure is reported', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const local = { setAccessLevel: vi.fn(async () => Promise.reject(new Error('not allowed'))) };
    const session = { setAccessLevel: vi.fn(async () => {}) };
    expect(await restrictStorage({ local, session })).toEqual(['session']);
    expect(error).toHaveBeenCalled();
  });
});
