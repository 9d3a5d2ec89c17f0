package app.parley.media.model;

/** Why inbound media was not kept; the message itself (and its caption) still goes on. */
public enum MediaRefusal {
    MIME_TYPE_NOT_ALLOWED("mime-type-not-allowed"),
    TOO_LARGE("too-large"),
    CHECKSUM_MISMATCH("sha256-mismatch"),
    NO_ACCESS_TOKEN("no-access-token"),
    CHANNEL_REFUSED("graph-refused");

    private final String code;

    MediaRefusal(String code) { this.code = code; }

    /** The reason as it appears in log lines. */
    public String code() { return code; }
}
