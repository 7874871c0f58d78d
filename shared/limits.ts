// Limits that both a form and its handler enforce; each lives here once so they cannot drift.

/** The operator name recorded in history ("who") and shown on run sheets. */
export const OPERATOR_NAME_MAX_CHARS = 80;

/** History entries returned by one page of the history view. */
export const HISTORY_PAGE_MAX_ENTRIES = 500;
export const HISTORY_PAGE_DEFAULT_ENTRIES = 100;
