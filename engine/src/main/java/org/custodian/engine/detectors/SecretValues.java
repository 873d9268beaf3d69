package org.custodian.engine.detectors;

import java.util.Locale;
import java.util.Set;

/**
 * Judges a candidate secret value found after a key such as {@code password=}: is it a literal
 * secret, or a placeholder, template variable or code reference that merely names one? Documents,
 * sample configs and source code are full of the latter ({@code changeme}, {@code ${DB_PASSWORD}},
 * {@code <password>}, {@code ****}), and reporting them would drown the real leaks.
 */
final class SecretValues {
    private static final Set<String> PLACEHOLDER_WORDS = Set.of(
            "changeme", "change_me", "change-me", "changeit", "password", "passwd", "pwd", "pass",
            "secret", "token", "apikey", "api_key", "null", "nil", "none", "true", "false", "undefined",
            "redacted", "removed", "hidden", "masked", "example", "dummy", "sample", "placeholder",
            "todo", "tbd", "empty", "default", "required", "optional", "string", "str", "value",
            "your_password", "yourpassword", "your-password", "mypassword", "my_password", "letmein",
            "secret_key", "your_secret", "your_token", "your_api_key", "test", "testing",
            // type names: annotations and docs ("password: bytes", "token (str)")
            "bytes", "bool", "boolean", "int", "integer", "object", "any", "list", "dict", "char", "text");

    private SecretValues() {
    }

    /** Letters, digits and symbols: how many of the three classes a value mixes. */
    static int characterClasses(char[] b, int start, int end) {
        boolean letter = false, digit = false, other = false;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') digit = true;
            else if (Character.isLetter(c)) letter = true;
            else other = true;
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /**
     * True when the value is not a literal secret: empty, one repeated character ({@code ****},
     * {@code xxxx}), a template or environment reference ({@code ${X}}, {@code $X}, {@code {{x}}},
     * {@code %s}, {@code <password>}, {@code ENC(...)}, a YAML tag), a well-known placeholder word,
     * or text that says it is an example.
     */
    static boolean isPlaceholder(char[] b, int start, int end) {
        int n = end - start;
        if (n <= 0) return true;
        char first = b[start];
        char last = b[end - 1];
        if (first == '$' || first == '%' || first == '<' || first == '!' || first == '#' && n > 1 && b[start + 1] == '{') {
            return true;
        }
        if (first == '{' && n > 1 && b[start + 1] == '{' || last == '>' || last == '}' && first == '{') return true;
        if (n > 4 && b[start] == 'E' && b[start + 1] == 'N' && b[start + 2] == 'C' && b[start + 3] == '(') return true;
        if (sameCharacter(b, start, end) || hasMaskRun(b, start, end) || isVersionNumber(b, start, end)) return true;
        if (n > 40) return false;
        String lower = new String(b, start, n).toLowerCase(Locale.ROOT);
        return PLACEHOLDER_WORDS.contains(lower)
                || lower.contains("example") || lower.contains("changeme") || lower.contains("placeholder")
                || lower.startsWith("your") || lower.endsWith("_here") || lower.endsWith("-here")
                || lower.contains("redacted") || lower.contains("dummy");
    }

    private static final String[] KEY_FILE_EXTENSIONS = {
        ".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".json", ".crt", ".der", ".txt", ".yaml", ".yml", ".asc", ".gpg"};

    /**
     * True when the value names a file holding the secret rather than the secret itself
     * ({@code private_key: ~/.ssh/id_rsa}, {@code secret_file=./client.pem}).
     */
    static boolean isFileReference(char[] b, int start, int end) {
        int n = end - start;
        char first = b[start];
        if (first == '/' || (first == '~' && n > 1 && b[start + 1] == '/')) return true;
        if (first == '.' && n > 1 && (b[start + 1] == '/' || (b[start + 1] == '.' && n > 2 && b[start + 2] == '/'))) {
            return true;
        }
        String tail = new String(b, Math.max(start, end - 9), Math.min(n, 9)).toLowerCase(Locale.ROOT);
        for (String ext : KEY_FILE_EXTENSIONS) {
            if (tail.endsWith(ext)) return true;
        }
        return false;
    }

    /** "1.302103", "2.0.17": a version, as in a module list, not a secret. */
    private static boolean isVersionNumber(char[] b, int start, int end) {
        boolean dot = false;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c == '.') dot = true;
            else if (c < '0' || c > '9') return false;
        }
        return dot;
    }

    private static boolean sameCharacter(char[] b, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (b[i] != b[start]) return false;
        }
        return true;
    }

    /** Four or more x, X, * or • in a row: a masked or elided value such as {@code sk_live_xxxx}. */
    private static boolean hasMaskRun(char[] b, int start, int end) {
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c == 'x' || c == 'X' || c == '*' || c == '\u2022') {
                if (++run >= 4) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }
}
