package org.kemu.rollup;

/** A unit of a roll-up's filter that contributed nothing, for a year (null: for any year), and why. */
public record RollupGap(String unitId, Integer year, GapReason reason, String message) {
}
