package org.custodian.engine;

/**
 * The header row of delimited text (CSV, TSV, pipe or semicolon separated), kept so that a value in
 * column "date_of_birth" gets that column's name as context even hundreds of rows below it. This is
 * how a person reads an export; Presidio's sentence-window context alone would miss it.
 */
public final class HeaderColumns {
    private final char delimiter;
    private final String[] names;

    private HeaderColumns(char delimiter, String[] names) {
        this.delimiter = delimiter;
        this.names = names;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Normalised (see {@link Hotwords#normalise}) name of column i, or null past the last. */
    public String name(int i) {
        return i >= 0 && i < names.length ? names[i] : null;
    }

    public int size() {
        return names.length;
    }

    /**
     * Recognises a header line: at least two cells on one delimiter, cells mostly letters, no cell
     * that looks like a value (digits or an '@'). Returns null when the line is not a header.
     */
    public static HeaderColumns detect(CharSequence firstLine) {
        char best = 0;
        int bestCount = 0;
        for (char d : new char[] {',', '\t', ';', '|'}) {
            int n = 0;
            for (int i = 0; i < firstLine.length(); i++) if (firstLine.charAt(i) == d) n++;
            if (n > bestCount) {
                best = d;
                bestCount = n;
            }
        }
        if (bestCount == 0) return null;
        String[] cells = split(firstLine, best);
        for (String cell : cells) {
            String c = cell.strip();
            if (c.length() > 64) return null;
            int letters = 0;
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (Character.isLetter(ch)) letters++;
                if (ch == '@') return null;
            }
            if (letters == 0 || letters * 2 < c.replaceAll("[\\s\"'_\\-]", "").length()) return null;
        }
        String[] names = new String[cells.length];
        for (int i = 0; i < cells.length; i++) names[i] = Hotwords.normalise(cells[i]);
        return new HeaderColumns(best, names);
    }

    /** Cells on one delimited line, quotes respected: a data row under a header has as many. */
    public static int cellCount(CharSequence line, char delimiter) {
        int cells = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) cells++;
        }
        return cells;
    }

    private static String[] split(CharSequence line, char d) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
