package app.parley.snapstart;

/** A handler that primes itself for the SnapStart snapshot; tests and the local stack can run its priming. */
public interface Primed {
    Priming priming();
}
