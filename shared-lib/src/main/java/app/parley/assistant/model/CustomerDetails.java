package app.parley.assistant.model;

import java.util.EnumSet;
import java.util.Set;

/** Details the customer gave, exactly as written (never echoed back, only passed to staff). */
public record CustomerDetails(String name, String preferredTime, String address) {

    public static final CustomerDetails NONE = new CustomerDetails(null, null, null);

    /** Newer details win field by field; absent ones keep the older value. */
    public CustomerDetails mergedWith(CustomerDetails newer) {
        return new CustomerDetails(
                newer.name != null ? newer.name : name,
                newer.preferredTime != null ? newer.preferredTime : preferredTime,
                newer.address != null ? newer.address : address);
    }

    public Set<DetailField> present() {
        var present = EnumSet.noneOf(DetailField.class);
        if (name != null) present.add(DetailField.NAME);
        if (preferredTime != null) present.add(DetailField.PREFERRED_TIME);
        if (address != null) present.add(DetailField.ADDRESS);
        return present;
    }

    public boolean nothingGiven() {
        return present().isEmpty();
    }
}
