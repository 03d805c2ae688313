package org.kemu.extraction;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kemu.classification.Scheme;
import org.kemu.format.ReportDocument;
import org.kemu.money.AmountUnit;
import org.kemu.money.Money;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What the extractor produces is the import format: it serialises and reads back strictly, and keeps its rules. */
class ImportFormatTests {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> BASES = Set.of("ACTUAL", "BUDGET_INITIAL", "BUDGET_ADJUSTED", "STATED_CHANGE");

    @ParameterizedTest
    @ValueSource(strings = {"000_a720d495796a7aa4.txt", "001_b6243eb5bb848ade.txt", "002_595e8d6e8c1c786c.txt",
            "003_21ee677c448051c8.txt", "004_8d536a5c6791964a.txt", "sh_putuo_caizhengju_2024_final.txt",
            "sh_putuo_wanli_jiedao_2024_dept_budget.txt", "js_gaoyuan_2019_dept_budget.txt",
            "synthetic_budget_split_codes.txt", "synthetic_final_wan_yuan.txt", "synthetic_prose_bracket_codes.txt",
            "synthetic_final_budget_columns.txt", "synthetic_economic_class_columns.txt",
            "synthetic_economic_relative_codes.txt", "synthetic_economic_subtotals.txt",
            "js_jianchayuan_2018_budget_document.layout.txt", "js_rendachangweihui_2017_budget_document.layout.txt"})
    void reportsFollowTheFormat(String file) {
        var catalog = SubjectCatalog.seeded();
        for (var report : ExtractionFixtures.extract(file).reports()) {
            var json = STRICT.writeValueAsString(report);
            assertThat(STRICT.readValue(json, ReportDocument.class)).isEqualTo(report);
            assertThat(report.format()).isEqualTo(ReportDocument.FORMAT);
            assertThat(report.unit().name()).isNotBlank();
            assertThat(report.year()).isBetween(2000, 2100);
            var keys = new HashSet<String>();
            for (var line : report.lines()) {
                assertThat(keys.add(line.scheme() + line.code() + line.fund())).as("one line per key").isTrue();
                var unit = AmountUnit.ofLabel(line.unit() != null ? line.unit() : report.amountUnit());
                for (var amount : new BigDecimal[] {line.total(), line.basic(), line.personnel(),
                        line.publicUse(), line.project(), line.budgetInitial(), line.budgetAdjusted()}) {
                    if (amount != null) {
                        assertThatCode(() -> Money.toFen(amount, unit)).doesNotThrowAnyException();
                        assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
                    }
                }
                var scheme = Scheme.valueOf(line.scheme());
                var listed = catalog.find(scheme, line.code()).isPresent();
                assertThat(listed || line.note().contains("not in kemu's classification"))
                        .as(line.code() + " is listed or says it is not").isTrue();
            }
            for (var figure : report.figures()) {
                assertThat(BASES).contains(figure.basis());
                var unit = AmountUnit.ofLabel(figure.unit() != null ? figure.unit() : report.amountUnit());
                assertThatCode(() -> Money.toFen(figure.amount(), unit)).doesNotThrowAnyException();
            }
            for (var item : report.threePublic()) {
                assertThat(item.item()).isIn("TOTAL", "OUTBOUND", "VEHICLE_TOTAL", "VEHICLE_PURCHASE",
                        "VEHICLE_OPERATION", "RECEPTION");
            }
        }
    }
}
