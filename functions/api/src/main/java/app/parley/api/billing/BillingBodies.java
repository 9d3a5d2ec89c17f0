package app.parley.api.billing;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Check;
import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceLine;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.PlatformFigures;
import app.parley.billing.model.Subscription;
import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bodies of the billing endpoints. Money is always a decimal string with its currency, never a JSON number. */
public final class BillingBodies {
    private static final String DECIMAL = "[0-9]{1,12}(\\.[0-9]{1,12})?";

    private BillingBodies() {}

    /** A plan as the super admin defines it; every field is required (a PUT replaces the plan). */
    public record PlanInput(String name, String monthlyPrice, String currency, Long includedMessages, Long includedAiTokens,
                            String messageOverageRate, String aiTokenOverageRate, Integer maxUsers, Integer maxNumbers,
                            Integer trialDays) {
        public PlanInput {
            name = Check.text("name", name, 100);
            Currency code = BillingBodies.currency("currency", currency);
            price("monthlyPrice", monthlyPrice, code);
            Check.that(Check.present("includedMessages", includedMessages) >= 0, "includedMessages", "is 0 or more.");
            Check.that(Check.present("includedAiTokens", includedAiTokens) >= 0, "includedAiTokens", "is 0 or more.");
            rate("messageOverageRate", messageOverageRate);
            rate("aiTokenOverageRate", aiTokenOverageRate);
            Check.that(Check.present("maxUsers", maxUsers) >= 1 && maxUsers <= 10_000, "maxUsers", "is a whole number from 1 to 10000.");
            Check.that(Check.present("maxNumbers", maxNumbers) >= 1 && maxNumbers <= 1_000, "maxNumbers", "is a whole number from 1 to 1000.");
            Check.that(Check.present("trialDays", trialDays) >= 0 && trialDays <= 365, "trialDays", "is a whole number from 0 to 365.");
        }

        Plan plan(PlanId id) {
            Currency code = Currency.getInstance(currency);
            return new Plan(id, name, price("monthlyPrice", monthlyPrice, code), includedMessages, includedAiTokens,
                    new BigDecimal(messageOverageRate), new BigDecimal(aiTokenOverageRate), maxUsers, maxNumbers, trialDays);
        }
    }

    public record PlanView(String id, String name, String monthlyPrice, String currency, long includedMessages, long includedAiTokens,
                           String messageOverageRate, String aiTokenOverageRate, int maxUsers, int maxNumbers, int trialDays) {
        public static PlanView of(Plan p) {
            return new PlanView(p.id().value(), p.name(), p.monthlyPrice().toDecimalString(), p.currency().getCurrencyCode(),
                    p.includedMessages(), p.includedAiTokens(), p.messageOverageRate().toPlainString(),
                    p.aiTokenOverageRate().toPlainString(), p.maxUsers(), p.maxNumbers(), p.trialDays());
        }
    }

    public record TrialInput(String planId) {
        public TrialInput { planId(planId); }

        PlanId plan() { return planId(planId); }

        private static PlanId planId(String value) {
            Check.text("planId", value, 40);
            try {
                return new PlanId(value);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("planId", "is not a plan id.");
            }
        }
    }

    /** Where the payment page sends the admin back; both optional (default: the calling panel). */
    public record CheckoutInput(String successUrl, String cancelUrl) {
        public CheckoutInput {
            successUrl = url("successUrl", successUrl);
            cancelUrl = url("cancelUrl", cancelUrl);
        }

