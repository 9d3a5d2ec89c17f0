package app.parley.local.coldstart;

import app.parley.local.LaunchOptions;
import app.parley.local.LocalStacks;
import app.parley.local.engines.CloudTemplate;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Cold start of every function of template.yaml, run by hand (not part of the suite):
 * {@code mvn -B -ntp -pl infrastructure/local-stack -am verify -Dtest=NONE -Dit.test=ColdStartBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 * The local stack provides DynamoDB Local, ElasticMQ and the environment; each function's shaded
 * jar (its CodeUri) is started in a fresh JVM per run and given its sample event; the time from
 * process start to the first response is measured here, per JVM option set. Writes
 * {@code infrastructure/local-stack/target/cold-start.md}. After a {@code mvn package} the same runs without Maven:
 * {@code java -cp "infrastructure/local-stack/target/test-classes:infrastructure/local-stack/target/classes:infrastructure/local-stack/target/lib/*"
 * app.parley.local.coldstart.ColdStartBenchmark} (from the repository root).
 */
public class ColdStartBenchmark {
    public static void main(String[] args) throws Exception {
        new ColdStartBenchmark().measure();
    }

    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final int RUNS = Integer.getInteger("coldstart.runs", 3);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Variant(String name, List<String> options) {}

    @Test
    void measure() throws Exception {
        Path runnerDir = runnerClasses();
        Path archives = Files.createTempDirectory("cold-start-cds");
        CloudTemplate template = CloudTemplate.load(TEMPLATE, "parley");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        StringBuilder table = new StringBuilder("| function | package | plain JVM | TieredStopAtLevel=1 | + AppCDS archive | response |\n|---|---|---|---|---|---|\n");
        StringBuilder phases = new StringBuilder("| function | JVM to main | constructing the handler | reading the event | first invocation | classes loaded (main / constructed / responded) | process CPU to first response | classes by origin (plain run with -Xlog:class+load) |\n|---|---|---|---|---|---|---|---|\n");
        try (var stack = LocalStacks.start(new LaunchOptions(Optional.empty(), 0, TEMPLATE, Optional.empty()), quiet)) {
            Map<String, String> env = stack.environment().values();
            for (CloudTemplate.FunctionSpec function : template.functions()) {
                Path jar = TEMPLATE.getParent().resolve(template.codeUri(function.logicalId()).orElseThrow());
                String classPath = jar + java.io.File.pathSeparator + runnerDir;
                List<String> extra = function.handlerClass().endsWith("WebhookHandler")
                        ? List.of("sign=x-hub-signature-256:" + env.get("WHATSAPP_APP_SECRET")) : List.of();
                Path archive = archives.resolve(function.logicalId() + ".jsa");
                run(classPath, function, env, List.of("-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive), extra); // training
                List<Variant> variants = List.of(new Variant("plain", List.of()),
                        new Variant("c1", List.of("-XX:TieredStopAtLevel=1")),
                        new Variant("c1+cds", List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive)));
                List<String> cells = new ArrayList<>();
                String response = "";
                for (Variant v : variants) {
                    List<Long> times = new ArrayList<>();
                    List<String> runPhases = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        Result r = run(classPath, function, env, v.options(), extra);
                        times.add(r.millis());
                        response = r.response();
                        runPhases.add(r.phases());
                    }
                    if (v.name().equals("plain")) {
                        Path classLog = archives.resolve(function.logicalId() + "-classes.txt");
                        run(classPath, function, env, List.of("-Xlog:class+load=info:file=" + classLog), extra);
                        phases.append(phaseRow(function.logicalId(), runPhases, classLog));
                    }
                    times.sort(Long::compare);
                    cells.add(times.get(times.size() / 2) + " ms (" + times.getFirst() + "–" + times.getLast() + ")");
                }
                table.append("| ").append(function.logicalId()).append(" | ").append(String.format("%.1f MB", Files.size(jar) / 1e6))
                        .append(" | ").append(String.join(" | ", cells)).append(" | `")
                        .append(response.length() > 60 ? response.substring(0, 60) + "…" : response).append("` |\n");
            }
        }
        String report = "Median of " + RUNS + " runs (min–max), load average at the end: "
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + "\n\n" + table
                + "\nWhere the plain JVM's first response goes (median of each phase, ms):\n\n" + phases;
        System.out.println(report);
        Path out = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("cold-start.md");
        Files.writeString(out, report);
    }

    private record Result(long millis, String response, String phases) {}

    /** Median of each phase over the runs, the class counts of the median run, and the loaded classes by origin. */
    private static String phaseRow(String function, List<String> runs, Path classLog) throws IOException {
        List<long[]> parsed = runs.stream().map(r -> java.util.Arrays.stream(r.trim().split(" ")).mapToLong(Long::parseLong).toArray()).toList();
        StringBuilder row = new StringBuilder("| ").append(function);
        for (int i = 0; i < 4; i++) {
            int phase = i;
            List<Long> values = new ArrayList<>(parsed.stream().map(p -> p[phase]).sorted().toList());
            row.append(" | ").append(values.get(values.size() / 2));
        }
        long[] mid = parsed.get(parsed.size() / 2);
        row.append(" | ").append(mid[4]).append(" / ").append(mid[5]).append(" / ").append(mid[6]);
        List<Long> cpu = new ArrayList<>(parsed.stream().map(p -> p.length > 7 ? p[7] : -1L).sorted().toList());
        row.append(" | ").append(cpu.get(cpu.size() / 2)).append(" ms | ");
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

    private static Result run(String classPath, CloudTemplate.FunctionSpec function, Map<String, String> env,
                              List<String> options, List<String> extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx512m"));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, ColdStartRunner.class.getName(), function.handlerClass(), functionDirectory(classPath)));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String phases = "";
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("PHASES ")) phases = line.substring(7);
                if (line.startsWith("FIRST_RESPONSE ")) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    process.waitFor(10, TimeUnit.SECONDS);
                    return new Result(millis, line.substring(line.indexOf(' ', 15) + 1), phases);
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IllegalStateException(function.logicalId() + " gave no first response (exit " + process.waitFor() + ")");
    }

    /** {@code functions/<dir>/target/<dir>-function.jar...} → {@code <dir>}, the name of the function's sample event. */
    private static String functionDirectory(String classPath) {
        Path jar = Path.of(classPath.substring(0, classPath.indexOf(java.io.File.pathSeparator)));
        return jar.getParent().getParent().getFileName().toString();
    }

    /** Only the runner's classes, so the function JVM sees nothing but its own jar besides them. */
    private static Path runnerClasses() throws IOException {
        Path dir = Files.createTempDirectory("cold-start-runner");
        Path pkg = dir.resolve(ColdStartRunner.class.getPackageName().replace('.', '/'));
        Files.createDirectories(pkg);
        Path compiled = Path.of(ColdStartRunner.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve(ColdStartRunner.class.getPackageName().replace('.', '/'));
        try (var files = Files.list(compiled)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ColdStartRunner")).toList()) {
                Files.copy(f, pkg.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
