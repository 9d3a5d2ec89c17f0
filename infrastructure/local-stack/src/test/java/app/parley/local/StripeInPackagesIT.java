package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.billing.infrastructure.StripeInPackage;
import app.parley.local.engines.CloudTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * stripe-java in the minimized packages: only the functions that bill carry it, and in each of them
 * a fresh JVM whose class path is that jar (plus {@link StripeInPackage} and the fake Stripe) creates
 * a customer and a Checkout Session, sees a decline, and verifies signed, forged and replayed webhooks.
 */
class StripeInPackagesIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> CHECK_CLASSES = List.of("StripeInPackage", "FakeStripe", "FakeStripe$Request");

    @Test
    void only_the_api_and_billing_packages_carry_stripe_and_both_talk_to_it_and_verify_its_webhooks() throws Exception {
        CloudTemplate template = CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME);
        TreeSet<Path> withStripe = new TreeSet<>();
        for (CloudTemplate.FunctionSpec function : template.functions()) {
            Path jar = TEMPLATE.getParent().resolve(template.codeUri(function.logicalId()).orElseThrow());
            assertThat(jar).as("%s's CodeUri (run mvn package first)", function.logicalId()).isRegularFile();
            if (carriesStripe(jar)) withStripe.add(jar.getFileName());
        }
        assertThat(withStripe).extracting(Path::toString).containsExactly("api-function.jar", "billing-function.jar");

        Path checkClasses = checkClasses();
        for (String function : List.of("api", "billing")) {
            Path jar = TEMPLATE.getParent().resolve("functions/" + function + "/target/" + function + "-function.jar");
            assertThat(run(jar, checkClasses)).as("Stripe through %s", jar.getFileName()).contains("STRIPE_IN_PACKAGE_OK");
        }
    }

    private static boolean carriesStripe(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("com/stripe/StripeClient.class") != null;
        }
    }

    private static String run(Path jar, Path checkClasses) throws Exception {
        Process process = new ProcessBuilder(JAVA, "-Xmx256m", "-cp", jar + java.io.File.pathSeparator + checkClasses,
                StripeInPackage.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** Only the check's own classes, so the JVM finds Stripe and the billing adapters nowhere but in the jar. */
    private static Path checkClasses() throws IOException {
        Path dir = Files.createTempDirectory("stripe-in-package");
        String pkg = StripeInPackage.class.getPackageName().replace('.', '/');
        Files.createDirectories(dir.resolve(pkg));
        for (String name : CHECK_CLASSES) {
            try (InputStream in = StripeInPackage.class.getResourceAsStream("/" + pkg + "/" + name + ".class")) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, dir.resolve(pkg + "/" + name + ".class"));
            }
        }
        return dir;
    }
}
