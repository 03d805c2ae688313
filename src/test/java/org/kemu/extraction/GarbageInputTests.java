package org.kemu.extraction;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input that is no disclosure fails with a message naming the file and what is wrong, instead of an empty report. */
class GarbageInputTests {

    private final DisclosureExtractor extractor = ExtractionFixtures.EXTRACTOR;

    @Test
    void emptyText() {
        assertThatThrownBy(() -> extractor.extract("", "empty.txt", "110101"))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
        assertThatThrownBy(() -> extractor.extract(" \n\n\t \f", "blank.txt", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("blank.txt").hasMessageContaining("empty");
    }

    @Test
    void unrelatedProse() {
        var essay = """
                春天到了，河边的柳树发了新芽。孩子们在操场上放风筝，老人们坐在树下下棋。
                傍晚时分，炊烟袅袅升起，家家户户准备晚饭。这是一个平常的日子，却让人感到安宁。
                """;
        assertThatThrownBy(() -> extractor.extract(essay, "essay.txt", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("essay.txt").hasMessageContaining("not a budget disclosure");
    }

    @Test
    void proseThatMentionsBudgetsButStatesNothing() {
        var notice = """
                关于做好2025年部门预算编制工作的通知
                各单位：请按照要求认真做好预算编制工作，按时报送相关材料。
                """;
        assertThatThrownBy(() -> extractor.extract(notice, "notice.txt", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("notice.txt").hasMessageContaining("no table, subject line");
    }

    @Test
    void binaryBytes() {
        var bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37 % 256);
        }
        var garbage = new String(bytes, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extractor.extract(garbage, "scan.pdf", null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("not text");
    }
}
