package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiWireTest {
    @Test
    void classification_is_a_chat_completion_forcing_one_strict_function_with_the_catalog_ids_as_an_enum() {
        try (var fake = new FakeOpenAi()) {
            fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of()).classify("roses?", TestCatalogs.florist());

            var request = fake.last();
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + FakeOpenAi.KEY);
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            JsonNode body = request.body();
            assertThat(body.path("model").asText()).isEqualTo(FakeOpenAi.MODEL);
            assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("system");
            assertThat(body.path("messages").path(1).path("role").asText()).isEqualTo("user");
            JsonNode function = body.path("tools").path(0).path("function");
            assertThat(body.path("tools").path(0).path("type").asText()).isEqualTo("function");
            assertThat(function.path("name").asText()).isEqualTo("classify_message");
            assertThat(function.path("strict").asBoolean()).isTrue();
            assertThat(function.path("parameters").path("additionalProperties").asBoolean(true)).isFalse();
            assertThat(function.path("parameters").path("required").toString())
                    .isEqualTo("[\"intent\",\"confidence\",\"service_ids\"]");
            assertThat(function.path("parameters").path("properties").path("service_ids").path("items").path("enum").toString())
                    .isEqualTo("[\"rose\",\"mixed\",\"orchid\",\"delivery\",\"wedding\"]");
            assertThat(body.path("tool_choice").toString())
                    .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"classify_message\"}}");
        }
    }

    @Test
    void a_wrong_key_is_refused_by_the_fake_and_read_as_no_answer() {
        try (var fake = new FakeOpenAi()) {
            var model = fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of("OPENAI_API_KEY", "sk-wrong"));

            assertThat(model.classify("roses?", TestCatalogs.florist())).isEmpty();
            assertThat(fake.received()).hasSize(1);
        }
    }
}
