package org.kemu.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kemu.format.ReportDocument;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disclosure files read without any external program: two published Jiangsu PDFs (src/test/resources/extraction,
 * provenance in pdf-sources.tsv), a Word document made here with the figures of one of them, and the broken files
 * users meet — scanned, encrypted, truncated, garbage, of an unknown kind — each refused with a message naming it.
 */
class DocumentTextTests {

    private static final String GAOYUAN_PDF = "js_gaoyuan_2019_budget_document.pdf";
    private static final String GAOYUAN_PDFTOTEXT = "js_gaoyuan_2019_dept_budget.txt";
    private static final String RENDA_TABLES = "js_rendachangweihui_2019_budget_tables.pdf";
    private static final String WANLI_DOC = "sh_wanli_2024_general_budget_by_function.doc";

    /** 江苏省人大常委会办公厅's 2019 公开表五 (财政拨款支出预算表（功能科目）), in 万元, as its PDF prints it. */
    private static final List<List<String>> RENDA_TABLE = List.of(
            List.of("功能科目编码", "功能科目名称", "金额"),
            List.of("", "合计", "18,330.37"),
            List.of("201", "一般公共服务支出", "13,907.78"),
            List.of("20101", "人大事务", "13,907.78"),
            List.of("2010101", "行政运行", "7,448.20"),
            List.of("2010102", "一般行政管理事务", "2,464.02"),
            List.of("2010104", "人大会议", "1,469.73"),
            List.of("2010105", "人大立法", "729.00"),
            List.of("2010106", "人大监督", "376.88"),
            List.of("2010107", "人大代表履职能力提升", "363.38"),
            List.of("2010108", "代表工作", "385.52"),
            List.of("2010109", "人大信访工作", "42.75"),
            List.of("2010199", "其他人大事务支出", "628.30"),
            List.of("208", "社会保障和就业支出", "1,121.39"),
            List.of("20805", "行政事业单位离退休", "1,121.39"),
            List.of("2080504", "未归口管理的行政单位离退休", "271.45"),
            List.of("2080505", "机关事业单位基本养老保险缴费支出", "607.10"),
            List.of("2080506", "机关事业单位职业年金缴费支出", "242.84"),
            List.of("221", "住房保障支出", "3,301.20"),
            List.of("22102", "住房改革支出", "3,301.20"),
            List.of("2210201", "住房公积金", "752.90"),
            List.of("2210202", "提租补贴", "2,548.30"));

    @TempDir
    Path dir;

    /** The extractor reads PDFBox's layout as it reads poppler's {@code pdftotext -layout} of the same PDF. */
    @Test
    void pdfReadsAsPdftotextDoes() throws IOException {
        var fromPdf = ExtractionFixtures.EXTRACTOR.extract(resource(GAOYUAN_PDF), null);
        var fromPdftotext = ExtractionFixtures.extract(GAOYUAN_PDFTOTEXT);

        assertThat(summary(fromPdf)).isEqualTo(summary(fromPdftotext));
        assertThat(fromPdf.primary().lines()).containsExactlyElementsOf(fromPdftotext.primary().lines());
        // the same figures; a label may differ where a layout puts an amount beside a group's name or its row's
        assertThat(figures(fromPdf)).containsExactlyElementsOf(figures(fromPdftotext));
        assertThat(fromPdf.primary().threePublic()).containsExactlyElementsOf(fromPdftotext.primary().threePublic());
        assertThat(fromPdf.report().reconciled()).isTrue();
        assertThat(fromPdf.primary().unit().name()).isEqualTo("江苏省高级人民法院");
        // 公开06表, page 11: "30101 基本工资 2,827.41" and "30211 差旅费 291.00"
        assertThat(line(fromPdf.primary(), "30101", "FISCAL").total()).isEqualByComparingTo("2827.41");
        assertThat(line(fromPdf.primary(), "30211", "FISCAL").total()).isEqualByComparingTo("291.00");
    }

