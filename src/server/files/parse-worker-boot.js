// A worker thread starts without the TypeScript loader the main thread has: register it (as
// bin/canbang.js does), then load the worker's real code.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
