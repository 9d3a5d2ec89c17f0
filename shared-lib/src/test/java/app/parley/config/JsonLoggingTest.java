package app.parley.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class JsonLoggingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_event_is_one_json_line_with_level_message_mdc_and_key_values() throws Exception {
        List<JsonNode> lines = logged("app.parley.config.test", () -> {
            MDC.put("requestId", "req-1");
            try {
                LoggerFactory.getLogger("app.parley.config.test").atWarn().addKeyValue("alarm", "TEST_ALARM")
                        .log("refused {} of {}", 2, 3);
            } finally {
                MDC.clear();
            }
        });
        assertThat(lines).hasSize(1);
        JsonNode line = lines.getFirst();
        assertThat(line.path("level").asText()).as(line.toString()).isEqualTo("WARN");
        assertThat(line.path("formattedMessage").asText()).as(line.toString()).isEqualTo("refused 2 of 3");
        assertThat(line.path("loggerName").asText()).isEqualTo("app.parley.config.test");
        assertThat(line.path("timestamp").asLong()).isPositive();
        assertThat(line.at("/mdc/requestId").asText()).isEqualTo("req-1");
        assertThat(line.at("/kvpList/0/alarm").asText()).isEqualTo("TEST_ALARM");
    }

    @Test
    void an_exception_is_written_as_fields_on_the_same_line() throws Exception {
        List<JsonNode> lines = logged("app.parley.config.failing", () -> LoggerFactory.getLogger("app.parley.config.failing")
                .error("batch failed", new IllegalStateException("queue gone\nsecond line")));
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().at("/throwable/className").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(lines.getFirst().at("/throwable/message").asText()).isEqualTo("queue gone\nsecond line");
        assertThat(lines.getFirst().at("/throwable/stepArray").isArray()).isTrue();
    }

    @Test
    void our_info_is_kept_and_a_library_info_is_not() throws Exception {
        List<JsonNode> ours = logged("app.parley.config.info", () -> LoggerFactory.getLogger("app.parley.config.info").info("kept"));
        List<JsonNode> library = logged("com.example.library", () -> LoggerFactory.getLogger("com.example.library").info("dropped"));
        assertThat(ours).hasSize(1);
        assertThat(library).isEmpty();
    }

    private static List<JsonNode> logged(String logger, Runnable logging) throws Exception {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, UTF_8));
        try {
            logging.run();
        } finally {
            System.out.flush();
            System.setOut(original);
        }
        var parsed = new java.util.ArrayList<JsonNode>();
        for (String line : Arrays.stream(out.toString(UTF_8).split("\n")).filter(l -> l.startsWith("{")).toList()) {
            JsonNode node = JSON.readTree(line);
            if (logger.equals(node.path("loggerName").asText())) parsed.add(node);
        }
        return parsed;
    }
}
