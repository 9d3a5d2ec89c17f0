package app.parley.local;

import java.io.PrintStream;

/** The local stack with its discovered startup steps (the demo tenant), for tests outside this package. */
public final class LocalStacks {
    private LocalStacks() {}

    public static LocalStack start(LaunchOptions options, PrintStream console) {
        return LocalStack.start(options, LocalStack.discoveredSteps(), console);
    }
}
