package app.parley.assistant.understanding;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one customer message against the tenant's knowledge and the conversation so far. */
public final class Understander {
    private static final double CUE_MIN = 0.9;
    /** Longer messages are read only this far: they go to a person anyway (see IntentRules). */
    private static final int MAX_ANALYSED_CHARS = 1200;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\\n])\\s+");
    private static final Pattern MARKUP = Pattern.compile("</?\\s*\\w+\\s*>|\\[/?(?:INST|SYSTEM)]|<\\|", Pattern.CASE_INSENSITIVE);

    public Understanding understand(CustomerMessage message, ConversationState state, Knowledge knowledge) {
        String visible = Text.visible(message.text());
        int wordCount = Text.words(visible).size();
        if (visible.length() > MAX_ANALYSED_CHARS) visible = visible.substring(0, MAX_ANALYSED_CHARS);
        Language language = LanguageGuess.guess(visible, Text.words(visible))
                .orElse(state.language() != null ? state.language() : knowledge.language());
        if (!isInjection(visible)) return read(visible, wordCount, state, knowledge, language, false);
        String legitimate = withoutInjectedSentences(visible);
        Understanding rest = read(legitimate, wordCount, state, knowledge, language, true);
        return switch (rest.intent()) {
            case PRICE_QUESTION, CATALOG_LISTING, FAQ, ORDER, GIVING_DETAILS, COMPLAINT, HUMAN_REQUEST, ABUSE -> rest;
            default -> new Understanding(Intent.PROMPT_INJECTION, 0.95, language, List.of(),
                    java.util.Optional.empty(), rest.details(), withInjection(rest.signals()), false);
        };
    }

    private Understanding read(String visible, int wordCount, ConversationState state, Knowledge knowledge,
                               Language language, boolean injected) {
        ExtractedDetails extracted = DetailExtractor.extract(visible);
        List<String> words = Text.words(extracted.remainder());
        var signals = signals(words, visible);
        var services = ServiceMatcher.match(withJoinedPairs(words), knowledge);
        if (proposesOwnPrice(visible, services, knowledge)) signals.put(Signal.PROPOSED_PRICE, 1.0);
        if (CustomerAmounts.mentionsPercentage(visible)) signals.put(Signal.PERCENTAGE, 1.0);
        if (injected || extracted.suspicious()) signals.put(Signal.INJECTION, 1.0);
        var evidence = new Evidence(signals, services, FaqMatcher.match(withJoinedPairs(words), knowledge),
                namesOtherOffering(words, knowledge), extracted.details(), state, legitimateLength(visible, wordCount));
        Reading reading = extracted.suspicious() && !injected
                ? new Reading(Intent.PROMPT_INJECTION, 0.95) : IntentRules.classify(evidence);
        return new Understanding(reading.intent(), reading.confidence(), language, services, evidence.faq(),
                extracted.details(), signals.keySet(), evidence.unknownOffering());
    }

    /** The words the customer wrote, even past what is analysed; an injection-only remainder is empty. */
    private static int legitimateLength(String analysed, int wordCount) {
        return Text.words(analysed).isEmpty() ? 0 : wordCount;
    }

    private static boolean isInjection(String visible) {
        if (MARKUP.matcher(visible).find()) return true;
        return strength(Text.words(visible), Signal.INJECTION) >= CUE_MIN;
    }

    private static String withoutInjectedSentences(String visible) {
        var kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(visible)) {
            if (!isInjection(sentence)) kept.append(sentence).append(' ');
        }
        return kept.toString().trim();
    }

    private static Map<Signal, Double> signals(List<String> words, String visible) {
        var found = new EnumMap<Signal, Double>(Signal.class);
        for (Signal signal : Lexicon.CUES.keySet()) {
            double strength = strength(words, signal);
            if (strength >= CUE_MIN) found.put(signal, strength);
        }
        return found;
    }

    private static double strength(List<String> words, Signal signal) {
        int gap = Lexicon.GAPPED.contains(signal) ? PhraseMatch.DEFAULT_GAP : 0;
        double best = 0;
        for (List<String> cue : Lexicon.CUES.get(signal)) {
            best = Math.max(best, PhraseMatch.score(words, cue, gap, Lexicon.CUE_WORDS));
        }
        return best;
    }

    /** An amount the customer names that is not the catalog price of what they asked about. */
    private static boolean proposesOwnPrice(String visible, List<ServiceMatch> services, Knowledge knowledge) {
        List<CatalogService> candidates = services.isEmpty()
                ? knowledge.services() : services.stream().map(ServiceMatch::service).toList();
        for (BigDecimal amount : CustomerAmounts.amounts(visible)) {
            if (candidates.stream().noneMatch(s -> s.price().amount().compareTo(amount) == 0)) return true;
        }
        return false;
    }

    private static boolean namesOtherOffering(List<String> words, Knowledge knowledge) {
        Set<String> vocabulary = vocabulary(knowledge);
        for (String offering : Lexicon.OTHER_OFFERINGS) {
            List<String> phrase = List.of(offering.split(" "));
            if (phrase.stream().allMatch(w -> vocabulary.contains(Text.stem(w)))) continue;
            if (PhraseMatch.score(words, phrase) >= CUE_MIN) return true;
        }
        return false;
    }

    private static Set<String> vocabulary(Knowledge knowledge) {
        var texts = new ArrayList<String>();
        texts.add(knowledge.businessName());
        for (CatalogService s : knowledge.services()) {
            texts.add(s.name());
            texts.add(s.description());
            texts.addAll(s.keywords());
            texts.addAll(s.includes());
        }
        for (Faq faq : knowledge.faqs()) {
            texts.add(faq.question());
            texts.add(faq.answer());
        }
        var vocabulary = new HashSet<String>();
        for (String text : texts) for (String w : Text.words(text)) vocabulary.add(Text.stem(w));
        return vocabulary;
    }

    /** Adds "checkup" for "check up": customers split and join words freely. */
    private static List<String> withJoinedPairs(List<String> words) {
        var all = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) all.add(words.get(i) + words.get(i + 1));
        return all;
    }

    private static Set<Signal> withInjection(Set<Signal> signals) {
        var all = new HashSet<>(signals);
        all.add(Signal.INJECTION);
        return all;
    }
}
