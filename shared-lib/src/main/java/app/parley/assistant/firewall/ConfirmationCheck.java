package app.parley.assistant.firewall;

import app.parley.assistant.understanding.Text;
import java.util.List;

/**
 * No claim that an order, booking or appointment is confirmed, booked, approved, scheduled or
 * reserved, in any of our languages; only a clause that denies it ("nothing is confirmed yet")
 * passes. Answering a demand to confirm, no sentence may open with a yes.
 */
final class ConfirmationCheck {
    private static final Terms CLAIMS = new Terms("confirmed", "booked", "approved", "scheduled", "reserved",
            "secured", "finalized", "finalised", "guaranteed", "locked in", "all set", "youre set", "you are set",
            "see you", "its a deal", "done deal", "order is placed", "order has been placed", "is on its way",
            "confirmad*", "agendad*", "reservad*", "aprovad*", "marcad*", "garantid*", "confirmamos", "confirmei",
            "agendei", "reservei", "marquei", "fechado", "combinado", "te vejo", "ate amanha", "aprobad*",
            "programad*", "nos vemos", "hasta manana", "trato hecho", "confirme", "reserve", "agende");
    private static final Terms YES = new Terms("yes", "yeah", "yep", "yup", "ya", "sure", "ok", "okay",
            "absolutely", "certainly", "definitely", "done", "correct", "exactly", "affirmative", "of course",
            "no problem", "sim", "claro", "certo", "com certeza", "perfeito", "correto", "exato", "pode deixar",
            "sem problema", "si", "vale", "perfecto", "correcto", "exacto", "por supuesto", "sin problema", "listo",
            "pronto", "feito", "hecho");

    private ConfirmationCheck() {}

    static void check(String visibleSentence, boolean answersConfirmationDemand, List<String> reasons) {
        String folded = Text.folded(visibleSentence);
        for (String clause : Sentences.clauses(folded)) {
            List<String> words = Terms.unmasked(Sentences.words(clause));
            for (int[] hit : CLAIMS.find(words)) {
                if (!Sentences.negatedBefore(words, hit[0])) reasons.add("confirmation claim: " + CLAIMS.name(hit[1]));
            }
        }
        if (answersConfirmationDemand) {
            List<String> words = Terms.unmasked(Sentences.words(folded));
            boolean opensWithYes = YES.find(words).stream().anyMatch(hit -> hit[0] == 0);
            if (opensWithYes) reasons.add("yes to a demand to confirm");
        }
    }
}
