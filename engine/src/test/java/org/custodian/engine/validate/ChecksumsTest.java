package org.custodian.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {
    @Test
    void luhnAcceptsPublishedTestCardsAndRejectsOneDigitChanges() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("5555555555554444")).isTrue();
        assertThat(Checksums.luhn("378282246310005")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.luhn("41111a1111111111")).isFalse();
    }

    @Test
    void mod97AcceptsTheIbanRegistryExamples() {
        assertThat(Checksums.mod97("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.mod97("DE89370400440532013000")).isTrue();
        assertThat(Checksums.mod97("GB82WEST12345698765433")).isFalse();
        assertThat(Checksums.mod97("GB82west12345698765432")).isFalse();
    }

    @Test
    void nhsMod11() {
        assertThat(Checksums.nhsMod11("9434765919")).isTrue();
        assertThat(Checksums.nhsMod11("9434765918")).isFalse();
    }
}
