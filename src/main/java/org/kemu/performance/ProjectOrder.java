package org.kemu.performance;

/** Orders of the project list; each ends on the document order, so pages are stable. */
public enum ProjectOrder {
    DOCUMENT("r.year DESC, r.unitId, r.kind, p.position"),
    SCORE_ASC("p.scoreValue IS NULL, p.scoreValue, r.year DESC, r.unitId, r.kind, p.position"),
    SCORE_DESC("p.scoreValue IS NULL, p.scoreValue DESC, r.year DESC, r.unitId, r.kind, p.position"),
    EXECUTED_DESC("p.executedFen IS NULL, p.executedFen DESC, r.year DESC, r.unitId, r.kind, p.position"),
    NAME("p.name, r.year DESC, r.unitId, r.kind, p.position");

    private final String cypher;

    ProjectOrder(String cypher) {
        this.cypher = cypher;
    }

    /** The ORDER BY expressions, fixed text (never client input). */
    String cypher() {
        return cypher;
    }
}
