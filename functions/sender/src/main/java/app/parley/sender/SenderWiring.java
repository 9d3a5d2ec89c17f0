package app.parley.sender;

import app.parley.config.Env;
import app.parley.conversation.application.Backoff;
import app.parley.conversation.application.HumanlikeDelays;
import app.parley.conversation.infrastructure.ReplyGates;
import app.parley.conversation.application.SendingReplies;
import app.parley.conversation.application.StoredMediaUploads;
import app.parley.conversation.application.TrackingDelivery;
import app.parley.media.infrastructure.MediaStores;
import app.parley.conversation.infrastructure.DynamoConversationFlags;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoOutboundLedger;
import app.parley.billing.infrastructure.SqsUsagePublisher;
import app.parley.conversation.infrastructure.DynamoUsageCounters;
import app.parley.conversation.infrastructure.SecretWhatsAppTokens;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsOutboundQueue;
import app.parley.messaging.infrastructure.SqsVisibility;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.whatsapp.cloud.GraphApiClient;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The sender's collaborators, built once per container; unofficial tenants' messages go on to the gateway's queue, and
 * Meta's statuses (the status queue) settle the outbound ledger through {@code tracking}.
 */
public record SenderWiring(SendingReplies sending, SqsVisibility visibility, TrackingDelivery tracking) {
    /**
     * How long a send waits for Meta's answer. Longer than the 5 s it was (a slow answer is still an answer, and a
     * send without one is in doubt for minutes), short enough that read receipt (3 s), typing pause (≤ 5 s) and send fit
     * the function's 20 s timeout, itself a sixth of the queue's 120 s visibility timeout as AWS advises.
     */
    static final Duration GRAPH_TIMEOUT = Duration.ofSeconds(8);

    public static SenderWiring fromEnvironment() {
        SenderPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        var graph = new GraphApiClient(Env.get(GraphApiClient.BASE_URL_VARIABLE, GraphApiClient.DEFAULT_BASE_URL),
                Duration.ofMillis(Long.parseLong(Env.get("SENDER_GRAPH_TIMEOUT_MS", Long.toString(GRAPH_TIMEOUT.toMillis())))));
        var ports = new SendingReplies.Ports(new DynamoOutboundLedger(tables.tenant()),
                new DynamoConversations(tables.tenant()), new DynamoConversationFlags(tables.tenant()),
                ReplyGates.on(tables), new PhoneNumberBreakers(Duration.ofSeconds(5)),
                SecretWhatsAppTokens.fromEnvironment(), graph, new DynamoUsageCounters(tables.tenant(),
                new app.parley.reports.infrastructure.DynamoPlatformDailyFigures(tables.platform())),
                new SqsUsagePublisher(SqsClients.shared(), Env.require("USAGE_EVENTS_QUEUE_URL")),
                new StoredMediaUploads(MediaStores.fromEnvironment(), graph),
                new SqsOutboundQueue(SqsClients.shared(), Env.require("GATEWAY_OUTBOUND_QUEUE_URL")));
        boolean humanlike = !"off".equalsIgnoreCase(Env.get("HUMANLIKE_DELAYS", "on"));
        var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(Long.parseLong(Env.get("SENDER_MAX_BACKOFF_SECONDS", "20"))),
                RandomGenerator.getDefault());
        var sending = new SendingReplies(ports, HumanlikeDelays.standard(humanlike), SenderWiring::sleep, backoff, Clock.systemUTC(),
                doubtWindow());
        var tracking = new TrackingDelivery(new DynamoOutboundLedger(tables.tenant()), new DynamoConversations(tables.tenant()),
                new DynamoConversationFlags(tables.tenant()), Clock.systemUTC());
        return new SenderWiring(sending, new SqsVisibility(SqsClients.shared(), Env.require("OUTBOUND_QUEUE_URL")), tracking);
    }

    /** {@code SENDER_DOUBT_WINDOW_SECONDS} (default 300) and {@code SENDER_DOUBT_RECHECK_SECONDS} (default 15). */
    static SendingReplies.DoubtWindow doubtWindow() {
        var standard = SendingReplies.DoubtWindow.STANDARD;
        return new SendingReplies.DoubtWindow(
                Duration.ofSeconds(Long.parseLong(Env.get("SENDER_DOUBT_WINDOW_SECONDS", Long.toString(standard.window().toSeconds())))),
                Duration.ofSeconds(Long.parseLong(Env.get("SENDER_DOUBT_RECHECK_SECONDS", Long.toString(standard.recheckEvery().toSeconds())))));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
