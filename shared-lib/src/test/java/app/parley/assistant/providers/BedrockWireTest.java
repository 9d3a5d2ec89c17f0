package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BedrockWireTest {
    @Test
    void classification_is_a_signed_converse_call_with_a_tool_spec_and_a_forced_tool_choice() {
        try (var fake = new FakeBedrock()) {
            fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of()).classify("roses?", TestCatalogs.florist());

            var request = fake.last();
            assertThat(request.path()).isEqualTo("/model/amazon.nova-lite-v1:0/converse");
            assertThat(request.header("Authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=" + FakeBedrock.ACCESS_KEY + "/")
                    .contains("/eu-west-1/bedrock/aws4_request");
            JsonNode body = request.body();
            assertThat(body.path("system").path(0).path("text").asText()).contains("untrusted");
            assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("user");
            JsonNode spec = body.path("toolConfig").path("tools").path(0).path("toolSpec");
            assertThat(spec.path("name").asText()).isEqualTo("classify_message");
            assertThat(spec.path("inputSchema").path("json").path("type").asText()).isEqualTo("object");
            assertThat(spec.path("inputSchema").path("json").path("properties").has("service_ids")).isTrue();
            assertThat(body.path("toolConfig").path("toolChoice").has("any")).isTrue();
            assertThat(body.path("inferenceConfig").path("maxTokens").asInt()).isPositive();
        }
    }

    @Test
    void requests_without_a_valid_signature_shape_are_refused_and_read_as_no_answer() {
        try (var fake = new FakeBedrock()) {
            var model = fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of("AWS_REGION", "us-west-2"));

            assertThat(model.classify("roses?", TestCatalogs.florist())).isEmpty();
            assertThat(fake.received()).hasSize(1);
        }
    }
}
