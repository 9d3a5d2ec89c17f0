package app.parley.snapstart;

import app.parley.config.Env;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cold-start work the handler's own thread does not need to do itself, started on a second thread while that
 * thread constructs the handler: on a machine with two cores both work during the cold start. A function's wiring
 * calls {@link #alongside} first thing, with steps that create nothing the handler keeps (class loading, the JDK's
 * TLS set-up, the priming steps on in-memory SDK clients), so whatever the handler thread reaches first it finds
 * loaded, or waits for it on the class's own lock. Steps follow {@link Priming}'s rules: nothing unique, no
 * connection, no credentials; a step that fails is logged and skipped. Before a SnapStart snapshot
 * {@link Priming} waits for this work ({@link #awaitAll}), so no start-up thread is mid-step in the snapshot.
 * {@code START_UP_THREAD=off} skips it (to compare, or where a function has less than one core: then the steps
 * only add CPU time, and the first event pays for what it needs itself, as before).
 */
public final class StartUp {
    private static final Logger LOG = LoggerFactory.getLogger(StartUp.class);
    private static final List<Thread> STARTED = new CopyOnWriteArrayList<>();

    private StartUp() {}

    /** Runs the steps one after another on a daemon thread started now (nothing with {@code START_UP_THREAD=off}). */
    public static void alongside(String function, Priming.Step... steps) {
        if ("off".equalsIgnoreCase(Env.get("START_UP_THREAD", "on"))) return;
        List<Priming.Step> all = List.of(steps);
        Thread thread = Thread.ofPlatform().daemon().name(function + "-start-up").unstarted(() -> {
            all.forEach(step -> run(function, step));
            STARTED.remove(Thread.currentThread());
        });
        STARTED.add(thread);
        thread.start();
    }

    /** Waits until every start-up thread has finished its steps. */
    public static void awaitAll() {
        for (Thread thread : STARTED) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The JDK's TLS set-up every HTTPS client of a function repeats (security providers, the trust store, the
     * default context): what the SDK's URL-connection client and the JDK's HTTP client do when they are built.
     */
    public static Priming.Step tls() {
        return Priming.step("tls", () -> {
            try {
                SSLContext.getInstance("TLS").init(null, null, null);
                SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void run(String function, Priming.Step step) {
        try {
            step.action().run();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} start-up step '{}' failed: {}", function, step.name(), e.toString());
        }
    }
}
