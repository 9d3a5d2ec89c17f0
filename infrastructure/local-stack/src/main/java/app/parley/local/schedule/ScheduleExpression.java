package app.parley.local.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An EventBridge schedule expression: {@code rate(5 minutes)} or {@code cron(0 3 * * ? *)} (UTC). */
public sealed interface ScheduleExpression {

    /** The first time strictly after {@code after} when the schedule fires. */
    ZonedDateTime nextAfter(ZonedDateTime after);

    record Rate(Duration period) implements ScheduleExpression {
        @Override
        public ZonedDateTime nextAfter(ZonedDateTime after) {
            return after.plus(period);
        }
    }

    record Cron(CronFields fields) implements ScheduleExpression {
        @Override
        public ZonedDateTime nextAfter(ZonedDateTime after) {
            ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            for (int i = 0; i < 60 * 24 * 366 * 5; i++, t = t.plusMinutes(1)) {
                if (fields.matches(t)) return t;
            }
            throw new IllegalStateException("the cron expression never fires in the next five years");
        }
    }

    Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    Pattern CRON = Pattern.compile("cron\\((.+)\\)");

    static ScheduleExpression parse(String expression) {
        String text = expression.trim().toLowerCase(Locale.ROOT);
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            if (value < 1) throw new IllegalArgumentException("a rate must be positive: " + expression);
            return new Rate(switch (rate.group(2).replaceAll("s$", "")) {
                case "minute" -> Duration.ofMinutes(value);
                case "hour" -> Duration.ofHours(value);
                default -> Duration.ofDays(value);
            });
        }
        Matcher cron = CRON.matcher(expression.trim());
        if (cron.matches()) return new Cron(CronFields.parse(cron.group(1)));
        throw new IllegalArgumentException("not a schedule expression: " + expression);
    }
}
