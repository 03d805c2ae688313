package org.kemu.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptTests {

    @Test
    void aShortValueIsQuotedWhole() {
        assertThat(Excerpt.of("2080109")).isEqualTo("2080109");
        assertThat(Excerpt.of("x".repeat(Excerpt.VALUE_CHARACTERS))).hasSize(Excerpt.VALUE_CHARACTERS);
        assertThat(Excerpt.of(null)).isNull();
    }

    @Test
    void aLongValueIsItsPrefixAndLength() {
        assertThat(Excerpt.of("7".repeat(1_000_000))).isEqualTo("7".repeat(64) + "…(1000000 characters)");
    }

    @Test
    void charactersAreCountedAsCharactersNotUtf16Units() {
        var han = "社".repeat(10) + "𠀀".repeat(100);
        assertThat(Excerpt.of(han)).isEqualTo("社".repeat(10) + "𠀀".repeat(54) + "…(110 characters)");
    }

    @Test
    void aShortMessageIsLeftAlone() {
        var message = "Validation error (WrongType@[subject]) : argument 'scheme' with value 'EnumValue{name='X'}'";
        assertThat(Excerpt.message(message)).isSameAs(message);
    }

    @Test
    void aLongMessageKeepsItsWordsAndQuotesTheValueItEchoes() {
        var message = "Field '" + "f".repeat(100_000) + "' in type 'Query' is undefined";
        assertThat(Excerpt.message(message))
                .isEqualTo("Field '" + "f".repeat(63) + "…(100002 characters) in type 'Query' is undefined");
    }

    @Test
    void aLongMessageOfShortWordsIsCut() {
        var message = "offending value: " + "ab ".repeat(100_000);
        var shortened = Excerpt.message(message);
        assertThat(shortened).startsWith("offending value: ab ab").endsWith("…(300017 characters)");
        assertThat(shortened.length()).isLessThan(Excerpt.MESSAGE_CHARACTERS + 30);
    }
}
