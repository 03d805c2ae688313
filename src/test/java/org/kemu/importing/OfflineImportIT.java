package org.kemu.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Neo4j's importer refusing a file: the error names the value and where it is, and no store is left behind. */
class OfflineImportIT {

    @TempDir
    Path dir;

    @Test
    void aValueTheImporterCannotReadLeavesNoDatabaseAndSaysWhere() throws Exception {
        var header = dir.resolve("node-Line-header.csv");
        var body = dir.resolve("node-Line.csv");
        Files.writeString(header, ":ID,:LABEL,totalFen:long\n", StandardCharsets.UTF_8);
        Files.writeString(body, "0,Line,100\n1,Line,一百\n", StandardCharsets.UTF_8);
        var files = new BulkLoader.Files(0, 0, List.of(), 2, 2, 0, List.of("--nodes=" + header + "," + body), 0, List.of());
        var target = dir.resolve("target");

        assertThatThrownBy(() -> OfflineImport.run(target, files, target.resolve("import.log")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Neo4j's importer failed")
                .hasMessageContaining("nothing was loaded")
                .hasMessageContaining("一百");
        assertThat(OfflineImport.isEmpty(target)).isTrue();
    }
}
