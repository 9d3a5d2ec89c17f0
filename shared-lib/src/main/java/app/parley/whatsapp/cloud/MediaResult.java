package app.parley.whatsapp.cloud;

/** The outcome of looking up where an inbound media object can be downloaded. */
public sealed interface MediaResult permits MediaResult.Located, GraphFailure {

    /** A short-lived URL that needs the same bearer token to download. */
    record Located(String url, String mimeType, String sha256, long fileSize) implements MediaResult {}
}
