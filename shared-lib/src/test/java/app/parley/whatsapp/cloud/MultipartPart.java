package app.parley.whatsapp.cloud;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One part of a multipart/form-data body, as the fake Graph API reads uploads (bytes kept exactly). */
record MultipartPart(String name, String filename, byte[] bytes) {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    String text() { return new String(bytes, StandardCharsets.UTF_8); }

    /** Parts by name; empty when the body is not multipart. ISO-8859-1 maps each byte to one char, so bytes survive. */
    static Map<String, MultipartPart> parse(String contentType, byte[] raw) {
        Map<String, MultipartPart> parts = new HashMap<>();
        Matcher b = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (b == null || !b.find()) return parts;
        String body = new String(raw, StandardCharsets.ISO_8859_1);
        for (String chunk : body.split("--" + Pattern.quote(b.group(1)))) {
            int headerEnd = chunk.indexOf("\r\n\r\n");
            if (headerEnd < 0) continue;
            String headers = chunk.substring(0, headerEnd);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) continue;
            String content = chunk.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) content = content.substring(0, content.length() - 2);
            Matcher filename = FILENAME.matcher(headers);
            parts.put(name.group(1), new MultipartPart(name.group(1), filename.find() ? filename.group(1) : null,
                    content.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }
}
