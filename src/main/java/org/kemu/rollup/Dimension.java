package org.kemu.rollup;

/** What a roll-up can group by. */
public enum Dimension {
    SUBJECT, UNIT, REGION, YEAR
}
