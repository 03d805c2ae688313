package org.kemu.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit's name as the documents print it, never a heading: title and heading lines copied from the Jiangsu
 * corpus (/work/shared/corpus/jiangsu, laid out by {@link DocumentText}).
 */
class DocumentHeaderTests {

    /** js_gaoyuan_2017: the name after the year on the title, and a part heading that also names it. */
    @Test
    void nameAfterTheYearAndNotThePartHeading() {
        var header = header("""
                            2017 年度江苏省高级人民法院部门预算公开
                                                 目     录
                        第一部分 部门概况
                        第二部分 江苏省高级人民法院 2017 年度部门预算表
                """);
        assertThat(header.unitName()).isEqualTo("江苏省高级人民法院");
        assertThat(header.year()).isEqualTo(2017);
    }

    /** A heading alone ("第二部分 江苏省高级人民法院 2017 年度部门预算表") gives the name without "第二部分". */
    @Test
    void partHeadingWithoutItsNumber() {
        var header = header("""
                                   第二部分                江苏省高级人民法院 2017 年度部门预算表
                """);
        assertThat(header.unitName()).isEqualTo("江苏省高级人民法院");
    }

    /** js_zhengxie_2018: the name and the year on one line, the kind on the next. */
    @Test
    void titleBrokenAfterTheYear() {
        var header = header("""
                           江苏省政协办公厅 2018 年度
                                 部门预算公开
                                      - 1 -
                """);
        assertThat(header.unitName()).isEqualTo("江苏省政协办公厅");
    }

    /** js_rendachangweihui_2019 tables: "部门：" with the name far to the right. */
    @Test
    void departmentLineOfTheTables() {
        var header = header("""
                                                                            收支预算总表
                         公开表一
                         部门：                           江苏省人大常委会办公厅                        单位：万元
                """);
        assertThat(header.unitName()).isEqualTo("江苏省人大常委会办公厅");
        assertThat(header.unitFoundIn()).isEqualTo("the unit lines of the tables");
    }

    /** js_zhengxie_2019: no title page text; the 附件 heading names the unit. */
    @Test
    void attachmentHeadingDeepInTheText() {
        var header = header("""
                                                                - 1 -
                                              目    录
                         第一部分      部门概况
                         一、主要职能
                """ + "\n".repeat(30) + """
                             附件：江苏省政协办公厅 2019 年度部门预算公开表
                """);
        assertThat(header.unitName()).isEqualTo("江苏省政协办公厅");
    }

    /** The labels other provinces' forms print before the unit: 填报单位, 预算单位, 部门（单位）名称, with （盖章）. */
    @Test
    void unitLinesOfOtherForms() {
        for (var label : List.of("填报单位：", "预算单位:", "部门（单位）名称：", "填报单位（盖章）：", "报送单位：")) {
            var header = header("""
                                           一般公共预算财政拨款支出决算表
                     %s盐池县社会保险事业管理中心                        金额单位：元
                    """.formatted(label));
            assertThat(header.unitName()).as(label).isEqualTo("盐池县社会保险事业管理中心");
        }
    }

    /** Titles of the form "关于…2024年度部门决算的说明" and "…关于2024年度部门决算的说明": the name without 关于. */
    @Test
    void titlesSayingWhatTheyAreAbout() {
        for (var title : List.of("关于盐池县社会保险事业管理中心2024年度部门决算的说明",
                "盐池县社会保险事业管理中心关于2024年度部门决算的说明")) {
            var header = header("            " + title + "\n");
            assertThat(header.unitName()).as(title).isEqualTo("盐池县社会保险事业管理中心");
            assertThat(header.year()).as(title).isEqualTo(2024);
        }
    }

    /** A formal title's year in Chinese numerals (二〇二四, 二○二四, 二零二四): read as the year, the name before it. */
    @Test
    void yearsInChineseNumerals() {
        for (var year : List.of("二〇二四", "二○二四", "二零二四")) {
            var header = header("            盐池县社会保险事业管理中心" + year + "年度部门决算\n");
            assertThat(header.unitName()).as(year).isEqualTo("盐池县社会保险事业管理中心");
            assertThat(header.year()).as(year).isEqualTo(2024);
        }
        assertThat(SourceText.fold("二〇二四年 一二三四年 四月")).isEqualTo("2024年 一二三四年 四月");
    }

    private static DocumentHeader header(String text) {
        var source = SourceText.of(text);
        return DocumentHeader.read(source, text);
    }
}
