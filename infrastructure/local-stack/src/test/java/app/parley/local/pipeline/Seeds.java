package app.parley.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation seed grown to more tenants: copies of its tenants with their own slug, number and logins. */
final class Seeds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {}

    /** Writes a seed with {@code tenants} tenants to {@code dir}; their Cloud API numbers are 100000000000001.. in order. */
    static Path withTenants(Path dir, int tenants) {
        try {
            ObjectNode seed = (ObjectNode) JSON.readTree(PipelineStack.evalSeed().toFile());
            ArrayNode list = (ArrayNode) seed.get("tenants");
            List<ObjectNode> originals = new ArrayList<>();
            list.forEach(t -> originals.add((ObjectNode) t));
            for (int i = originals.size(); i < tenants; i++) {
                ObjectNode copy = originals.get(i % originals.size()).deepCopy();
                copy.put("slug", copy.get("slug").asText() + "-" + i).put("name", copy.get("name").asText() + " " + i);
                ((ObjectNode) copy.get("whatsapp")).put("phoneNumberId", numberOf(i)).put("displayPhoneNumber", "1555010000" + i);
                copy.putArray("users");   // no logins: the load needs none, and hashing their passwords slows the start
                list.add(copy);
            }
            Path file = dir.resolve("seed-" + tenants + ".json");
            JSON.writeValue(file.toFile(), seed);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String numberOf(int tenantIndex) {
        return Long.toString(100000000000001L + tenantIndex);
    }

    /** A message that names a service of the tenant's catalog (even tenants: dental, odd: florist). */
    static String question(int tenantIndex, int n) {
        String[] dental = {"How much is a checkup?", "Price of teeth whitening?", "What does scaling cost?", "Root canal price?"};
        String[] florist = {"How much are red roses?", "Price of an orchid?", "Do you do same day delivery?", "Seasonal bouquet price?"};
        String[] pool = tenantIndex % 2 == 0 ? dental : florist;
        return pool[n % pool.length] + " (#" + n + ")";
    }
}
