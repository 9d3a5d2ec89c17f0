package app.parley.local.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.management.ManagementFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the Lambda runtime does on a cold start, in a fresh JVM whose class path is one shaded
 * function jar (plus this class): load the handler, construct it, read the function's sample event
 * ({@code events/<function>.json} in the jar, named by the second argument) as the handler's input type, invoke it once and
 * print {@code PHASES <ms to main> <ms constructing> <ms reading the event> <ms invoking> <classes loaded at main, constructed, responded>
 * <CPU ms of the process at main, constructed, event read, responded> <CPU ms of the handler's own thread at the same four points>}
 * (process CPU is the time of all the JVM's threads, JIT, GC and start-up threads included: unlike wall time it does not grow when
 * the machine is busy; the handler thread's CPU is the part that cannot overlap with anything, so on an idle two-core machine it is
 * close to the wall time of that phase), {@code OPTIONS <the JVM's input arguments>} and then {@code FIRST_RESPONSE <jvm uptime ms> <response>}. Optional arguments:
 * {@code sign=<header>:<secret>} signs the body as Meta does (HMAC-SHA256).
 */
public final class ColdStartRunner {
    private ColdStartRunner() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) throws Exception {
        long entered = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuAtEntry = cpuMillis();
        long threadAtEntry = threadCpuMillis();
        int classesAtEntry = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        Sampler sampler = Boolean.getBoolean("coldstart.profile") ? Sampler.start(Thread.currentThread()) : null;
        Class<?> type = Class.forName(args[0]);
        RequestHandler handler = (RequestHandler) type.getDeclaredConstructor().newInstance();
        long constructed = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuConstructed = cpuMillis();
        long threadConstructed = threadCpuMillis();
        int classesConstructed = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        Class<?> input = inputType(type);
        String resource = app.parley.snapstart.EventFixtures.of(args[1]);
        Object event = input == Object.class
                ? app.parley.snapstart.EventFixtures.readMap(type, resource)
                : app.parley.snapstart.EventFixtures.read(type, resource, input);
        for (int i = 2; i < args.length; i++) if (args[i].startsWith("sign=")) sign(event, args[i].substring(5));
        long eventRead = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuEventRead = cpuMillis();
        long threadEventRead = threadCpuMillis();
        Object response = handler.handleRequest(event, new BenchContext());
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpuResponded = cpuMillis();
        long threadResponded = threadCpuMillis();
        int classesResponded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        // where the time went: JVM start to main, handler construction, reading the event, the first invocation
        System.out.println("PHASES " + entered + " " + (constructed - entered) + " " + (eventRead - constructed) + " " + (uptime - eventRead)
                + " " + classesAtEntry + " " + classesConstructed + " " + classesResponded
                + " " + cpuAtEntry + " " + cpuConstructed + " " + cpuEventRead + " " + cpuResponded
                + " " + threadAtEntry + " " + threadConstructed + " " + threadEventRead + " " + threadResponded);
        if (sampler != null) {
            sampler.report();
            threadCpu();
        }
        System.out.println("OPTIONS " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String text = String.valueOf(response).replaceAll("\\s+", " ");
        System.out.println("FIRST_RESPONSE " + uptime + " " + text.substring(0, Math.min(300, text.length())));
        System.out.flush();
        Runtime.getRuntime().halt(0); // no shutdown work: the measurement is over
    }

    /**
     * Samples the handler thread's stack every millisecond and prints, per frame, how many samples it was on the stack
     * (inclusive) and on top (self): where construction and the first invocation spend their time. Safepoint-biased.
     */
    private static final class Sampler extends Thread {
        private final Thread target;
        private final Map<String, Integer> inclusive = new HashMap<>();
        private final Map<String, Integer> self = new HashMap<>();
        private volatile boolean running = true;
        private int samples;

        private Sampler(Thread target) { this.target = target; setDaemon(true); }

        static Sampler start(Thread target) { Sampler s = new Sampler(target); s.start(); return s; }

        @Override public void run() {
            while (running) {
                StackTraceElement[] stack = target.getStackTrace();
                if (stack.length > 0) {
                    samples++;
                    self.merge(frame(stack[0]), 1, Integer::sum);
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (StackTraceElement e : stack) if (seen.add(frame(e))) inclusive.merge(frame(e), 1, Integer::sum);
                }
                try { Thread.sleep(1); } catch (InterruptedException e) { return; }
            }
        }

        private static String frame(StackTraceElement e) { return e.getClassName() + "." + e.getMethodName(); }

        void report() throws InterruptedException {
            running = false;
            join();
            System.out.println("PROFILE samples " + samples);
            print("INCL", inclusive, 120);
            print("SELF", self, 40);
        }

        private static void print(String kind, Map<String, Integer> counts, int top) {
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> System.out.println("PROFILE " + kind + " " + e.getValue() + " " + e.getKey()));
        }
    }

    /** CPU ms of every native thread of this JVM (compiler, GC and VM threads included), from /proc (Linux). */
    private static void threadCpu() throws java.io.IOException {
        long ticks = 100; // USER_HZ
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var task : tasks.toList()) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / ticks;
                if (ms > 0) System.out.println("PROFILE THREAD " + ms + " " + name);
            }
        }
    }

    /** CPU time the process has used so far (all threads), in ms. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /** CPU time of the calling thread so far, in ms. */
    private static long threadCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    private static Class<?> inputType(Class<?> type) {
        for (Type t : type.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class && p.getActualTypeArguments()[0] instanceof Class<?> c) return c;
        }
        return Object.class;
    }

    private static void sign(Object event, String spec) throws Exception {
        var http = (com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent) event;
        int colon = spec.indexOf(':');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(spec.substring(colon + 1).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(http.getBody().getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new HashMap<>(http.getHeaders());
        headers.put(spec.substring(0, colon), "sha256=" + java.util.HexFormat.of().formatHex(digest));
        http.setHeaders(headers);
    }

    private static final class BenchContext implements Context {
        private final long deadline = System.currentTimeMillis() + 20_000;
        @Override public String getAwsRequestId() { return "cold-start-benchmark"; }
        @Override public String getLogGroupName() { return "cold-start"; }
        @Override public String getLogStreamName() { return "cold-start"; }
        @Override public String getFunctionName() { return "cold-start"; }
        @Override public String getFunctionVersion() { return "$LATEST"; }
        @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:cold-start"; }
        @Override public CognitoIdentity getIdentity() { return null; }
        @Override public ClientContext getClientContext() { return null; }
        @Override public int getRemainingTimeInMillis() { return (int) (deadline - System.currentTimeMillis()); }
        @Override public int getMemoryLimitInMB() { return 1024; }
        @Override public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override public void log(String message) { System.err.println(message); }
                @Override public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    }
}
