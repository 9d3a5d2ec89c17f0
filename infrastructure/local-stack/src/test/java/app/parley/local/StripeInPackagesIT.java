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
 * stripe-java in the minimized packages: only the payments function (checkout) and the billing function (webhooks)
 * carry it, and in each a fresh JVM whose class path is that jar (plus {@link StripeInPackage} and the fake Stripe)
 * does what that function does with Stripe: the payments function creates a customer and a Checkout Session and
 * sees a decline, the billing function verifies signed, forged and replayed webhooks. PDFBox is only in the
 * documents function: the admin API function carries neither library.
 */
class StripeInPackagesIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> CHECK_CLASSES = List.of("StripeInPackage", "FakeStripe", "FakeStripe$Request");

    @Test
    void only_the_payments_and_billing_packages_carry_stripe_only_documents_carries_pdfbox_and_stripe_works_in_each() throws Exception {
        CloudTemplate template = CloudTemplate.load(TEMPLATE, LocalStack.STACK_NAME);
        TreeSet<Path> withStripe = new TreeSet<>();
        TreeSet<Path> withPdfBox = new TreeSet<>();
        for (CloudTemplate.FunctionSpec function : template.functions()) {
            Path jar = TEMPLATE.getParent().resolve(template.codeUri(function.logicalId()).orElseThrow());
            assertThat(jar).as("%s's CodeUri (run mvn package first)", function.logicalId()).isRegularFile();
            if (carries(jar, "com/stripe/")) withStripe.add(jar.getFileName());
            if (carries(jar, "org/apache/pdfbox/") || carries(jar, "org/apache/fontbox/")) withPdfBox.add(jar.getFileName());
        }
        assertThat(withStripe).extracting(Path::toString).containsExactly("billing-function.jar", "payments-function.jar");
        assertThat(withPdfBox).extracting(Path::toString).containsExactly("documents-function.jar");

        Path checkClasses = checkClasses();
        assertThat(run(jar("payments"), checkClasses, "payments")).contains("STRIPE_IN_PACKAGE_OK payments");
        assertThat(run(jar("billing"), checkClasses, "webhooks")).contains("STRIPE_IN_PACKAGE_OK webhooks");
    }

    private static Path jar(String function) {
        return TEMPLATE.getParent().resolve("functions/" + function + "/target/" + function + "-function.jar");
    }

    /** Any entry under {@code prefix}: the admin API function must not have even one class of these libraries. */
    private static boolean carries(Path jar, String prefix) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith(prefix));
        }
    }

    private static String run(Path jar, Path checkClasses, String... parts) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(JAVA, "-Xmx256m", "-cp", jar + java.io.File.pathSeparator + checkClasses,
                StripeInPackage.class.getName()));
        command.addAll(List.of(parts));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
