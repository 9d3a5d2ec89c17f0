package app.parley.auth.passwords;

/**
 * Argon2id cost. {@link #OWASP} is OWASP's first recommendation (m=19 MiB, t=2, p=1); on the
 * 2-core build machine one hash takes about 95 ms warm (145 ms on a cold JVM).
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism) {
    public static final Argon2Parameters OWASP = new Argon2Parameters(19 * 1024, 2, 1);

    public Argon2Parameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("not valid Argon2 parameters");
        }
    }
}
