package app.parley.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/**
 * JSON of the admin API. Requests are strict: an unknown field is refused (400 naming it), as is a
 * value of the wrong type; validation inside request records surfaces as the same 400.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    public static ObjectMapper mapper() { return MAPPER; }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) throw ApiProblem.badRequest("missing_body", "This request needs a JSON body.");
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) throw ApiProblem.badRequest("missing_body", "This request needs a JSON object.");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badRequest("unknown_field", "The field '" + path(e) + "' is not accepted here.");
        } catch (ValueInstantiationException e) {
            throw fromConstructor(e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof ApiProblem problem) throw problem;
            throw ApiProblem.invalid(path(e).isEmpty() ? "body" : path(e), "has the wrong type or format.");
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("malformed_json", "The body is not valid JSON.");
        }
    }

    private static RuntimeException fromConstructor(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ApiProblem problem) return problem;
        String field = path(e).isEmpty() ? "body" : path(e);
        return ApiProblem.invalid(field, cause == null || cause.getMessage() == null ? "is not valid." : cause.getMessage() + ".");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
