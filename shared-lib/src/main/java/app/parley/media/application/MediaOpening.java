package app.parley.media.application;

import app.parley.media.model.MediaContent;

/** What opening stored media gave. */
public sealed interface MediaOpening {
    record Opened(MediaContent content) implements MediaOpening {}

    record Missing() implements MediaOpening {}

    /** Not this tenant's media, not a media reference, or a blob that does not decrypt for this tenant. */
    record Refused(String reason) implements MediaOpening {}
}
