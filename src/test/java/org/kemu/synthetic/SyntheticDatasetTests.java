package org.kemu.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kemu.classification.Scheme;
import org.kemu.classification.Subject;
import org.kemu.format.ReportDocument;
import org.kemu.region.Region;

class SyntheticDatasetTests {

    private static final List<Subject> ITEMS = IntStream.range(0, 120)
            .mapToObj(i -> new Subject(Scheme.FUNCTION, (201 + i % 12) + "01" + String.format("%02d", i / 12 + 1),
                    "科目" + i, List.of(), "类" + (201 + i % 12) + " / 款 / 科目" + i, null))
            .toList();
    private static final List<Region> COUNTIES = IntStream.range(0, 40)
            .mapToObj(i -> new Region(String.valueOf(510100 + i), "县" + i, "COUNTY", "四川省 / 市 / 县" + i))
            .toList();

    @Test
    void theSameSeedGivesTheSameDocuments() {
        var first = new SyntheticDataset(ITEMS, COUNTIES, DatasetSize.S, 7);
        var second = new SyntheticDataset(ITEMS, COUNTIES, DatasetSize.S, 7);
        var other = new SyntheticDataset(ITEMS, COUNTIES, DatasetSize.S, 8);

        assertThat(first.report(17)).isEqualTo(second.report(17));
        assertThat(first.report(17).lines()).isNotEqualTo(other.report(17).lines());
    }

    @Test
    void sizeSCoversThirtyCountiesOverSixYears() {
        var dataset = new SyntheticDataset(ITEMS, COUNTIES, DatasetSize.S, 1);

        assertThat(dataset.reportCount()).isEqualTo(180);
        var years = IntStream.range(0, 6).mapToObj(n -> dataset.report(n).year()).toList();
        assertThat(years).containsExactly(2024, 2023, 2022, 2021, 2020, 2019);
    }

    @Test
    void everyReportHasTwentyToEightyItemsWhoseClassesAddUpExactly() {
        var dataset = new SyntheticDataset(ITEMS, COUNTIES, DatasetSize.S, 3);
        for (var report : dataset) {
            var lines = report.lines();
            var items = lines.stream().filter(l -> l.code().length() == 7).toList();
            assertThat(items).hasSizeBetween(20, 80);
            for (var line : lines.stream().filter(l -> l.code().length() == 3).toList()) {
                var sum = items.stream().filter(i -> i.code().startsWith(line.code()))
                        .map(ReportDocument.LinePart::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).isEqualByComparingTo(line.total());
            }
            for (var line : lines) {
                assertThat(line.basic().add(line.project())).isEqualByComparingTo(line.total());
                assertThat(line.total().scale()).isEqualTo(2);
            }
        }
    }
}
