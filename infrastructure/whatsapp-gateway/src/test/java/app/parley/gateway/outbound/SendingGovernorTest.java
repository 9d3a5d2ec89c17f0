package app.parley.gateway.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SendingGovernorTest {
    private static final Instant LINKED = Instant.parse("2026-03-01T00:00:00Z");
    private final SendingRules rules = SendingRules.standard();

    @Test
    void ten_thousand_messages_never_exceed_a_budget_or_the_warm_up_ramp() {
        SplittableRandom random = new SplittableRandom(5);
        SendingGovernor governor = new SendingGovernor(rules, LINKED, random);
        Instant now = LINKED.plus(Duration.ofHours(8));
        List<Instant> sent = new ArrayList<>();
        int offered = 0;
        while (offered < 10_000) {
            now = now.plusMillis(1_000 + random.nextInt(120_000));
            String customer = "55119" + random.nextInt(1000, 9999);
            governor.customerWrote(customer, now.minusSeconds(30));
            offered++;
            if (governor.decide(customer, false, now, 40) instanceof SendDecision.Send) {
                governor.sent(now);
                sent.add(now);
            }
        }
        assertThat(sent).hasSizeGreaterThan(500);
        assertThat(mostIn(sent, Duration.ofMinutes(1))).isLessThanOrEqualTo(rules.perMinute());
        assertThat(mostIn(sent, Duration.ofHours(1))).isLessThanOrEqualTo(rules.perHour());
        for (Instant at : sent) {
            long day = Duration.between(LINKED, at).toDays();
            assertThat(countIn(sent, at.minus(Duration.ofDays(1)), at)).isLessThanOrEqualTo(rules.dayCap(day));
        }
    }

    @Test
    void a_deferred_message_is_told_exactly_when_the_budget_frees() {
        SendingGovernor governor = new SendingGovernor(rules, LINKED.minus(Duration.ofDays(30)), new SplittableRandom(1));
        Instant now = LINKED;
        governor.customerWrote("5511900000001", now);
        for (int i = 0; i < rules.perMinute(); i++) governor.sent(now.plusSeconds(i));
        var decision = governor.decide("5511900000001", false, now.plusSeconds(10), 10);
        assertThat(decision).isInstanceOf(SendDecision.Defer.class);
        Instant notBefore = ((SendDecision.Defer) decision).notBefore();
        assertThat(governor.decide("5511900000001", false, notBefore, 10)).isInstanceOf(SendDecision.Send.class);
    }

    @Test
    void reply_first_refuses_customers_who_have_not_written_recently_unless_a_person_starts_the_chat() {
        SendingGovernor governor = new SendingGovernor(rules, LINKED, new SplittableRandom(1));
        Instant now = LINKED.plus(Duration.ofDays(3));
        governor.customerWrote("5511900000002", now.minus(Duration.ofHours(25)));
        assertThat(governor.decide("5511900000002", false, now, 10)).isInstanceOf(SendDecision.Refuse.class);
        assertThat(governor.decide("5511900000003", false, now, 10)).isInstanceOf(SendDecision.Refuse.class);
        assertThat(governor.decide("5511900000003", true, now, 10)).isInstanceOf(SendDecision.Send.class);
    }

    @Test
    void typing_time_grows_with_length_within_jittered_bounds() {
        SendingGovernor governor = new SendingGovernor(rules, LINKED.minus(Duration.ofDays(30)), new SplittableRandom(9));
        Instant now = LINKED;
        for (int length : new int[] {5, 40, 120, 4000}) {
            var send = (SendDecision.Send) governor.decide("x", true, now, length);
            long base = rules.typingPerCharacter().toMillis() * length;
            long low = Math.max(rules.typingMin().toMillis(), Math.min(rules.typingMax().toMillis(), Math.round(base * (1 - rules.jitter()))));
            long high = Math.min(rules.typingMax().toMillis(), Math.max(rules.typingMin().toMillis(), Math.round(base * (1 + rules.jitter()))));
            assertThat(send.typing().toMillis()).isBetween(low, high);
            assertThat(send.readDelay()).isBetween(rules.readDelayMin(), rules.readDelayMax());
        }
    }

    @Test
    void an_error_storm_pauses_sending() {
        SendingGovernor governor = new SendingGovernor(rules, LINKED.minus(Duration.ofDays(30)), new SplittableRandom(1));
        Instant now = LINKED;
        boolean paused = false;
        for (int i = 0; i < rules.stormErrors(); i++) paused = governor.failed(now.plusSeconds(i));
        assertThat(paused).isTrue();
        assertThat(governor.decide("x", true, now.plusSeconds(60), 10)).isInstanceOf(SendDecision.Defer.class);
        assertThat(governor.decide("x", true, now.plus(rules.stormPause()).plusSeconds(10), 10)).isInstanceOf(SendDecision.Send.class);
    }

    private static int mostIn(List<Instant> sent, Duration window) {
        int most = 0;
        for (Instant end : sent) most = Math.max(most, countIn(sent, end.minus(window), end));
        return most;
    }

    /** Messages in (from, to]. */
    private static int countIn(List<Instant> sent, Instant from, Instant to) {
        return (int) sent.stream().filter(t -> t.isAfter(from) && !t.isAfter(to)).count();
    }
}
