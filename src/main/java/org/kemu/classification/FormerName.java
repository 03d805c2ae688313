package org.kemu.classification;

/** A name a subject had in earlier editions, with the years it applied where known. */
public record FormerName(String name, Integer fromYear, Integer toYear) {
}
