package org.kemu.rollup;

/** Orders of roll-up rows; rows without the value ordered by come last, ties keep the subject order. */
public enum RollupOrder {
    SUBJECT, AMOUNT_DESC, AMOUNT_ASC, PER_STAFF_DESC, PER_STAFF_ASC
}
