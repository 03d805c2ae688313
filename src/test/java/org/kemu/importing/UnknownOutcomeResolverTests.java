package org.kemu.importing;

import java.util.List;
import java.util.Map;

import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.kemu.availability.DatabaseAvailability;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** What a GraphQL caller reads when an import's outcome is unknown: the code and the reports to check. */
class UnknownOutcomeResolverTests {

    private static final List<String> IDS = List.of("110101-a:2030:FINAL_ACCOUNT", "110101-b:2030:FINAL_ACCOUNT");

    @Test
    void theCallerGetsCodeUnknownWithTheReportIdsNotAnOutageOrAnInternalError() {
        var unknown = new UnknownOutcomeException(IDS, new ServiceUnavailableException("connection lost during commit"),
                new ServiceUnavailableException("connection refused"));
        assertThat(DatabaseAvailability.isUnreachable(unknown)).as("not answered as SERVICE_UNAVAILABLE").isFalse();

        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { importReports: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("importReports", env -> {
                    throw unknown;
                })).build());
        var graphQl = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(DataFetcherExceptionResolver.createExceptionHandler(
                        List.of(new UnknownOutcomeResolver())))
                .build();
        var error = graphQl.execute("{ importReports }").getErrors().getFirst().toSpecification();
        assertThat((Map<String, Object>) error.get("extensions")).containsEntry("code", "UNKNOWN")
                .containsEntry("reportIds", IDS).containsEntry("classification", "UNKNOWN");
        assertThat((String) error.get("message")).startsWith("UNKNOWN: the database failed while committing")
                .contains(String.join(", ", IDS));
    }
}
