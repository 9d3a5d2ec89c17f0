package app.parley.persistence;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import app.parley.tenancy.model.TenantId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * Tenant-scoped credentials (AWS SaaS Factory's ABAC pattern). When {@code TENANT_DATA_ROLE_ARN} is set,
 * every request {@link TenantTable} makes for a tenant is signed with a session of that role tagged
 * {@code tenant=<tenantId>}, so IAM itself ({@code dynamodb:LeadingKeys T#${aws:PrincipalTag/tenant}#*})
 * refuses any other tenant's keys. One session per tenant and container, renewed shortly before it
 * expires; none is made before the first request for that tenant (nothing unique before a SnapStart
 * snapshot). Unset (local stack, tests): requests keep the client's own credentials.
 */
public final class TenantSessions {
    public static final String ROLE_ENV = "TENANT_DATA_ROLE_ARN";
    public static final String TAG = "tenant";
    private static final String SESSION_PREFIX = "parley-";
    private static final TenantSessions NONE = new TenantSessions(null, null);
    private static final Map<String, TenantSessions> SHARED = new ConcurrentHashMap<>();

    private final StsClient sts;
    private final String roleArn;
    private final Map<TenantId, AwsCredentialsProvider> providers = new ConcurrentHashMap<>();

    private TenantSessions(StsClient sts, String roleArn) {
        this.sts = sts;
        this.roleArn = roleArn;
    }

    /** Requests keep the client's own credentials. */
    public static TenantSessions none() { return NONE; }

    /** Sessions of {@code roleArn}, assumed through {@code sts} (whose credentials are the function's own). */
    public static TenantSessions assuming(StsClient sts, String roleArn) {
        return new TenantSessions(sts, roleArn);
    }

    /** From {@code TENANT_DATA_ROLE_ARN} (and {@code AWS_ENDPOINT_URL_STS}); one per container. */
    public static TenantSessions fromEnvironment() {
        return Env.find(ROLE_ENV).map(arn -> SHARED.computeIfAbsent(arn + "|" + Env.get("AWS_ENDPOINT_URL_STS", ""),
                k -> assuming(stsFromEnvironment(), arn))).orElse(NONE);
    }

    /** The credentials tenant {@code t}'s requests are signed with; empty when they keep the client's own. */
    public Optional<AwsCredentialsProvider> credentials(TenantId t) {
        if (roleArn == null) return Optional.empty();
        return Optional.of(providers.computeIfAbsent(t, tenant -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(request(roleArn, tenant))
                .asyncCredentialUpdateEnabled(false) // no background thread in a Lambda container
                .build()));
    }

    /** The AssumeRole call for one tenant: a session named after it and tagged with it. */
    static AssumeRoleRequest request(String roleArn, TenantId t) {
        return AssumeRoleRequest.builder()
                .roleArn(roleArn)
                .roleSessionName(sessionName(t))
                .tags(Tag.builder().key(TAG).value(t.value()).build())
                .build();
    }

    /** {@code parley-<tenantId>}: CloudTrail shows which tenant a data call was for. */
    static String sessionName(TenantId t) { return SESSION_PREFIX + t.value(); }

    private static StsClient stsFromEnvironment() {
        var builder = StsClient.builder()
                .httpClient(AwsClientDefaults.httpClient())
                .region(AwsClientDefaults.region())
                .credentialsProvider(AwsClientDefaults.credentials());
        Env.find("AWS_ENDPOINT_URL_STS").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
