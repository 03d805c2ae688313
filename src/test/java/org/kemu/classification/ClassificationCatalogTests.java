package org.kemu.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class ClassificationCatalogTests {

    @Test
    void formerNamesCarryTheirYears() {
        assertThat(ClassificationCatalog.formerNames("行政事业单位离退休@2007-2019;医疗卫生@-2013", "f", "20805"))
                .extracting("name", "fromYear", "toYear")
                .containsExactly(tuple("行政事业单位离退休", 2007, 2019), tuple("医疗卫生", null, 2013));
    }

    @Test
    void aFormerNameWithoutItsYearRangeNamesTheFileAndCode() {
        assertThatThrownBy(() -> ClassificationCatalog.parse("code,name,former_names,source\n20805,养老,旧名@2007,s\n",
                "f.csv")).hasMessageContaining("f.csv code 20805");
    }

    @Test
    void readsEverySchemeOfTheSeedWithFormerNames() {
        var catalog = ClassificationCatalog.seeded();
        for (var scheme : Scheme.values()) {
            assertThat(catalog.subjects(scheme)).as(scheme.name()).isNotEmpty()
                    .allSatisfy(row -> assertThat(scheme.isWellFormed(row.code())).as(row.code()).isTrue());
        }
        assertThat(catalog.subjects(Scheme.FUNCTION))
                .filteredOn(row -> row.code().equals("20805"))
                .singleElement()
                .satisfies(row -> assertThat(row.formerNames()).extracting(FormerName::name)
                        .contains("行政事业单位离退休"));
    }

    @Test
    void theNameKeyIgnoresLevelMarkersAndATrailingExpenditureWord() {
        assertThat(NameNormalizer.key("社会保障和就业（类）")).isEqualTo(NameNormalizer.key("社会保障和就业支出"));
        assertThat(NameNormalizer.key("机关事业单位基本养老保险缴费支出")).isEqualTo("机关事业单位基本养老保险缴费");
        assertThat(NameNormalizer.key("支出")).isEqualTo("支出");
    }
}
