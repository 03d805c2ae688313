package org.kemu.csv;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

    @Test
    void bomHeaderAndRowsWithCrlf() {
        var rows = List.of(List.of("208", "社会保障和就业支出", "12615180.13"), Arrays.asList("210", null, ""));
        assertThat(CsvWriter.write(List.of("code", "name", "amount"), rows))
                .isEqualTo("\uFEFFcode,name,amount\r\n208,社会保障和就业支出,12615180.13\r\n210,,\r\n");
    }

    @Test
    void quotesWhatWouldSplitACell() {
        assertThat(CsvWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.cell("“三公”经费 \"quoted\"")).isEqualTo("\"“三公”经费 \"\"quoted\"\"\"");
        assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void formulasAreDefusedButNegativeAmountsStayNumbers() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("-4538380.13")).isEqualTo("-4538380.13");
        assertThat(CsvWriter.cell("-0.35975547580231027")).isEqualTo("-0.35975547580231027");
        assertThat(CsvWriter.cell("-1+1")).isEqualTo("'-1+1");
    }

    @Test
    void whatItWritesItsReaderReadsBack() {
        var written = CsvWriter.write(List.of("term", "text"), List.of(List.of("“三公”经费", "因公出国（境）费、公务用车购置及运行费, \"接待\"")));
        assertThat(Csv.parse(written, "round trip")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("term", "“三公”经费")
                        .containsEntry("text", "因公出国（境）费、公务用车购置及运行费, \"接待\""));
    }
}
