package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.BLOOM;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.Eventually;
import app.parley.whatsapp.cloud.FakeGraphApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A quotation end to end on the local stack: drafted by staff from the catalog, approved by a manager, sent as a PDF
 * document (uploaded to and sent through the fake Graph API), and accepted by the customer's WhatsApp reply.
 */
class QuotationsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static PipelineStack p;

    @BeforeAll
    static void start() { p = PipelineStack.start(); }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    @Test
    void draft_approve_send_as_a_document_then_the_customer_accepts_by_replying() throws Exception {
        String customer = "15550419001";
        assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "Hello!"))).isEqualTo(200);
        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        String manager = p.login("manager@bloom.example", "Bloom-Manager-2026!");
        String customerId = customerId(manager, customer);
        JsonNode service = json(p.get("/api/services", manager).body()).get("items").get(0);

        var drafted = p.call("POST", "/api/quotations", manager, "{\"customerId\":\"" + customerId + "\",\"items\":[{\"serviceId\":\""
                + service.get("id").asText() + "\",\"quantity\":3}],\"notes\":\"Delivery on Friday\"}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String path = "/api/quotations/" + json(drafted.body()).get("id").asText();
        String total = json(drafted.body()).get("total").asText();
        assertThat(new java.math.BigDecimal(total)).isEqualByComparingTo(new java.math.BigDecimal(service.get("price").asText()).multiply(
                java.math.BigDecimal.valueOf(3)));
        assertThat(p.call("POST", path + "/approve", manager, null).statusCode()).isEqualTo(200);
        var sent = p.call("POST", path + "/send", manager, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);

        Eventually.within(WAIT, () -> documentsTo(customer).size() == 1);
        FakeGraphApi.Request document = documentsTo(customer).getFirst();
        String mediaId = document.json().path("document").path("id").asText();
        assertThat(document.json().path("document").path("filename").asText()).endsWith(".pdf");
        assertThat(document.json().path("document").path("caption").asText()).contains(total);
        try (var pdf = Loader.loadPDF(p.graph.mediaContent(mediaId).orElseThrow())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(service.get("name").asText()).contains("Total: USD " + total).contains("Delivery on Friday");
        }
        assertThat(json(p.get(path, manager).body()).get("quotation").get("status").asText()).isEqualTo("SENT");

        assertThat(p.post(Webhooks.text(BLOOM, customer, wamid(), "I accept"))).isEqualTo(200);
        Eventually.within(WAIT, () -> "ACCEPTED".equals(json(p.get(path, manager).body()).get("quotation").get("status").asText()));
        Eventually.within(WAIT, () -> p.sentTo(customer).stream().anyMatch(r -> PipelineStack.replyText(r).contains("accept quotation")));
        assertThat(documentsTo(customer)).as("the document went once").hasSize(1);
        JsonNode profile = json(p.get("/api/customers/" + customerId, manager).body());
        assertThat(profile.get("quotations").get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(profile.get("orders")).as("accepting confirms no order").isEmpty();
        assertThat(profile.get("conversations").get(0).get("messages").findValuesAsText("type")).contains("DOCUMENT");
    }

    private static List<FakeGraphApi.Request> documentsTo(String customer) {
        return p.sentTo(customer).stream().filter(r -> "document".equals(r.json().path("type").asText())).toList();
    }

    private static String customerId(String token, String phone) {
        for (JsonNode c : json(p.get("/api/customers?limit=200", token).body()).get("items")) {
            if (c.get("phone").asText().replace("+", "").equals(phone)) return c.get("id").asText();
        }
        throw new AssertionError("no customer " + phone);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static String wamid() { return "wamid.Q" + UUID.randomUUID().toString().replace("-", ""); }
}
