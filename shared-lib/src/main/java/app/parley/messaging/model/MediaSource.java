package app.parley.messaging.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * Where outgoing media comes from: a public HTTPS link, media already uploaded to the channel, or media the
 * platform keeps in its own media store (the sender uploads it to the channel right before sending).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "source")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MediaSource.Link.class, name = "link"),
    @JsonSubTypes.Type(value = MediaSource.Uploaded.class, name = "uploaded"),
    @JsonSubTypes.Type(value = MediaSource.Stored.class, name = "stored")
})
public sealed interface MediaSource {

    record Link(String url) implements MediaSource {
        public Link {
            Objects.requireNonNull(url, "url");
        }
    }

    record Uploaded(String mediaId) implements MediaSource {
        public Uploaded {
            Objects.requireNonNull(mediaId, "mediaId");
        }
    }

    /** A media store reference ({@code media/<tenantId>/<name>}) and its MIME type. */
    record Stored(String reference, String mimeType) implements MediaSource {
        public Stored {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(mimeType, "mimeType");
        }
    }
}
