package app.parley.gateway.client;

/** The two halves of a WhatsApp Web session that must survive a restart. */
public enum StatePart {
    /** Signal and noise keys: lose them and the phone must scan a QR again. */
    KEYS,
    /** Account and contact metadata. */
    STORE;

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".bin";
    }
}
