package app.parley.local.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDynamoIT {
    private final CloudTemplate template = CloudTemplate.load(CloudTemplate.locate(Path.of("")), "parley");

    @Test
    void creates_every_table_of_the_template_with_its_indexes() {
        try (EmbeddedDynamo dynamo = EmbeddedDynamo.start(null); var client = dynamo.client()) {
            dynamo.createTables(template);
            var tenantData = client.describeTable(b -> b.tableName("parley-tenant-data")).table();
            assertThat(tenantData.globalSecondaryIndexes()).extracting(i -> i.indexName())
                    .containsExactlyInAnyOrder("GSI1", "ByTenant");
            assertThat(client.listTables().tableNames()).contains("parley-tenant-data", "parley-platform");
        }
    }

    @Test
    void keeps_items_across_restarts_when_given_a_data_dir(@TempDir Path dir) {
        try (EmbeddedDynamo dynamo = EmbeddedDynamo.start(dir); var client = dynamo.client()) {
            dynamo.createTables(template);
            client.putItem(b -> b.tableName("parley-platform").item(java.util.Map.of(
                    "PK", av("P#X"), "SK", av("Y"))));
        }
        try (EmbeddedDynamo dynamo = EmbeddedDynamo.start(dir); var client = dynamo.client()) {
            dynamo.createTables(template);
            var item = client.getItem(b -> b.tableName("parley-platform").key(java.util.Map.of(
                    "PK", av("P#X"), "SK", av("Y")))).item();
            assertThat(item).containsKey("PK");
        }
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue av(String s) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s);
    }
}
