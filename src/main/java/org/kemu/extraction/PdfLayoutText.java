package org.kemu.extraction;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF laid out by position as {@code pdftotext -layout} lays it out: one printed line per text line,
 * each word at the column its x position gives, cells of a table apart by two spaces or more, a form feed after each
 * page. The extractor's tokenizer reads exactly that shape.
 */
final class PdfLayoutText {

    /** Where a well-formed PDF ends: its {@code %%EOF} marker lies within this many last bytes. */
    private static final int TAIL = 1024;

    private PdfLayoutText() {
    }

    static String read(Path file, String name) {
        requireEnd(file, name);
        try (var pdf = Loader.loadPDF(file.toFile())) {
            var stripper = new LayoutStripper();
            var text = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf)).append('\f');
            }
            if (text.chars().allMatch(Character::isWhitespace)) {
                throw new ExtractionException(name + ": no text layer (scanned?): none of its "
                        + pdf.getNumberOfPages() + " pages holds text, only images; kemu does not recognise characters"
                        + " in images (OCR it first)");
            }
            return text.toString();
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(name + ": encrypted: the PDF needs a password to open, and kemu reads only "
                    + "PDFs that open without one");
        } catch (IOException e) {
            throw new ExtractionException(name + ": not a readable PDF (damaged, truncated or not a PDF at all): "
                    + e.getMessage());
        }
    }

    /** A PDF cut short still half-opens, leniently, with pages missing: refused instead of read in part. */
    private static void requireEnd(Path file, String name) {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            var length = in.length();
            var head = new byte[(int) Math.min(5, length)];
            in.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new ExtractionException(name + ": not a PDF: it does not begin with %PDF- (garbage, or a file"
                        + " of another kind named .pdf)");
            }
            var tail = new byte[(int) Math.min(TAIL, length)];
            in.seek(length - tail.length);
            in.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new ExtractionException(name + ": truncated: the PDF has no %%EOF end marker (a download cut "
                        + "short?); its text would be incomplete");
            }
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Lays out the glyphs of one page; the stripper still drops the duplicate glyphs of fake bold print. */
    private static final class LayoutStripper extends PDFTextStripper {

        /** Glyphs closer than this share of the font size belong to one word. */
        private static final float WORD_GAP = 0.15f;
        /** Glyphs farther apart than this share of the font size are in different cells. */
        private static final float CELL_GAP = 0.8f;
        /** A gap this wide with no space glyph in it is a cell's padding, not a space between words. */
        private static final float PADDING_GAP = 0.3f;
        /** Baselines closer than this share of the font size are one line. */
        private static final float SAME_LINE = 0.4f;
        /** A gap between baselines above this many font sizes leaves a blank line, as between paragraphs. */
        private static final float BLANK_LINE = 2.0f;

        LayoutStripper() throws IOException {
        }

        @Override
        protected void writePage() throws IOException {
            var glyphs = new ArrayList<TextPosition>();
            for (var article : getCharactersByArticle()) {
                glyphs.addAll(article);
            }
            if (glyphs.stream().allMatch(g -> g.getUnicode().isBlank())) {
                return;
            }
            var cell = cellWidth(glyphs);
            glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            var lines = new ArrayList<List<TextPosition>>();
            List<TextPosition> current = null;
            float baseline = 0;
            for (var glyph : glyphs) {
                if (current == null || glyph.getYDirAdj() - baseline > SAME_LINE * size(glyph)) {
                    current = new ArrayList<>();
                    lines.add(current);
                    baseline = glyph.getYDirAdj();
                }
                current.add(glyph);
            }
            float previous = Float.NaN;
            for (var line : lines) {
                if (line.stream().allMatch(g -> g.getUnicode().isBlank())) {
                    continue;
                }
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                var y = line.getFirst().getYDirAdj();
                if (!Float.isNaN(previous) && y - previous > BLANK_LINE * size(line.getFirst())) {
                    output.write('\n');
                }
                previous = y;
                output.write(layout(line, cell));
                output.write('\n');
            }
        }

        /** One line: words in reading order, each cell at the column its position gives, two spaces at least between. */
        private static String layout(List<TextPosition> line, float cell) {
            var text = new StringBuilder();
            TextPosition last = null;
            var spaced = false;
            for (var glyph : line) {
                if (glyph.getUnicode().isBlank()) {
                    spaced = true;
                    continue;
                }
                var column = Math.round(glyph.getXDirAdj() / cell);
                if (last == null) {
                    text.repeat(' ', column);
                } else {
                    var gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                    var size = Math.max(size(glyph), size(last));
                    if (gap > CELL_GAP * size || gap > PADDING_GAP * size && !spaced) {
                        text.repeat(' ', Math.max(column - text.length(), 2));
                    } else if (gap > WORD_GAP * size) {
                        text.append(' ');
                    }
                }
                text.append(glyph.getUnicode());
                last = glyph;
                spaced = false;
            }
            return text.toString();
        }

        /** The width of one column of the layout: the median width of the page's half-width glyphs (digits, letters). */
        private static float cellWidth(List<TextPosition> glyphs) {
            var widths = new ArrayList<Float>();
            for (var glyph : glyphs) {
                var c = glyph.getUnicode().isEmpty() ? ' ' : glyph.getUnicode().charAt(0);
                if (c > ' ' && c < 0x7F && glyph.getWidthDirAdj() > 0) {
                    widths.add(glyph.getWidthDirAdj());
                }
            }
            if (widths.isEmpty()) {
                glyphs.forEach(g -> widths.add(size(g) / 2));
            }
            widths.sort(Float::compare);
            var median = widths.get(widths.size() / 2);
            return median > 0 ? median : 5f;
        }

        private static float size(TextPosition glyph) {
            var size = glyph.getFontSizeInPt();
            return size > 0 ? size : Math.max(glyph.getHeightDir(), 1f);
        }
    }
}
