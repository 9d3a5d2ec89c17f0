package app.parley.assistant.providers;

/** How a fake model behaves, request by request. */
@FunctionalInterface
public interface Script {
    Says answer(Seen seen);
}
