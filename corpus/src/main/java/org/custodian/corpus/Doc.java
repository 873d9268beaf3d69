package org.custodian.corpus;

import java.util.ArrayList;
import java.util.List;
import org.custodian.engine.InfoType;

/** Builds one document's text while recording where the labelled values and planted traps sit. */
final class Doc {
    private final StringBuilder text = new StringBuilder(2048);
    private final List<Label> labels = new ArrayList<>();
    private final List<HardNegative> negatives = new ArrayList<>();

    Doc t(String s) {
        text.append(s);
        return this;
    }

    Doc t(char c) {
        text.append(c);
        return this;
    }

    Doc nl() {
        text.append('\n');
        return this;
    }

    /** Appends a sensitive value and labels it. */
    Doc v(InfoType type, String value) {
        int start = text.length();
        text.append(value);
        labels.add(new Label(type, start, text.length()));
        return this;
    }

    /** Appends a look-alike that must not be reported. */
    Doc neg(String category, String value) {
        int start = text.length();
        text.append(value);
        negatives.add(new HardNegative(category, start, text.length()));
        return this;
    }

    /** Labels everything appended since {@code start} (a value written in pieces, like sort code + account). */
    Doc labelFrom(InfoType type, int start) {
        labels.add(new Label(type, start, text.length()));
        return this;
    }

    int length() {
        return text.length();
    }

    LabelledDocument build(String kind) {
        return new LabelledDocument(kind, text.toString(), labels, negatives);
    }
}
