package app.parley.api.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON Schemas (OpenAPI 3.1) of the request and response records, collected as named components. */
final class Schemas {
    private final Map<String, Object> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    Map<String, Object> components() { return components; }

    Map<String, Object> of(Type type) {
        if (type instanceof ParameterizedType p) return parameterized(p);
        Class<?> c = (Class<?>) type;
        if (c == String.class) return Map.of("type", "string");
        if (c == boolean.class || c == Boolean.class) return Map.of("type", "boolean");
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return Map.of("type", "integer");
        if (c == double.class || c == Double.class || c == BigDecimal.class) return Map.of("type", "number");
        if (c == Instant.class) return Map.of("type", "string", "format", "date-time");
        if (c == LocalDate.class) return Map.of("type", "string", "format", "date");
        if (c.isEnum()) return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        if (c.isRecord()) return ref(c);
        return Map.of("type", "object");
    }

    private Map<String, Object> parameterized(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw)) return Map.of("type", "array", "items", of(args[0]));
        if (Map.class.isAssignableFrom(raw)) return Map.of("type", "object", "additionalProperties", of(args[1]));
        return of(raw);
    }

    Map<String, Object> listing(Class<?> itemType) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("items", Map.of("type", "array", "items", of(itemType)));
        properties.put("nextCursor", Map.of("type", List.of("string", "null"),
                "description", "Pass as ?cursor= for the next page; null on the last page."));
        return Map.of("type", "object", "properties", properties, "required", List.of("items", "nextCursor"));
    }

    private Map<String, Object> ref(Class<?> record) {
        String name = names.get(record);
        if (name == null) {
            name = uniqueName(record);
            names.put(record, name);
            components.put(name, Map.of()); // placeholder: records may refer to themselves
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent rc : record.getRecordComponents()) properties.put(rc.getName(), of(rc.getGenericType()));
            components.put(name, Map.of("type", "object", "properties", properties));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    /** The simple name, or, when another record took it first, prefixed by the enclosing class's name. */
    private String uniqueName(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) return name;
        String qualified = (record.getEnclosingClass() == null ? "" : record.getEnclosingClass().getSimpleName()) + name;
        String candidate = qualified;
        for (int n = 2; components.containsKey(candidate); n++) candidate = qualified + n;
        return candidate;
    }
}
