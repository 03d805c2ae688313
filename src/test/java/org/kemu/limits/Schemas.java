package org.kemu.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** The public schema as the server builds it from {@code schema/}, without resolvers: enough to measure queries. */
final class Schemas {

    static final GraphQLSchema KEMU = load();

    private Schemas() {
    }

    private static GraphQLSchema load() {
        var registry = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("schema"))) {
            files.filter(f -> f.toString().endsWith(".graphqls")).sorted()
                    .forEach(f -> registry.merge(new SchemaParser().parse(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var wiring = RuntimeWiring.newRuntimeWiring().scalar(ExtendedScalars.GraphQLBigDecimal)
                .scalar(ExtendedScalars.Json).build();
        return new SchemaGenerator().makeExecutableSchema(registry, wiring);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
