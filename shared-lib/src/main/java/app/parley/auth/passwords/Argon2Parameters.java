package app.parley.auth.passwords;

/**
 * Argon2id cost. {@link #OWASP} is OWASP's first recommendation (m=19 MiB, t=2, p=1); on the
 * 2-core build machine (busy) one verify takes 84-95 ms once the JIT is warm, but the very first
 * hash of a cold JVM about 0.5 s: prime it (verify one constant hash) before a SnapStart snapshot.
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {
    public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

    public Argon2Parameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("not valid Argon2 parameters");
        }
    }
}
