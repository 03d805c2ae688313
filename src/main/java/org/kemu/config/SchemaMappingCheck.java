package org.kemu.config;

import java.util.ArrayList;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring for GraphQL's inspection of the schema against the controllers, said only when it finds a fault: a field
 * nothing resolves, a resolver or argument the schema does not have, a nullness mismatch. Spring Boot's own report
 * logs seven lines at every start, empty ones included, which tell an operator nothing.
 */
final class SchemaMappingCheck {

    private static final Logger log = LoggerFactory.getLogger(SchemaMappingCheck.class);

    private SchemaMappingCheck() {
    }

    static void report(SchemaReport report) {
        faults(report).ifPresentOrElse(faults -> log.warn("The schema and the resolvers differ: {}", faults),
                () -> log.debug("The schema's fields all have resolvers (types not inspected: {})",
                        report.skippedTypes()));
    }

    /** What the report finds wrong, in one line; empty when nothing is. */
    static Optional<String> faults(SchemaReport report) {
        var faults = new ArrayList<String>();
        if (!report.unmappedFields().isEmpty()) {
            faults.add("fields nothing resolves: " + report.unmappedFields());
        }
        if (!report.unmappedRegistrations().isEmpty()) {
            faults.add("resolvers for fields the schema does not have: " + report.unmappedRegistrations().keySet());
        }
        if (!report.unmappedArguments().isEmpty()) {
            faults.add("resolver arguments the schema does not have: " + report.unmappedArguments().values());
        }
        if (!report.fieldNullnessErrors().isEmpty() || !report.argumentNullnessErrors().isEmpty()) {
            faults.add("nullness that differs between schema and code: " + report.fieldNullnessErrors().keySet()
                    + " " + report.argumentNullnessErrors().values());
        }
        return faults.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", faults));
    }
}
