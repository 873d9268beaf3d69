package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.engine.Canonical;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.junit.jupiter.api.Test;

class StreetAddressDetectorTest {
    private final Engine engine = Engine.builder().add(new StreetAddressDetector())
            .minLikelihood(Likelihood.VERY_UNLIKELY).build();

    private List<Finding> atLeastLikely(String text) {
        return engine.scan(text).stream().filter(f -> f.likelihood().atLeast(Likelihood.LIKELY)).toList();
    }

    private Finding only(String text, String expectedSpan) {
        List<Finding> f = atLeastLikely(text);
        assertThat(f).as(text).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.infoType()).isEqualTo(InfoType.STREET_ADDRESS);
        assertThat(text.substring((int) x.location().offset(), (int) x.location().offset() + x.location().length()))
                .isEqualTo(expectedSpan);
        return x;
    }

    @Test
    void houseNumberAndStreet() {
        only("Please send it to 14 Mill Lane today", "14 Mill Lane");
        only("at 7 Acacia Avenue.", "7 Acacia Avenue");
        only("221B Baker Street", "221B Baker Street");
        only("12-14 Old Market Square", "12-14 Old Market Square");
        only("12 The Mews", "12 The Mews");
        only("3 St John's Road", "3 St John's Road");
    }

    @Test
    void abbreviationsKeepTheirFullStop() {
        only("7 Acacia Ave., Bristol", "7 Acacia Ave., Bristol");
        only("27 Old Gloucester St London WC1N 3AX", "27 Old Gloucester St London WC1N 3AX");
        only("5 Kings Rd", "5 Kings Rd");
    }

    @Test
    void townAndPostcodeWidenTheSpanAndRaiseTheScore() {
        Finding bare = only("14 Mill Lane", "14 Mill Lane");
        Finding town = only("14 Mill Lane, Leeds", "14 Mill Lane, Leeds");
        Finding full = only("14 Mill Lane, Leeds LS6 2AB", "14 Mill Lane, Leeds LS6 2AB");
        assertThat(town.score()).isGreaterThan(bare.score());
        assertThat(full.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        only("14 Mill Lane, LS6 2AB", "14 Mill Lane, LS6 2AB");
    }

    @Test
    void multiLineLetterAddressWithFlatPrefix() {
        String letter = "Ms A. Okafor\nFlat 3, 12 High Street\nLeeds\nLS1 4AB\n\nDear Ms Okafor,";
        Finding f = only(letter, "Flat 3, 12 High Street\nLeeds\nLS1 4AB");
        assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        only("Apartment 2 9 Quay Street, Manchester", "Apartment 2 9 Quay Street, Manchester");
        only("Unit 4, 100-102 Commercial Road, Hull", "Unit 4, 100-102 Commercial Road, Hull");
    }

    @Test
    void contextWordsRaiseTheScore() {
        double bare = engine.scan("14 Mill Lane").get(0).score();
        double ctx = engine.scan("Home address: 14 Mill Lane").get(0).score();
        assertThat(ctx).isGreaterThan(bare);
    }

    @Test
    void businessesAndNumberedThingsAreNotHomes() {
        assertThat(atLeastLikely("We stayed at 3 Park Lane Hotel")).isEmpty();
        assertThat(atLeastLikely("He reads the Wall Street Journal")).isEmpty();
        assertThat(atLeastLikely("See Chapter 3 Main Street for details")).isEmpty();
        assertThat(atLeastLikely("Page 12 High Street fashion")).isEmpty();
        assertThat(atLeastLikely("It cost £12 High Street prices")).isEmpty();
        assertThat(atLeastLikely("Order 12345 Park Road")).isEmpty();
    }

    @Test
    void noStreetWordNoAddress() {
        assertThat(engine.scan("Apollo 11 Moon Landing")).isEmpty();
        assertThat(engine.scan("Windows 10 Pro Edition")).isEmpty();
        assertThat(engine.scan("There were 12 Green bottles")).isEmpty();
        assertThat(engine.scan("12 Park")).isEmpty();
        assertThat(engine.scan("version 1.12 High Street")).isEmpty();
        assertThat(engine.scan("0 High Street")).isEmpty();
    }

    @Test
    void yearsBeforeAStreetAreOnlyPossible() {
        assertThat(atLeastLikely("In 2019 Park Road was renamed")).isEmpty();
    }

    @Test
    void canonicalFormIsLowerCaseWords() {
        Finding f = only("Flat 3, 12 High Street\nLeeds\nLS1 4AB", "Flat 3, 12 High Street\nLeeds\nLS1 4AB");
        assertThat(Canonical.of(InfoType.STREET_ADDRESS, "FLAT 3, 12 high street, Leeds, LS1 4AB"))
                .isEqualTo("flat 3 12 high street leeds ls1 4ab");
        assertThat(f.masked()).doesNotContain("High");
    }

    @Test
    void countyLineBeforeThePostcodeAndTheLetterAfterTheAddress() {
        only("12 High Street\nLeeds\nWest Yorkshire\nLS1 4AB\n", "12 High Street\nLeeds\nWest Yorkshire\nLS1 4AB");
        only("12 High Street\nLeeds\nWest Yorkshire\n\nDear Sir", "12 High Street\nLeeds");
        only("12 High Street\nDear Mrs Okafor,", "12 High Street");
        only("12 High Street, Leeds. The next day", "12 High Street, Leeds");
    }
}