    @Test
    void pdfPagesEndInFormFeedsAndCellsStandApart() throws IOException {
        var text = DocumentText.read(resource(RENDA_TABLES));

        assertThat(text.chars().filter(c -> c == '\f').count()).isEqualTo(13);
        // 公开表五 and 公开表七: code, name and amount in three cells of one line
        assertThat(Arrays.stream(text.split("\n")).filter(l -> l.contains("2010101")))
                .hasSize(2).allSatisfy(l -> assertThat(l.strip().split("\\s{2,}"))
                        .containsExactly("2010101", "行政运行", "7,448.20"));
    }

    @Test
    void pdfOfTablesOnly() throws IOException {
        var extraction = ExtractionFixtures.EXTRACTOR.extract(resource(RENDA_TABLES), "32");
        var report = extraction.primary();
        // "部门：   江苏省人大常委会办公厅" above every table
        assertThat(report.unit().name()).isEqualTo("江苏省人大常委会办公厅");

        // 公开表五 财政拨款支出预算表（功能科目）: "2010101 行政运行 7,448.20", "2210202 提租补贴 2,548.30"
        assertThat(line(report, "2010101", "FISCAL").total()).isEqualByComparingTo("7448.20");
        assertThat(line(report, "2210202", "FISCAL").total()).isEqualByComparingTo("2548.30");
        // 公开表六: "30101 基本工资 1,258.23"
        assertThat(line(report, "30101", "FISCAL").total()).isEqualByComparingTo("1258.23");
        assertThat(extraction.report().reconciled()).isTrue();
    }

    /** A Word table as 江苏省人大常委会办公厅 printed 公开表五, with its title and unit lines above it. */
    @Test
    void wordDocument() throws IOException {
        var file = dir.resolve("renda_2019.docx");
        try (var word = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            word.createParagraph().createRun().setText("江苏省人大常委会办公厅2019年度部门预算");
            word.createParagraph().createRun().setText("财政拨款支出预算表（功能科目）");
            word.createParagraph().createRun().setText("部门：江苏省人大常委会办公厅\t单位：万元");

            var table = word.createTable(RENDA_TABLE.size(), 3);
            for (int r = 0; r < RENDA_TABLE.size(); r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(RENDA_TABLE.get(r).get(c));
                }
            }
            word.write(out);
        }

        var text = DocumentText.read(file);
        assertThat(text).contains("2010101\t行政运行\t7,448.20\n");

