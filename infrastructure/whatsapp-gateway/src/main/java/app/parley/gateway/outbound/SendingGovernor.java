package app.parley.gateway.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The ban-aware pace of one number: reply-first, minute/hour/day budgets, a warm-up ramp for
 * new numbers, human-like typing and read delays, and a pause after an error storm. Time is
 * always passed in, so a simulation with a controlled clock is exact.
 */
public final class SendingGovernor {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final SendingRules rules;
    private final Instant linkedSince;
    private final RandomGenerator random;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private final Deque<Instant> errors = new ArrayDeque<>();
    private final Map<String, Instant> customersWrote = new ConcurrentHashMap<>();
    private Instant pausedUntil = Instant.MIN;

    public SendingGovernor(SendingRules rules, Instant linkedSince, RandomGenerator random) {
        this.rules = rules;
        this.linkedSince = linkedSince;
        this.random = random;
    }

    public void customerWrote(String waId, Instant at) {
        customersWrote.merge(waId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    public synchronized SendDecision decide(String waId, boolean mayStartConversation, Instant now, int characters) {
        Instant wrote = customersWrote.get(waId);
        if (!mayStartConversation && (wrote == null || wrote.plus(rules.replyWindow()).isBefore(now))) {
            return new SendDecision.Refuse("reply-first: the customer has not written within " + rules.replyWindow());
        }
        if (now.isBefore(pausedUntil)) return new SendDecision.Defer(pausedUntil, "paused after an error storm");
        forgetBefore(sent, now.minus(DAY));
        Instant notBefore = Instant.MIN;
        notBefore = later(notBefore, budget(now, MINUTE, rules.perMinute()));
        notBefore = later(notBefore, budget(now, HOUR, rules.perHour()));
        notBefore = later(notBefore, budget(now, DAY, rules.dayCap(ChronoUnit.DAYS.between(linkedSince, now))));
        if (notBefore.isAfter(now)) return new SendDecision.Defer(notBefore, "sending budget used up");
        return new SendDecision.Send(between(rules.readDelayMin(), rules.readDelayMax()), typingFor(characters));
    }

    public synchronized void sent(Instant at) {
        sent.addLast(at);
    }

    /** Records a failed send; true when this failure starts a pause. */
    public synchronized boolean failed(Instant at) {
        errors.addLast(at);
        forgetBefore(errors, at.minus(rules.stormWindow()));
        if (errors.size() < rules.stormErrors()) return false;
        pausedUntil = at.plus(rules.stormPause());
        errors.clear();
        return true;
    }

    public synchronized boolean paused(Instant now) {
        return now.isBefore(pausedUntil);
    }

    /** When the window's budget allows the next message; MIN when it already does. */
    private Instant budget(Instant now, Duration window, int limit) {
        Instant from = now.minus(window);
        int inWindow = 0;
        Instant oldestInWindow = null;
        for (var it = sent.descendingIterator(); it.hasNext(); ) {
            Instant at = it.next();
            if (!at.isAfter(from)) break;
            inWindow++;
            oldestInWindow = at;
        }
        if (limit <= 0) return now.plus(window);
        if (inWindow < limit) return Instant.MIN;
        Instant blocking = nthNewest(inWindow - limit + 1, from);
        return (blocking == null ? oldestInWindow : blocking).plus(window).plusMillis(1);
    }

    /** The k-th oldest send inside the window (1 = the oldest). */
    private Instant nthNewest(int k, Instant from) {
        int seen = 0;
        for (Instant at : sent) {
            if (!at.isAfter(from)) continue;
            if (++seen == k) return at;
        }
        return null;
    }

    private Duration typingFor(int characters) {
        long base = rules.typingPerCharacter().toMillis() * Math.max(characters, 1);
        double factor = 1 + (random.nextDouble() * 2 - 1) * rules.jitter();
        long millis = Math.round(base * factor);
        return Duration.ofMillis(Math.clamp(millis, rules.typingMin().toMillis(), rules.typingMax().toMillis()));
    }

    private Duration between(Duration min, Duration max) {
        return Duration.ofMillis(min.toMillis() + random.nextLong(max.toMillis() - min.toMillis() + 1));
    }

    private static void forgetBefore(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.removeFirst();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
