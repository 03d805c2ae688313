package org.kemu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kemu.support.OwnProcess;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The CLI next to a process that holds the embedded database's directory, as a running server does: the commands
 * that need the database say so in one line and exit with 5; those that need none never start one.
 */
@OwnProcess
class DatabaseInUseIT {

    @TempDir
    static Path dir;

    private static DatabaseManagementService holder;

    private final CommandRun command = new CommandRun();

    @BeforeAll
    static void holdTheDirectory() {
        holder = new DatabaseManagementServiceBuilder(dir.resolve("held")).build();
    }

    @AfterAll
    static void release() {
        holder.shutdown();
    }

    @Test
    void commandsThatNeedTheDatabaseSaySoInOneLineAndSuggestTheServer() throws IOException {
        var held = "--kemu.neo4j.embedded.data-dir=" + dir.resolve("held");

        assertThat(command.run("export", "--unit", "32-a839bd81", held)).isEqualTo(CommandLine.EMBEDDED_DATABASE_UNUSABLE);
        assertThat(command.stderr()).isEqualTo("the embedded database in " + dir.resolve("held") + " is held by another "
                + "process (a running kemu server?): ask it with --server URL, or stop it first\n");
        assertThat(command.stdout()).isEmpty();

        var file = CommandRun.fixture("js_gaoyuan_2019_dept_budget.txt", dir);
        assertThat(command.run("ingest", file.toString(), held)).isEqualTo(CommandLine.EMBEDDED_DATABASE_UNUSABLE);
        assertThat(command.stderr().lines().toList().getLast()).contains("is held by another process")
                .endsWith("send the documents to it with --server URL --api-key KEY, or stop it first");
        assertThat(command.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aCommandInItsOwnProcessPrintsThatOneLineAndNothingElse() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var document = Files.writeString(dir.resolve("report.json"), "{}");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.kemu.cli.Main",
                "import", document.toString(), "--kemu.neo4j.embedded.data-dir=" + dir.resolve("held"))
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(CommandLine.EMBEDDED_DATABASE_UNUSABLE);
        assertThat(output.lines().filter(l -> !l.startsWith("WARNING: "))).containsExactly("the embedded database in "
                + dir.resolve("held") + " is held by another process (a running kemu server?): send the documents to "
                + "it with --server URL --api-key KEY, or stop it first");
    }

    /** A second server on a held directory (a restart while the old one still shuts down) explains itself. */
    @Test
    void aServerOnAHeldDirectorySaysWhyAndWhatToDoWithoutAStackTrace() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.kemu.cli.Main", "--server.port=0", "--management.server.port=0",
                "--kemu.neo4j.embedded.data-dir=" + dir.resolve("held"))
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The embedded database in " + dir.resolve("held").toAbsolutePath().normalize()
                        + " is held by another process: another kemu server (perhaps one still shutting down)")
                .contains("--kemu.neo4j.embedded.data-dir=DIR")
                .doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void commandsThatNeedNoDatabaseStartNone() throws IOException {
        var fresh = dir.resolve("never");
        var setting = "--kemu.neo4j.embedded.data-dir=" + fresh;
        var file = CommandRun.fixture("js_gaoyuan_2019_dept_budget.txt", dir);

        assertThat(command.run("help", setting)).isZero();
        assertThat(command.run("extract", file.toString(), setting)).isZero();
        assertThat(command.run("ingest", setting)).isEqualTo(2);
        assertThat(command.stderr()).startsWith("ingest needs at least one file or folder");
        assertThat(command.run("ingest", file.toString(), "--summary", "out.txt", setting)).isEqualTo(2);
        assertThat(command.run("ingest", file.toString(), "--server", "http://localhost:1", setting)).isEqualTo(2);
        assertThat(command.stderr()).startsWith("ingest --server needs --api-key KEY");
        assertThat(command.run("import", "--from-text", setting)).isEqualTo(2);
        assertThat(command.run("export", setting)).isEqualTo(2);
        assertThat(fresh).doesNotExist();
    }
}
