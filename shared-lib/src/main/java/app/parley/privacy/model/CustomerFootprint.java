package app.parley.privacy.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of a tenant's records are about one customer: the customer's own items, their conversations
 * (and every message, memory and flag in them), orders placed with their phone, and any item naming
 * one of those ids, the phone number or a WhatsApp message id of theirs (outbound ledger, markers,
 * notifications, audit entries). Ids are matched as whole tokens, so {@code +1555000111} does not
 * match {@code +15550001112}.
 */
public final class CustomerFootprint {
    private CustomerFootprint() {}

    public static List<StoredRecord> of(String customerId, String phone, List<StoredRecord> records) {
        Set<String> ids = new LinkedHashSet<>(List.of(customerId, digits(phone)));
        for (StoredRecord r : records) {
            if (isHead(r, "CONV") && customerId.equals(r.attributes().get("customerId"))) ids.add(idOf(r, "CONV"));
            if (isHead(r, "ORDER") && samePhone(phone, r.attributes().get("customerPhone"))) ids.add(idOf(r, "ORDER"));
        }
        Set<String> conversations = ids.stream().filter(id -> id.startsWith("cnv_")).collect(Collectors.toSet());
        for (StoredRecord r : records) {
            if (r.kind().equals("CONV") && conversations.contains(idOf(r, "CONV")) && r.attributes().get("externalId") instanceof String wamid) {
                ids.add(wamid);
            }
        }
        Pattern any = Pattern.compile("(?<![0-9A-Za-z_.])(" + ids.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![0-9A-Za-z_])");
        List<StoredRecord> mine = new ArrayList<>();
        for (StoredRecord r : records) {
            if (any.matcher(r.pk()).find() || any.matcher(r.sk()).find() || mentions(any, r.attributes().values())) mine.add(r);
        }
        return mine;
    }

    private static boolean mentions(Pattern any, Iterable<?> values) {
        for (Object v : values) {
            String text = v instanceof String s ? s : String.valueOf(v);
            if (any.matcher(text).find() || any.matcher(text.replace("+", "")).find()) return true;
        }
        return false;
    }

    private static boolean isHead(StoredRecord r, String kind) {
        return r.kind().equals(kind) && "META".equals(r.sk());
    }

    private static String idOf(StoredRecord r, String kind) {
        String marker = "#" + kind + "#";
        String rest = r.pk().substring(r.pk().indexOf(marker) + marker.length());
        int end = rest.indexOf('#');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static boolean samePhone(String phone, Object other) {
        return other instanceof String s && digits(s).equals(digits(phone));
    }

    private static String digits(String phone) {
        return phone.replace("+", "");
    }
}
