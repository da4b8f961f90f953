/** The suite's app server: dist/ on a plain static host (real 404s, like a real deploy), at APP_PORT. */
import { APP, APP_PORT } from './ports';
import { serveDist } from './staticServer';

await serveDist(APP_PORT);
console.log(`Serving dist/ at ${APP}`);
