package org.custodian.engine.detectors;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;
import org.custodian.engine.detectors.SecretKeyNames.Kind;

/**
 * Secrets that grant access: private keys, cloud and SaaS tokens with a fixed prefix, and
 * passwords or API secrets written into configuration, code and connection strings.
 *
 * <p>Like gitleaks' keyword pre-filter, nothing here runs a regex over the text. Each family is
 * reached through a cheap anchor: the first letters of a token prefix ({@code AKIA}, {@code AIza},
 * {@code ghp_}, {@code xoxb-}, {@code sk_live_}, {@code eyJ}), the '-' of a PEM armour line, and
 * the ':' or '=' of an assignment, from which the key is read backwards (so {@code dbPassword},
 * {@code DB_PASSWORD} and {@code spring.datasource.password} are one rule) and the value forwards;
 * the '>' of an XML start tag ({@code <password>…</password>}) is read the same way.
 * A '://' after the ':' is a URL, whose {@code user:password@host} part is checked instead.
 *
 * <p>Reported spans are the secret value itself (for PEM blocks, the header line), never longer
 * than {@link #MAX_MATCH} characters so a match always fits the stream scanner's lookahead.
 */
public final class CredentialsDetector implements Detector {
    /** Longest span reported; below StreamScanner's 512-character lookahead. */
    static final int MAX_MATCH = 511;
    private static final int MAX_VALUE = 256;
    private static final int MAX_KEY = 64;

    private static final double PRIVATE_KEY = 0.95;
    private static final double PRIVATE_KEY_HEADER_ONLY = 0.5;
    private static final double FIXED_PREFIX_TOKEN = 0.9;
    private static final double CHECKED_PREFIX_TOKEN = 0.95;
    /** A prefixed token whose built-in checksum fails: the right shape, but made up. */
    private static final double UNCHECKED_TOKEN = 0.5;
    private static final double JWT = 0.5;
    private static final double JWT_WITH_CONTEXT = 0.7;

    private static final Hotwords JWT_CONTEXT = Hotwords.of(
            "bearer", "authorization", "jwt", "token", "id token", "access token", "auth");

    private static final boolean[] ALNUM = charset("");
    private static final boolean[] BASE64URL = charset("-_");
    private static final boolean[] BASE64 = charset("+/=");
    private static final boolean[] BASE64URL_PADDED = charset("+/=-_.~");
    private static final boolean[] WORD = charset("_");
    private static final boolean[] KEY_CHARS = charset("_-.");

    private static boolean[] charset(String extra) {
        boolean[] t = new boolean[128];
        for (char c = '0'; c <= '9'; c++) t[c] = true;
        for (char c = 'a'; c <= 'z'; c++) t[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) t[c] = true;
        for (char c : extra.toCharArray()) t[c] = true;
        return t;
    }

