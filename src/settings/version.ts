/**
 * The version of the stored settings item (`local:practice`). Version 1 held only the practice's
 * details; version 2 holds every setting; version 3 leaves the practice's own details empty until
 * they are set (no fictional surgery); version 4 updates default links that moved (NHS App help). Kept apart from items.ts so scripts and browser tests can
 * read it without loading the storage code.
 */
export const SETTINGS_VERSION = 4;
