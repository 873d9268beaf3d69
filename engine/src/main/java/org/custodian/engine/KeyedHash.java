package org.custodian.engine;

/**
 * A keyed hash of a canonical value: {@code HMAC-SHA256(key, "v1|" + infoType + "|" + canonical)}.
 * The key id says which installation secret made it, so hashes from different keys are never
 * compared by mistake (see docs/keys.md on rotation).
 */
public record KeyedHash(String keyId, String hex) {
    /** The form stored and exchanged: {@code hmac-sha256:v1:<keyId>:<hex>}. */
    public String encoded() {
        return "hmac-sha256:v1:" + keyId + ":" + hex;
    }

    public static KeyedHash parse(String encoded) {
        String[] parts = encoded.split(":");
        if (parts.length != 4 || !parts[0].equals("hmac-sha256") || !parts[1].equals("v1")) {
            throw new IllegalArgumentException("not a Custodian keyed hash (hmac-sha256:v1:<keyId>:<hex>)");
        }
        return new KeyedHash(parts[2], parts[3]);
    }

    @Override
    public String toString() {
        return encoded();
    }
}
