package app.parley.local;

import app.parley.config.Env;
import app.parley.local.engines.CloudTemplate;
import app.parley.local.engines.EmbeddedDynamo;
import app.parley.local.engines.EmbeddedSqs;
import app.parley.local.http.FrontDoor;
import app.parley.local.http.JwtGate;
import app.parley.local.schedule.Scheduler;
import app.parley.local.sqs.QueuePoller;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole platform in one JVM: DynamoDB Local and ElasticMQ provisioned from template.yaml,
 * the template's handlers behind a local API Gateway, SQS pollers and a scheduler.
 */
public final class LocalStack implements AutoCloseable {
    public static final String STACK_NAME = "parley";

    private final FrontDoor frontDoor;
    private final Deque<AutoCloseable> running;
    private final LocalEnvironment environment;
    private final Duration startupTime;

    private LocalStack(FrontDoor frontDoor, Deque<AutoCloseable> running, LocalEnvironment environment, Duration startupTime) {
        this.frontDoor = frontDoor;
        this.running = running;
        this.environment = environment;
        this.startupTime = startupTime;
    }

    /** Starts everything and returns once requests are served; throws {@link StartupFailure} when a step refuses. */
    public static LocalStack start(LaunchOptions options, List<StartupStep> steps, PrintStream console) {
        long began = System.nanoTime();
        CloudTemplate template = CloudTemplate.load(options.template(), STACK_NAME);
        boolean hadData = options.dataDir().map(LocalStack::hasFiles).orElse(false);
        FrontDoor frontDoor = FrontDoor.start(options.port(), Optional.of(options.template().getParent().resolve("admin-frontend")));
        Deque<AutoCloseable> running = new ArrayDeque<>();
        try {
            Engines engines = Engines.start(options.dataDir(), template, running);
            LocalEnvironment environment = LocalEnvironment.resolve(template, engines.endpoints(), System.getenv(), options.dataDir());
            Env.override(environment.values());
            keepSdkDefaultsLocal();
            URI baseUrl = URI.create("http://127.0.0.1:" + frontDoor.port() + "/");
            // tokens name the front door as their issuer, whose discovery document and keys it serves
            Env.override(java.util.Map.of("JWT_ISSUER", Optional.ofNullable(System.getenv("JWT_ISSUER")).orElse(baseUrl + "api/auth")));
            var context = new StartupContext(environment.values(), baseUrl, options.seed(), options.dataDir(), hadData, console);
            steps.stream().sorted(Comparator.comparingInt(StartupStep::order)).forEach(step -> {
                step.run(context);
                running.push(step::stop);
            });
            SqsClient sqs = engines.sqs().client();
            running.push(sqs);
            FunctionWiring wiring = FunctionWiring.of(template, sqs, engines.endpoints().queueUrls());
            wiring.pollers().forEach(poller -> running.push(poller.start()));
            running.push(new Scheduler(Clock.systemUTC()).start(wiring.scheduleRules()));
            // the template's JWT authorizer, played against the issuer the API signs as
            frontDoor.open(wiring.routes(), new JwtGate(Env.require("JWT_ISSUER")));
            return new LocalStack(frontDoor, running, environment, Duration.ofNanos(System.nanoTime() - began));
        } catch (RuntimeException | Error e) {
            frontDoor.close();
            closeAll(running);
            throw e;
        }
    }

    /** The SDK's own defaults point at nothing real, in case some code builds a client without Env. */
    private static void keepSdkDefaultsLocal() {
        System.setProperty("aws.region", EmbeddedSqs.REGION);
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + frontDoor.port() + "/");
    }

    public LocalEnvironment environment() {
        return environment;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Stops taking requests, drains the pollers, then stops the engines. */
    @Override
    public synchronized void close() {
        frontDoor.close();
        closeAll(running);
    }

    private static void closeAll(Deque<AutoCloseable> running) {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("stopping " + next.getClass().getSimpleName() + " failed: " + e.getMessage());
            }
        }
    }

    private static boolean hasFiles(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Both engines start in parallel; whichever started is registered for stopping even if the other fails. */
    private record Engines(EmbeddedDynamo dynamo, EmbeddedSqs sqs, LocalEnvironment.Endpoints endpoints) {
        static Engines start(Optional<Path> dataDir, CloudTemplate template, Deque<AutoCloseable> running) {
            var dynamo = CompletableFuture.supplyAsync(() -> EmbeddedDynamo.start(dataDir.map(d -> d.resolve("dynamodb")).orElse(null)));
            var sqs = CompletableFuture.supplyAsync(() -> EmbeddedSqs.start(dataDir.map(d -> d.resolve("sqs")).orElse(null)));
            try {
                CompletableFuture.allOf(dynamo, sqs).join();
            } catch (CompletionException e) {
                dynamo.thenAccept(running::push);
                sqs.thenAccept(running::push);
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            running.push(dynamo.join());
            running.push(sqs.join());
            dynamo.join().createTables(template);
            var queueUrls = sqs.join().createQueues(template);
            return new Engines(dynamo.join(), sqs.join(),
                    new LocalEnvironment.Endpoints(dynamo.join().endpoint(), sqs.join().endpoint(), queueUrls));
        }
    }

    /**
     * Every function runs in this one JVM on the SDK's URL-connection client, whose idle connections the JDK
     * keeps only 5 per host by default: with the queue workers calling DynamoDB Local and ElasticMQ at once,
     * every call beyond 5 would open a new TCP connection (and under a webhook burst, time out connecting).
     * In AWS each container makes one call at a time, so this is the local stack's concern only.
     * Call before the first HTTP connection of the JVM.
     */
    public static void keepConnections() {
        if (System.getProperty("http.maxConnections") == null) System.setProperty("http.maxConnections", "256");
    }

    public static void main(String[] args) throws InterruptedException {
        // DynamoDB Local logs through Log4j, whose own hook would stop it before the engines have said their last words
        System.setProperty("log4j2.shutdownHookEnabled", "false");
        // likewise Pekko (inside ElasticMQ), which reads the default config: close() stops it in order
        System.setProperty("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
        keepConnections();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv(), Path.of(""));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalStack stack;
        try {
            stack = start(options, discoveredSteps(), System.out);
        } catch (StartupFailure e) {
            System.err.println("Not started: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("Not started: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Parley…");
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        stack.announce(System.out, options);
        stopped.await();
    }

    static List<StartupStep> discoveredSteps() {
        return ServiceLoader.load(StartupStep.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    private void announce(PrintStream out, LaunchOptions options) {
        out.println("Admin panel: " + baseUrl());
        out.println("API:         " + baseUrl() + "api/");
        out.println("Data:        " + options.dataDir().map(d -> "kept in " + d.toAbsolutePath()).orElse("in memory (set DATA_DIR to keep it)"));
        for (String name : environment.generated()) {
            out.println(name + " (generated): " + environment.values().get(name));
        }
        out.printf("Parley local stack ready in %.1f s on %s (Ctrl-C stops it)%n", startupTime.toMillis() / 1000.0, baseUrl());
        out.flush();
    }
}
