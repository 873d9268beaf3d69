package org.custodian.corpus;

import java.util.List;

/**
 * One document of the corpus with its ground truth.
 *
 * @param kind          what the document imitates ({@code letter-nhs}, {@code csv-payroll}, ...)
 * @param text          the document text, as a scanner would receive it
 * @param labels        every sensitive value in it; text outside labels holds none
 * @param hardNegatives look-alikes planted on purpose (no label, so findings there are false positives)
 */
public record LabelledDocument(String kind, String text, List<Label> labels, List<HardNegative> hardNegatives) {
    public LabelledDocument {
        labels = List.copyOf(labels);
        hardNegatives = List.copyOf(hardNegatives);
    }

    public LabelledDocument(String kind, String text, List<Label> labels) {
        this(kind, text, labels, List.of());
    }
}
