import '@/src/ui/nhs.css';
import '@/src/ui/panel/panel.css';
import { startPanel } from '@/src/ui/panel/start';

void startPanel(document.getElementById('app')!);
