package org.custodian.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.KeyedHash;
import org.custodian.engine.Likelihood;
import org.custodian.engine.Location;
import org.junit.jupiter.api.Test;

class FindingJsonTest {
    private static final KeyedHash HASH = new KeyedHash("0123456789abcdef", "ab".repeat(32));

    private static Finding finding(KeyedHash hash, long byteOffset, Set<String> flags) {
        return new Finding(InfoType.UK_NHS_NUMBER, Likelihood.VERY_LIKELY, 0.95,
                new Location(12, 12, 2, 5, byteOffset), "*** *** **19", hash, "uk-nhs-number", flags);
    }

    @Test
    void writesEveryFieldInAFixedOrderOnOneLine() {
        String json = FindingJson.toJson(finding(HASH, 14, Set.of("HEALTH")));
        assertThat(json).isEqualTo("{\"infoType\":\"UK_NHS_NUMBER\",\"likelihood\":\"VERY_LIKELY\",\"score\":0.95,"
                + "\"location\":{\"offset\":12,\"length\":12,\"line\":2,\"column\":5,\"byteOffset\":14},"
                + "\"masked\":\"*** *** **19\",\"hash\":\"hmac-sha256:v1:0123456789abcdef:" + "ab".repeat(32) + "\","
                + "\"detector\":\"uk-nhs-number\",\"specialCategories\":[\"HEALTH\"]}");
    }

    @Test
    void leavesOutTheHashWhenAskedOrAbsentAndTheByteOffsetWhenUnknown() {
        assertThat(FindingJson.toJson(finding(HASH, 14, Set.of()), false)).doesNotContain("hash");
        String json = FindingJson.toJson(finding(null, Location.UNKNOWN, Set.of()));
        assertThat(json).doesNotContain("hash").doesNotContain("byteOffset").endsWith("\"specialCategories\":[]}");
    }

    @Test
    void sortsSpecialCategoriesSoLinesAreStable() {
        String json = FindingJson.toJson(finding(null, 0, Set.of("RELIGION", "HEALTH", "ETHNICITY")));
        assertThat(json).contains("[\"ETHNICITY\",\"HEALTH\",\"RELIGION\"]");
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLoneSurrogates() {
        assertThat(FindingJson.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(FindingJson.quote("l1\nl2\r\t\b\f")).isEqualTo("\"l1\\nl2\\r\\t\\b\\f\"");
        assertThat(FindingJson.quote("\u0000\u001f")).isEqualTo("\"\\u0000\\u001f\"");
        assertThat(FindingJson.quote("\u2028")).isEqualTo("\"\\u2028\"");
        assertThat(FindingJson.quote("x\ud800y")).isEqualTo("\"x\\ud800y\"");
        assertThat(FindingJson.quote("\udc00")).isEqualTo("\"\\udc00\"");
        // a proper pair and non-ASCII letters pass through as UTF-8 text
        assertThat(FindingJson.quote("Zoë \ud83d\ude00")).isEqualTo("\"Zoë \ud83d\ude00\"");
    }

    @Test
    void writesScoresAsJsonNumbers() {
        assertThat(FindingJson.number(1.0)).isEqualTo("1");
        assertThat(FindingJson.number(0.0)).isEqualTo("0");
        assertThat(FindingJson.number(0.625)).isEqualTo("0.625");
        assertThatThrownBy(() -> FindingJson.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
