package org.kemu.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndNewlines() {
        var rows = Csv.parse("code,name\n1,\"a, \"\"b\"\"\nc\"\r\n2,plain\n", "t.csv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("name")).isEqualTo("a, \"b\"\nc");
        assertThat(rows.get(1).get("name")).isEqualTo("plain");
    }

    @Test
    void namesTheLineWithTheWrongFieldCount() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n3\n", "t.csv"))
                .hasMessageContaining("t.csv line 3");
    }
}
