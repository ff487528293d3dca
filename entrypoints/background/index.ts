import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '@/src/ext/background';

export default defineBackground(() => {
  startBackground();
});
