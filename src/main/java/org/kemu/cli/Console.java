package org.kemu.cli;

import java.io.PrintStream;

/** Where a command writes: its results to {@code out}, everything said about them to {@code err}. */
record Console(PrintStream out, PrintStream err) {
}
