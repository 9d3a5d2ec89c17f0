package app.parley.whatsapp.cloud;

/** The outcome of downloading media bytes. */
public sealed interface DownloadResult permits DownloadResult.Downloaded, GraphFailure {

    record Downloaded(byte[] bytes, String contentType) implements DownloadResult {}
}
