package org.custodian.engine.detectors;

import java.util.Set;
import org.custodian.engine.Canonical;
import org.custodian.engine.Detector;
import org.custodian.engine.Hotwords;
import org.custodian.engine.InfoType;
import org.custodian.engine.Matches;
import org.custodian.engine.ScanWindow;
import org.custodian.engine.Triggers;

/**
 * E-mail addresses, found from their '@': the local part is read backwards (RFC 5322 dot-atom,
 * at most 64 characters), the domain forwards (at least two labels of letters, digits and inner
 * hyphens), and the last label must be a delegated top-level domain, which is what rejects
 * "logo@2x.png", "user@host" and "lodash@4.17.21".
 *
 * <p>RFC 5322 also allows {@code = / ? & ' ` { | }} in a local part, but in running text, URLs and
 * logs those characters delimit far more often than they belong to an address ("?email=jo@x.com",
 * "'jo@x.com'"), so the local part is taken to start after them.
 */
public final class EmailAddressDetector implements Detector {
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    private static final Hotwords CONTEXT = Hotwords.of(
            "email", "e mail", "mail", "mailto", "email address", "contact", "reply to",
            "emailaddress", "username", "login");
    private static final Hotwords NOT_A_PERSON = Hotwords.of("noreply", "no reply", "donotreply",
            "do not reply", "postmaster", "mailer daemon");

    @Override
    public String id() {
        return "email-address";
    }

    @Override
    public Set<InfoType> infoTypes() {
        return Set.of(InfoType.EMAIL_ADDRESS);
    }

    @Override
    public Triggers triggers() {
        return Triggers.create().symbols("@");
    }

    @Override
    public void detect(ScanWindow w, int at, Matches out) {
        char[] c = w.chars();
        int lo = w.textStart();
        int start = at;
        while (start > lo && isLocalChar(c[start - 1])) {
            start--;
            if (at - start > MAX_LOCAL) return;
        }
        while (start < at && c[start] == '.') start++; // sentence punctuation glued in front
        if (start == at || c[at - 1] == '.') return;
        for (int i = start + 1; i < at; i++) {
            if (c[i] == '.' && c[i - 1] == '.') return;
        }

        int end = domainEnd(c, at + 1, w.limit());
        if (end < 0) return;
        if (end < w.limit() && (c[end] == '@' || c[end] == '_')) return; // part of something longer

        if (isMessageId(w, start, end)) return;

        String canonical = Canonical.of(InfoType.EMAIL_ADDRESS, w.substring(start, end));
        double score = 0.7;
        if (w.hasContext(start, end, CONTEXT)) score += 0.2;
        if (NOT_A_PERSON.occursIn(canonical.substring(0, at - start))) score -= 0.25;
        // scp-like "git@github.com:org/repo.git" is a remote, not a mailbox
        if (end + 1 < w.limit() && c[end] == ':' && ScanWindow.isWordChar(c[end + 1])) score -= 0.25;
        out.add(InfoType.EMAIL_ADDRESS, start, end, score, canonical, this);
    }

    /** Mail headers whose angle-bracketed values are message identifiers, not mailboxes. */
    private static final String[] MESSAGE_ID_HEADERS = {"message-id:", "in-reply-to:", "references:", "content-id:"};

    /**
     * A Message-ID ({@code <20240301.abc123@mail.example.com>}) has an address's shape but names a
     * message: it is bracketed, in a Message-ID, In-Reply-To, References or Content-ID header,
     * possibly on one of its folded continuation lines. Only read once a candidate has validated.
     */
    private static boolean isMessageId(ScanWindow w, int start, int end) {
        if (start <= w.textStart() || end >= w.limit() || w.charAt(start - 1) != '<' || w.charAt(end) != '>') return false;
        int line = w.lineStart(start);
        while (line > w.textStart() && (w.charAt(line) == ' ' || w.charAt(line) == '\t')) {
            line = w.lineStart(line - 1); // a folded header continues on lines that start with white space
        }
        for (String header : MESSAGE_ID_HEADERS) {
            if (startsWithIgnoreCase(w, line, header)) return true;
        }
        return false;
    }

    private static boolean startsWithIgnoreCase(ScanWindow w, int at, String prefix) {
        if (at + prefix.length() > w.limit()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(w.charAt(at + i)) != prefix.charAt(i)) return false;
        }
        return true;
    }

    /**
     * Index after the domain starting at from, or -1: labels of letters, digits and inner hyphens,
     * at least two, the last a real TLD. A trailing label that is not a TLD ("jo@x.com.The") is
     * dropped when the label before it is one.
     */
    static int domainEnd(char[] c, int from, int limit) {
        int i = from;
        int labels = 0;
        int lastLabelStart = -1;
        int validEnd = -1;
        while (i < limit && i - from <= MAX_DOMAIN) {
            int ls = i;
            while (i < limit && isLabelChar(c[i]) && i - ls <= 63) i++;
            int len = i - ls;
            if (len == 0 || len > 63 || c[ls] == '-' || c[i - 1] == '-') break;
            if (labels == 0 && isRetinaSuffix(c, ls, i)) return -1;
            labels++;
            lastLabelStart = ls;
            if (labels >= 2 && len >= 2 && allLetters(c, ls, i) && TopLevelDomains.contains(c, ls, i)) validEnd = i;
            if (i + 1 < limit && c[i] == '.' && isLabelChar(c[i + 1])) {
                i++;
            } else {
                break;
            }
        }
        if (validEnd < 0) return -1;
        // a longer domain whose last label is not a TLD is something else ("a@b.com.internal")
        // unless the rest is a capitalised word run together with the next sentence
        if (validEnd != i && !(lastLabelStart == validEnd + 1 && Character.isUpperCase(c[lastLabelStart]))) return -1;
        return validEnd;
    }

    /** "icon@2x.png": image-density suffixes, whose "domain" begins with a digit and an x. */
    private static boolean isRetinaSuffix(char[] c, int from, int to) {
        return to - from == 2 && c[from] >= '1' && c[from] <= '9' && (c[from + 1] == 'x' || c[from + 1] == 'X');
    }

    private static boolean allLetters(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
        }
        return true;
    }

    private static boolean isLabelChar(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-';
    }

    private static boolean isLocalChar(char ch) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) return true;
        switch (ch) {
            case '.': case '_': case '%': case '+': case '-': case '!': case '#': case '$': case '*':
            case '^': case '~':
                return true;
            default:
                return false;
        }
    }
}
