package app.parley.assistant.firewall;

import app.parley.assistant.model.Knowledge;
import app.parley.assistant.understanding.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The last gate before a text reaches a customer: it knows nothing of how the text was made
 * (template or language model) and checks it against the tenant's catalog alone. Texts are
 * normalised first (NFKC, invisible characters, look-alike letters), so tricks do not hide words.
 */
public final class OutputFirewall {

    /**
     * @param answersConfirmationDemand the customer demanded a confirmation in this turn
     */
    public Verdict check(String text, Knowledge knowledge, boolean answersConfirmationDemand) {
        TenantText tenant = TenantText.of(knowledge);
        var reasons = new ArrayList<String>();
        String visible = Text.visible(text);
        if (visible.isBlank()) reasons.add("empty text");
        for (String sentence : Sentences.of(visible)) checkSentence(sentence, tenant, answersConfirmationDemand, reasons);
        return reasons.isEmpty() ? new Verdict.Passed() : new Verdict.Blocked(reasons);
    }

    private static void checkSentence(String sentence, TenantText tenant, boolean confirmDemand, List<String> reasons) {
        AmountCheck.check(sentence, tenant, reasons);
        ConfirmationCheck.check(sentence, confirmDemand, reasons);
        if (tenant.isQuoted(sentence)) return;
        PercentCheck.check(sentence, reasons);
        OfferCheck.check(sentence, reasons);
        ForeignNameCheck.check(sentence, tenant, reasons);
    }
}
