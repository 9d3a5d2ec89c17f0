package app.parley.api.onboarding;

import app.parley.config.InvocationLog;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.persistence.Tables;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.infrastructure.DynamoTenantPurge;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.Map;

/** The hourly schedule (template.yaml {@code ErasureSweepFunction}): erases businesses whose cooling-off period has passed. */
public final class ErasureSweepHandler implements RequestHandler<Object, Object>, Primed {
    private final ErasingDueTenants erasing;
    /** Before the snapshot: the SDK's DynamoDB path through canned answers; nothing is erased. */
    private final Priming priming = Priming.register("erasure-sweep",
            Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));

    public ErasureSweepHandler() {
        this(wired(tablesFromEnvironment(), Clock.systemUTC()));
    }

    private static Tables tablesFromEnvironment() {
        StartUp.alongside("erasure-sweep", StartUp.tls(), Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));
        return Tables.fromEnvironment(TenantCryptos.fromEnvironment());
    }

    public ErasureSweepHandler(ErasingDueTenants erasing) {
        this.erasing = erasing;
    }

    public static ErasingDueTenants wired(Tables tables, Clock clock) {
        var tenants = new DynamoTenants(tables);
        return new ErasingDueTenants(new Erasures(tables.platform()), tenants,
                new ChangingTenantLifecycle(tenants, new DynamoTenantPurge(tables)), new OutboxMailer(tables.platform(), clock), clock);
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public Object handleRequest(Object event, Context context) {
        var sweep = InvocationLog.around(context, erasing::eraseDue);
        return Map.of("erased", sweep.erased(), "restoredMeanwhile", sweep.restoredMeanwhile());
    }
}
