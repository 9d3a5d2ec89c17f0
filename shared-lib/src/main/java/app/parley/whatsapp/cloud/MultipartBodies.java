package app.parley.whatsapp.cloud;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The multipart/form-data body Meta's media upload takes: {@code messaging_product}, {@code type} and {@code file}. */
final class MultipartBodies {
    private MultipartBodies() {}

    static byte[] media(String boundary, byte[] bytes, String mimeType, String filename) {
        var out = new ByteArrayOutputStream(bytes.length + 512);
        field(out, boundary, "messaging_product", "whatsapp");
        field(out, boundary, "type", mimeType);
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replaceAll("[\"\\r\\n\\\\]", "_") + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
        out.writeBytes(bytes);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
