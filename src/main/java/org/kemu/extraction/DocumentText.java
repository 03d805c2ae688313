package org.kemu.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The text of a disclosure file, whatever it was published as: a PDF laid out by position (as
 * {@code pdftotext -layout} would), a Word .docx or .doc with table cells between tabs, a workbook of tables
 * (.xlsx, .xls) or a web page (.html, .htm) likewise, or a text file (UTF-8, or GBK as Chinese Windows saves it) as
 * it is.
 * No external program is needed.
 */
public final class DocumentText {

    /** The file kinds {@link #read} knows, by extension. */
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "doc", "xlsx", "xls", "html", "htm", "txt");

    private DocumentText() {
    }

    /** How much of a file's start tells what it holds. */
    private static final int HEAD = 1024;
    /** A web page's markup near its start, where POI's own check looks for a document type or html tag only. */
    private static final Pattern PAGE_MARKUP = Pattern.compile("<(?:html|head|body|table|meta)\\b",
            Pattern.CASE_INSENSITIVE);
    /** One character in this many not UTF-8 makes a text file worth reading as GB18030. */
    private static final int NOT_UTF8_SHARE = 100;

    /** The kinds of file {@link #read} knows, for messages: ".pdf, .docx, … or .txt". */
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
            case "docx", "doc", "xlsx", "xls" -> office(file, name, extension(file));
            case "html", "htm" -> WebPageText.read(file, name);
            case "txt" -> text(file, name);
            default -> throw new ExtractionException(name + ": unknown kind of file; kemu reads " + kinds() + " files");
        };
    }

    /**
     * A Word document or a workbook by what it holds, not by its name: .docx and .xlsx are zips of XML, .doc and .xls
     * OLE2 compound files, and each is found under the other's name, as saved by other programs or renamed by hand.
     * Web pages saved with the name of a Word document or a workbook, as Word's "web page" and many portals' exports
     * are, are read as web pages.
     */
    private static String office(Path file, String name, String extension) {
        var spreadsheet = extension.startsWith("xls");
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (head.length == 0) {
            throw new ExtractionException(name + ": the file is empty");
        }
        return switch (FileMagic.valueOf(head)) {
            case OOXML -> spreadsheet ? SpreadsheetText.read(file, name) : WordText.read(file, name);
            case OLE2 -> spreadsheet ? SpreadsheetText.read(file, name) : OldWordText.read(file, name);
            case HTML -> WebPageText.read(file, name);
            case RTF -> throw new ExtractionException(name + ": an RTF document named ." + extension
                    + ", which kemu does not read; save it as .docx first");
            default -> {
                if (PAGE_MARKUP.matcher(new String(head, StandardCharsets.ISO_8859_1)).find()) {
                    yield WebPageText.read(file, name);
                }
                throw new ExtractionException(name + (spreadsheet
                        ? ": not a readable spreadsheet (damaged, truncated or neither .xlsx nor .xls at all)"
                        : ": not a readable Word document (damaged, truncated or neither .docx nor .doc at all)"));
            }
        };
    }

    /**
     * A text file in UTF-8, or else in GB18030 (which holds GBK and GB2312), the encoding Chinese editions of Windows
     * save text in. A UTF-8 text with a stray bad byte or two stays UTF-8: only a text of which more than a few
     * characters are not UTF-8 is tried as GB18030. Bytes that are neither become replacement characters, which the
     * extractor refuses by their share.
     */
    private static String text(Path file, String name) {
        try {
            var bytes = Files.readAllBytes(file);
            var text = new String(bytes, StandardCharsets.UTF_8);
            var malformed = text.chars().filter(c -> c == '\uFFFD').count();
            if (malformed > text.length() / NOT_UTF8_SHARE) {
                var gb = strictly(bytes, Charset.forName("GB18030"));
                text = gb == null ? text : gb;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ExtractionException(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The bytes decoded, or null when they are not in that encoding. */
    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String extension(Path file) {
        var name = String.valueOf(file.getFileName());
        var dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
