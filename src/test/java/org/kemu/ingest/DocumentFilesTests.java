package org.kemu.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the folders and files named on a command line give the ingestion. */
class DocumentFilesTests {

    @TempDir
    Path dir;

    @Test
    void foldersGiveTheKindsExtractionReadsWithoutOfficeOwnerFilesOrTheirPagesParts() throws IOException {
        for (var name : List.of("2024决算.pdf", "2024预算.docx", "~$2024预算.docx", "公开表.xls", "公开表.xlsx",
                ".~lock.公开表.xlsx#", "说明.md", "县/2023决算.doc", "县/2023决算.txt", "县/2023决算.htm",
                "县/2023决算.files/header.htm", "县/2023决算_files/filelist.xml", "县/2023决算_files/frame.htm")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        var single = dir.resolve("说明.md").toString();

        var found = DocumentFiles.find(List.of(dir.toString(), single, dir.resolve("gone.pdf").toString()));

        assertThat(found.files()).extracting(file -> dir.relativize(file).toString()).containsExactly(
                "2024决算.pdf", "2024预算.docx", "公开表.xls", "公开表.xlsx", "县/2023决算.doc", "县/2023决算.htm",
                "县/2023决算.txt", "说明.md");
        assertThat(found.missing()).containsExactly(dir.resolve("gone.pdf").toString());
    }
}
