package app.parley.gateway.testing;

import app.parley.local.engines.LocalCredentials;
import app.parley.local.engines.MotoServer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** moto_server's KMS with one symmetric key created. */
public final class MotoKms implements AutoCloseable {
    private final MotoServer moto;
    private final KmsClient client;
    private final String keyId;

    private MotoKms(MotoServer moto) {
        this.moto = moto;
        this.client = KmsClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).build();
        this.keyId = client.createKey(b -> b.description("parley gateway test")).keyMetadata().keyId();
    }

    public static MotoKms start() {
        return new MotoKms(MotoServer.start());
    }

    public KmsClient client() { return client; }
    public String keyId() { return keyId; }

    @Override
    public void close() {
        client.close();
        moto.close();
    }
}
