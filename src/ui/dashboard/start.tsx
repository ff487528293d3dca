import { render } from 'preact';
import { LogDatabase } from '../../log/db';
import { Dashboard } from './Dashboard';

export async function startDashboard(root: HTMLElement): Promise<void> {
  const db = new LogDatabase();
  render(<Dashboard db={db} />, root);
}
