package org.kemu.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.support.KemuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@KemuIntegrationTest
class GraphSchemaIT {

    @Autowired
    GraphSchema schema;

    @Autowired
    Neo4jClient neo4j;

    private List<String> indexNames() {
        return List.copyOf(neo4j.query("SHOW INDEXES YIELD name RETURN name ORDER BY name")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("name").asString()).all());
    }

    @Test
    void anIndexOfAnEarlierVersionThatNoQueryUsesIsDroppedAndNothingElseChanges() {
        var current = indexNames();
        assertThat(current).contains("line_unit", "line_year_kind_scheme", "class_total_unit", "report_region")
                .doesNotContain("line_report", "line_region", "class_total_region");
        neo4j.query("CREATE INDEX line_region IF NOT EXISTS FOR (l:Line) ON (l.regionCode)").run();
        neo4j.query("CREATE INDEX class_total_region IF NOT EXISTS FOR (t:ClassTotal) ON (t.regionCode)").run();
        assertThat(indexNames()).contains("line_region", "class_total_region");

        schema.apply();

        assertThat(indexNames()).isEqualTo(current);
    }
}
