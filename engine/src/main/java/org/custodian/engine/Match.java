package org.custodian.engine;

/**
 * A detector's raw result inside one scan window, before overlap resolution, rules, masking and
 * hashing turn it into a {@link Finding}. Lives only for the duration of a window: it is never
 * stored, because {@code canonical} is the raw value in canonical form.
 *
 * @param start     window index of the first character
 * @param end       window index after the last character
 * @param canonical the value in {@link Canonical} form (hash input)
 */
public record Match(InfoType infoType, int start, int end, double score, String canonical, String detector) {
    public int length() {
        return end - start;
    }
}
