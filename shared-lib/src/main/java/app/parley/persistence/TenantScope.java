package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;

/**
 * The tenant a single DynamoDB request acts for, carried on the request itself (not a
 * ThreadLocal) so {@link TenantIsolationInterceptor} can check every key against it.
 */
public final class TenantScope {
    public static final ExecutionAttribute<TenantId> TENANT = new ExecutionAttribute<>("parley.tenantScope");

    private TenantScope() {}

    public static AwsRequestOverrideConfiguration of(TenantId tenant) {
        return AwsRequestOverrideConfiguration.builder().putExecutionAttribute(TENANT, tenant).build();
    }
}
