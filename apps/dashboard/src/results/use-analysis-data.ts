/** How often a results page asks again while the shown run is still running. */
export const LIVE_POLL_MS = 3_000;
/** The run pickers list this many of the newest runs (the server's page limit). */
export const RUNS_SHOWN = 100;
