package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The hasher's precomputed-pad HMAC must equal the JDK's HmacSHA256 over the documented input. */
class ValueHasherMacEquivalenceTest {
    @Test
    void equalsJdkHmacForShortBlockSizedAndLongKeys() throws Exception {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int keyLength : new int[] {32, 63, 64, 65, 131}) {
            byte[] key = new byte[keyLength];
            for (int i = 0; i < key.length; i++) key[i] = (byte) rnd.nextInt(256);
            ValueHasher hasher = new ValueHasher(key);
            for (String canonical : new String[] {"", "9434765919", "ab123456c", "jane.o'neill@example.co.uk",
                    "z\u00fc\u00df\u20ac", "x".repeat(200)}) {
                for (InfoType type : new InfoType[] {InfoType.UK_NHS_NUMBER, InfoType.EMAIL_ADDRESS, InfoType.of("CUSTOM_ID")}) {
                    assertThat(hasher.hash(type, canonical).hex())
                            .isEqualTo(jdkHmac(key, "v1|" + type.name() + "|" + canonical));
                }
            }
        }
    }

    private static String jdkHmac(byte[] key, String input) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    }
}
