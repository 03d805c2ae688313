package org.kemu.cli;

import java.util.List;

/** One command of the jar: reads its own arguments (those after its name), runs, and returns the exit code. */
interface Command {

    int run(List<String> args) throws UsageException;
}
