package app.parley.assistant.providers;

import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.llm.PhrasingRequest;
import app.parley.assistant.model.CustomerDetails;
import app.parley.assistant.understanding.Intent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads model output as untrusted input. Anything off the schema (wrong tool, missing or extra fields, an
 * unknown intent, a confidence outside [0, 1], oversized strings) is thrown away whole. A service id outside
 * the catalog is kept on purpose: the assistant's second opinion treats it as grave doubt and hands over.
 */
final class ToolAnswers {
    private static final Set<String> READING_FIELDS = Set.of("intent", "confidence", "service_ids");
    private static final Set<String> DETAIL_FIELDS = Set.of("name", "preferred_time", "address");
    private static final Set<String> INTENTS = Arrays.stream(Intent.values()).map(Intent::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_SERVICE_REFS = 20;
    private static final int MAX_ID_CHARS = 120;
    private static final int MAX_DETAIL_CHARS = 300;
    private static final int MAX_PHRASING_CHARS = 1_500;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    private ToolAnswers() {}

    static Optional<ModelReading> reading(ModelOutput output) {
        return arguments(output, Prompts.CLASSIFY_TOOL, READING_FIELDS).flatMap(args -> {
            JsonNode intent = args.get("intent");
            JsonNode confidence = args.get("confidence");
            Optional<List<String>> refs = serviceRefs(args.get("service_ids"));
            if (!intent.isTextual() || !INTENTS.contains(intent.asText())) return Optional.empty();
            if (!confidence.isNumber() || !(confidence.asDouble() >= 0 && confidence.asDouble() <= 1)) return Optional.empty();
            return refs.map(r -> new ModelReading(Intent.valueOf(intent.asText()), confidence.asDouble(), r));
        });
    }

    static Optional<CustomerDetails> details(ModelOutput output) {
        return arguments(output, Prompts.EXTRACT_TOOL, DETAIL_FIELDS).flatMap(args -> {
            var values = new ArrayList<String>();
            for (String field : List.of("name", "preferred_time", "address")) {
                JsonNode value = args.get(field);
                if (!value.isTextual() || value.asText().length() > MAX_DETAIL_CHARS) return Optional.empty();
                String clean = CONTROL.matcher(value.asText()).replaceAll("").strip();
                values.add(clean.isEmpty() ? null : clean);
            }
            return Optional.of(new CustomerDetails(values.get(0), values.get(1), values.get(2)));
        });
    }

    /** Plain text only; the output firewall then checks every word before anything is sent. */
    static Optional<String> phrasing(ModelOutput output, PhrasingRequest request) {
        if (!(output instanceof ModelOutput.Text text)) return Optional.empty();
        String clean = CONTROL.matcher(text.text()).replaceAll("").strip();
        int limit = Math.min(MAX_PHRASING_CHARS, 200 + 3 * request.draftReply().length());
        return clean.isEmpty() || clean.length() > limit ? Optional.empty() : Optional.of(clean);
    }

    private static Optional<JsonNode> arguments(ModelOutput output, String tool, Set<String> fields) {
        if (!(output instanceof ModelOutput.ToolCall call) || !call.name().equals(tool)) return Optional.empty();
        JsonNode args = call.arguments();
        if (args == null || !args.isObject() || args.size() != fields.size()) return Optional.empty();
        for (String field : fields) if (!args.has(field)) return Optional.empty();
        return Optional.of(args);
    }

    private static Optional<List<String>> serviceRefs(JsonNode ids) {
        if (!ids.isArray() || ids.size() > MAX_SERVICE_REFS) return Optional.empty();
        var refs = new ArrayList<String>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > MAX_ID_CHARS) return Optional.empty();
            refs.add(id.asText());
        }
        return Optional.of(refs);
    }
}
