package org.kemu.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalTextTests {

    @Test
    void everyDecimalFieldOfTheSchemaHasItsText() throws IOException {
        var registry = schema();
        var textFields = DecimalText.textFields(registry);
        var decimals = 0;
        for (var type : DecimalText.fieldsByType(registry).entrySet()) {
            for (var field : type.getValue().values()) {
                if (DecimalText.isDecimal(field)) {
                    decimals++;
                    assertThat(textFields.get(type.getKey())).as("text fields of %s", type.getKey())
                            .contains(field.getName() + DecimalText.SUFFIX);
                }
            }
        }
        assertThat(decimals).isEqualTo(textFields.values().stream().mapToInt(List::size).sum()).isEqualTo(36);
    }

    @Test
    void aTextFieldThatDiffersFromItsNumberStopsTheStart() {
        assertThatThrownBy(() -> DecimalText.textFields(parse("type T { a(unit: Int = 1): BigDecimal aText(unit: Int = 2): String }")))
                .hasMessageContaining("T.aText");
        assertThatThrownBy(() -> DecimalText.textFields(parse("type T { a: BigDecimal! aText: String }")))
                .hasMessageContaining("T.aText");
        assertThatThrownBy(() -> DecimalText.textFields(parse("type T { a: Int aText: String }")))
                .hasMessageContaining("T.aText");
        assertThatThrownBy(() -> DecimalText.textFields(parse("type T { bText: String }")))
                .hasMessageContaining("T.bText");
    }

    @Test
    void extensionsAreFieldsOfTheirType() {
        var textFields = DecimalText.textFields(parse("""
                type T { a(unit: Int = 1): BigDecimal! }
                extend type T { aText(unit: Int = 1): String! }
                """));
        assertThat(textFields).containsEntry("T", List.of("aText"));
    }

    private static TypeDefinitionRegistry schema() throws IOException {
        var registry = new TypeDefinitionRegistry();
        try (var files = Files.list(Path.of("schema"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return registry;
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse("scalar BigDecimal\n" + sdl);
    }
}
