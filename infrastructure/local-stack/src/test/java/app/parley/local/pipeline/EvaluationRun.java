package app.parley.local.pipeline;

import app.parley.assistant.eval.EvalCase;
import app.parley.assistant.eval.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays evaluation cases through the local stack exactly as RULES.md says: each case from a new customer
 * number, each turn a signed Cloud API webhook; the turn's reply is every text sent to that number within
 * 8 s of the turn (the fake Graph API captures them). Cases run in parallel, turns of one case in order.
 */
final class EvaluationRun {
    static final Duration REPLY_WINDOW = Duration.ofSeconds(8);
    /** After a first message, how long without another one ends the turn early (a reply may be several sends). */
    static final Duration QUIET = Duration.ofMillis(1200);

    record Turn(String customer, List<String> replies) {}

    record Played(EvalCase evalCase, String phone, List<Turn> turns) {
        List<String> replies() {
            return turns.stream().flatMap(t -> t.replies().stream()).toList();
        }
    }

    private final PipelineStack p;
    private final Map<String, String> numberBySlug;

    EvaluationRun(PipelineStack p, Map<String, String> phoneNumberIdBySlug) {
        this.p = p;
        this.numberBySlug = phoneNumberIdBySlug;
    }

    /** Customers writing at the same time: parallel enough to be quick, not a burst test on two cores. */
    static final int PARALLEL_CUSTOMERS = 6;

    List<Played> play(List<EvalCase> cases, String phonePrefix) throws Exception {
        warmUp(phonePrefix);
        var futures = new ArrayList<Future<Played>>();
        try (var customers = Executors.newFixedThreadPool(PARALLEL_CUSTOMERS, Thread.ofVirtual().factory())) {
            for (int i = 0; i < cases.size(); i++) {
                EvalCase c = cases.get(i);
                String phone = phonePrefix + String.format("%04d", i);
                futures.add(customers.submit(() -> play(c, phone)));
            }
        }
        var played = new ArrayList<Played>();
        for (Future<Played> f : futures) played.add(f.get());
        return played;
    }

    /**
     * One greeting per tenant from a number outside the run, answered before the cases start: the cases then
     * meet a running platform (classes loaded, clients connected), as customers do, not a cold JVM.
     */
    private void warmUp(String phonePrefix) throws InterruptedException {
        int n = 0;
        for (String number : numberBySlug.values()) {
            String phone = phonePrefix.substring(0, phonePrefix.length() - 1) + "9" + String.format("%04d", n++);
            p.post(Webhooks.text(number, phone, "wamid.WARM" + phone, "Hello"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (p.sentTo(phone).isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
        }
    }

    private Played play(EvalCase c, String phone) throws InterruptedException {
        String number = numberBySlug.get(c.tenant());
        if (number == null) throw new IllegalStateException(c.id() + ": no WhatsApp number for tenant " + c.tenant());
        var turns = new ArrayList<Turn>();
        for (int n = 0; n < c.turns().size(); n++) {
            int before = p.sentTo(phone).size();
            String wamid = "wamid.EVAL" + phone + "x" + n;
            int status = p.post(Webhooks.text(number, phone, wamid, c.turns().get(n)));
            if (status != 200) throw new IllegalStateException(c.id() + " turn " + (n + 1) + ": webhook answered " + status);
            turns.add(new Turn(c.turns().get(n), repliesAfter(phone, before)));
        }
        return new Played(c, phone, turns);
    }

    private List<String> repliesAfter(String phone, int before) throws InterruptedException {
        long deadline = System.nanoTime() + REPLY_WINDOW.toNanos();
        int seen = before;
        long lastNew = 0;
        while (System.nanoTime() < deadline) {
            int now = p.sentTo(phone).size();
            if (now > seen) {
                seen = now;
                lastNew = System.nanoTime();
            } else if (lastNew != 0 && System.nanoTime() - lastNew > QUIET.toNanos()) {
                break;
            }
            Thread.sleep(50);
        }
        return p.sentTo(phone).subList(before, seen).stream().map(SentTexts::of).toList();
    }

    static Tenant judgeTenant(Map<String, Tenant> tenants, EvalCase c) {
        return tenants.get(c.tenant());
    }
}
