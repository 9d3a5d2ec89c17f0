package app.parley.onboarding.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Throw-away mail domains (a bundled list, one a line); a sub-domain of a listed domain counts too. */
public final class DisposableDomains {
    private static final Set<String> DOMAINS = load();

    private DisposableDomains() {}

    public static boolean isDisposable(String email) {
        int at = email.lastIndexOf('@');
        if (at < 0) return false;
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        while (true) {
            if (DOMAINS.contains(domain)) return true;
            int dot = domain.indexOf('.');
            if (dot < 0 || domain.indexOf('.', dot + 1) < 0) return false;
            domain = domain.substring(dot + 1);
        }
    }

    private static Set<String> load() {
        Set<String> domains = new HashSet<>();
        try (var in = DisposableDomains.class.getResourceAsStream("disposable-domains.txt")) {
            if (in == null) throw new IllegalStateException("disposable-domains.txt is missing");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> domains.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(domains);
    }
}
