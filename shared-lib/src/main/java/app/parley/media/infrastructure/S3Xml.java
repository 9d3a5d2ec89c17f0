package app.parley.media.infrastructure;

import app.parley.media.infrastructure.S3Objects.ObjectVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The two S3 XML documents the media store reads: an error and a page of ListObjectVersions. */
final class S3Xml {
    private S3Xml() {}

    /** One page of versions and delete markers, and where the next page starts when S3 truncated it. */
    record VersionPage(List<ObjectVersion> versions, Optional<Marker> next) {}

    /** Where the next page of versions starts. */
    record Marker(String key, String versionId) {}

    static VersionPage versionPage(byte[] xml) {
        Element root = parse(xml).orElseThrow(() -> new S3RequestFailed("ListObjectVersions answered no XML"));
        List<ObjectVersion> versions = new ArrayList<>();
        for (String tag : List.of("Version", "DeleteMarker")) {
            NodeList entries = root.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                versions.add(new ObjectVersion(child(entry, "Key").orElse(""), child(entry, "VersionId").orElse("null"), tag.equals("DeleteMarker")));
            }
        }
        boolean truncated = child(root, "IsTruncated").map(Boolean::parseBoolean).orElse(false);
        Optional<Marker> next = truncated
                ? Optional.of(new Marker(child(root, "NextKeyMarker").orElse(""), child(root, "NextVersionIdMarker").orElse("")))
                : Optional.empty();
        return new VersionPage(versions, next);
    }

    static Optional<String> errorCode(byte[] xml) {
        return parse(xml).flatMap(root -> child(root, "Code"));
    }

    static Optional<String> errorMessage(byte[] xml) {
        return parse(xml).flatMap(root -> child(root, "Message"));
    }

    private static Optional<String> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                return Optional.of(e.getTextContent());
            }
        }
        return Optional.empty();
    }

    /** The document element; empty for an empty or non-XML body. No DTDs, no external entities. */
    private static Optional<Element> parse(byte[] xml) {
        if (xml.length == 0) return Optional.empty();
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            return Optional.of(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }
}
