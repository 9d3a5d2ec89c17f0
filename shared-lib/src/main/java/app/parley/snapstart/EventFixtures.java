package app.parley.snapstart;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A function's sample event ({@code events/<function>.json} in its jar, the JSON AWS sends) read
 * as the Lambda event type, the way the runtime does: property names matched case-insensitively.
 * One name per function, so the local stack, which has every function on one class path, reads
 * the right one.
 */
public final class EventFixtures {
    public static String of(String function) { return "events/" + function + ".json"; }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EventFixtures() {}

    public static <T> T read(Class<?> owner, String resource, Class<T> type) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the class path");
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readMap(Class<?> owner, String resource) {
        return read(owner, resource, Map.class);
    }
}
