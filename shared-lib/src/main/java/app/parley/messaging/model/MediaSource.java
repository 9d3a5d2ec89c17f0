package app.parley.messaging.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** Where outgoing media comes from: a public HTTPS link, or media already uploaded to the channel. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "source")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MediaSource.Link.class, name = "link"),
    @JsonSubTypes.Type(value = MediaSource.Uploaded.class, name = "uploaded")
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
}
