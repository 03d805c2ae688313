package org.kemu.report;

/** A reporting unit, located in a region, possibly under a supervising department. */
public record Unit(String id, String name, String type, String regionCode, String supervisorId) {
}
