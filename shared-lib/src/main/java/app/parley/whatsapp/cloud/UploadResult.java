package app.parley.whatsapp.cloud;

/** The outcome of uploading media to the Cloud API ({@code POST /{phone-number-id}/media}). */
public sealed interface UploadResult permits UploadResult.Uploaded, GraphFailure {

    /** The media id to send the media by (Meta keeps uploaded media for 30 days). */
    record Uploaded(String mediaId) implements UploadResult {}
}
