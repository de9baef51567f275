export { chromiumExecutable, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
