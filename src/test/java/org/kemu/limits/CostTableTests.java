package org.kemu.limits;

import java.util.ArrayList;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list of the schema is bounded, and the schema tells clients the same caps the server applies. */
class CostTableTests {

    @Test
    void everyListHasAPageOrACap() {
        var unbounded = new ArrayList<String>();
        for (var type : Schemas.KEMU.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (var field : object.getFieldDefinitions()) {
                    if (isList(field) && CostTable.cap(object.getName(), field.getName()).isEmpty()
                            && !isPage(object, field)) {
                        unbounded.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(unbounded).as("list fields with neither a page nor a cap").isEmpty();
    }

    @Test
    void eachCapIsStatedInBothLanguages() {
        CostTable.caps().forEach((coordinates, cap) -> {
            var dot = coordinates.indexOf('.');
            var type = Schemas.KEMU.getObjectType(coordinates.substring(0, dot));
            assertThat(type).as(coordinates).isNotNull();
            var field = type.getFieldDefinition(coordinates.substring(dot + 1));
            assertThat(field).as(coordinates).isNotNull();
            assertThat(isList(field)).as(coordinates + " is a list").isTrue();
            assertThat(field.getDescription()).as(coordinates)
                    .contains("上限 " + cap + " 项", "Capped at " + cap + " items", "extensions.truncated");
        });
    }

    private static boolean isList(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
    }

    /** The edges of a connection, sized by the {@code first} of the field that returns the connection. */
    private static boolean isPage(GraphQLObjectType type, GraphQLFieldDefinition field) {
        return field.getName().equals("edges") && type.getFieldDefinition("pageInfo") != null;
    }
}
