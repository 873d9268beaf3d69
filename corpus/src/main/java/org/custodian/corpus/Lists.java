package org.custodian.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's own word lists (names, streets, towns), kept apart from any detector's lists so the
 * names and address detectors are not measured against their own dictionaries.
 */
final class Lists {
    static final List<String> FEMALE_FIRST = load("female-first-names.txt");
    static final List<String> MALE_FIRST = load("male-first-names.txt");
    static final List<String> SURNAMES = load("surnames.txt");
    static final List<String> STREETS = load("street-names.txt");
    static final List<String> STREET_SUFFIXES = load("street-suffixes.txt");
    /** Entries "Town|AREA". */
    static final List<String> TOWNS = load("towns.txt");

    private Lists() {
    }

    static List<String> load(String name) {
        String path = "lists/" + name;
        try (InputStream in = Lists.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing corpus list " + path);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
