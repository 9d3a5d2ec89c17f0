package app.parley.snapstart;

import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRaC resource that runs priming steps before the SnapStart snapshot. A step that fails is
 * logged and skipped: priming makes the first request faster, it never stops a checkpoint.
 * The handler keeps the returned instance in a field (CRaC holds resources weakly).
 */
public final class Priming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    private final String function;
    private final List<Step> steps;

    /** One named warm-up action. */
    public record Step(String name, Runnable action) {}

    private Priming(String function, List<Step> steps) {
        this.function = function;
        this.steps = List.copyOf(steps);
    }

    /** Registers the steps with the global CRaC context (a no-op outside a CRaC/SnapStart JVM). */
    public static Priming register(String function, Step... steps) {
        Priming priming = new Priming(function, List.of(steps));
        Core.getGlobalContext().register(priming);
        return priming;
    }

    public static Step step(String name, Runnable action) { return new Step(name, action); }

    /** Runs every step; the names of the steps that failed. */
    public List<String> prime() {
        return steps.stream().filter(step -> !ran(step)).map(Step::name).toList();
    }

    private boolean ran(Step step) {
        try {
            step.action().run();
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} priming step '{}' failed: {}", function, step.name(), e.toString());
            return false;
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        StartUp.awaitAll(); // no start-up thread is mid-step in the snapshot
        List<String> failed = prime();
        LOG.info("{} primed for the snapshot ({} steps, failed: {})", function, steps.size(), failed);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing was cached that a restore invalidates: SDK priming used its own in-memory HTTP client
    }
}
