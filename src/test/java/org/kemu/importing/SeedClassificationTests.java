package org.kemu.importing;

import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kemu.classification.ClassificationCatalog;
import org.kemu.classification.ClassificationService.SubjectRow;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;

import static org.assertj.core.api.Assertions.assertThat;

/** The classification seed forms a proper tree in each scheme (reading it checks the former names). */
class SeedClassificationTests {

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void everyCodeIsWellFormedUniqueAndHasItsParent(Scheme scheme) {
        var rows = ClassificationCatalog.seeded().subjects(scheme);
        var codes = rows.stream().map(SubjectRow::code).toList();
        assertThat(new HashSet<>(codes)).as("no duplicate codes").hasSize(codes.size());
        var known = new HashSet<>(codes);
        for (var row : rows) {
            var code = row.code();
            assertThat(scheme.isWellFormed(code)).as(code + " is a " + scheme + " code").isTrue();
            assertThat(SubjectLevel.ofCode(code).codeLength()).isEqualTo(code.length());
            assertThat(row.name()).as(code + " has a name").isNotBlank();
            assertThat(row.source()).as(code + " says where it comes from").isNotBlank();
            if (code.length() > 3) {
                assertThat(known).as("parent of " + code).contains(code.substring(0, code.length() - 2));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"FUNCTION, 20", "ECONOMIC_DEPT, 10", "ECONOMIC_GOV, 14"})
    void classesAreCompleteEnough(Scheme scheme, int atLeast) {
        var classes = ClassificationCatalog.seeded().subjects(scheme).stream().map(SubjectRow::code)
                .filter(c -> c.length() == 3).toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void functionClassificationHasTheSubjectsTheSeedDocumentsUse() {
        var names = ClassificationCatalog.seeded().subjects(Scheme.FUNCTION).stream()
                .collect(Collectors.toMap(SubjectRow::code, SubjectRow::name));
        assertThat(names).contains(
                Map.entry("208", "社会保障和就业支出"),
                Map.entry("20801", "人力资源和社会保障管理事务"),
                Map.entry("20805", "行政事业单位养老支出"),
                Map.entry("2080109", "社会保险经办机构"),
                Map.entry("210", "卫生健康支出"),
                Map.entry("2210201", "住房公积金"));
    }
}
