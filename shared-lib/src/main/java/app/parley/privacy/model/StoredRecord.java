package app.parley.privacy.model;

import java.util.Map;

/**
 * One stored item of a tenant as plain values (strings, numbers, booleans, lists, maps), personal
 * fields already opened; {@code kind} says what it is (e.g. {@code CUST}, {@code CONV}, {@code ORDER}).
 */
public record StoredRecord(String pk, String sk, String kind, Map<String, Object> attributes) {
    public StoredRecord {
        attributes = Map.copyOf(attributes);
    }
}
