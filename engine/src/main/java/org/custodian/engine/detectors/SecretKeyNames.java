package org.custodian.engine.detectors;

/**
 * Classifies the key in front of an assignment ({@code db_password=}, {@code "clientSecret":},
 * {@code AWS_SECRET_ACCESS_KEY:}) by what kind of secret its value holds. Keys are compared in a
 * compact lower-case form without separators, from the end, so prefixes and every naming style
 * (snake, kebab, camel, dotted, SCREAMING) are covered by one suffix list.
 */
final class SecretKeyNames {
    enum Kind { NONE, PASSWORD, SECRET, TOKEN, AWS_SECRET, AUTHORIZATION }

    private static final String[] PASSWORD_SUFFIXES = {"password", "passwd", "passphrase", "pwd"};
    private static final String[] SECRET_SUFFIXES = {
        "secret", "secretkey", "apikey", "apisecret", "clientsecret", "privatekey", "signingkey",
        "encryptionkey", "masterkey", "accountkey", "sharedaccesskey"};
    /** Tokens that are not credentials: paging cursors and anti-forgery nonces. */
    private static final String[] NOT_CREDENTIAL_TOKENS = {
        "csrftoken", "xsrftoken", "pagetoken", "nexttoken", "continuationtoken", "synctoken",
        "cancellationtoken", "paginationtoken", "resumetoken", "starttoken", "endtoken"};

    private SecretKeyNames() {
    }

    /**
     * The one-comparison pre-check before {@link #classify}: every key kind ends in one of these
     * letters (passwor<b>d</b>, pas<b>s</b>, passphras<b>e</b>, secre<b>t</b>, toke<b>n</b>,
     * api_ke<b>y</b>, authorizatio<b>n</b>).
     */
    static boolean mayEndKey(char c) {
        if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
        return c == 'd' || c == 's' || c == 'e' || c == 't' || c == 'n' || c == 'y';
    }

    /**
     * The kind of the key {@code b[start, end)}, a run of letters, digits, '_', '-' and '.'.
     * Allocation-free: called at every ':' and '=' whose key ends in a plausible letter.
     */
    static Kind classify(char[] b, int start, int end) {
        // a suffix can only match where the key's last letter is the suffix's last letter: most keys
        // are ruled out by that one comparison per suffix, without walking the key
        int j = end - 1;
        while (j >= start && (b[j] == '_' || b[j] == '-' || b[j] == '.')) j--;
        if (j < start) return Kind.NONE;
        char last = b[j];
        if (last >= 'A' && last <= 'Z') last = (char) (last + 32);
        if (endsKey(b, start, end, last, "secretaccesskey") || endsKey(b, start, end, last, "awssecretkey")) {
            return Kind.AWS_SECRET;
        }
        if (endsKey(b, start, end, last, "authorization")) return Kind.AUTHORIZATION;
        for (String s : PASSWORD_SUFFIXES) {
            if (endsKey(b, start, end, last, s)) return Kind.PASSWORD;
        }
        int pass = last == 's' ? suffixStart(b, start, end, "pass") : -1;
        if (pass >= 0 && startsWord(b, start, pass)) return Kind.PASSWORD; // db_pass, dbPass, not bypass
        for (String s : SECRET_SUFFIXES) {
            if (endsKey(b, start, end, last, s)) return Kind.SECRET;
        }
        if (endsKey(b, start, end, last, "token")) {
            for (String s : NOT_CREDENTIAL_TOKENS) {
                if (suffixStart(b, start, end, s) >= 0) return Kind.NONE;
            }
            return Kind.TOKEN;
        }
        return Kind.NONE;
    }

    /** {@link #suffixStart} matches, given the key's last letter (lower case). */
    private static boolean endsKey(char[] b, int start, int end, char last, String suffix) {
        return suffix.charAt(suffix.length() - 1) == last && suffixStart(b, start, end, suffix) >= 0;
    }

    /** True when index i begins a word of the key: its start, after a separator, or a camel hump. */
    private static boolean startsWord(char[] b, int keyStart, int i) {
        if (i == keyStart) return true;
        char prev = b[i - 1];
        return prev == '_' || prev == '-' || prev == '.' || (b[i] >= 'A' && b[i] <= 'Z');
    }

    /**
     * Where the key ends with {@code suffix} (lower-case, compared case-insensitively and ignoring
     * '_' '-' '.'), the index of the suffix's first character; else -1.
     */
    private static int suffixStart(char[] b, int start, int end, String suffix) {
        int j = end - 1;
        for (int k = suffix.length() - 1; k >= 0; k--) {
            while (j >= start && (b[j] == '_' || b[j] == '-' || b[j] == '.')) j--;
            if (j < start) return -1;
            char c = b[j];
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c != suffix.charAt(k)) return -1;
            j--;
        }
        return j + 1;
    }
}
