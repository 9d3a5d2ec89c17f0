package app.parley.whatsapp.cloud;

/** A Graph API call that did not succeed; every result type of {@link GraphApiClient} includes both kinds. */
public sealed interface GraphFailure extends SendResult, ReadResult, MediaResult, DownloadResult, UploadResult
        permits RetryableFailure, PermanentFailure {

    int code();

    String message();
}
