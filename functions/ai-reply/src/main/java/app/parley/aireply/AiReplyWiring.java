package app.parley.aireply;

import app.parley.config.AwsClientDefaults;
import app.parley.assistant.application.AssistantAnswering;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.care.application.CustomerCareDesk;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.notifications.application.MailingNotifications;
import app.parley.notifications.infrastructure.DynamoNotifications;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.infrastructure.DynamoPlatformDailyFigures;
import app.parley.reports.infrastructure.DynamoPlatformDailyFigures;
import app.parley.reviews.application.TakingReviewAnswers;
import app.parley.reviews.infrastructure.DynamoReviews;
import app.parley.tickets.application.OpeningTickets;
import app.parley.tickets.infrastructure.DynamoTickets;
import app.parley.assistant.providers.LanguageModels;
import app.parley.assistant.providers.ProviderKeys;
import app.parley.billing.application.UsagePublisher;
import app.parley.billing.infrastructure.SqsUsagePublisher;
import app.parley.catalog.infrastructure.DynamoFaqs;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.config.Env;
import app.parley.conversation.infrastructure.ReplyGates;
import app.parley.conversation.application.ReplyingToCustomers;
import app.parley.conversation.application.TrackingDelivery;
import app.parley.conversation.infrastructure.DynamoConversationFlags;
import app.parley.conversation.infrastructure.DynamoConversationMemories;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoCustomerConversations;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.conversation.infrastructure.DynamoUsageCounters;
import app.parley.conversation.infrastructure.SecretWhatsAppTokens;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsEnvelopeQueue;
import app.parley.orders.infrastructure.SqsOrderRequestQueue;
import app.parley.persistence.Tables;
import app.parley.whatsapp.cloud.GraphApiClient;
import java.time.Clock;
import java.util.Map;
import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.quotations.application.AnsweringQuotations;
import app.parley.quotations.application.QuotationAwareAnswering;
import app.parley.quotations.infrastructure.DynamoQuotations;

/** The ai-reply function's collaborators, built once per container. */
record AiReplyWiring(ReplyingToCustomers replying, TrackingDelivery tracking) {
    static AiReplyWiring fromEnvironment() {
        AiReplyPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        var conversations = new DynamoConversations(tables.tenant());
        var ledger = new DynamoOutboundLedger(tables.tenant());
        var flags = new DynamoConversationFlags(tables.tenant());
        var billing = new SqsUsagePublisher(SqsClients.shared(), Env.require("USAGE_EVENTS_QUEUE_URL"));
        var media = MediaWiring.inboundMedia(new GraphApiClient(), SecretWhatsAppTokens.fromEnvironment());
        var ports = new ReplyingToCustomers.Ports(
                new DynamoCustomerConversations(tables, new DynamoCustomers(tables.tenant()), conversations),
                conversations, new DynamoMessages(tables.tenant()), ledger,
                ReplyGates.on(tables), new DynamoServices(tables.tenant()),
                new DynamoFaqs(tables.tenant()), new QuotationAwareAnswering(new AnsweringQuotations(
                        new DynamoQuotations(tables.tenant()), new DynamoAuditEvents(tables), Clock.systemUTC()), assistant(tables, billing)),
                new SqsEnvelopeQueue(SqsClients.shared(), Env.require("OUTBOUND_QUEUE_URL")), media,
                new DynamoUsageCounters(tables.tenant(), new DynamoPlatformDailyFigures(tables.platform())),
                new DynamoConversationMemories(tables.tenant()),
                new SqsOrderRequestQueue(SqsClients.shared(), Env.require("ORDER_REQUESTS_QUEUE_URL")), billing, care(tables));
        return new AiReplyWiring(new ReplyingToCustomers(ports, Clock.systemUTC()),
                new TrackingDelivery(ledger, conversations, flags, Clock.systemUTC()));
    }

    /** Complaints to tickets, review answers, escalations to staff (in the panel and by mail). */
    private static CustomerCareDesk care(Tables tables) {
        var notifications = new MailingNotifications(new DynamoNotifications(tables.tenant()), new DynamoUsers(tables),
                new OutboxMailer(tables.platform(), Clock.systemUTC()));
        return new CustomerCareDesk(new OpeningTickets(new DynamoTickets(tables), new DynamoLookupTables(tables.tenant())),
                new TakingReviewAnswers(new DynamoReviews(tables), notifications), notifications, new DynamoDailyFigures(tables.tenant()),
                new DynamoPlatformDailyFigures(tables.platform()));
    }

    /** The safe assistant; with {@code AI_PROVIDER} other than local, its language models in fallback order. */
    private static AssistantAnswering assistant(Tables tables, UsagePublisher billing) {
        Map<String, String> env = Env.all();
        var models = LanguageModels.from(env, ProviderKeys.fromEnvironment(env),
                new PublishedTokenUsage(billing, Clock.systemUTC()),
                AwsClientDefaults.credentials());
        return new AssistantAnswering(new DynamoLookupTables(tables.tenant()), models::forTenant, Clock.systemUTC());
    }
}
