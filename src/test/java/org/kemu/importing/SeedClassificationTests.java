package org.kemu.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kemu.classification.Scheme;
import org.kemu.classification.SubjectLevel;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The classification seed forms a proper tree in each scheme. */
class SeedClassificationTests {

    @ParameterizedTest
    @CsvSource({"FUNCTION, seed/classification/function.csv", "ECONOMIC_DEPT, seed/classification/economic_dept.csv",
            "ECONOMIC_GOV, seed/classification/economic_gov.csv"})
    void everyCodeIsWellFormedUniqueAndHasItsParent(Scheme scheme, String file) throws IOException {
        var rows = rows(file);
        var codes = rows.stream().map(r -> r.get("code")).toList();
        assertThat(new HashSet<>(codes)).as("no duplicate codes").hasSize(codes.size());
        var known = new HashSet<>(codes);
        for (var row : rows) {
            var code = row.get("code");
            assertThat(scheme.isWellFormed(code)).as(code + " is a " + scheme + " code").isTrue();
            assertThat(SubjectLevel.ofCode(code).codeLength()).isEqualTo(code.length());
            assertThat(row.get("name")).as(code + " has a name").isNotBlank();
            assertThat(row.get("source")).as(code + " says where it comes from").isNotBlank();
            if (code.length() > 3) {
                assertThat(known).as("parent of " + code).contains(code.substring(0, code.length() - 2));
            }
            SeedLoader.formerNames(row.get("former_names"), file, code);
        }
    }

    @ParameterizedTest
    @CsvSource({"FUNCTION, seed/classification/function.csv, 3, 20", "ECONOMIC_DEPT, seed/classification/economic_dept.csv, 3, 10",
            "ECONOMIC_GOV, seed/classification/economic_gov.csv, 3, 14"})
    void classesAreCompleteEnough(Scheme scheme, String file, int length, int atLeast) throws IOException {
        var classes = rows(file).stream().map(r -> r.get("code")).filter(c -> c.length() == length).toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(atLeast);
    }

    @org.junit.jupiter.api.Test
    void functionClassificationHasTheSubjectsTheSeedDocumentsUse() throws IOException {
        var names = rows("seed/classification/function.csv").stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
        assertThat(names).contains(
                Map.entry("208", "社会保障和就业支出"),
                Map.entry("20801", "人力资源和社会保障管理事务"),
                Map.entry("2080109", "社会保险经办机构"),
                Map.entry("20805", "行政事业单位养老支出"),
                Map.entry("210", "卫生健康支出"),
                Map.entry("2210201", "住房公积金"));
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        var text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
        return Csv.parse(text, file);
    }
}
