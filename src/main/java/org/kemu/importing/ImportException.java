package org.kemu.importing;

import java.util.List;
import java.util.stream.Collectors;

/** A document was rejected; nothing of it was written. */
public final class ImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
