package org.kemu.rollup;

/** Orders of comparison rows; rows without the value ordered by come last, ties keep the subject order. */
public enum ComparisonOrder {
    SUBJECT, DELTA_DESC, DELTA_ASC, PCT_CHANGE_DESC, PCT_CHANGE_ASC, LEFT_DESC, RIGHT_DESC
}
