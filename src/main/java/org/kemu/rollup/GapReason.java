package org.kemu.rollup;

/** Why a unit in a roll-up's filter contributed nothing. */
public enum GapReason {
    /** No report of the filter's kind for that year (or for any year). */
    NO_REPORT,
    /** The report states no expense lines of the scheme (e.g. only totals). */
    NO_LINES,
    /** Its lines state nothing of the measure and fund scope under the subject asked for. */
    NOTHING_MATCHING
}
