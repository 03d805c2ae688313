package org.kemu.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The text of a disclosure file, whatever it was published as: a PDF laid out by position (as
 * {@code pdftotext -layout} would), a Word .docx or .doc with table cells between tabs, a workbook of tables
 * (.xlsx, .xls) or a web page (.html, .htm) likewise, or a UTF-8 text file as it is.
 * No external program is needed.
 */
public final class DocumentText {

    /** The file kinds {@link #read} knows, by extension. */
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "doc", "xlsx", "xls", "html", "htm", "txt");

    private DocumentText() {
    }

    /** The kinds of file {@link #read} knows, for messages: ".pdf, .docx, .doc, .xlsx, .xls or .txt". */
    public static String kinds() {
        var dotted = EXTENSIONS.stream().map(e -> "." + e).toList();
        return String.join(", ", dotted.subList(0, dotted.size() - 1)) + " or " + dotted.getLast();
    }

    /** Whether {@link #read} knows the kind of {@code file}, by its extension. */
    public static boolean readable(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /**
     * @throws ExtractionException naming the file, when it cannot be read or holds no text: unknown extension,
     *                             missing, a PDF without a text layer (scanned), encrypted, truncated or damaged
     */
    public static String read(Path file) throws ExtractionException {
        var name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException(name + ": cannot read: no such file (" + file + ")");
        }
        return switch (extension(file)) {
            case "pdf" -> PdfLayoutText.read(file, name);
            case "docx", "doc" -> word(file, name);
            case "xlsx", "xls" -> SpreadsheetText.read(file, name);
            case "html", "htm" -> WebPageText.read(file, name);
            case "txt" -> utf8(file, name);
            default -> throw new ExtractionException(name + ": unknown kind of file; kemu reads " + kinds() + " files");
        };
    }

    /**
     * A Word document by what it holds, not by its name: a .docx is a zip of XML, a .doc an OLE2 compound file, and
     * each is found under the other's name, as saved by other programs or renamed by hand.
     */
    private static String word(Path file, String name) {
        FileMagic magic;
        try (var in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return switch (magic) {
            case OOXML -> WordText.read(file, name);
            case OLE2 -> OldWordText.read(file, name);
            default -> throw new ExtractionException(name + ": not a readable Word document (damaged, truncated or "
                    + "neither .docx nor .doc at all)");
        };
    }

    /** Bytes that are not UTF-8 become replacement characters, which the extractor refuses by their share. */
    private static String utf8(Path file, String name) {
        try {
            var text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static String extension(Path file) {
        var name = String.valueOf(file.getFileName());
        var dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