        private static String url(String field, String value) {
            if (value == null) return null;
            Check.text(field, value, 2000);
            try {
                URI uri = URI.create(value);
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) return value;
            } catch (IllegalArgumentException ignored) {
                // answered below
            }
            throw ApiProblem.invalid(field, "is an absolute http(s) URL.");
        }
    }

    public record CheckoutView(String sessionId, String url, String amount, String currency) {}

    public record PlanSummary(String id, String name, String monthlyPrice, String currency, int trialDays) {
        static PlanSummary of(Plan p) {
            return new PlanSummary(p.id().value(), p.name(), p.monthlyPrice().toDecimalString(), p.currency().getCurrencyCode(), p.trialDays());
        }
    }

    /**
     * The tenant's standing: no subscription (a tenant from before billing) may still reply automatically.
     * {@code monthlyPrice} is the price locked when the subscription started, which may differ from the plan's today.
     */
    public record BillingView(boolean subscribed, String status, PlanSummary plan, String monthlyPrice, String currency,
                              Instant startedAt, Instant trialEndsAt, Instant paidThrough, Instant graceEndsAt,
                              boolean automaticRepliesAllowed) {
        static BillingView of(Optional<Subscription> subscription, Optional<Plan> plan, boolean automaticReplies) {
            if (subscription.isEmpty()) return new BillingView(false, null, null, null, null, null, null, null, null, automaticReplies);
            Subscription s = subscription.get();
            return new BillingView(true, s.status().name(), plan.map(PlanSummary::of).orElse(null), s.monthlyPrice().toDecimalString(),
                    s.monthlyPrice().currency().getCurrencyCode(), s.startedAt(), s.trialEndsAt(), s.paidThrough(), s.graceEndsAt(),
                    automaticReplies);
        }
    }

    public record InvoiceSummary(String number, String period, String status, Instant issuedAt, String total, String currency) {
        static InvoiceSummary of(Invoice i) {
            return new InvoiceSummary(i.number().text(), i.period(), i.status().name(), i.issuedAt(), i.total().toDecimalString(),
                    i.total().currency().getCurrencyCode());
        }
    }

    public record LineView(String description, String quantity, String unitPrice, String amount) {
        static LineView of(InvoiceLine l) {
            return new LineView(l.description(), l.quantity().toPlainString(), l.unitPrice().toPlainString(), l.amount().toDecimalString());
        }
    }

    public record InvoiceView(String number, String period, String status, Instant issuedAt, String currency, List<LineView> lines,
                              String total) {
        static InvoiceView of(Invoice i) {
            return new InvoiceView(i.number().text(), i.period(), i.status().name(), i.issuedAt(), i.total().currency().getCurrencyCode(),
                    i.lines().stream().map(LineView::of).toList(), i.total().toDecimalString());
        }
    }

    public record Amount(String amount, String currency) {
        static List<Amount> of(List<Money> money) {
            return money.stream().map(m -> new Amount(m.toDecimalString(), m.currency().getCurrencyCode())).toList();
        }
    }

    public record TenantRevenueView(String tenantId, String slug, List<Amount> paid) {}

    /** Ratios are decimal strings with 4 places ("0.2500" = 25 %). */
    public record FiguresView(List<Amount> mrr, long activeSubscriptions, long trialsStarted, long trialsConverted, String trialConversion,
                              long suspensions, long churned, String churnRate, List<TenantRevenueView> revenuePerTenant) {
        static FiguresView of(PlatformFigures f, Map<String, String> slugs) {
            return new FiguresView(Amount.of(f.mrr()), f.activeSubscriptions(), f.trialsStarted(), f.trialsConverted(),
                    f.trialConversion().toPlainString(), f.suspensions(), f.churned(), f.churnRate().toPlainString(),
                    f.revenuePerTenant().stream().map(r -> new TenantRevenueView(r.tenant().value(), slugs.get(r.tenant().value()),
                            Amount.of(r.paid()))).toList());
        }
    }

    static Currency currency(String field, String code) {
        Check.text(field, code, 3);
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() >= 0) return currency;
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw ApiProblem.invalid(field, "is an ISO-4217 code such as USD.");
    }

    static Money price(String field, String value, Currency currency) {
        Check.text(field, value, 30);
        if (!value.matches(DECIMAL)) throw ApiProblem.invalid(field, "is a decimal string such as \"49.00\", not negative.");
        BigDecimal amount = new BigDecimal(value);
        int digits = currency.getDefaultFractionDigits();
        if (amount.scale() > digits) {
            throw ApiProblem.invalid(field, "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ").");
        }
        return new Money(amount, currency);
    }

    static void rate(String field, String value) {
        Check.text(field, value, 30);
        if (!value.matches(DECIMAL)) throw ApiProblem.invalid(field, "is a decimal string per unit such as \"0.0015\", not negative.");
    }
}
