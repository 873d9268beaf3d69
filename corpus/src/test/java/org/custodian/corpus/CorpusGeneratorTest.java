package org.custodian.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.custodian.engine.Canonical;
import org.custodian.engine.InfoType;
import org.custodian.engine.validate.Checksums;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
    private static final List<LabelledDocument> DOCS = new CorpusGenerator(7).generate(600);
    private static final Pattern NINO = Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");

    @Test
    void sameSeedSameDocuments() {
        List<LabelledDocument> again = new CorpusGenerator(7).generate(600);
        assertThat(again).isEqualTo(DOCS);
        assertThat(new CorpusGenerator(8).generate(5)).isNotEqualTo(DOCS.subList(0, 5));
    }

    @Test
    void everyInfoTypeAndKindOccurs() {
        Set<InfoType> types = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (LabelledDocument d : DOCS) {
            kinds.add(d.kind());
            d.labels().forEach(l -> types.add(l.type()));
        }
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(CorpusGenerator.KINDS);
        assertThat(types).containsExactlyInAnyOrderElementsOf(CorpusTypes.ALL);
    }

    @Test
    void labelsAndTrapsStayInsideTheTextAndApart() {
        for (LabelledDocument d : DOCS) {
            for (Label l : d.labels()) {
                assertThat(l.end()).isLessThanOrEqualTo(d.text().length());
                assertThat(d.text().substring(l.start(), l.end())).isEqualTo(d.text().substring(l.start(), l.end()).strip());
                for (HardNegative n : d.hardNegatives()) {
                    assertThat(l.overlaps(n.start(), n.end())).as("label %s overlaps trap %s in %s", l, n, d.kind()).isFalse();
                }
            }
        }
    }

    @Test
    void checksummedValuesAreValidAndTheirLookAlikesAreNot() {
        int checked = 0;
        for (LabelledDocument d : DOCS) {
            for (Label l : d.labels()) {
                String raw = d.text().substring(l.start(), l.end());
                switch (l.type().name()) {
                    case "UK_NHS_NUMBER": assertThat(Checksums.nhsMod11(Canonical.digitsOnly(raw))).as(raw).isTrue(); checked++; break;
                    case "PAYMENT_CARD_NUMBER": assertThat(Checksums.luhn(Canonical.digitsOnly(raw))).as(raw).isTrue(); checked++; break;
                    case "IBAN": assertThat(Checksums.mod97(Canonical.upperAlnum(raw))).as(raw).isTrue(); checked++; break;
                    case "UK_NATIONAL_INSURANCE_NUMBER": {
                        String c = Canonical.upperAlnum(raw);
                        assertThat(c).matches(NINO);
                        assertThat(List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")).doesNotContain(c.substring(0, 2));
                        checked++;
                        break;
                    }
                    default: break;
                }
            }
            for (HardNegative n : d.hardNegatives()) {
                String raw = d.text().substring(n.start(), n.end());
                switch (n.category()) {
                    case "nhs-checksum-fail": assertThat(Checksums.nhsMod11(Canonical.digitsOnly(raw))).as(raw).isFalse(); break;
                    case "card-luhn-fail": assertThat(Checksums.luhn(Canonical.digitsOnly(raw))).as(raw).isFalse(); break;
                    case "iban-mod97-fail": assertThat(Checksums.mod97(Canonical.upperAlnum(raw))).as(raw).isFalse(); break;
                    case "nino-invalid": {
                        String c = Canonical.upperAlnum(raw);
                        boolean valid = NINO.matcher(c).matches()
                                && !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(c.substring(0, 2));
                        assertThat(valid).as(raw).isFalse();
                        break;
                    }
                    default: break;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void drivingLicenceAgreesWithItsHolder() {
        Values v = new Values(new java.util.SplittableRandom(3));
        Person p = new Person("Mrs", "Joan", null, "O'Brien", true, java.time.LocalDate.of(1967, 3, 9),
                "1 Elm Road", "Leeds", "LS1 1AA", "j@x.co.uk", "0113 496 0000");
        String dl = v.drivingLicence(p, true);
        assertThat(dl).hasSize(16).startsWith("OBRIE653097J9");
    }

    @Test
    void bulkModeIsReproducibleAndReportsItsDensity() throws IOException {
        StringWriter a = new StringWriter(), b = new StringWriter();
        CorpusGenerator.MixStats s = CorpusGenerator.writeMixed(11, 200_000, a);
        CorpusGenerator.writeMixed(11, 200_000, b);
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(s.bytes()).isGreaterThanOrEqualTo(200_000).isEqualTo(a.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(s.labelsPerMiB()).isGreaterThan(1000);
        CorpusGenerator.MixStats sparse = CorpusGenerator.writeMixed(11, 200_000, new StringWriter(), 0.1);
        assertThat(sparse.labelsPerMiB()).isLessThan(s.labelsPerMiB() / 3);
    }
}
