package app.parley.local.seed;

import java.io.PrintStream;

/** The logins of the built-in demo (demo-seed.json), printed at start. Local use only. */
final class DemoLogins {
    private DemoLogins() {}

    static void print(PrintStream out) {
        out.println("Demo logins:");
        out.println("  platform owner  owner@demo.parley.local / Demo-Owner-2026!");
        out.println("  business admin  admin@harbour-bikes.example / Harbour-Admin-2026!");
        out.println("  manager         manager@harbour-bikes.example / Harbour-Manager-2026!");
        out.println("  agent           agent@harbour-bikes.example / Harbour-Agent-2026!");
        out.println("Demo WhatsApp number: phone_number_id 100000000000099 (Cloud API)");
    }
}
