package org.custodian.report;

/**
 * Splits a finding's path into the file on disk and the archive member inside it:
 * {@code bundle.zip!/export/a.docx} is member {@code export/a.docx} of {@code bundle.zip}; nested
 * archives keep the rest ({@code a.zip!/b.zip!/c.txt} → member {@code b.zip!/c.txt}).
 */
public record MemberPath(String file, String member) {
    static final String SEPARATOR = "!/";

    public static MemberPath of(String path) {
        int at = path.indexOf(SEPARATOR);
        return at < 0 ? new MemberPath(path, null) : new MemberPath(path.substring(0, at), path.substring(at + SEPARATOR.length()));
    }

    public boolean isMember() {
        return member != null;
    }
}
