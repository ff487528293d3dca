import '@/src/ui/nhs.css';
import '@/src/ui/dashboard/dashboard.css';
import { startDashboard } from '@/src/ui/dashboard/start';

void startDashboard(document.getElementById('app')!);
