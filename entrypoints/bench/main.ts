import { installBenchHooks } from '@/src/bench-entry';

installBenchHooks(window);
document.getElementById('status')!.textContent = 'Bench hooks ready';
