package org.kemu.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import org.kemu.extraction.DocumentText;

/**
 * The documents named on a command line: files as given, folders searched through for the kinds the extraction reads
 * ({@link DocumentText#readable}: .pdf, Word, workbooks, web pages, .txt), leaving out the owner files Word, Excel and
 * LibreOffice keep beside a document while it is open ("~$…", ".~lock.…") and the folders of parts a saved web page
 * keeps beside it ("报告_files", "报告.files": its header, frames and images, no document of their own).
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** The paths given, and files below the folders given, in a stable order and each once. */
    public static Found find(List<String> paths) {
        var files = new LinkedHashSet<Path>();
        var missing = new ArrayList<String>();
        for (var given : paths) {
            var path = Path.of(given);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(DocumentText::readable).filter(file -> !ownerFile(file))
                            .filter(file -> !partOfASavedPage(path.relativize(file)))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + given, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                missing.add(given);
            }
        }
        return new Found(List.copyOf(files), List.copyOf(missing));
    }

    private static boolean ownerFile(Path file) {
        var name = file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.");
    }

    private static boolean partOfASavedPage(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            var folder = relative.getName(i).toString();
            if (folder.endsWith("_files") || folder.endsWith(".files")) {
                return true;
            }
        }
        return false;
    }

    /** The files to read, and the paths given that name nothing. */
    public record Found(List<Path> files, List<String> missing) {
    }
}
