/** What the automatic backups last did on a workstation (kept in storage; see auto-backup.ts). No patient data. */
export interface AutoBackupState {
  /** The day ("YYYY-MM-DD") of the newest file saved, '' before the first. */
  lastDay: string;
  /** Offers updated at or after this time (epoch ms) went into the newest day's file. */
  dayFrom: number;
  /** The next day's file starts from this time. */
  since: number;
  /** When the newest file was saved, its path under the downloads folder and how many offers it held. */
  lastSaved: number;
  lastFile: string;
  lastOffers: number;
  /** Why the last try failed, in plain words (null when it worked). */
  problem: string | null;
  problemAt: number;
}

export const NO_AUTO_BACKUP: AutoBackupState = { lastDay: '', dayFrom: 0, since: 0, lastSaved: 0, lastFile: '', lastOffers: 0, problem: null, problemAt: 0 };
