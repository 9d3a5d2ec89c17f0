package app.parley.media.model;

/** The verdict on one piece of media against the limits. */
public sealed interface MediaCheck {
    record Passed() implements MediaCheck {}

    record Refused(MediaRefusal reason, String detail) implements MediaCheck {}

    static MediaCheck passed() { return new Passed(); }

    static MediaCheck refused(MediaRefusal reason, String detail) { return new Refused(reason, detail); }
}
