package app.parley.local;

/**
 * Work the local stack does after the engines are up and the environment is resolved, and
 * before it serves requests and prints {@code ready}: loading the {@code --seed} file or the
 * demo tenant, or starting the WhatsApp gateway in-process. Implementations are found with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/app.parley.local.StartupStep}) and run in {@link #order()}.
 * Throw {@link StartupFailure} to refuse to start: its message is printed and the process
 * exits non-zero.
 */
public interface StartupStep {

    void run(StartupContext context) throws StartupFailure;

    /** Called when the stack stops, in reverse order, after the pollers and before the engines: stop what {@link #run} started. */
    default void stop() {
    }

    /** Lower runs first. */
    default int order() {
        return 0;
    }
}
