package org.kemu.performance;

/** A performance evaluation covers one project or the department's spending as a whole. */
public enum ProjectScope {
    PROJECT, DEPARTMENT
}
