package app.parley.conversation.infrastructure;

import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.persistence.Tables;
import app.parley.privacy.application.GuardingCustomers;
import app.parley.privacy.infrastructure.DynamoContactSwitches;
import app.parley.conversation.application.ReplyGate;
import app.parley.tenancy.infrastructure.DynamoPlatformSwitches;
import java.time.Clock;

/** The reply gate on the DynamoDB switches and subscriptions, as both ai-reply and the sender use it. */
public final class ReplyGates {
    private ReplyGates() {}

    public static ReplyGate on(Tables tables) {
        return new ReplyGate(new DynamoPlatformSwitches(tables.platform()), new DynamoGateReads(tables.tenant()),
                new GuardingCustomers(new DynamoContactSwitches(tables.tenant()), new DynamoCustomers(tables.tenant()),
                        new DynamoConversationFlags(tables.tenant()), GuardingCustomers.Limits.DEFAULT, Clock.systemUTC()),
                Clock.systemUTC());
    }
}
