package org.kemu.availability;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean the database is unavailable: unreachable ones always, every one once it has failed. */
class DatabaseAvailabilityTests {

    @Test
    void onceLivenessIsBrokenEveryFailureIsUnavailability() {
        var availability = new DatabaseAvailability();
        var failure = new IllegalStateException("Database 'neo4j' is unavailable");
        assertThat(availability.isUnavailable(failure)).isFalse();

        availability.onLiveness(new AvailabilityChangeEvent<>(this, LivenessState.CORRECT));
        assertThat(availability.isUnavailable(failure)).isFalse();

        availability.onLiveness(new AvailabilityChangeEvent<>(this, LivenessState.BROKEN));
        assertThat(availability.isUnavailable(failure)).isTrue();
        assertThat(availability.refused(failure).getExtensions()).containsEntry("code", "SERVICE_UNAVAILABLE");
    }
}
