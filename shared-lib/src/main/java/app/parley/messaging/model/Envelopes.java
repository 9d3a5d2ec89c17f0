package app.parley.messaging.model;

import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * JSON for the envelopes that travel as SQS message bodies. Tenant ids are plain strings,
 * instants ISO-8601, absent fields are left out, and unknown fields are ignored so that
 * envelopes can grow without breaking consumers still running the previous version.
 */
public final class Envelopes {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(tenantIds())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Envelopes() {}

    public static String toJson(Object envelope) {
        try {
            return JSON.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + envelope.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads an envelope; a body that is not one is refused with IllegalArgumentException. */
    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("the body is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static SimpleModule tenantIds() {
        return new SimpleModule("tenant-ids")
                .addSerializer(TenantId.class, new JsonSerializer<>() {
                    @Override
                    public void serialize(TenantId id, JsonGenerator out, SerializerProvider provider) throws IOException {
                        out.writeString(id.value());
                    }
                })
                .addDeserializer(TenantId.class, new JsonDeserializer<>() {
                    @Override
                    public TenantId deserialize(JsonParser in, DeserializationContext context) throws IOException {
                        return new TenantId(in.getValueAsString());
                    }
                });
    }
}
