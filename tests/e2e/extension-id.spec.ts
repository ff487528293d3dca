import { EXTENSION_ID } from '../../scripts/extension-key.mjs';
import { expect, test } from './fixtures';

// Issue 15, item 1: the manifest's public key gives the unpacked build the id `npm run zip` prints and
// docs/deployment.md uses, wherever the build is loaded from (without it the id follows the folder).
test('the unpacked build has the extension id of the manifest’s key, the one the deployment guide uses', async ({ extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
});
