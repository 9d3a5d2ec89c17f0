package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;

/**
 * The tenant a single DynamoDB request acts for, carried on the request itself (not a
 * ThreadLocal) so {@link TenantIsolationInterceptor} can check every key against it, and, in AWS,
 * signed with that tenant's session ({@link TenantSessions}).
 */
public final class TenantScope {
    public static final ExecutionAttribute<TenantId> TENANT = new ExecutionAttribute<>("parley.tenantScope");

    private TenantScope() {}

    public static AwsRequestOverrideConfiguration of(TenantId tenant) {
        return of(tenant, TenantSessions.none());
    }

    /**
     * The scope, and the tenant's own session when {@code sessions} has one: request-level credentials are
     * the SDK's supported way to sign one request differently (an interceptor's {@code modifyRequest} is too
     * late; identity is resolved before it runs, see aws-sdk-java-v2 PR #5534).
     */
    public static AwsRequestOverrideConfiguration of(TenantId tenant, TenantSessions sessions) {
        var scope = AwsRequestOverrideConfiguration.builder().putExecutionAttribute(TENANT, tenant);
        sessions.credentials(tenant).ifPresent(scope::credentialsProvider);
        return scope.build();
    }
}
