package app.parley.local;

import app.parley.local.engines.CloudTemplate;
import app.parley.persistence.TenantSessions;
import app.parley.local.engines.EmbeddedSqs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The environment every function sees locally: the template's function variables with
 * resources resolved to local names and URLs, the local AWS endpoints and credentials, and
 * the variables of CONTRACT.md with their defaults. Generated secrets are kept in the data
 * dir so a durable stack keeps the same webhook secret across restarts.
 */
public record LocalEnvironment(Map<String, String> values, List<String> generated) {
    static final Map<String, String> CONTRACT_DEFAULTS = Map.of(
            "WHATSAPP_GRAPH_BASE_URL", "https://graph.facebook.com",
            "HUMANLIKE_DELAYS", "on",
            "AI_PROVIDER", "local");
    static final List<String> GENERATED_SECRETS = List.of("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN");
    static final List<String> PASSED_THROUGH = List.of("BEDROCK_ENDPOINT_URL", "OPENAI_BASE_URL", "GEMINI_BASE_URL", "DATA_DIR");

    public record Endpoints(URI dynamo, URI sqs, Map<String, String> queueUrls) {}

    public static LocalEnvironment resolve(CloudTemplate template, Endpoints endpoints, Map<String, String> processEnv,
                                           Optional<Path> dataDir) {
        Map<String, String> values = new TreeMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        template.tables().forEach(t -> tables.put(t.logicalId(), t.name()));
        template.functions().forEach(f -> f.environment().forEach((name, raw) ->
                values.put(name, resolveValue(raw, template, tables, endpoints.queueUrls()))));
        // DynamoDB Local enforces no IAM: tenant requests keep the local credentials (no tenant sessions, no STS)
        values.remove(TenantSessions.ROLE_ENV);
        values.put("AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamo().toString());
        values.put("AWS_ENDPOINT_URL_SQS", endpoints.sqs().toString());
        values.put("AWS_REGION", EmbeddedSqs.REGION);
        values.put("AWS_DEFAULT_REGION", EmbeddedSqs.REGION);
        values.put("AWS_ACCESS_KEY_ID", "local");
        values.put("AWS_SECRET_ACCESS_KEY", "local");
        values.put("SECRETS_BACKEND", "local");
        // each tenant's personal data sealed under a local key of its own (in the local secret store), not KMS
        values.put("TENANT_KEYS", "local");
        dataDir.ifPresent(dir -> values.put("LOCAL_SECRETS_DIR", dir.resolve("secrets").toString()));
        CONTRACT_DEFAULTS.forEach((name, fallback) -> values.put(name, processEnv.getOrDefault(name, fallback)));
        PASSED_THROUGH.forEach(name -> Optional.ofNullable(processEnv.get(name)).ifPresent(v -> values.put(name, v)));
        List<String> generated = GENERATED_SECRETS.stream().filter(name -> !processEnv.containsKey(name)).toList();
        Map<String, String> secrets = generatedSecrets(generated, dataDir);
        GENERATED_SECRETS.forEach(name -> values.put(name, processEnv.getOrDefault(name, secrets.get(name))));
        return new LocalEnvironment(Map.copyOf(values), generated);
    }

    private static String resolveValue(String raw, CloudTemplate template, Map<String, String> tables, Map<String, String> queueUrls) {
        if (tables.containsKey(raw)) return tables.get(raw);
        if (queueUrls.containsKey(raw)) return queueUrls.get(raw);
        Optional<String> parameter = template.parameterDefault(raw);
        if (parameter.isPresent()) return parameter.get();
        return raw.replace("${AWS::StackName}", template.stackName()).replace("${AWS::Region}", EmbeddedSqs.REGION)
                .replace("${AWS::AccountId}", EmbeddedSqs.ACCOUNT_ID);
    }

    private static Map<String, String> generatedSecrets(List<String> names, Optional<Path> dataDir) {
        Properties kept = dataDir.map(dir -> load(dir.resolve("local-secrets.properties"))).orElseGet(Properties::new);
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new LinkedHashMap<>();
        boolean changed = false;
        for (String name : names) {
            String value = kept.getProperty(name);
            if (value == null) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                value = HexFormat.of().formatHex(bytes);
                kept.setProperty(name, value);
                changed = true;
            }
            secrets.put(name, value);
        }
        if (changed) dataDir.ifPresent(dir -> store(kept, dir.resolve("local-secrets.properties")));
        return secrets;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static void store(Properties properties, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "secrets generated by the local stack");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
