package org.kemu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The forms of one unit's name that the Jiangsu corpus's documents and table files print. */
class UnitNamesTests {

    @Test
    void theLongAndShortFormsOfOneOfficeShareAKey() {
        assertThat(UnitNames.key("中国共产党江苏省委员会办公厅")).isEqualTo(UnitNames.key("江苏省委办公厅"))
                .isEqualTo(UnitNames.key("中共江苏省委办公厅"));
        assertThat(UnitNames.key("江苏省人民代表大会常务委员会办公厅")).isEqualTo(UnitNames.key("江苏省人大常委会办公厅"));
        assertThat(UnitNames.key("江苏省政协办公厅")).isNotEqualTo(UnitNames.key("江苏省人大常委会办公厅"));
    }

    @Test
    void theNameMostDocumentsPrintIsTheUnitsName() {
        assertThat(UnitNames.mostUsed(List.of("中国共产党江苏省委员会办公厅", "江苏省委办公厅", "中共江苏省委办公厅",
                "江苏省委办公厅", "中共江苏省委办公厅", "江苏省委办公厅"))).isEqualTo("江苏省委办公厅");
    }
}
