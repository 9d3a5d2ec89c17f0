package app.parley.api.reports;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** {@code ?from=&to=} (UTC days, both inclusive): by default the last 30 days up to today, at most 92 days. */
record ReportRange(LocalDate from, LocalDate to) {
    static final int MAX_DAYS = 92;

    static ReportRange of(Call call, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate to = date(call, "to").orElse(today);
        LocalDate from = date(call, "from").orElse(to.minusDays(29));
        if (from.isAfter(to)) throw ApiProblem.invalid("from", "is on or before to.");
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) throw ApiProblem.invalid("to", "is at most " + MAX_DAYS + " days after from.");
        return new ReportRange(from, to);
    }

    private static java.util.Optional<LocalDate> date(Call call, String name) {
        try {
            return call.query(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(name, "is a date such as 2025-01-31.");
        }
    }

    String fileSuffix() { return from + "_" + to; }
}
