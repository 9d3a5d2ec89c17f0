package app.parley.webhook;

import app.parley.config.Env;
import app.parley.messaging.application.CachedPhoneNumberRoutes;
import app.parley.messaging.application.ReceivingWebhooks;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsEnvelopeQueue;
import app.parley.persistence.Tables;
import app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import java.time.Clock;
import java.time.Duration;

/** The webhook's collaborators, built once per container. */
record WebhookWiring(Handshake handshake, ReceivingWebhooks receiving) {
    static WebhookWiring fromEnvironment() {
        var routes = new CachedPhoneNumberRoutes(new DynamoPhoneNumberRoutes(Tables.platformFromEnvironment()),
                Duration.ofSeconds(60), Duration.ofSeconds(5), Clock.systemUTC());
        var inbound = new SqsEnvelopeQueue(SqsClients.shared(), Env.require("INBOUND_QUEUE_URL"));
        return new WebhookWiring(new Handshake(Env.require("WHATSAPP_VERIFY_TOKEN")),
                new ReceivingWebhooks(Env.require("WHATSAPP_APP_SECRET"), new CloudWebhookParser(), routes, inbound));
    }
}
