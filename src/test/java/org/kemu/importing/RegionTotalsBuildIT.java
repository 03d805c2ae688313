package org.kemu.importing;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.kemu.support.StoredRegionTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database without region totals (written before they existed) gets them built from its lines at start-up, the
 * same as the importer keeps them; one whose build stopped half-way finishes it without counting a report twice.
 */
@KemuIntegrationTest
class RegionTotalsBuildIT {

    @Autowired
    RegionTotalsBuild build;

    @Autowired
    ReportWriter writer;

    @Autowired
    Neo4jClient neo4j;

    @Test
    void aDatabaseWithoutRegionTotalsHasThemBuiltFromItsLines() {
        var kept = StoredRegionTotals.of(neo4j);
        assertThat(kept).isNotEmpty();
        neo4j.query("MATCH (t:RegionTotal) DELETE t").run();
        neo4j.query("MATCH (v:DataVersion {name: 'reports'}) REMOVE v.regionTotalsModel, v.regionTotalsBuiltUpTo").run();

        build.ensureBuilt();

        assertThat(StoredRegionTotals.of(neo4j)).isEqualTo(kept);
    }

    @Test
    void aBuildCutShortResumesAfterTheLastReportItAdded() {
        var kept = StoredRegionTotals.of(neo4j);
        var first = neo4j.query("MATCH (r:Report) RETURN r.id AS id ORDER BY id LIMIT 1")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString()).one().orElseThrow();
        neo4j.query("MATCH (t:RegionTotal) DELETE t").run();
        neo4j.query("MATCH (v:DataVersion {name: 'reports'}) SET v.regionTotalsBuiltUpTo = $first REMOVE v.regionTotalsModel")
                .bind(first).to("first").run();
        writer.changeRegionTotals(new RegionTotals().add(writer.finestLines(java.util.List.of(first)), 1));

        build.ensureBuilt();

        assertThat(StoredRegionTotals.of(neo4j)).isEqualTo(kept);
    }
}
