package org.custodian.corpus;

import java.util.Objects;
import org.custodian.engine.InfoType;

/**
 * A span of a labelled document that holds a value of {@code type}: {@code [start, end)} in
 * character offsets of {@link LabelledDocument#text()}.
 */
public record Label(InfoType type, int start, int end) {
    public Label {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
