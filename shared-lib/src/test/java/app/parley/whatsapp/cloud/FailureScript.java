package app.parley.whatsapp.cloud;

import java.time.Instant;

/** Scripted failures: a count of next requests, or a period of time; the count is used first. */
final class FailureScript {
    private int remaining;
    private Instant until = Instant.MIN;
    private Answer answer;

    synchronized void next(int times, int status, String body) {
        remaining = times;
        answer = Answer.json(status, body);
    }

    synchronized void until(Instant end, int status, String body) {
        until = end;
        answer = Answer.json(status, body);
    }

    synchronized Answer take() {
        if (remaining > 0) {
            remaining--;
            return answer;
        }
        return Instant.now().isBefore(until) ? answer : null;
    }

    synchronized void clear() {
        remaining = 0;
        until = Instant.MIN;
        answer = null;
    }
}
