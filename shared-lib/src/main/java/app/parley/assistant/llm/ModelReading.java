package app.parley.assistant.llm;

import app.parley.assistant.understanding.Intent;
import java.util.List;

/**
 * What a language model thinks a message means. Untrusted: an intent that disagrees with the
 * embedded reading only lowers confidence, and a service reference that is not a catalog id or
 * exact catalog name makes the whole reading doubtful. There is no field for a price on purpose.
 */
public record ModelReading(Intent intent, double confidence, List<String> serviceRefs) {
    public ModelReading {
        serviceRefs = serviceRefs == null ? List.of() : List.copyOf(serviceRefs);
    }
}
