package app.parley.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {
    private static final ZonedDateTime MONDAY_NOON = ZonedDateTime.parse("2026-03-02T12:00:30Z");

    @Test
    void a_rate_fires_one_period_after_the_last_time() {
        assertThat(ScheduleExpression.parse("rate(5 minutes)").nextAfter(MONDAY_NOON)).isEqualTo(MONDAY_NOON.plusMinutes(5));
        assertThat(ScheduleExpression.parse("rate(1 day)")).isEqualTo(new ScheduleExpression.Rate(Duration.ofDays(1)));
    }

    @Test
    void a_daily_cron_fires_at_its_next_utc_time() {
        assertThat(ScheduleExpression.parse("cron(0 3 * * ? *)").nextAfter(MONDAY_NOON))
                .isEqualTo(ZonedDateTime.parse("2026-03-03T03:00:00Z"));
    }

    @Test
    void a_cron_on_weekdays_skips_the_weekend() {
        ZonedDateTime fridayEvening = ZonedDateTime.parse("2026-03-06T18:00:00Z");
        assertThat(ScheduleExpression.parse("cron(15 9 ? * MON-FRI *)").nextAfter(fridayEvening))
                .isEqualTo(ZonedDateTime.parse("2026-03-09T09:15:00Z"));
    }

    @Test
    void expressions_it_cannot_play_are_refused() {
        assertThatThrownBy(() -> ScheduleExpression.parse("every day")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 12 L * ? *)")).isInstanceOf(IllegalArgumentException.class);
    }
}
