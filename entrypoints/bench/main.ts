import { installBenchHooks } from '@/bench/hooks';

installBenchHooks(window);
document.getElementById('status')!.textContent = 'Bench hooks ready';
