package org.kemu.importing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kemu.api.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTests {

    @Test
    void withoutConfiguredKeysWritesAreRefused() {
        assertThatThrownBy(() -> new ApiKeys(List.of()).requireWriteAccess("anything"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("no API keys are configured");
        assertThatThrownBy(() -> new ApiKeys(List.of(" ")).requireWriteAccess(""))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAConfiguredKeyOpensWrites() {
        var keys = new ApiKeys(List.of("alpha", "beta"));
        assertThatCode(() -> keys.requireWriteAccess("beta")).doesNotThrowAnyException();
        assertThatThrownBy(() -> keys.requireWriteAccess("gamma")).hasMessageContaining("not valid");
        assertThatThrownBy(() -> keys.requireWriteAccess(null)).hasMessageContaining("X-Api-Key");
    }
}
