package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The second wall around tenant data: every request to the tenant table must carry a
 * {@link TenantScope}, and every partition key it names (PK, GSI1PK, TPK) must start with
 * that tenant's prefix. Scan and PartiQL on the tenant table are refused outright.
 */
public final class TenantIsolationInterceptor implements ExecutionInterceptor {
    public static final String ALARM = "TENANT_ISOLATION_VIOLATION";
    private static final Logger LOG = LoggerFactory.getLogger(TenantIsolationInterceptor.class);

    private final IsolationRules rules;
    private final List<IsolationViolationListener> listeners = new CopyOnWriteArrayList<>();

    public TenantIsolationInterceptor(String tenantTable) {
        this.rules = new IsolationRules(tenantTable);
    }

    public void addListener(IsolationViolationListener listener) {
        listeners.add(listener);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        TenantId scope = attributes.getAttribute(TenantScope.TENANT);
        rules.refusal(context.request(), scope).ifPresent(reason -> {
            String operation = context.request().getClass().getSimpleName().replace("Request", "");
            refuse(new TenantIsolationViolation(operation, scope, reason));
        });
    }

    private void refuse(TenantIsolationViolation violation) {
        LOG.atError().addKeyValue("alarm", ALARM)
                .addKeyValue("operation", violation.operation())
                .addKeyValue("scope", violation.scope() == null ? "none" : violation.scope().value())
                .addKeyValue("reason", violation.reason())
                .log("tenant isolation violation refused");
        for (IsolationViolationListener listener : listeners) {
            try {
                listener.onViolation(violation);
            } catch (RuntimeException e) {
                LOG.atError().addKeyValue("alarm", ALARM).setCause(e).log("could not record a tenant isolation violation");
            }
        }
        throw violation;
    }
}
