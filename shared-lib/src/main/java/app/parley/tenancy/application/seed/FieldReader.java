package app.parley.tenancy.application.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads typed values out of a JSON object, recording a problem (with the field's path) for each bad one. */
final class FieldReader {
    private final JsonNode node;
    private final String path;
    private final List<SeedProblem> problems;

    FieldReader(JsonNode node, String path, List<SeedProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String message) {
        problems.add(new SeedProblem(path(field), message));
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    String text(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(field, "is required");
            return "";
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field, "must be a non-empty text");
            return "";
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            problem(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }

    String text(String field, int maxLength, Predicate<String> valid, String expectation) {
        String text = text(field, maxLength);
        if (!text.isEmpty() && !valid.test(text)) problem(field, "\"" + text + "\" " + expectation);
        return text;
    }

    String optionalText(String field, int maxLength) {
        return has(field) ? text(field, maxLength) : "";
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return fallback;
        if (!value.isBoolean()) {
            problem(field, "must be true or false");
            return fallback;
        }
        return value.asBoolean();
    }

    double number(String field, double fallback, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return fallback;
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            problem(field, "must be a number from " + min + " to " + max);
            return fallback;
        }
        return value.asDouble();
    }

    List<String> texts(String field, int maxItems, int maxLength) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) return texts;
        if (!value.isArray()) {
            problem(field, "must be a list of texts");
            return texts;
        }
        if (value.size() > maxItems) problem(field, "has more than " + maxItems + " entries");
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxLength) {
                problems.add(new SeedProblem(path(field) + "[" + i + "]",
                        "must be a non-empty text of at most " + maxLength + " characters"));
            } else {
                texts.add(item.asText().strip());
            }
        }
        return texts;
    }

    Map<String, String> textMap(String field, int maxLength) {
        JsonNode value = node.get(field);
        Map<String, String> map = new LinkedHashMap<>();
        if (value == null || value.isNull()) return map;
        if (!value.isObject()) {
            problem(field, "must be an object");
            return map;
        }
        value.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || e.getValue().asText().length() > maxLength) {
                problems.add(new SeedProblem(path(field) + "." + e.getKey(), "must be a text of at most " + maxLength + " characters"));
            } else {
                map.put(e.getKey(), e.getValue().asText().strip());
            }
        });
        return map;
    }

    /** The object at {@code field}, or null (with a problem when it is required or not an object). */
    FieldReader object(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) problem(field, "is required");
            return null;
        }
        if (!value.isObject()) {
            problem(field, "must be an object");
            return null;
        }
        return new FieldReader(value, path(field), problems);
    }

    /** The objects of the list at {@code field}; entries that are not objects are reported. */
    List<FieldReader> objects(String field, int maxItems) {
        JsonNode value = node.get(field);
        List<FieldReader> readers = new ArrayList<>();
        if (value == null || value.isNull()) return readers;
        if (!value.isArray()) {
            problem(field, "must be a list");
            return readers;
        }
        if (value.size() > maxItems) problem(field, "has more than " + maxItems + " entries");
        for (int i = 0; i < value.size(); i++) {
            String itemPath = path(field) + "[" + i + "]";
            if (value.get(i).isObject()) {
                readers.add(new FieldReader(value.get(i), itemPath, problems));
            } else {
                problems.add(new SeedProblem(itemPath, "must be an object"));
            }
        }
        return readers;
    }
}
