package app.parley.media.application;

/**
 * The channel could not hand over the media now (Graph 5xx, 429, network): thrown before anything of
 * the message is stored, so the inbound queue delivers the message again and the media is fetched then.
 */
public final class MediaTemporarilyUnavailable extends RuntimeException {
    public MediaTemporarilyUnavailable(String message) {
        super(message);
    }
}
