package org.kemu.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.SchemaMappingInspector;

/** The schema check speaks of faults only: a field nothing resolves is named, a fully resolved schema says nothing. */
class SchemaMappingCheckTests {

    private static final String SCHEMA = "type Query { answered: Int, forgotten: Int }";

    @Test
    void aFieldWithoutAResolverIsNamed() {
        DataFetcher<Integer> answered = env -> 1;
        var report = SchemaMappingInspector.inspect(schema(), Map.of("Query", Map.of("answered", answered)));

        assertThat(SchemaMappingCheck.faults(report)).hasValue("fields nothing resolves: [Query.forgotten]");
    }

    @Test
    void aSchemaWhoseFieldsAllResolveHasNoFaults() {
        DataFetcher<Integer> one = env -> 1;
        var report = SchemaMappingInspector.inspect(schema(), Map.of("Query", Map.of("answered", one, "forgotten", one)));

        assertThat(SchemaMappingCheck.faults(report)).isEmpty();
    }

    private static graphql.schema.GraphQLSchema schema() {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().build());
    }
}
