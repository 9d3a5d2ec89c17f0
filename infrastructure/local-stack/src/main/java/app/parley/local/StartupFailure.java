package app.parley.local;

/** A reason not to start that the user can act on (a bad seed file); its message is shown as is. */
public class StartupFailure extends RuntimeException {
    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
