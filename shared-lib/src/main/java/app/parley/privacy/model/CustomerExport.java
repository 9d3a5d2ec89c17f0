package app.parley.privacy.model;

import java.time.Instant;
import java.util.List;

/** Everything stored about one customer of a tenant (GDPR art. 15/20, CCPA right to know), media included. */
public record CustomerExport(String tenantId, String customerId, Instant exportedAt, List<Record> records, List<Media> media) {
    public record Record(String kind, java.util.Map<String, Object> attributes) {}

    public record Media(String reference, String mimeType, String base64) {}
}
