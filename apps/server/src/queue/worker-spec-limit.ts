/**
 * The longest dataset spec (plugin and params as JSON) a remote worker may ask the server for:
 * it travels in the file request's URL. Here, not in the controller, so that startRun can refuse
 * a longer one before queueing without the runs importing the remote workers.
 */
export const MAX_SPEC_CHARS = 4096;
