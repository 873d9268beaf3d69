package org.custodian.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.custodian.engine.InfoType;

/**
 * Reads hand-written documents with inline labels: {@code [[UK_NHS_NUMBER|943 476 5919]]} marks a
 * value of that infoType, {@code [[!order-number|4505577104]]} a planted look-alike (no label, so a
 * finding on it is a false positive). The markers are removed; offsets refer to the clean text.
 * Lines starting with {@code ##} are comments for the author and are dropped too.
 */
public final class Handwritten {
    private Handwritten() {
    }

    public static LabelledDocument parse(String kind, String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Label> labels = new ArrayList<>();
        List<HardNegative> negatives = new ArrayList<>();
        String source = stripComments(marked);
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf("[[", i);
            if (open < 0) {
                text.append(source, i, source.length());
                break;
            }
            while (source.startsWith("[[[", open)) open++; // a literal '[' just before a marker
            text.append(source, i, open);
            int bar = source.indexOf('|', open);
            int close = source.indexOf("]]", open);
            if (bar < 0 || close < 0 || bar > close) {
                throw new IllegalArgumentException(kind + ": unterminated label at offset " + open);
            }
            String tag = source.substring(open + 2, bar);
            String value = source.substring(bar + 1, close);
            int start = text.length();
            text.append(value);
            if (tag.startsWith("!")) negatives.add(new HardNegative(tag.substring(1), start, text.length()));
            else labels.add(new Label(InfoType.of(tag), start, text.length()));
            i = close + 2;
        }
        return new LabelledDocument(kind, text.toString(), labels, negatives);
    }

    private static String stripComments(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (line.startsWith("##")) continue;
            b.append(line).append('\n');
        }
        b.setLength(Math.max(0, b.length() - 1));
        return b.toString();
    }

    /** Every {@code *.txt} in the {@code handwritten/} directory on the class path, in name order. */
    public static List<LabelledDocument> loadFromClasspath() {
        URL dir = Handwritten.class.getClassLoader().getResource("handwritten");
        if (dir == null) throw new IllegalStateException("no handwritten/ directory on the class path (run with test resources)");
        try {
            return load(Path.of(dir.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LabelledDocument> load(Path dir) {
        List<LabelledDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    docs.add(parse("handwritten/" + p.getFileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
