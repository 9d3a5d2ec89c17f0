package app.parley.assistant;

import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.understanding.Understanding;

/**
 * Lets a language model lower, never raise, the embedded confidence: disagreement is doubt, and a
 * reference to a service the catalog does not have (by id or exact name) is grave doubt.
 */
final class SecondOpinion {
    private static final double DISAGREEMENT = 0.8;

    private SecondOpinion() {}

    static Understanding weigh(Understanding embedded, String customerText, Knowledge knowledge, LanguageModel model) {
        var reading = safely(model, customerText, knowledge);
        if (reading == null) return embedded;
        double confidence = embedded.confidence();
        if (reading.intent() != embedded.intent()) confidence *= DISAGREEMENT;
        if (!reading.serviceRefs().stream().allMatch(ref -> resolves(ref, knowledge))) confidence = 0;
        return new Understanding(embedded.intent(), confidence, embedded.language(), embedded.services(),
                embedded.faq(), embedded.details(), embedded.signals(), embedded.unknownOffering());
    }

    private static ModelReading safely(LanguageModel model, String text, Knowledge knowledge) {
        try {
            return model.classify(text, knowledge).orElse(null);
        } catch (RuntimeException providerFailure) {
            return null; // the embedded reading stands on its own
        }
    }

    private static boolean resolves(String ref, Knowledge knowledge) {
        return knowledge.services().stream().map(CatalogService::id).anyMatch(ref::equals)
                || knowledge.services().stream().map(CatalogService::name).anyMatch(ref::equalsIgnoreCase);
    }
}
