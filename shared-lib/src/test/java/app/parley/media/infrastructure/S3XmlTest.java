package app.parley.media.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class S3XmlTest {
    @Test
    void a_truncated_version_page_names_its_versions_delete_markers_and_where_the_next_page_starts() {
        var page = S3Xml.versionPage(bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Name>b</Name><Prefix>media/k</Prefix><IsTruncated>true</IsTruncated>
                  <NextKeyMarker>media/k</NextKeyMarker><NextVersionIdMarker>v2</NextVersionIdMarker>
                  <Version><Key>media/k</Key><VersionId>v1</VersionId><IsLatest>true</IsLatest></Version>
                  <DeleteMarker><Key>media/k</Key><VersionId>m1</VersionId></DeleteMarker>
                </ListVersionsResult>"""));

        assertThat(page.versions()).containsExactly(
                new S3Objects.ObjectVersion("media/k", "v1", false), new S3Objects.ObjectVersion("media/k", "m1", true));
        assertThat(page.next()).contains(new S3Xml.Marker("media/k", "v2"));
    }

    @Test
    void the_last_page_has_no_next() {
        var page = S3Xml.versionPage(bytes("<ListVersionsResult><IsTruncated>false</IsTruncated></ListVersionsResult>"));
        assertThat(page.versions()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    void an_error_document_gives_its_code_and_message_and_an_empty_body_neither() {
        byte[] error = bytes("<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>r</RequestId></Error>");
        assertThat(S3Xml.errorCode(error)).contains("AccessDenied");
        assertThat(S3Xml.errorMessage(error)).contains("Access Denied");
        assertThat(S3Xml.errorCode(new byte[0])).isEmpty();
    }

    @Test
    void a_document_with_a_doctype_is_not_parsed() {
        byte[] hostile = bytes("<!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Error><Code>&x;</Code></Error>");
        assertThat(S3Xml.errorCode(hostile)).isEmpty();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
