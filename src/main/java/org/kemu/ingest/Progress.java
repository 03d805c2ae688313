package org.kemu.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * What a user sees while documents are read: on a terminal one line redrawn in place (documents done / total,
 * lines read, elapsed time, time left), elsewhere — a log, a pipe — one plain line per document.
 */
public abstract sealed class Progress permits Progress.Bar, Progress.Lines {

    private static final int BAR_WIDTH = 24;

    final PrintStream err;
    private final long started = System.nanoTime();
    private int total;
    private int done;
    private long lines;

    Progress(PrintStream err) {
        this.err = err;
    }

    /** The redrawn bar when {@code terminal}, plain lines otherwise. */
    public static Progress to(PrintStream err, boolean terminal) {
        return terminal ? new Bar(err) : new Lines(err);
    }

    void start(int documents) {
        total = documents;
    }

    /** One document read (or not): {@code said} is its one-line account. */
    void read(String said, int linesRead) {
        done++;
        lines += linesRead;
        show(said);
    }

    /** The import of report {@code number} (from 1) of {@code reports} has begun. */
    abstract void importing(int number, int reports);

    /** Leaves the line the summary follows clean. */
    abstract void end();

    abstract void show(String said);

    String counters() {
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        var left = done == 0 ? null : elapsed.multipliedBy(total - done).dividedBy(done);
        return String.format(Locale.ROOT, "%d/%d documents · %,d lines · %s elapsed%s", done, total, lines,
                clock(elapsed), left == null || done == total ? "" : " · ETA " + clock(left));
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    private static String clock(Duration duration) {
        return String.format(Locale.ROOT, "%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }

    /** The one line redrawn with a carriage return. */
    static final class Bar extends Progress {

        private int width;

        Bar(PrintStream err) {
            super(err);
        }

        @Override
        void show(String said) {
            var filled = total() == 0 ? BAR_WIDTH : done() * BAR_WIDTH / total();
            draw("[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + counters());
        }

        @Override
        void importing(int number, int reports) {
            draw("importing report " + number + " of " + reports + " · " + counters());
        }

        @Override
        void end() {
            draw("");
            err.print("\r");
            err.flush();
        }

        private void draw(String line) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = line.length();
        }
    }

    /** One line per document, for logs. */
    static final class Lines extends Progress {

        Lines(PrintStream err) {
            super(err);
        }

        @Override
        void show(String said) {
            err.println("[" + done() + "/" + total() + "] " + said);
        }

        @Override
        void importing(int number, int reports) {
            if (number == 1) {
                err.println("importing " + reports + " report(s)");
            }
        }

        @Override
        void end() {
            err.flush();
        }
    }
}