        var extraction = ExtractionFixtures.EXTRACTOR.extract(file, "32");
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("江苏省人大常委会办公厅");
        assertThat(report.year()).isEqualTo(2019);
        assertThat(line(report, "2010101", "FISCAL").total()).isEqualByComparingTo("7448.20");
        assertThat(line(report, "2080505", "FISCAL").total()).isEqualByComparingTo("607.10");
        assertThat(report.lines().stream().filter(l -> l.code().length() == 7)).hasSize(14);
        assertThat(extraction.report().reconciled()).isTrue();
    }

    /**
     * The same table as a workbook holds it (.xlsx and .xls): a cover sheet with the document's title, then the table's
     * sheet with its title merged across the columns, codes as text, amounts as numbers shown with grouping and two
     * decimals, and the 合计 a formula over the 类; a hidden sheet of working figures and a hidden row are left out.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void workbook(String extension) throws IOException {
        var file = dir.resolve("renda_2019." + extension);
        try (var workbook = WorkbookFactory.create(extension.equals("xlsx"));
             OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("封面").createRow(0).createCell(0).setCellValue("江苏省人大常委会办公厅2019年度部门预算");
            var sheet = workbook.createSheet("公开表五");
            sheet.createRow(0).createCell(0).setCellValue("财政拨款支出预算表（功能科目）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            var units = sheet.createRow(1);
            units.createCell(0).setCellValue("部门：江苏省人大常委会办公厅");
            units.createCell(2).setCellValue("单位：万元");
            var money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (int r = 0; r < RENDA_TABLE.size(); r++) {
                var row = sheet.createRow(r + 2);
                var printed = RENDA_TABLE.get(r);
                row.createCell(0).setCellValue(printed.get(0));
                row.createCell(1).setCellValue(printed.get(1));
                var amount = row.createCell(2);
                if (r == 0) {
                    amount.setCellValue(printed.get(2));
                    continue;
                }
                amount.setCellStyle(money);
                if (printed.get(1).equals("合计")) {
                    amount.setCellFormula("C5+C16+C21");
                } else {
                    amount.setCellValue(new BigDecimal(printed.get(2).replace(",", "")).doubleValue());
                }
            }
            var working = workbook.createSheet("底稿");
            working.createRow(0).createCell(0).setCellValue("合计 99,999.99");
            workbook.setSheetHidden(workbook.getSheetIndex(working), true);
            var hidden = sheet.createRow(RENDA_TABLE.size() + 2);
            hidden.createCell(1).setCellValue("合计 88,888.88");
            hidden.setZeroHeight(true);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }

        var text = DocumentText.read(file);
        assertThat(text).startsWith("江苏省人大常委会办公厅2019年度部门预算\n\f财政拨款支出预算表（功能科目）\n部门：江苏省人大常委会办公厅\t\t单位：万元\n")
                .contains("\t合计\t18,330.37\n").contains("2010101\t行政运行\t7,448.20\n")
                .doesNotContain("99,999.99").doesNotContain("88,888.88");

        var extraction = ExtractionFixtures.EXTRACTOR.extract(file, "32");
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("江苏省人大常委会办公厅");
        assertThat(report.year()).isEqualTo(2019);
        assertThat(report.amountUnit()).isEqualTo("万元");
        assertThat(line(report, "2010101", "FISCAL").total()).isEqualByComparingTo("7448.20");
        assertThat(line(report, "2080505", "FISCAL").total()).isEqualByComparingTo("607.10");
        assertThat(report.lines().stream().filter(l -> l.code().length() == 7)).hasSize(14);
        assertThat(extraction.report().reconciled()).isTrue();
    }

    /**
     * 万里街道办事处's 一般公共预算支出功能分类预算表 (its 类 201, as the sample prints it) on a web page as portals publish them: declared
     * GB2312 but GBK (a name beyond GB2312: 喆), the page laid out by an outer table, the header's code and name
     * spanning two rows and 一般公共预算支出 three columns, a script and non-breaking spaces. Saved also as a workbook and as
     * a Word document, as Word's "web page" and portals' exports are: read as the page it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"html", "xls", "doc"})
    void webPage(String extension) throws IOException {
        var rows = new StringBuilder();
        for (var row : List.of(
                List.of("201", "一般公共服务支出", "2,932,700", "0", "2,932,700"),
                List.of("20105", "统计信息事务", "257,700", "0", "257,700"),
                List.of("2010507", "专项普查活动", "257,700", "0", "257,700"),
                List.of("20129", "群众团体事务", "426,000", "0", "426,000"),
                List.of("2012902", "一般行政管理事务", "426,000", "0", "426,000"),
                List.of("20132", "组织事务", "888,700", "0", "888,700"),
                List.of("2013202", "一般行政管理事务", "888,700", "0", "888,700"),
                List.of("20133", "宣传事务", "1,106,000", "0", "1,106,000"),
                List.of("2013302", "一般行政管理事务", "1,106,000", "0", "1,106,000"),
                List.of("20134", "统战事务", "119,100", "0", "119,100"),
                List.of("2013402", "一般行政管理事务", "119,100", "0", "119,100"),
                List.of("20138", "市场监督管理事务", "135,200", "0", "135,200"),
                List.of("2013802", "一般行政管理事务", "135,200", "0", "135,200"))) {
            rows.append("<tr>");
            row.forEach(cell -> rows.append("<td>").append(cell).append("&nbsp;</td>"));
            rows.append("</tr>\n");
        }
        var page = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
                <title>上海市普陀区人民政府万里街道办事处2024年部门预算</title>
                <script>var hits = "合计 999";</script><style>td { padding: 2px }</style></head>
                <body><table width="100%"><tr><td>
                <h2>2024年部门一般公共预算支出功能分类预算表</h2>
                <p>编制部门：上海市普陀区人民政府万里街道办事处&nbsp;&nbsp;&nbsp;&nbsp;单位：元</p>
                <table border="1">
                <thead><tr><th rowspan="2">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th>
                <th colspan="3">一般公共预算支出</th></tr>
                <tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr></thead>
                <tbody>
                """ + rows + """
                </tbody></table>
                <p>联系人：张喆</p>
                </td></tr></table></body></html>
                """;
        var file = dir.resolve("wanli_2024." + extension);
        Files.writeString(file, page, Charset.forName("GBK"));

        var text = DocumentText.read(file);
        assertThat(text).startsWith("上海市普陀区人民政府万里街道办事处2024年部门预算\n")
                .contains("\n2024年部门一般公共预算支出功能分类预算表\n")
                .contains("\n功能分类科目编码\t功能分类科目名称\t一般公共预算支出\n\t\t合计\t基本支出\t项目支出\n")
                .contains("\n2010507\t专项普查活动\t257,700\t0\t257,700\n")
                .contains("\n联系人：张喆\n").doesNotContain("999").doesNotContain("padding");

        assertReadAsWanlisClass201(ExtractionFixtures.EXTRACTOR.extract(file, null));
    }

    /** A page that shows the text laid out by position in a {@code pre} block: read as the text itself would be. */
    @Test
    void webPageWithPreformattedText() throws IOException {
        var layout = ExtractionFixtures.text(GAOYUAN_PDFTOTEXT);
        var file = dir.resolve("gaoyuan.htm");
        Files.writeString(file, "<html><body><pre>" + layout.replace("&", "&amp;").replace("<", "&lt;")
                + "</pre></body></html>");

        assertThat(DocumentText.read(file).strip()).isEqualTo(layout.strip().replaceAll("(?m)[ \\u3000]+$", ""));
        var extraction = ExtractionFixtures.EXTRACTOR.extract(file, "32");
        var asText = ExtractionFixtures.extract(GAOYUAN_PDFTOTEXT);
        assertThat(extraction.primary().lines()).isEqualTo(asText.primary().lines());
        assertThat(extraction.report().reconciled()).isTrue();
    }

    @Test
    void rtfNamedDoc() throws IOException {
        var rtf = dir.resolve("决算.doc");
        Files.writeString(rtf, "{\\rtf1\\ansi\\ansicpg936 \\par 部门决算}");

        assertThatThrownBy(() -> DocumentText.read(rtf)).isInstanceOf(ExtractionException.class)
                .hasMessage("决算.doc: an RTF document named .doc, which kemu does not read; save it as .docx first");
    }

    @Test
    void emptyOfficeFile() throws IOException {
        var empty = Files.createFile(dir.resolve("empty.xls"));

        assertThatThrownBy(() -> DocumentText.read(empty)).isInstanceOf(ExtractionException.class)
                .hasMessage("empty.xls: the file is empty");
    }

    /**
     * An old binary Word (.doc) table: 万里街道办事处's 2024 一般公共预算支出功能分类预算表, its 类 201 as the sample
     * text prints it (extraction/sh_putuo_wanli_jiedao_2024_dept_budget.txt, lines 518–552), laid out as a Word 97
     * document (saved by LibreOffice) with the header's 项目 over two columns and 一般公共预算支出 over three.
     */
    @Test
    void oldWordDocument() throws IOException {
        var file = resource(WANLI_DOC);

        var text = DocumentText.read(file);
        assertThat(text).contains("编制部门：上海市普陀区人民政府万里街道办事处")
                .contains("项目\t\t一般公共预算支出\t\t\n功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出\n")
                .contains("2010507\t专项普查活动\t257,700\t0\t257,700\n");

        assertReadAsWanlisClass201(ExtractionFixtures.EXTRACTOR.extract(file, null));
    }

    /** A Word document is read by what it holds: .docx and .doc files are found under each other's names. */
    @Test
    void wordFilesUnderEachOthersNames() throws IOException {
        var docx = dir.resolve("saved-as-docx.doc");
        try (var word = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            word.createParagraph().createRun().setText("2024年部门预算");
            word.write(out);
        }
        var doc = dir.resolve("renamed.docx");
        Files.write(doc, bytes(WANLI_DOC));

        assertThat(DocumentText.read(docx)).isEqualTo("2024年部门预算\n");
        assertThat(DocumentText.read(doc)).isEqualTo(DocumentText.read(resource(WANLI_DOC)));
    }

    /** The same table inside a one-cell table that lays the page out, with the title lines above it in that cell. */
    @Test
    void wordDocumentLaidOutByATable() throws IOException {
        var file = dir.resolve("renda_2019_framed.docx");
        try (var word = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            var frame = word.createTable(1, 1).getRow(0).getCell(0);
            frame.getParagraphs().getFirst().createRun().setText("江苏省人大常委会办公厅2019年度部门预算");
            frame.addParagraph().createRun().setText("财政拨款支出预算表（功能科目）");
            frame.addParagraph().createRun().setText("部门：江苏省人大常委会办公厅\t单位：万元");
            var table = new XWPFTable(frame.getCTTc().addNewTbl(), frame, RENDA_TABLE.size(), 3);
            frame.insertTable(0, table);
            for (int r = 0; r < RENDA_TABLE.size(); r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(RENDA_TABLE.get(r).get(c));
                }
            }
            frame.addParagraph();
            word.write(out);
        }

        assertThat(DocumentText.read(file)).contains("\n财政拨款支出预算表（功能科目）\n")
                .contains("\n2010101\t行政运行\t7,448.20\n");
        var extraction = ExtractionFixtures.EXTRACTOR.extract(file, "32");
        assertThat(extraction.primary().unit().name()).isEqualTo("江苏省人大常委会办公厅");
        assertThat(extraction.primary().lines().stream().filter(l -> l.code().length() == 7)).hasSize(14);
        assertThat(extraction.report().reconciled()).isTrue();
    }

    @Test
    void textFile() throws IOException {
        var file = dir.resolve(GAOYUAN_PDFTOTEXT);
        Files.writeString(file, "\uFEFF" + ExtractionFixtures.text(GAOYUAN_PDFTOTEXT));

        assertThat(DocumentText.read(file)).isEqualTo(ExtractionFixtures.text(GAOYUAN_PDFTOTEXT));
    }

    /**
     * The same text as Chinese editions of Windows save it, in GBK (here its superset GB18030, which also holds the
     * few signs of the text that GBK lacks): read as it is, not as garbled UTF-8.
     */
    @Test
    void textFileInGbk() throws IOException {
        var file = dir.resolve("gaoyuan-gbk.txt");
        Files.writeString(file, ExtractionFixtures.text(GAOYUAN_PDFTOTEXT), Charset.forName("GB18030"));

        assertThat(DocumentText.read(file)).isEqualTo(ExtractionFixtures.text(GAOYUAN_PDFTOTEXT));
    }

    /**
     * A UTF-8 text with one stray byte stays UTF-8: one replacement character, though the whole would also decode as
     * GB18030 (the stray byte and the letter after it make a GBK character, and the rest is ASCII).
     */
    @Test
    void textFileInUtf8WithAStrayByte() throws IOException {
        var file = dir.resolve("stray.txt");
        var line = "2010101  Administration  7,448.20\n".repeat(10);
        var utf8 = (line + "A").getBytes(StandardCharsets.UTF_8);
        var stray = Arrays.copyOf(utf8, utf8.length + 1);
        stray[utf8.length - 1] = (byte) 0xB0;
        stray[utf8.length] = 'A';
        Files.write(file, stray);

        assertThat(DocumentText.read(file)).isEqualTo(line + "\uFFFDA");
    }

    @Test
    void scannedPdf() throws IOException {
        var file = dir.resolve("scan.pdf");
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            var image = new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var picture = LosslessFactory.createFromImage(pdf, image);
            try (var content = new PDPageContentStream(pdf, page)) {
                content.drawImage(picture, 50, 500);
            }
            pdf.save(file.toFile());
        }

        assertThatThrownBy(() -> DocumentText.read(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("scan.pdf: ").hasMessageContaining("no text layer (scanned?)");
    }

    @Test
    void encryptedPdf() throws IOException {
        var file = dir.resolve("locked.pdf");
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            try (var content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("2019 budget");
                content.endText();
            }
            var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }

        assertThatThrownBy(() -> DocumentText.read(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("locked.pdf: encrypted").hasMessageContaining("password");
    }

    @Test
    void truncatedPdf() throws IOException {
        var whole = bytes(RENDA_TABLES);
        var file = dir.resolve("cut.pdf");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> DocumentText.read(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("cut.pdf: truncated");
    }

    @Test
    void damagedPdf() throws IOException {
        var whole = bytes(RENDA_TABLES);
        var damaged = new byte[whole.length];
        new Random(16).nextBytes(damaged);
        System.arraycopy(whole, 0, damaged, 0, 16);
        System.arraycopy(whole, whole.length - 16, damaged, whole.length - 16, 16);
        var file = dir.resolve("damaged.pdf");
        Files.write(file, damaged);

        assertThatThrownBy(() -> DocumentText.read(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("damaged.pdf: ");
    }

    /** Random bytes under each name a reader takes by its extension: refused, saying what the file is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            garbage.pdf  | not a PDF
            garbage.docx | not a readable Word document
            garbage.doc  | not a readable Word document
            garbage.xlsx | not a readable spreadsheet
            garbage.xls  | not a readable spreadsheet
            """)
    void garbageUnderADocumentsName(String name, String refusal) throws IOException {
        var garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        var file = Files.write(dir.resolve(name), garbage);

        assertThatThrownBy(() -> DocumentText.read(file)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith(name + ": " + refusal);
    }

    @Test
    void unknownKindAndMissingFile() throws IOException {
        var other = dir.resolve("budget.odt");
        Files.writeString(other, "x");

        assertThatThrownBy(() -> DocumentText.read(other)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("budget.odt: unknown kind of file")
                .hasMessageContaining(".pdf, .docx, .doc, .xlsx, .xls, .html, .htm or .txt files");
        assertThat(DocumentText.readable(other)).isFalse();
        assertThat(DocumentText.readable(Path.of("a.PDF"))).isTrue();
        assertThatThrownBy(() -> DocumentText.read(dir.resolve("gone.pdf"))).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("gone.pdf: cannot read");
    }

    private Path resource(String name) throws IOException {
        var file = dir.resolve(name);
        Files.write(file, bytes(name));
        return file;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = new ClassPathResource("extraction/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static List<String> figures(Extraction extraction) {
        return extraction.primary().figures().stream()
                .map(f -> f.key() + " " + f.fund() + " " + f.basis() + " " + f.amount().toPlainString()).toList();
    }

    private static List<String> summary(Extraction extraction) {
        return extraction.report().sources().stream()
                .map(s -> s.name() + ": " + s.linesRead() + " read, " + s.skipped().size() + " skipped, "
                        + (s.reconciled() ? "reconciled" : "not reconciled"))
                .toList();
    }

    /** What the 万里 类 201 table (as a web page, as a .doc) must give: its unit, year, kind, unit of amounts, lines. */
    private static void assertReadAsWanlisClass201(Extraction extraction) {
        var report = extraction.primary();
        assertThat(report.unit().name()).isEqualTo("上海市普陀区人民政府万里街道办事处");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.kind()).isEqualTo("BUDGET");
        assertThat(report.amountUnit()).isEqualTo("元");
        assertThat(line(report, "2010507", "GENERAL_PUBLIC_BUDGET")).satisfies(l -> {
            assertThat(l.total()).isEqualByComparingTo("257700");
            assertThat(l.basic()).isEqualByComparingTo("0");
            assertThat(l.project()).isEqualByComparingTo("257700");
        });
        assertThat(line(report, "201", "GENERAL_PUBLIC_BUDGET").total()).isEqualByComparingTo("2932700");
        assertThat(report.lines()).hasSize(13);
        assertThat(extraction.report().reconciled()).isTrue();
    }

    private static ReportDocument.LinePart line(ReportDocument report, String code, String fund) {
        return report.lines().stream().filter(l -> l.code().equals(code) && l.fund().equals(fund)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " " + fund));
    }
}