    @Override
    public String id() {
        return "credentials";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.CREDENTIALS);
    }

    @Override
    public Triggers triggers() {
        // "AKIA"/"ASIA"/"AIza", "gh"/"gi", "xo", "sk", "ey": the second letter is in the first's case
        return Triggers.create().wordStartingWith("Aegsx").wordShape("AA", "aa").symbols("-:=>");
    }

    @Override
    public void detect(ScanWindow w, int pos, Matches out) {
        // each case rejects on the next character before calling out, so that this method stays
        // small enough to inline into the engine's loop and most calls cost one comparison
        if (pos + 1 >= w.limit()) return;
        char next = w.charAt(pos + 1);
        switch (w.charAt(pos)) {
            case '-' -> {
                if (next == '-') privateKeyBlock(w, pos, out);
            }
            case ':' -> {
                if (next == '/') urlUserInfo(w, pos, out);
                else assignment(w, pos, out);
            }
            case '=' -> assignment(w, pos, out);
            case '>' -> xmlElement(w, pos, out);
            case 'A' -> {
                if (next == 'K' || next == 'S' || next == 'I') awsOrGoogleKey(w, pos, out);
            }
            case 'g' -> {
                if (next == 'h' || next == 'i') gitHubToken(w, pos, out);
            }
            case 'x' -> {
                if (next == 'o') slackToken(w, pos, out);
            }
            case 's' -> {
                if (next == 'k') stripeLiveKey(w, pos, out);
            }
            case 'e' -> {
                if (next == 'y') jwt(w, pos, out);
            }
            default -> {
            }
        }
    }

    // ---- fixed-prefix tokens -------------------------------------------------------------

    /** AKIA/ASIA + 16 (AWS access key id, long-term or temporary); AIza + 35 (Google API key). */
    private void awsOrGoogleKey(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 20 > lim) return;
        char c1 = b[pos + 1], c2 = b[pos + 2], c3 = b[pos + 3];
        if ((c1 == 'K' || c1 == 'S') && c2 == 'I' && c3 == 'A') {
            int end = pos + 20;
            for (int i = pos + 4; i < end; i++) {
                char c = b[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return;
            }
            if (end < lim && b[end] < 128 && WORD[b[end]]) return;
            if (endsWith(b, end, "EXAMPLE")) return; // AWS's documentation key, AKIAIOSFODNN7EXAMPLE
            report(out, w, pos, end, FIXED_PREFIX_TOKEN);
        } else if (c1 == 'I' && c2 == 'z' && c3 == 'a') {
            int end = run(b, pos + 4, lim, BASE64URL, 36);
            if (end - pos != 39) return;
            if (SecretValues.isPlaceholder(b, pos + 4, end)) return;
            report(out, w, pos, end, FIXED_PREFIX_TOKEN);
        }
    }

    /** ghp_/gho_/ghu_/ghs_/ghr_ + 30 random + 6 checksum alphanumerics; github_pat_ + 82 word characters. */
    private void gitHubToken(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 40 > lim) return;
        char kind = b[pos + 2];
        if (b[pos + 1] == 'h' && b[pos + 3] == '_' && (kind == 'p' || kind == 'o' || kind == 'u' || kind == 's' || kind == 'r')) {
            int end = run(b, pos + 4, lim, ALNUM, 37);
            if (end - pos != 40 || (end < lim && b[end] == '_')) return;
            if (SecretValues.isPlaceholder(b, pos + 4, end)) return;
            report(out, w, pos, end, gitHubChecksumValid(b, pos + 4) ? CHECKED_PREFIX_TOKEN : UNCHECKED_TOKEN);
        } else if (startsWith(b, pos, lim, "github_pat_")) {
            int end = run(b, pos + 11, lim, WORD, 83);
            if (end - pos != 93) return;
            if (SecretValues.isPlaceholder(b, pos + 11, end)) return;
            report(out, w, pos, end, CHECKED_PREFIX_TOKEN);
        }
    }

    /**
     * GitHub's prefixed tokens (2021 format) end in six base62 digits (0-9, A-Z, a-z) holding the
     * CRC32 of the 30 random characters before them. A token that fails it was typed by hand
     * for documentation or a test, so it is only POSSIBLE.
     */
    static boolean gitHubChecksumValid(char[] b, int randomStart) {
        CRC32 crc = new CRC32();
        for (int i = randomStart; i < randomStart + 30; i++) crc.update(b[i]);
        long encoded = 0;
        for (int i = randomStart + 30; i < randomStart + 36; i++) {
            char c = b[i];
            int digit = c <= '9' ? c - '0' : c <= 'Z' ? c - 'A' + 10 : c - 'a' + 36;
            encoded = encoded * 62 + digit;
        }
        return encoded == crc.getValue();
    }

    /** xoxb-, xoxa-, xoxp-, xoxr-, xoxs- followed by dash-separated groups with digits. */
    private void slackToken(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 15 > lim || b[pos + 1] != 'o' || b[pos + 2] != 'x' || b[pos + 4] != '-') return;
        char kind = b[pos + 3];
        if (kind != 'a' && kind != 'b' && kind != 'p' && kind != 'r' && kind != 's') return;
        int end = run(b, pos + 5, lim, BASE64URL, 250);
        while (end > pos + 5 && b[end - 1] == '-') end--;
        if (end - pos < 15 || end - pos > 250) return;
        int digits = 0, dashes = 0;
        for (int i = pos + 5; i < end; i++) {
            if (b[i] >= '0' && b[i] <= '9') digits++;
            else if (b[i] == '-') dashes++;
            else if (b[i] == '_') return;
        }
        if (digits < 8 || dashes < 1) return;
        if (SecretValues.isPlaceholder(b, pos + 5, end)) return;
        report(out, w, pos, end, FIXED_PREFIX_TOKEN);
    }

    /** sk_live_ + at least 24 alphanumerics. Test-mode keys (sk_test_) move no money and are left out. */
    private void stripeLiveKey(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 32 > lim || b[pos + 1] != 'k' || b[pos + 2] != '_' || !startsWith(b, pos, lim, "sk_live_")) return;
        int end = run(b, pos + 8, lim, ALNUM, 248);
        if (end - pos < 32 || end - pos > 255 || (end < lim && b[end] == '_')) return;
        if (SecretValues.isPlaceholder(b, pos + 8, end)) return;
        report(out, w, pos, end, CHECKED_PREFIX_TOKEN);
    }

    /**
     * header.payload.signature, base64url, header and payload both JSON objects (so "eyJ"). Many
     * JWTs are short-lived or already expired, hence the lower score. One too long for a match is
     * reported by its first {@link #MAX_MATCH} characters.
     */
    private void jwt(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 30 > lim || b[pos + 1] != 'y' || b[pos + 2] != 'J') return;
        int headerEnd = run(b, pos, lim, BASE64URL, MAX_MATCH);
        if (headerEnd - pos < 10 || headerEnd + 4 >= lim || b[headerEnd] != '.') return;
        int payload = headerEnd + 1;
        if (b[payload] != 'e' || b[payload + 1] != 'y' || b[payload + 2] != 'J') return;
        int cap = pos + MAX_MATCH;
        int payloadEnd = run(b, payload, lim, BASE64URL, cap - payload);
        int end;
        if (payloadEnd >= cap) {
            end = cap;
        } else {
            if (payloadEnd - payload < 10 || payloadEnd >= lim || b[payloadEnd] != '.') return;
            end = run(b, payloadEnd + 1, lim, BASE64URL, cap - payloadEnd - 1);
            if (end - payloadEnd - 1 < 16) return; // unsigned ("alg": "none") or truncated
        }
        double score = w.hasContextBefore(pos, 32, JWT_CONTEXT) ? JWT_WITH_CONTEXT : JWT;
        report(out, w, pos, end, score);
    }

    // ---- PEM private keys ----------------------------------------------------------------

    /**
     * "-----BEGIN [RSA |EC |DSA |OPENSSH |ENCRYPTED ]PRIVATE KEY-----" and
     * "-----BEGIN PGP PRIVATE KEY BLOCK-----". The header line is reported; it is a certain
     * finding only when a base64 body follows (documentation often shows the header alone).
     */
    private void privateKeyBlock(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 30 > lim || (pos > w.textStart() && b[pos - 1] == '-')) return;
        if (!startsWith(b, pos, lim, "-----BEGIN ")) return;
        int labelStart = pos + 11;
        int labelEnd = labelStart;
        while (labelEnd < lim && labelEnd - labelStart < 40 && ((b[labelEnd] >= 'A' && b[labelEnd] <= 'Z')
                || (b[labelEnd] >= '0' && b[labelEnd] <= '9') || b[labelEnd] == ' ')) {
            labelEnd++;
        }
        if (!startsWith(b, labelEnd, lim, "-----")) return;
        if (!endsWith(b, labelEnd, "PRIVATE KEY") && !endsWith(b, labelEnd, "PGP PRIVATE KEY BLOCK")) return;
        int end = labelEnd + 5;
        StringBuilder body = new StringBuilder(64);
        int longestRun = base64Body(b, end, Math.min(lim, pos + MAX_MATCH), body);
        if (longestRun >= 40) {
            // the body, not the header every key shares, identifies the key for hashing and allow-lists
            out.add(InfoType.CREDENTIALS, pos, end, PRIVATE_KEY, body.toString(), this);
        } else {
            out.add(InfoType.CREDENTIALS, pos, end, PRIVATE_KEY_HEADER_ONLY, w.substring(pos, end), this);
        }
    }

    /**
     * Reads the base64 characters after a PEM header up to the END line (or {@code to}) into
     * {@code body}, skipping line breaks and armour headers ("Proc-Type:", "Version:"); returns
     * the longest unbroken base64 run, which is what tells a key from a header quoted in prose.
     */
    private static int base64Body(char[] b, int from, int to, StringBuilder body) {
        int longest = 0;
        int i = from;
        while (i < to) {
            int lineEnd = i;
            while (lineEnd < to && b[lineEnd] != '\n') lineEnd++;
            if (startsWith(b, i, to, "-----")) break;
            boolean armourHeader = false;
            for (int k = i; k < lineEnd; k++) {
                if (b[k] == ':') {
                    armourHeader = true;
                    break;
                }
            }
            if (!armourHeader) {
                int r = 0;
                for (int k = i; k < lineEnd; k++) {
                    char c = b[k];
                    if (c < 128 && BASE64[c]) {
                        r++;
                        body.append(c);
                        longest = Math.max(longest, r);
                    } else if (c != '\r' && c != ' ') {
                        r = 0;
                    }
                }
            }
            i = lineEnd + 1;
        }
        return longest;
    }

    // ---- URLs with credentials -----------------------------------------------------------

    /** scheme://user:password@host — the password is reported. */
    private void urlUserInfo(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (pos + 3 >= lim || b[pos + 1] != '/' || b[pos + 2] != '/') return;
        if (pos == w.textStart() || !Character.isLetterOrDigit(b[pos - 1])) return;
        int colon = -1;
        int at = -1;
        int stop = Math.min(lim, pos + 3 + MAX_VALUE);
        for (int i = pos + 3; i < stop; i++) {
            char c = b[i];
            if (c == '@') {
                at = i;
                break;
            }
            if (c == ':' && colon < 0) colon = i;
            // RFC 3986 wants '#' percent-encoded in a password, but people write connection
            // strings by hand and drivers accept it raw: after the user's ':' it is password text
            if (c == '#' && colon >= 0) continue;
            if (c == '/' || c == '?' || c == '#' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>') break;
        }
        if (colon < 0 || at < 0 || at + 1 >= lim || !(Character.isLetterOrDigit(b[at + 1]) || b[at + 1] == '[')) {
            return;
        }
        int start = colon + 1;
        if (at - start < 3 || SecretValues.isPlaceholder(b, start, at)) return;
        for (int i = start; i < at; i++) {
            if (b[i] == ':') return; // cvs://:pserver:anoncvs@host is a method and a user
        }
        double score = at - start >= 6 ? 0.85 : 0.7;
        if (isDocumentationHost(b, at + 1, lim)) score = 0.3;
        report(out, w, start, at, score);
    }

    /** RFC 2606 / 6761 names reserved for documentation: example.com, example.org, *.example, *.test. */
    private static boolean isDocumentationHost(char[] b, int from, int lim) {
        int end = from;
        while (end < lim && end - from < 255 && (Character.isLetterOrDigit(b[end]) || b[end] == '.' || b[end] == '-')) end++;
        String host = new String(b, from, end - from).toLowerCase(Locale.ROOT);
        return host.startsWith("example.") || host.contains(".example.") || host.endsWith(".example")
                || host.endsWith(".test") || host.endsWith(".invalid");
    }

    // ---- key = value, key: value ---------------------------------------------------------

    /**
     * A password, secret, API key or token assigned to a key that names one: properties, .env,
     * YAML, JSON, XML attributes, code, command-line flags and ODBC/JDBC connection strings.
     */
    private void assignment(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        int ts = w.textStart();
        char sep = b[pos];
        if (pos + 1 >= lim || pos - 1 < ts) return;
        char next = b[pos + 1];
        char prev = b[pos - 1];
        if (next == sep || prev == sep || (sep == '=' && (prev == '!' || prev == '<' || prev == '>' || prev == ':'))) {
            return; // ==, ::, !=, <=, >=, and := (seen at its ':')
        }

        // the key, read backwards: [spaces] [closing quote [\]] key
        int i = pos - 1;
        int spaces = 0;
        while (i >= ts && (b[i] == ' ' || b[i] == '\t') && spaces++ < 8) i--;
        boolean quotedKey = i >= ts && (b[i] == '"' || b[i] == '\'' || b[i] == '`');
        // YAML needs a space after the colon and JSON quotes its keys: "passwd:gecos" is a name
        if (sep == ':' && !quotedKey && next != ' ' && next != '\t' && next != '=') return;
        if (quotedKey) {
            i--;
            if (i >= ts && b[i] == '\\') i--;
        }
        if (i < ts) return;
        if (!SecretKeyNames.mayEndKey(b[i])) return;
        int keyEnd = i + 1;
        int keyStart = keyEnd;
        while (keyStart > ts && keyEnd - keyStart < MAX_KEY && b[keyStart - 1] < 128 && KEY_CHARS[b[keyStart - 1]]) {
            keyStart--;
        }
        Kind kind = SecretKeyNames.classify(b, keyStart, keyEnd);
        if (kind == Kind.NONE) return;
        if (keyStart > ts && b[keyStart - 1] == ':') return; // Test2::Event::Pass, a namespace
        if (sep == ':' && spaces > 0 && isTernary(b, ts, keyStart)) return; // ok ? "PASS" : "FAIL"

        // the value, read forwards
        int j = pos + 1;
        if ((sep == ':' && next == '=') || (sep == '=' && next == '>')) j++;
        spaces = 0;
        while (j < lim && (b[j] == ' ' || b[j] == '\t') && spaces++ < 8) j++;
        if (j >= lim) return;
        if (kind == Kind.AUTHORIZATION) {
            authorizationHeader(w, j, out);
            return;
        }
        int start;
        int end;
        boolean prose = false;
        char q = b[j];
        boolean escapedQuote = q == '\\' && j + 1 < lim && (b[j + 1] == '"' || b[j + 1] == '\'');
        if (escapedQuote) q = b[++j];
        if (q == '"' || q == '\'' || q == '`') {
            start = j + 1;
            end = closingQuote(b, start, Math.min(lim, start + MAX_VALUE), q, escapedQuote);
            if (end < 0 || isUrl(b, start, end) || isIdentifierNamedLikeASecret(b, start, end)) return;
        } else {
            start = j;
            end = start;
            int stop = Math.min(lim, start + MAX_VALUE);
            while (end < stop && !endsUnquotedValue(b[end])) end++;
            if (end == stop && stop < lim) return;
            if (isCodeReference(b, start, end, lim) || isUrl(b, start, end)) return;
            if (sep == ':' && followedByProse(b, end, lim)) {
                // a YAML key opening its line owns the rest of it ("password: correct horse battery");
                // after other words it is a sentence ("Forgot your password: click here")
                if (startsLine(b, ts, keyStart)) end = plainScalarEnd(b, end, stop);
                else prose = true;
            }
        }
        scoreAndReport(w, out, kind, start, end, prose);
    }

    /** True when a '?' precedes the key on its line: the ':' is the other half of a conditional. */
    private static boolean isTernary(char[] b, int ts, int keyStart) {
        for (int i = keyStart - 1; i >= ts && keyStart - i < 80 && b[i] != '\n'; i--) {
            if (b[i] == '?') return true;
        }
        return false;
    }

    /** True when only indentation, a YAML list dash or an opening quote precede the key on its line. */
    private static boolean startsLine(char[] b, int ts, int keyStart) {
        int i = keyStart - 1;
        if (i >= ts && (b[i] == '"' || b[i] == '\'')) i--;
        while (i >= ts && (b[i] == ' ' || b[i] == '\t' || b[i] == '-')) i--;
        return i < ts || b[i] == '\n';
    }

    /** The end of a YAML plain scalar: the line's end or a " #" comment, trailing spaces dropped. */
    private static int plainScalarEnd(char[] b, int from, int stop) {
        int end = from;
        while (end < stop && b[end] != '\n' && b[end] != '\r' && !(b[end] == '#' && b[end - 1] == ' ')) end++;
        while (b[end - 1] == ' ' || b[end - 1] == '\t') end--;
        return end;
    }

    /**
     * The value of an Authorization header (or a key named like one): {@code Basic <base64 of
     * user:password>} is certain once it decodes to a "user:password" pair; {@code Bearer} and
     * {@code Token} credentials are reported like tokens. JWTs are left to {@link #jwt}.
     */
    private void authorizationHeader(ScanWindow w, int at, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        if (at < lim && (b[at] == '"' || b[at] == '\'')) at++;
        int schemeEnd = run(b, at, lim, ALNUM, 7);
        if (schemeEnd >= lim || b[schemeEnd] != ' ') return;
        String scheme = new String(b, at, schemeEnd - at).toLowerCase(Locale.ROOT);
        int start = schemeEnd + 1;
        int end = run(b, start, lim, BASE64URL_PADDED, MAX_VALUE);
        if (end - start < 8 || SecretValues.isPlaceholder(b, start, end)) return;
        switch (scheme) {
            case "basic" -> {
                if (decodesToUserAndPassword(b, start, end)) report(out, w, start, end, 0.9);
            }
            case "bearer", "token" -> {
                if (b[start] == 'e' && b[start + 1] == 'y' && b[start + 2] == 'J') return;
                int classes = SecretValues.characterClasses(b, start, end);
                if (end - start >= 20 && classes >= 2) report(out, w, start, end, 0.75);
            }
            default -> {
            }
        }
    }

    private static boolean decodesToUserAndPassword(char[] b, int start, int end) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(new String(b, start, end - start));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < decoded.length; i++) {
            int c = decoded[i] & 0xff;
            if (c < 0x20 || c == 0x7f) return false; // binary, not credentials
            if (c == ':' && colon < 0) colon = i;
        }
        return colon >= 0 && colon < decoded.length - 1;
    }

    /** {@code <password>value</password>}, {@code <db.secret>value</db.secret>}: an element with no attributes. */
    private void xmlElement(ScanWindow w, int pos, Matches out) {
        char[] b = w.chars();
        int lim = w.limit();
        int ts = w.textStart();
        if (pos - 2 < ts || pos + 1 >= lim) return;
        if (!SecretKeyNames.mayEndKey(b[pos - 1])) return;
        int keyStart = pos;
        while (keyStart > ts && pos - keyStart < MAX_KEY && b[keyStart - 1] < 128 && KEY_CHARS[b[keyStart - 1]]) {
            keyStart--;
        }
        if (keyStart == ts || b[keyStart - 1] != '<') return;
        Kind kind = SecretKeyNames.classify(b, keyStart, pos);
        if (kind == Kind.NONE) return;
        int stop = Math.min(lim, pos + 1 + MAX_VALUE);
        int close = pos + 1;
        while (close < stop && b[close] != '<') close++;
        if (close + 1 >= lim || b[close] != '<' || b[close + 1] != '/') return;
        int start = pos + 1;
        int end = close;
        while (start < end && b[start] <= ' ') start++;
        while (end > start && b[end - 1] <= ' ') end--;
        scoreAndReport(w, out, kind, start, end, false);
    }

    private void scoreAndReport(ScanWindow w, Matches out, Kind kind, int start, int end, boolean prose) {
        char[] b = w.chars();
        int len = end - start;
        if (len < 3 || SecretValues.isPlaceholder(b, start, end)) return;
        boolean awsShaped = kind == Kind.AWS_SECRET && len == 40;
        if (!awsShaped && SecretValues.isFileReference(b, start, end)) return;
        int classes = SecretValues.characterClasses(b, start, end);
        double score;
        switch (kind) {
            case AWS_SECRET -> {
                if (len == 40 && run(b, start, end, BASE64, 40) == end) score = 0.95;
                else if (len >= 8) score = 0.6;
                else return;
            }
            case PASSWORD -> {
                if (len < 4) return;
                score = len >= 8 && classes >= 2 ? 0.85 : 0.7;
            }
            case SECRET -> {
                if (len < 8) return;
                score = len >= 16 && classes >= 2 ? 0.85 : 0.6;
            }
            case TOKEN -> {
                if (len < 12) return;
                score = len >= 20 && classes >= 2 ? 0.75 : 0.45;
            }
            default -> {
                return;
            }
        }
        if (prose) score -= 0.35;
        else if (looksLikeWords(b, start, end)) score = Math.min(score, 0.45);
        report(out, w, start, end, score);
    }

    private static int closingQuote(char[] b, int from, int to, char q, boolean escaped) {
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c == '\n') return -1;
            if (c == q) {
                boolean backslash = i > from && b[i - 1] == '\\';
                if (escaped) {
                    if (backslash) return i - 1;
                } else if (!backslash) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean endsUnquotedValue(char c) {
        return c <= ' ' || c == ';' || c == ',' || c == '&' || c == '"' || c == '\'' || c == '<'
                || c == ')' || c == ']' || c == '}' || c == '\\';
    }

    /**
     * An unquoted value that is code, not a literal:
     * <ul>
     *   <li>a call, index, tuple or list ({@code getPassword()}, {@code os.environ["X"]},
     *       {@code ENC(...)}, {@code (user + ":" + pw)}), or a docstring type ({@code :py:data:});</li>
     *   <li>a dotted path ({@code config.password}) or a private name ({@code _KEY_TYPES});</li>
     *   <li>an identifier followed by ',' ')' or '=' — a parameter list or a Python annotation
     *       ({@code password: bool = False}, {@code private_key: KEY_TYPES,});</li>
     *   <li>a snake_case variable ({@code index_info}) or one named like the secret
     *       ({@code password = dbPassword}).</li>
     * </ul>
     */
    private static boolean isCodeReference(char[] b, int start, int end, int lim) {
        if (end == start) return false;
        char first = b[start];
        if (first == '(' || first == '[' || first == '{' || first == ':' || first == '`' || first == '_') return true;
        if (!Character.isLetter(first)) return false;
        boolean path = false;
        boolean underscore = false;
        boolean lowerOnly = true;
        int i = start;
        while (i < end) {
            char c = b[i];
            if (c == '.' && i + 1 < end && (Character.isLetter(b[i + 1]) || b[i + 1] == '_')) {
                path = true;
            } else if (!(c < 128 && WORD[c])) {
                break;
            }
            if (c == '_') underscore = true;
            else if (!(c >= 'a' && c <= 'z')) lowerOnly = false;
            i++;
        }
        if (i < end) return b[i] == '(' || b[i] == '[' || (b[i] == ':' && i + 1 < end && b[i + 1] == ':');
        if (end < lim && (b[end] == '(' || b[end] == '[')) return true;
        int after = end;
        while (after < lim && after - end < 4 && b[after] == ' ') after++;
        if (after < lim && (b[after] == ',' || b[after] == ')' || (b[after] == '=' && after > end))) return true;
        return path || (underscore && lowerOnly) || SecretKeyNames.classify(b, start, end) != Kind.NONE;
    }

    /** A quoted name that refers to a secret rather than holding one ({@code "challengePassword"}, {@code "consumer.secret"}). */
    private static boolean isIdentifierNamedLikeASecret(char[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!(b[i] < 128 && KEY_CHARS[b[i]])) return false;
        }
        return SecretKeyNames.classify(b, start, end) != Kind.NONE;
    }

    /** A URL is not itself a secret; credentials inside one are the URL rule's business. */
    private static boolean isUrl(char[] b, int start, int end) {
        for (int i = start; i + 2 < end && i - start < 16; i++) {
            if (b[i] == ':' && b[i + 1] == '/' && b[i + 2] == '/') return true;
        }
        return false;
    }

    /**
     * Several words ("Password used to generate key", "files systemd", a person's name): more
     * often a description than a secret, though passphrases look the same, hence POSSIBLE.
     */
    private static boolean looksLikeWords(char[] b, int start, int end) {
        int spaces = 0;
        boolean lettersOnly = true;
        for (int i = start; i < end; i++) {
            char c = b[i];
            if (c == ' ') spaces++;
            else if (!Character.isLetter(c)) lettersOnly = false;
        }
        return spaces >= 2 || (spaces == 1 && lettersOnly);
    }

    /** True when the same line goes on with more words after one space: running text. */
    private static boolean followedByProse(char[] b, int end, int lim) {
        return end + 1 < lim && b[end] == ' ' && Character.isLetter(b[end + 1]);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void report(Matches out, ScanWindow w, int start, int end, double score) {
        out.add(InfoType.CREDENTIALS, start, end, score, w.substring(start, end), this);
    }

    /** Index after the run of characters from {@code set} starting at from, reading at most max. */
    private static int run(char[] b, int from, int lim, boolean[] set, int max) {
        int to = Math.min(lim, from + max);
        int i = from;
        while (i < to && b[i] < 128 && set[b[i]]) i++;
        return i;
    }

    private static boolean startsWith(char[] b, int at, int lim, String s) {
        if (at + s.length() > lim) return false;
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) return false;
        }
        return true;
    }

    private static boolean endsWith(char[] b, int end, String s) {
        int start = end - s.length();
        if (start < 0) return false;
        for (int k = 0; k < s.length(); k++) {
            if (b[start + k] != s.charAt(k)) return false;
        }
        return true;
    }
}
