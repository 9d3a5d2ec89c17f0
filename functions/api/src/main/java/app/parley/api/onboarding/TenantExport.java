package app.parley.api.onboarding;

import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.Tenant;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.*;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything a business has on the platform, as one zip: {@code data.json} (every item, grouped by kind),
 * {@code csv/<kind>.csv} (one table per kind, {@code csv/services.csv} in the import format), {@code media/} (the
 * customer media its messages refer to) and {@code manifest.json}. Secrets stay out: password hashes, sign-in
 * sessions and refresh tokens, WhatsApp session keys.
 */
public final class TenantExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> SECRET_ATTRIBUTES = Set.of("passwordHash", "tokenHash", "vault", "keys");
    private static final List<String> SECRET_SORT_PREFIXES = List.of("SESSION#", "VAULT#", "SENDING#", "RT#", "FAMILY");
    private final TenantTable table;
    private final Supplier<Optional<MediaStore>> media;

    public TenantExport(TenantTable table, Supplier<Optional<MediaStore>> media) {
        this.table = table;
        this.media = media;
    }

    public byte[] zip(Tenant tenant, Instant at) {
        Map<String, List<Map<String, Object>>> byKind = items(tenant);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int mediaFiles = writeMedia(zip, tenant, byKind);
            put(zip, "data.json", JSON.writeValueAsBytes(byKind));
            for (var kind : byKind.entrySet()) put(zip, "csv/" + kind.getKey() + ".csv", csv(kind.getKey(), kind.getValue()));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("tenantId", tenant.id().value());
            manifest.put("slug", tenant.slug());
            manifest.put("name", tenant.name());
            manifest.put("exportedAt", at.toString());
            Map<String, Integer> counts = new TreeMap<>();
            byKind.forEach((k, v) -> counts.put(k, v.size()));
            manifest.put("items", counts);
            manifest.put("mediaFiles", mediaFiles);
            manifest.put("leftOut", "password hashes, sign-in sessions, refresh tokens and WhatsApp session keys");
            put(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Map<String, List<Map<String, Object>>> items(Tenant tenant) {
        Map<String, List<Map<String, Object>>> byKind = new TreeMap<>();
        for (int shard = 0; shard < Keys.TENANT_INDEX_SHARDS; shard++) {
            for (var key : table.tenantIndexShard(tenant.id(), shard)) {
                String pk = key.get(Keys.PK).s();
                String sk = key.get(Keys.SK).s();
                if (secret(pk, sk)) continue;
                table.get(tenant.id(), pk, sk).ifPresent(item -> byKind.computeIfAbsent(kind(tenant, pk, sk), k -> new ArrayList<>()).add(plain(item)));
            }
        }
        byKind.values().forEach(list -> list.sort(Comparator.comparing(m -> m.get("PK") + "|" + m.get("SK"))));
        return byKind;
    }

    private static boolean secret(String pk, String sk) {
        return pk.endsWith("#WA") || pk.contains("#SESSION#") || SECRET_SORT_PREFIXES.stream().anyMatch(sk::startsWith);
    }

    /** services, faqs, messages, orders, ...: from the sort key's prefix, else the partition's last part. */
    static String kind(Tenant tenant, String pk, String sk) {
        String prefix = sk.contains("#") ? sk.substring(0, sk.indexOf('#')) : sk;
        String base = switch (prefix) {
            case "SERVICE" -> "services";
            case "FAQ" -> "faqs";
            case "TABLE" -> "lookup-tables";
            case "USER" -> "users";
            case "MSG" -> "messages";
            case "INV" -> "invoices";
            default -> null;
        };
        if (base != null) return base;
        String rest = pk.substring(Keys.tenantPrefix(tenant.id()).length());
        String head = rest.contains("#") ? rest.substring(0, rest.indexOf('#')) : rest;
        return head.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + (sk.equals("META") || sk.equals("ITEM") ? "" : "-" + prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    private int writeMedia(ZipOutputStream zip, Tenant tenant, Map<String, List<Map<String, Object>>> byKind) throws IOException {
        List<String> references = byKind.getOrDefault("messages", List.of()).stream().map(m -> m.get("mediaRef"))
                .filter(Objects::nonNull).map(Object::toString).distinct().toList();
        if (references.isEmpty()) return 0;
        Optional<MediaStore> store = media.get();
        if (store.isEmpty()) return 0;
        int written = 0;
        for (String reference : references) {
            if (store.get().open(reference, tenant.id()) instanceof MediaOpening.Opened opened) {
                String name = reference.replaceAll("[^A-Za-z0-9._-]+", "_");
                put(zip, "media/" + name + extension(opened.content().mimeType()), opened.content().bytes());
                written++;
            }
        }
        return written;
    }

    private static String extension(String mimeType) {
        return switch (mimeType == null ? "" : mimeType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            case "audio/ogg" -> ".ogg";
            default -> ".bin";
        };
    }

    private static byte[] csv(String kind, List<Map<String, Object>> rows) {
        List<String> columns = "services".equals(kind) ? List.of("name", "price", "description", "keywords")
                : rows.stream().flatMap(r -> r.keySet().stream()).filter(c -> !c.equals("PK") && !c.equals("SK")).distinct().sorted().toList();
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (var row : rows) {
            StringJoiner line = new StringJoiner(",");
            for (String column : columns) line.add(cell(row.get(column)));
            out.append(line).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) return "";
        String text = value instanceof Collection<?> list ? String.join(";", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (value instanceof Map<?, ?>) {
            try {
                text = JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> out = new TreeMap<>();
        item.forEach((name, value) -> {
            if (!SECRET_ATTRIBUTES.contains(name) && !name.startsWith("GSI") && !name.equals(Keys.TPK) && !name.equals(Keys.TSK)) {
                out.put(name, plain(value));
            }
        });
        return out;
    }

    private static Object plain(AttributeValue v) {
        if (v.s() != null) return v.s();
        if (v.n() != null) return new java.math.BigDecimal(v.n());
        if (v.bool() != null) return v.bool();
        if (v.hasL()) return v.l().stream().map(TenantExport::plain).toList();
        if (v.hasM()) {
            Map<String, Object> m = new TreeMap<>();
            v.m().forEach((k, x) -> m.put(k, plain(x)));
            return m;
        }
        if (v.hasSs()) return v.ss();
        if (v.hasNs()) return v.ns();
        if (v.b() != null) return Base64.getEncoder().encodeToString(v.b().asByteArray());
        return null;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
