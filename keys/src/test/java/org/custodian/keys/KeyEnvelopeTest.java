package org.custodian.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.custodian.engine.InfoType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEnvelopeTest {
    private static final char[] PASS = "correct horse battery staple".toCharArray();
    private static final ObjectMapper JSON = new ObjectMapper();

    // one wrap for the class: each PBKDF2 run at full strength costs most of a second
    @TempDir
    static Path tmp;
    private static KeyStore store;
    private static InstallationKey key;
    private static String envelope;

    @BeforeAll
    static void wrapAKey() {
        store = new KeyStore(tmp.resolve("home"));
        key = store.init(false);
        envelope = new KeyEnvelope().wrap(key, PASS);
    }

    @Test
    void roundTripGivesTheSameKeyAndTheSameHashes() {
        InstallationKey back = KeyEnvelope.unwrap(envelope, PASS);
        assertThat(back.id()).isEqualTo(key.id());
        assertThat(back.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "9434765919"))
                .isEqualTo(key.hasher().hashRaw(InfoType.UK_NHS_NUMBER, "943 476 5919"));
    }

    @Test
    void envelopeIsVersionedNamesTheKeyIdAndHoldsNoKeyInClear() throws Exception {
        ObjectNode env = (ObjectNode) JSON.readTree(envelope);
        assertThat(env.get("format").asText()).isEqualTo("custodian-wrapped-key");
        assertThat(env.get("version").asInt()).isEqualTo(1);
        assertThat(env.get("keyId").asText()).isEqualTo(key.id());
        assertThat(env.get("iterations").asInt()).isGreaterThanOrEqualTo(600_000);
        byte[] raw = Files.readAllBytes(store.keyFile());
        assertThat(envelope).doesNotContain(HexFormat.of().formatHex(raw))
                .doesNotContain(Base64.getEncoder().encodeToString(raw));
        // fresh salt and nonce every time
        assertThat(new KeyEnvelope().wrap(key, PASS)).isNotEqualTo(envelope);
    }

    @Test
    void wrongPassphraseIsAClearError() {
        assertThatThrownBy(() -> KeyEnvelope.unwrap(envelope, "correct horse battery stapler".toCharArray()))
                .isInstanceOfSatisfying(KeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyException.Reason.UNWRAP_FAILED))
                .hasMessageContaining("wrong passphrase");
    }

    @Test
    void tamperedCiphertextIsRefused() throws Exception {
        ObjectNode env = (ObjectNode) JSON.readTree(envelope);
        byte[] sealed = Base64.getDecoder().decode(env.get("ciphertext").asText());
        sealed[3] ^= 1;
        env.put("ciphertext", Base64.getEncoder().encodeToString(sealed));
        assertThatThrownBy(() -> KeyEnvelope.unwrap(JSON.writeValueAsString(env), PASS))
                .isInstanceOf(KeyException.class).hasMessageContaining("altered");
    }

    @Test
    void tamperedHeaderIsRefusedBecauseItIsBoundIntoTheTag() throws Exception {
        ObjectNode env = (ObjectNode) JSON.readTree(envelope);
        env.put("keyId", "0123456789abcdef");
        assertThatThrownBy(() -> KeyEnvelope.unwrap(JSON.writeValueAsString(env), PASS))
                .isInstanceOf(KeyException.class).hasMessageContaining("altered");

        ObjectNode weaker = (ObjectNode) JSON.readTree(envelope);
        weaker.put("iterations", 1000);
        assertThatThrownBy(() -> KeyEnvelope.unwrap(JSON.writeValueAsString(weaker), PASS))
                .isInstanceOf(KeyException.class).hasMessageContaining("iteration count");
    }

    @Test
    void refusesWhatIsNotAnEnvelope() {
        assertThatThrownBy(() -> KeyEnvelope.unwrap("not json", PASS)).isInstanceOf(KeyException.class)
                .hasMessageContaining("not a Custodian key export");
        assertThatThrownBy(() -> KeyEnvelope.unwrap("{\"format\":\"other\"}", PASS)).isInstanceOf(KeyException.class)
                .hasMessageContaining("not a Custodian key export");
        assertThatThrownBy(() -> KeyEnvelope.unwrap(envelope.replace("\"version\":1", "\"version\":2"), PASS))
                .isInstanceOf(KeyException.class).hasMessageContaining("version");
    }

    @Test
    void shortPassphrasesAreRefusedOnExport() {
        assertThatThrownBy(() -> new KeyEnvelope().wrap(key, "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
    }
}
