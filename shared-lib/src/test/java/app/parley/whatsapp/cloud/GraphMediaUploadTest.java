package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GraphMediaUploadTest {
    @Test
    void a_document_is_uploaded_as_multipart_and_kept_byte_for_byte_under_the_returned_id() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, (byte) 0xFF, '\r', '\n', 42, '-', '-'};
        try (FakeGraphApi graph = FakeGraphApi.start()) {
            var result = new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(5)).upload("100200300", "token", pdf, "application/pdf", "q.pdf");

            assertThat(result).isInstanceOf(UploadResult.Uploaded.class);
            String id = ((UploadResult.Uploaded) result).mediaId();
            assertThat(graph.mediaContent(id)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
            assertThat(graph.requests()).singleElement().satisfies(r -> assertThat(r.isMediaUpload()).isTrue());
        }
    }

    @Test
    void a_server_error_on_upload_is_retryable() {
        try (FakeGraphApi graph = FakeGraphApi.start()) {
            graph.failNext(1, 500, GraphErrorBodies.INTERNAL_ERROR_131000);
            var result = new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(5)).upload("100200300", "token", new byte[] {1}, "application/pdf", "q.pdf");
            assertThat(result).isInstanceOf(RetryableFailure.class);
        }
    }
}
