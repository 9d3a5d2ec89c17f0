package app.parley.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/** A Cloud API webhook carrying one media message in Meta's format (sha256 in base64, as Meta sends it). */
final class MediaWebhooks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MediaWebhooks() {}

    static String image(String phoneNumberId, String from, String wamid, String mediaId, String mimeType, byte[] bytes,
                        String caption) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398")
                .putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550100001").put("phone_number_id", phoneNumberId);
        value.putArray("contacts").addObject().put("wa_id", from).putObject("profile").put("name", "Customer " + from);
        ObjectNode message = value.putArray("messages").addObject().put("from", from).put("id", wamid)
                .put("timestamp", Long.toString(Instant.now().getEpochSecond())).put("type", "image");
        message.putObject("image").put("caption", caption).put("mime_type", mimeType).put("sha256", sha256(bytes))
                .put("id", mediaId);
        return root.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
