package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeminiWireTest {
    @Test
    void classification_is_generate_content_with_one_function_declaration_and_mode_any() {
        try (var fake = new FakeGemini()) {
            fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of()).classify("roses?", TestCatalogs.florist());

            var request = fake.last();
            assertThat(request.path()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
            assertThat(request.header("x-goog-api-key")).isEqualTo(FakeGemini.KEY);
            assertThat(request.header("Authorization")).isNull();
            JsonNode body = request.body();
            assertThat(body.path("systemInstruction").path("parts").path(0).path("text").asText()).contains("untrusted");
            assertThat(body.path("contents").path(0).path("role").asText()).isEqualTo("user");
            JsonNode declaration = body.path("tools").path(0).path("functionDeclarations").path(0);
            assertThat(declaration.path("name").asText()).isEqualTo("classify_message");
            assertThat(declaration.path("parameters").has("additionalProperties")).isFalse();
            assertThat(declaration.path("parameters").path("properties").path("intent").path("enum").toString())
                    .contains("\"PRICE_QUESTION\"", "\"DISCOUNT_PRESSURE\"");
            assertThat(body.path("toolConfig").toString()).isEqualTo(
                    "{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"classify_message\"]}}");
            assertThat(body.path("generationConfig").path("temperature").asInt(-1)).isZero();
        }
    }

    @Test
    void a_wrong_key_is_refused_by_the_fake_and_read_as_no_answer() {
        try (var fake = new FakeGemini()) {
            var model = fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of("GEMINI_API_KEY", "AIza-wrong"));

            assertThat(model.classify("roses?", TestCatalogs.florist())).isEmpty();
        }
    }
}
