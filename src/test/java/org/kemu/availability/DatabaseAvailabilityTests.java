package org.kemu.availability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kemu.support.LoggingSetupLock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean the database is unavailable: unreachable ones always, every one once it has failed. */
class DatabaseAvailabilityTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(DatabaseAvailability.class);
    private Level level;
    private LoggingSetupLock.Held logSetup;

    /** The availability's log lines are its operator's, not the test log's. */
    @BeforeEach
    void quiet() {
        logSetup = LoggingSetupLock.hold();
        level = logger.getLevel();
        logger.setLevel(Level.OFF);
    }

    @AfterEach
    void restore() {
        logger.setLevel(level);
        logSetup.close();
    }

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
