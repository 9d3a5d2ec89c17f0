package app.parley.media.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SHA-256 as Meta writes it: base64 in webhooks, hex in the media lookup. An expected digest
 * that is neither never matches.
 */
public final class MediaDigest {
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private MediaDigest() {}

    public static boolean matches(String expected, byte[] bytes) {
        return decode(expected).map(digest -> MessageDigest.isEqual(digest, sha256(bytes))).orElse(false);
    }

    private static Optional<byte[]> decode(String expected) {
        if (HEX.matcher(expected).matches()) return Optional.of(HexFormat.of().parseHex(expected));
        try {
            byte[] digest = Base64.getDecoder().decode(expected.trim());
            return digest.length == 32 ? Optional.of(digest) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
