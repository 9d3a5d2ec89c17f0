package app.parley.platform.application;

/** Port to the secret store (AWS Secrets Manager): values go in and are read by the functions that need them, never by browsers. */
public interface Secrets {
    /** Creates the secret or stores a new version of it. */
    void put(String name, String value);

    /** Whether the secret exists and has a value (what the admin panel may know about it). */
    boolean exists(String name);

    java.util.Optional<String> read(String name);
}
