/** `npm run bench`: prints every benchmark's figures (speed goals live here, not in timed tests). */
import { benchBrowser } from './browser-bench';
import { benchCli } from './cli-bench';
import { benchCollect } from './collect-bench';
import { benchCollection } from './collection-bench';
import { benchEngine } from './engine-bench';
import { benchFirstRead } from './first-read-bench';
import { benchReader } from './reader-bench';

for (const line of benchEngine()) console.log(line);
console.log();
for (const line of await benchCollection()) console.log(line);
console.log();
for (const line of await benchBrowser()) console.log(line);
console.log();
for (const line of await benchFirstRead()) console.log(line);
console.log();
for (const line of await benchCollect()) console.log(line);
console.log();
for (const line of await benchReader()) console.log(line);
console.log();
for (const line of benchCli()) console.log(line);
