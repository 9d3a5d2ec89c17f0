package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the Cloud API webhook parser (Jazzer): any body, however malformed,
 * yields a parse or a refusal with a sentence, never an exception (which the handler would turn
 * into a 500). {@code ./dev test} runs it in regression mode over the inputs in
 * {@code src/test/resources/.../CloudWebhookParserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for the
 * given duration and adds any crashing input there.
 */
class CloudWebhookParserFuzzTest {
    private final CloudWebhookParser parser = new CloudWebhookParser();

    @FuzzTest(maxDuration = "60s")
    void any_body_is_parsed_or_refused_never_thrown(byte[] body) {
        WebhookParse parse = parser.parse(body);
        assertThat(parse).isNotNull();
        if (parse instanceof WebhookParse.Rejected rejected) assertThat(rejected.reason()).isNotBlank();
    }
}
