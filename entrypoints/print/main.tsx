import '@/src/ui/nhs.css';
import '@/src/ui/print/print.css';
import { startPrint } from '@/src/ui/print/start';

void startPrint(document.getElementById('app')!);
