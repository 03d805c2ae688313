package org.kemu.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.api.ForbiddenException;
import org.kemu.config.KemuProperties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTests {

    @Test
    void withoutConfiguredKeysWritesAreRefused() {
        assertThatThrownBy(() -> apiKeys().requireWriteAccess("anything"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("no API keys are configured");
        assertThatThrownBy(() -> apiKeys(" ").requireWriteAccess(""))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAConfiguredKeyOpensWrites() {
        var keys = apiKeys("alpha", "beta");
        assertThatCode(() -> keys.requireWriteAccess("beta")).doesNotThrowAnyException();
        assertThatThrownBy(() -> keys.requireWriteAccess("gamma")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> keys.requireWriteAccess(null)).hasMessageContaining("X-Api-Key");
    }

    private static ApiKeys apiKeys(String... keys) {
        return new ApiKeys(new KemuProperties(null, null, null, List.of(keys), null, null, null, null, null, null, null));
    }
}
