/** Ask the browser to keep the log when disk space runs low (navigator.storage.persist). */
export type Persistence = 'granted' | 'not-granted' | 'unsupported';

type StorageLike = Pick<StorageManager, 'persist' | 'persisted'> | undefined;

export async function requestPersistence(storage: StorageLike = typeof navigator !== 'undefined' ? navigator.storage : undefined): Promise<Persistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'not-granted';
  }
}
