package app.parley.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.billing.infrastructure.MovableClock;
import app.parley.persistence.LocalTables;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoFeatureFlagsIT {
    private static LocalTables local;

    @BeforeAll static void start() { local = LocalTables.start(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void a_flag_nobody_set_is_off_and_one_that_was_turned_on_is_on() {
        var flags = new DynamoFeatureFlags(local.tables().platform(), Duration.ofSeconds(30), new MovableClock(Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(flags.enabled("never-set")).isFalse();
        flags.set("media-transcripts", true);
        assertThat(flags.enabled("media-transcripts")).isTrue();
    }

    @Test
    void another_container_sees_a_change_once_its_reading_is_older_than_the_freshness() {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        var writer = new DynamoFeatureFlags(local.tables().platform(), Duration.ofSeconds(30), clock);
        var reader = new DynamoFeatureFlags(local.tables().platform(), Duration.ofSeconds(30), clock);
        writer.set("canary-replies", false);
        assertThat(reader.enabled("canary-replies")).isFalse();

        writer.set("canary-replies", true);
        assertThat(reader.enabled("canary-replies")).as("within 30 s of its last reading").isFalse();
        clock.advance(Duration.ofSeconds(31));
        assertThat(reader.enabled("canary-replies")).isTrue();
    }

    @Test
    void a_malformed_flag_name_is_refused_before_anything_is_read_or_written() {
        var flags = new DynamoFeatureFlags(local.tables().platform(), Duration.ofSeconds(30), new MovableClock(Instant.now()));

        assertThatThrownBy(() -> flags.set("T#t_1#x", true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flag name");
        assertThatThrownBy(() -> flags.enabled("")).isInstanceOf(IllegalArgumentException.class);
    }
}
