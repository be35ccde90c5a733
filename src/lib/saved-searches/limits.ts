import { DAY_MS } from "@/lib/reminders/periods";

/** Saved searches one person may keep: enough for the searches they run, few enough to read a week's mail. */
export const SAVED_SEARCH_LIMIT = 20;
export const SAVED_SEARCH_NAME_MAX = 120;
/** Longer than any query the catalogue's form writes. */
export const SAVED_SEARCH_QUERY_MAX = 2000;
/** A saved search is checked, and its owner mailed of what newly matches, once a week. */
export const SAVED_SEARCH_PERIOD_MS = 7 * DAY_MS;
