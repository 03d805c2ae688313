package org.kemu.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves every {@code xText} field of the schema, the exact text of its decimal sibling {@code x}: the same
 * arguments, the same value as a plain decimal string with the same scale ({@code "1399700.00"}). JSON numbers with
 * decimals become binary floating point in JavaScript clients, which drop the scale and round sums; the text does
 * neither. The sibling's own resolver computes the value, so the text costs no database statement of its own.
 */
@Component
final class DecimalText implements RuntimeWiringConfigurer {

    static final String SUFFIX = "Text";

    private static final DataFetcher<Object> TEXT_OF_SIBLING = DecimalText::textOfSibling;

    private TypeDefinitionRegistry registry;

    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        textFields(registry).forEach((type, fields) -> wiring.type(type, builder -> {
            fields.forEach(field -> builder.dataFetcher(field, TEXT_OF_SIBLING));
            return builder;
        }));
    }

    /**
     * The {@code xText} fields by type name, each checked against its sibling: a mistyped one stops the server from
     * starting rather than answering null.
     */
    static Map<String, List<String>> textFields(TypeDefinitionRegistry registry) {
        var textFields = new LinkedHashMap<String, List<String>>();
        fieldsByType(registry).forEach((type, fields) -> fields.forEach((name, field) -> {
            if (name.endsWith(SUFFIX) && name.length() > SUFFIX.length()) {
                requireDecimalSibling(type, field, fields.get(name.substring(0, name.length() - SUFFIX.length())));
                textFields.computeIfAbsent(type, key -> new ArrayList<>()).add(name);
            }
        }));
        return textFields;
    }

    /** The fields of every object type, its extensions included (kemu extends Report and Line in other files). */
    static Map<String, Map<String, FieldDefinition>> fieldsByType(TypeDefinitionRegistry registry) {
        var fieldsByType = new LinkedHashMap<String, Map<String, FieldDefinition>>();
        for (var type : registry.getTypes(ObjectTypeDefinition.class)) {
            var fields = new LinkedHashMap<String, FieldDefinition>();
            type.getFieldDefinitions().forEach(field -> fields.put(field.getName(), field));
            registry.objectTypeExtensions().getOrDefault(type.getName(), List.of())
                    .forEach(extension -> extension.getFieldDefinitions().forEach(field -> fields.put(field.getName(), field)));
            fieldsByType.put(type.getName(), fields);
        }
        return fieldsByType;
    }

    static boolean isDecimal(FieldDefinition field) {
        return AstPrinter.printAst(field.getType()).matches("BigDecimal!?");
    }

    private static void requireDecimalSibling(String type, FieldDefinition text, FieldDefinition number) {
        var sameShape = number != null && isDecimal(number)
                && AstPrinter.printAst(text.getType()).equals(AstPrinter.printAst(number.getType()).replace("BigDecimal", "String"))
                && arguments(text).equals(arguments(number));
        if (!sameShape) {
            throw new IllegalStateException(type + "." + text.getName() + " must be a String with the nullability and the"
                    + " arguments of a BigDecimal field " + type + "." + text.getName().replaceFirst(SUFFIX + "$", ""));
        }
    }

    private static List<String> arguments(FieldDefinition field) {
        return field.getInputValueDefinitions().stream().map(DecimalText::argument).toList();
    }

    private static String argument(InputValueDefinition argument) {
        var defaultValue = argument.getDefaultValue() == null ? "" : " = " + AstPrinter.printAst(argument.getDefaultValue());
        return argument.getName() + ": " + AstPrinter.printAst(argument.getType()) + defaultValue;
    }

    private static Object textOfSibling(DataFetchingEnvironment environment) throws Exception {
        var parent = (GraphQLObjectType) environment.getParentType();
        var name = environment.getFieldDefinition().getName();
        var number = parent.getFieldDefinition(name.substring(0, name.length() - SUFFIX.length()));
        var fetcher = environment.getGraphQLSchema().getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(parent, number), number);
        var value = fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
                .fieldDefinition(number).build());
        return switch (value) {
            case CompletionStage<?> later -> later.thenApply(DecimalText::text);
            case null, default -> text(value);
        };
    }

    private static String text(Object value) {
        return value == null ? null : ((BigDecimal) value).toPlainString();
    }
}
