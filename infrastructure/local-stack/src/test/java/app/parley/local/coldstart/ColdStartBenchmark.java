package app.parley.local.coldstart;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.pipeline.PipelineStack;
import app.parley.messaging.model.Envelopes;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderDecided;
import app.parley.orders.model.OrderId;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cold start of every function of template.yaml, run by hand (not part of the suite):
 * {@code mvn -B -ntp -pl infrastructure/local-stack -am verify -Dtest=NONE -Dit.test=ColdStartBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 * The local stack, seeded with the evaluation tenants, its secrets in a temporary directory the functions read too, provides DynamoDB Local, ElasticMQ,
 * the fake Graph API and the environment; each function's shaded jar (its CodeUri) is started in a fresh JVM per run and
 * given a first event that does real work ({@link FirstEvents}: a new customer message to answer, an order request to
 * place, a decision to tell, a signed-in read of the inbox); the time from process start to the first response is
 * measured here, per JVM option set, with what the function did. Writes
 * {@code infrastructure/local-stack/target/cold-start.md}. After a {@code mvn package} the same runs without Maven:
 * {@code java -cp "infrastructure/local-stack/target/test-classes:infrastructure/local-stack/target/classes:infrastructure/local-stack/target/lib/*:shared-lib/target/test-classes"
 * app.parley.local.coldstart.ColdStartBenchmark} (from the repository root). Options: {@code -Dcoldstart.only=<LogicalId,...>},
 * {@code -Dcoldstart.defaults=false}, {@code -Dcoldstart.baseline=<folder with earlier *-function.jar copies>}, {@code -Dcoldstart.runs=3},
 * {@code -Dcoldstart.cds=true}, {@code -Dcoldstart.jar=true}, {@code -Dcoldstart.vary=NAME=value}, {@code -Dcoldstart.floor=<LogicalId,...>}, {@code -Dcoldstart.profile=true}
 * (prints where the handler thread spends its time). Jars run unpacked, as Lambda runs a deployment package from
 * {@code /var/task}. Before the timed runs each function runs once untimed: the engines stand in for AWS services that
 * are never cold. Before each run the stack settles for a second, so what the last run queued is not worked on meanwhile.
 */
public class ColdStartBenchmark {
    public static void main(String[] args) throws Exception {
        new ColdStartBenchmark().measure();
    }

    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final int RUNS = Integer.getInteger("coldstart.runs", 3);
    /** Before each JVM starts: the stack's own functions take up what the last run queued (a reply, its sends) and what writing the event did. */
    private static final long SETTLE_MILLIS = 1_000;
    /** The seeded tenant every first event is addressed to (its number is {@link PipelineStack#BLOOM}). */
    private static final String BENCH_TENANT = "bloom-and-stem";
    /** This run's first events, and the unpacked package of the function being measured (its sample event). */
    private static FirstEvents firstEvents;
    private static Path sampleTask;
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** {@code -Dcoldstart.only=WebhookFunction,SenderFunction}: only these functions (logical ids of template.yaml). */
    private static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("coldstart.only", "").split(","))
            .filter(id -> !id.isBlank()).toList();
    /** {@code -Dcoldstart.defaults=false}: skip the JVM-defaults column (halves the time of a run). */
    private static final boolean DEFAULTS = Boolean.parseBoolean(System.getProperty("coldstart.defaults", "true"));
    /**
     * {@code -Dcoldstart.baseline=<folder>}: also run each function from the jar of the same name in that folder (copies of
     * an earlier build), as Lambda runs it, right after the current jar, so a before/after comparison shares the machine's load.
     */
    private static final Optional<Path> BASELINE = Optional.ofNullable(System.getProperty("coldstart.baseline")).map(Path::of);
    /** {@code -Dcoldstart.jar=true}: also run each function from its jar on the class path, not unpacked as Lambda runs it. */
    private static final boolean FROM_JAR = Boolean.getBoolean("coldstart.jar");

    private record Variant(String name, List<String> options, boolean templateOptions, String classPath, Map<String, String> environment) {
        Variant(String name, List<String> options, boolean templateOptions, String classPath) {
            this(name, options, templateOptions, classPath, Map.of());
        }
    }

    /**
     * {@code -Dcoldstart.floor=AiReplyFunction,...}: also run {@link ColdStartFloor} from these functions' packages (queue functions
     * whose jar holds the DynamoDB and SQS clients): the cold start of the libraries alone, with none of our code's work.
     */
    private static final List<String> FLOOR = java.util.Arrays.stream(System.getProperty("coldstart.floor", "").split(","))
            .filter(s -> !s.isBlank()).toList();
    /** {@code -Dcoldstart.vary=NAME=value}: also run each function with that environment variable set (an A/B of a switch). */
    private static final Optional<String[]> VARY = Optional.ofNullable(System.getProperty("coldstart.vary")).map(v -> v.split("=", 2));

    /**
     * What Lambda's java21 runtime starts the JVM with besides the heap size (it also stops tiered compilation at
     * level 1 by default: https://docs.aws.amazon.com/lambda/latest/dg/java-customization.html), and the template's
     * {@code JAVA_TOOL_OPTIONS}, which the JVM reads from the environment as it does in Lambda.
     */
    private static final List<String> LAMBDA_RUNTIME = List.of("-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=1");

    @Test
    void measure() throws Exception {
        Path runnerDir = runnerClasses();
        Path archives = Files.createTempDirectory("cold-start-cds");
        Path secretsDir = Files.createTempDirectory("cold-start-secrets");
        CloudTemplate template = CloudTemplate.load(TEMPLATE, "parley");
        boolean cds = Boolean.getBoolean("coldstart.cds");
        StringBuilder table = new StringBuilder("| function | package | as Lambda runs it: wall (CPU) |"
                + (BASELINE.isPresent() ? " baseline jar, as Lambda runs it |" : "") + VARY.map(v -> " with " + v[0] + "=" + v[1] + " |").orElse("") + (FROM_JAR ? " from the jar, not unpacked |" : "") + (DEFAULTS ? " JVM defaults: wall (CPU) |" : "")
                + (cds ? " + AppCDS archive |" : "") + (FLOOR.isEmpty() ? "" : " floor: SDK + Jackson only, same package |")
                + " response |\n|---|---|---|" + (BASELINE.isPresent() ? "---|" : "")
                + (VARY.isPresent() ? "---|" : "") + (FROM_JAR ? "---|" : "") + (DEFAULTS ? "---|" : "") + (cds ? "---|" : "")
                + (FLOOR.isEmpty() ? "" : "---|") + "---|\n");
        StringBuilder phases = new StringBuilder("| function | JVM to main | constructing the handler | reading the event | first invocation | CPU ms (to main / constructing / event / invocation / total) | handler thread CPU ms (constructing / event / invocation) | classes loaded (main / constructed / responded) | classes by origin (run with -Xlog:class+load) |\n|---|---|---|---|---|---|---|---|---|\n");
        String options = "";
        try (var stack = PipelineStack.startSharingSecrets(secretsDir)) {
            Map<String, String> env = new java.util.HashMap<>(stack.stack.environment().values());
            env.putAll(stack.functionSettings());
            String token = stack.login("admin@bloom.example", "Bloom-Admin-2026!");
            stack.converse(PipelineStack.BLOOM, "15550979999", "Hello, what do you offer?"); // a conversation for the queue functions' events
            firstEvents = new FirstEvents(archives.resolve("first-events"), new FirstEvents.Audience(
                    stack.tenant(BENCH_TENANT).value(), PipelineStack.BLOOM, token, path -> stack.get(path, token).body(),
                    () -> approvedOrder(stack, token)));
            if (!FLOOR.isEmpty()) env.put("FLOOR_QUEUE_URL", floorQueue(env));
            for (CloudTemplate.FunctionSpec function : template.functions()) {
                if (!ONLY.isEmpty() && !ONLY.contains(function.logicalId())) continue;
                Path jar = TEMPLATE.getParent().resolve(template.codeUri(function.logicalId()).orElseThrow());
                sampleTask = taskDirectory(jar, archives.resolve(function.logicalId() + "-task"));
                String event = FirstEvents.nameFor(FirstEvents.sampleOf(function.logicalId(), eventName(jar)));
                String classPath = sampleTask + java.io.File.pathSeparator + runnerDir + java.io.File.pathSeparator + firstEvents.directory();
                List<String> extra = function.handlerClass().endsWith("WebhookHandler")
                        ? List.of("sign=x-hub-signature-256:" + env.get("WHATSAPP_APP_SECRET")) : List.of();
                Path archive = archives.resolve(function.logicalId() + ".jsa");
                List<Variant> variants = new ArrayList<>(List.of(new Variant("lambda", LAMBDA_RUNTIME, true, classPath)));
                if (BASELINE.isPresent()) variants.add(new Variant("baseline", LAMBDA_RUNTIME, true,
                        taskDirectory(BASELINE.get().resolve(jar.getFileName()), archives.resolve(function.logicalId() + "-baseline-task"))
                                + java.io.File.pathSeparator + runnerDir + java.io.File.pathSeparator + firstEvents.directory()));
                VARY.ifPresent(v -> variants.add(new Variant("vary", LAMBDA_RUNTIME, true, classPath, Map.of(v[0], v[1]))));
                if (FROM_JAR) variants.add(new Variant("jar", LAMBDA_RUNTIME, true,
                        jar + java.io.File.pathSeparator + runnerDir + java.io.File.pathSeparator + firstEvents.directory()));
                if (DEFAULTS) variants.add(new Variant("defaults", List.of(), false, classPath));
                if (cds) {
                    run(classPath, event, function, env, true, withOption(LAMBDA_RUNTIME, "-XX:ArchiveClassesAtExit=" + archive), extra); // training
                    variants.add(new Variant("lambda+cds", withOption(LAMBDA_RUNTIME, "-XX:SharedArchiveFile=" + archive), true, classPath));
                }
                boolean floor = FLOOR.contains(function.logicalId());
                if (floor) variants.add(new Variant("floor", LAMBDA_RUNTIME, true, classPath));
                run(classPath, event, function, env, true, LAMBDA_RUNTIME, extra); // warms the engines, not the function's JVM
                if (floor) run(classPath, event, floorOf(function), env, true, LAMBDA_RUNTIME, extra);
                List<String> cells = new ArrayList<>();
                String response = "";
                Map<Variant, List<Result>> results = new java.util.LinkedHashMap<>();
                variants.forEach(v -> results.put(v, new ArrayList<>()));
                for (int i = 0; i < RUNS; i++) { // the variants take turns, so a change in the machine's load touches each alike
                    for (Variant v : variants) {
                        Map<String, String> runEnv = new java.util.HashMap<>(env);
                        runEnv.putAll(v.environment());
                        results.get(v).add(run(v.classPath(), event, v.name().equals("floor") ? floorOf(function) : function, runEnv,
                                v.templateOptions(), v.options(), extra));
                    }
                }
                for (Variant v : variants) {
                    List<Long> times = new ArrayList<>(results.get(v).stream().map(Result::millis).toList());
                    List<Long> cpu = new ArrayList<>(results.get(v).stream().map(r -> cpuTotal(r.phases())).toList());
                    List<String> runPhases = results.get(v).stream().map(Result::phases).toList();
                    if (v.name().equals("lambda")) {
                        response = results.get(v).getLast().response();
                        options = results.get(v).getLast().options();
                    }
                    if (v.name().equals("lambda") || v.name().equals("baseline") || v.name().equals("floor")) {
                        String label = function.logicalId() + (v.name().equals("lambda") ? "" : " (" + v.name() + ")");
                        Path classLog = archives.resolve(function.logicalId() + "-" + v.name() + "-classes.txt");
                        run(v.classPath(), event, v.name().equals("floor") ? floorOf(function) : function, env, true,
                                withOption(LAMBDA_RUNTIME, "-Xlog:class+load=info:file=" + classLog), extra);
                        phases.append(phaseRow(label, runPhases, classLog));
                    }
                    times.sort(Long::compare);
                    cpu.sort(Long::compare);
                    cells.add(times.get(times.size() / 2) + " ms (" + times.getFirst() + "–" + times.getLast() + "; CPU "
                            + cpu.get(cpu.size() / 2) + " ms)");
                }
                if (!FLOOR.isEmpty() && !floor) cells.add("—");
                table.append("| ").append(function.logicalId()).append(" | ").append(String.format("%.1f MB", Files.size(jar) / 1e6))
                        .append(" | ").append(String.join(" | ", cells)).append(" | `")
                        .append(response.length() > 60 ? response.substring(0, 60) + "…" : response).append("` |\n");
            }
        }
        String report = "Median of " + RUNS + " runs (min–max; CPU = the child JVM's process CPU time to its first response), load average at the end: "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + "\n\nJVM input arguments as Lambda runs it: `" + options + "`\n\n" + table
                + "\nWhere the first response goes, as Lambda runs it (median of each phase, ms):\n\n" + phases;
        System.out.println(report);
        Path out = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("cold-start.md");
        Files.writeString(out, report);
    }

    private static List<String> withOption(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    /** Process CPU time at the first response, from a PHASES line. */
    private static long cpuTotal(String phases) {
        String[] p = phases.trim().split(" ");
        return Long.parseLong(p[10]);
    }

    private record Result(long millis, String response, String phases, String options) {}

    private static final Pattern OUTCOME = Pattern.compile("\"formattedMessage\":\"[^\"]* → (\\w+)");

    /** What a queue function logged it did with the record ({@code <id> → Replied[…]} gives {@code Replied}), if the line says. */
    private static Optional<String> outcomeIn(String logLine) {
        var matcher = OUTCOME.matcher(logLine);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Median of each phase over the runs, the class counts of the median run, and the loaded classes by origin. */
    private static String phaseRow(String function, List<String> runs, Path classLog) throws IOException {
        List<long[]> parsed = runs.stream().map(r -> java.util.Arrays.stream(r.trim().split(" ")).mapToLong(Long::parseLong).toArray()).toList();
        StringBuilder row = new StringBuilder("| ").append(function);
        for (int i = 0; i < 4; i++) {
            int phase = i;
            List<Long> values = new ArrayList<>(parsed.stream().map(p -> p[phase]).sorted().toList());
            row.append(" | ").append(values.get(values.size() / 2));
        }
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int phase = i;
            List<Long> values = new ArrayList<>(parsed.stream().map(p -> phase == 0 ? p[7] : phase == 4 ? p[10] : p[7 + phase] - p[6 + phase]).sorted().toList());
            cpu.add(values.get(values.size() / 2));
        }
        row.append(" | ").append(cpu.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" / ")));
        List<Long> thread = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int phase = i;
            List<Long> values = new ArrayList<>(parsed.stream().map(p -> p[12 + phase] - p[11 + phase]).sorted().toList());
            thread.add(values.get(values.size() / 2));
        }
        row.append(" | ").append(thread.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" / ")));
        long[] mid = parsed.get(parsed.size() / 2);
        row.append(" | ").append(mid[4]).append(" / ").append(mid[5]).append(" / ").append(mid[6]).append(" | ");
        Map<String, Integer> origins = new java.util.TreeMap<>();
        try (var lines = Files.lines(classLog)) {
            lines.map(ColdStartBenchmark::origin).forEach(o -> origins.merge(o, 1, Integer::sum));
        }
        row.append(origins.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "))).append(" |\n");
        return row.toString();
    }

    /** The library a loaded class comes from, by its package. */
    private static String origin(String logLine) {
        String[] parts = logLine.split(" ");
        String name = parts.length > 1 ? parts[1] : "";
        if (logLine.contains("shared objects file")) return "JDK (CDS)";
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.")) return "JDK";
        if (name.startsWith("software.amazon.awssdk.services.")) return "SDK clients";
        if (name.startsWith("software.amazon.awssdk.")) return "SDK core";
        if (name.startsWith("com.fasterxml.jackson.")) return "Jackson";
        if (name.startsWith("org.apache.logging.")) return "Log4j";
        if (name.startsWith("org.slf4j.") || name.startsWith("ch.qos.logback.")) return "SLF4J+Logback";
        if (name.startsWith("org.joda.")) return "Joda";
        if (name.startsWith("software.amazon.lambda.powertools.") || name.startsWith("io.burt.")) return "Powertools";
        if (name.startsWith("com.amazonaws.encryptionsdk.") || name.startsWith("software.amazon.cryptography.") || name.startsWith("dafny.")
                || name.contains("_Compile.") || name.startsWith("org.bouncycastle.") || name.startsWith("org.apache.commons.lang3.")) return "Encryption SDK";
        if (name.startsWith("com.stripe.") || name.startsWith("com.google.gson.")) return "Stripe";
        if (name.startsWith("app.parley.")) return "Parley";
        return "other";
    }

    private static Result run(String classPath, String event, CloudTemplate.FunctionSpec function, Map<String, String> env, boolean templateOptions,
                              List<String> options, List<String> extra) throws IOException, InterruptedException {
        firstEvents.writeNext(event.substring(FirstEvents.nameFor("").length()), sampleTask);
        Thread.sleep(SETTLE_MILLIS);
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m"));
        if (Boolean.getBoolean("coldstart.profile")) command.add("-Dcoldstart.profile=true");
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, ColdStartRunner.class.getName(), function.handlerClass(), event));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        if (!templateOptions) builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId()); // as Lambda sets it (clients pick their credentials by it)
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String phases = "";
            String jvmOptions = "";
            String outcome = "";
            for (String line; (line = out.readLine()) != null; ) {
                outcome = outcomeIn(line).orElse(outcome);
                if (line.startsWith("PHASES ")) phases = line.substring(7);
                if (line.startsWith("PROFILE ")) System.out.println(function.logicalId() + " " + line);
                if (line.startsWith("OPTIONS ")) jvmOptions = line.substring(8);
                if (line.startsWith("FIRST_RESPONSE ")) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    process.waitFor(10, TimeUnit.SECONDS);
                    String response = line.substring(line.indexOf(' ', 15) + 1);
                    return new Result(millis, outcome.isEmpty() ? response : outcome + ": " + response, phases, jvmOptions);
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException(function.logicalId() + " gave no first response (exit " + process.waitFor() + ")");
    }

    /**
     * A person's decision as the API puts it on the order-decisions queue: the tenant's newest pending order (the
     * order-approval runs placed it) approved through the admin API, then read back for its version.
     */
    private static String approvedOrder(PipelineStack stack, String token) {
        try {
            var pending = new ObjectMapper().readTree(stack.get("/api/orders?status=PENDING&limit=1", token).body()).path("items").path(0);
            if (pending.isMissingNode()) throw new IllegalStateException("no pending order to decide for the order-decision runs");
            OrderId id = new OrderId(pending.path("id").asText());
            var approved = stack.call("POST", "/api/orders/" + id.value() + "/approve", token, null);
            if (approved.statusCode() != 200) throw new IllegalStateException("approving an order: " + approved.statusCode());
            TenantId tenant = stack.tenant(BENCH_TENANT);
            Order order = new DynamoOrders(stack.tables).find(tenant, id).orElseThrow();
            return Envelopes.toJson(new OrderDecided(tenant, id.value(), order.version(), order.status(), "cold-start-benchmark", Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A queue of the floor's own on the stack's SQS engine, so no worker of the stack takes what it sends. */
    private static String floorQueue(Map<String, String> env) {
        try (var sqs = software.amazon.awssdk.services.sqs.SqsClient.builder()
                .endpointOverride(java.net.URI.create(env.get("AWS_ENDPOINT_URL_SQS")))
                .region(software.amazon.awssdk.regions.Region.of(env.getOrDefault("AWS_REGION", "us-east-1")))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            return sqs.createQueue(b -> b.queueName("parley-cold-start-floor")).queueUrl();
        }
    }

    /** The function as the floor runs it: its package and event, {@link ColdStartFloor} as the handler. */
    private static CloudTemplate.FunctionSpec floorOf(CloudTemplate.FunctionSpec function) {
        return new CloudTemplate.FunctionSpec(function.logicalId(), ColdStartFloor.class.getName(), function.environment(), function.events());
    }

    /** {@code functions/<dir>/target/<dir>-function.jar} (or a copy of that jar elsewhere) → {@code <dir>}, the name of the function's sample event. */
    private static String eventName(Path jar) {
        String name = jar.getFileName().toString();
        return name.substring(0, name.length() - "-function.jar".length());
    }

    /**
     * The jar unpacked into {@code dir}, as Lambda unpacks a deployment package into {@code /var/task} and starts the JVM with
     * that directory on its class path: classes are read from files, not inflated from the jar.
     */
    private static Path taskDirectory(Path jar, Path dir) throws IOException {
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) throw new IOException("entry outside the task directory: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return dir;
    }

    /** Only the runner's classes, so the function JVM sees nothing but its own jar besides them. */
    private static Path runnerClasses() throws IOException {
        Path dir = Files.createTempDirectory("cold-start-runner");
        Path pkg = dir.resolve(ColdStartRunner.class.getPackageName().replace('.', '/'));
        Files.createDirectories(pkg);
        Path compiled = Path.of(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve(ColdStartRunner.class.getPackageName().replace('.', '/'));
        try (var files = Files.list(compiled)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("ColdStart(Runner|Floor).*")).toList()) {
                Files.copy(f, pkg.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
