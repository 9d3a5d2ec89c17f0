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
        System.out.println("OPTIONS " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        String text = String.valueOf(response).replaceAll("\\s+", " ");
        System.out.println("FIRST_RESPONSE " + uptime + " " + text.substring(0, Math.min(300, text.length())));
        System.out.flush();
        Runtime.getRuntime().halt(0); // no shutdown work: the measurement is over
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
