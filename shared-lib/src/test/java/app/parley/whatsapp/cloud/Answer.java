package app.parley.whatsapp.cloud;

import java.nio.charset.StandardCharsets;

/** An HTTP answer of {@link FakeGraphApi}. */
record Answer(int status, String contentType, byte[] body) {
    static Answer json(int status, String json) {
        return new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
