package app.parley.media.infrastructure;

/** S3 refused or could not take a media request; the message names the operation, the key and S3's error code. */
public final class S3RequestFailed extends RuntimeException {
    S3RequestFailed(String message) {
        super(message);
    }

    S3RequestFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
