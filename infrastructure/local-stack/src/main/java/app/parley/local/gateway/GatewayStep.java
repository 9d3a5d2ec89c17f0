package app.parley.local.gateway;

import app.parley.config.Env;
import app.parley.gateway.GatewayMain;
import app.parley.gateway.GatewayWiring;
import app.parley.local.StartupContext;
import app.parley.local.StartupStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The unofficial WhatsApp gateway in the local stack's JVM, as the Fargate task runs it: session
 * leases in the platform table, customers' messages to the inbound queue, replies from the
 * gateway-outbound queue. Sessions are sealed under a master key in the local secret store and
 * kept in {@code DATA_DIR/gateway} (else a temporary folder). {@code WHATSAPP_CLIENT=fake} swaps
 * WhatsApp for the in-process network (tests); {@code WHATSAPP_GATEWAY=off} leaves it out.
 * Runs after the other steps, so a test's environment overrides are seen.
 */
public final class GatewayStep implements StartupStep {
    private GatewayMain gateway;

    @Override
    public void run(StartupContext context) {
        if ("off".equalsIgnoreCase(Env.get("WHATSAPP_GATEWAY", "on"))) return;
        Env.override(Map.of("SESSION_DIR", sessionDir(context).toString()));
        gateway = new GatewayMain(GatewayWiring.fromEnvironment());
        gateway.start();
        context.console().println("WhatsApp gateway: in-process, "
                + ("fake".equalsIgnoreCase(Env.get("WHATSAPP_CLIENT", "cobalt")) ? "fake WhatsApp network (WHATSAPP_CLIENT=fake)"
                : "Cobalt (a phone can scan the QR code when this machine reaches WhatsApp)"));
    }

    @Override
    public void stop() {
        if (gateway != null) gateway.close();
    }

    @Override
    public int order() {
        return 100;
    }

    private static Path sessionDir(StartupContext context) {
        try {
            if (context.dataDir().isPresent()) return Files.createDirectories(context.dataDir().get().resolve("gateway"));
            return Files.createTempDirectory("parley-gateway");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for WhatsApp sessions", e);
        }
    }
}
