/** The loopback GitHub stand-in: `startFakeGitHub(options)` and the history and option types it takes. */
export { startFakeGitHub } from './server.js';
export { FILTERED_RESULT_CAP } from './routes/actions.js';
export type * from './history.js';
export type * from './options.js';
