/** `npm run bench`: prints every benchmark's figures (speed goals live here, not in timed tests). */
import { benchEngine } from './engine-bench';

for (const line of benchEngine()) console.log(line);
