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
                    for (int i = 0; i < RUNS; i++) {
                        Result r = run(classPath, function, env, v.options(), extra);
                        times.add(r.millis());
                        response = r.response();
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
                + String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + "\n\n" + table;
        System.out.println(report);
        Path out = Path.of(ColdStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().resolve("cold-start.md");
        Files.writeString(out, report);
    }

    private record Result(long millis, String response) {}

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
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("FIRST_RESPONSE ")) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    process.waitFor(10, TimeUnit.SECONDS);
                    return new Result(millis, line.substring(line.indexOf(' ', 15) + 1));
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
