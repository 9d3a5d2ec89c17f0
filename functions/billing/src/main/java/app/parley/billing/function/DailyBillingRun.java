package app.parley.billing.function;

import app.parley.billing.application.RunningBillingDay;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Map;

/** The daily schedule: deadlines, suspensions and last month's invoices. */
final class DailyBillingRun {
    private final RunningBillingDay day;

    DailyBillingRun(RunningBillingDay day) { this.day = day; }

    Map<String, Object> handle(ScheduledEvent tick) {
        RunningBillingDay.BillingDay done = day.run();
        return Map.of("at", done.at().toString(), "moved", done.moved(), "invoiced", done.invoiced(), "conflicts", done.conflicts());
    }
}
