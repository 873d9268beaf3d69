package org.custodian.store.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.engine.InfoType;
import org.junit.jupiter.api.Test;

class SensitivityAndRiskTest {
    @Test
    void nothingFoundIsNotSensitive() {
        assertThat(Sensitivity.of(Map.of(), Set.of())).isZero();
        assertThat(RiskScore.of(List.of(ExposureKind.WORLD_WRITABLE), 0)).isZero();
    }

    @Test
    void theMostSensitiveTypeLeadsAndBreadthAndVolumeAdd() {
        assertThat(Sensitivity.of(Map.of(InfoType.UK_NHS_NUMBER, 1L), Set.of())).isEqualTo(70);
        assertThat(Sensitivity.of(Map.of(InfoType.UK_NHS_NUMBER, 1L, InfoType.EMAIL_ADDRESS, 1L), Set.of()))
                .isEqualTo(75);
        assertThat(Sensitivity.of(Map.of(InfoType.UK_POSTCODE, 150L), Set.of())).isEqualTo(20);
        assertThat(Sensitivity.of(Map.of(InfoType.of("STAFF_NUMBER"), 1L), Set.of()))
                .isEqualTo(Sensitivity.UNKNOWN_TYPE_WEIGHT);
    }

    @Test
    void specialCategoryDataIsAtLeastNinetyAndCapped() {
        assertThat(Sensitivity.of(Map.of(InfoType.EMAIL_ADDRESS, 1L), Set.of("HEALTH"))).isEqualTo(90);
        assertThat(Sensitivity.of(Map.of(InfoType.CREDENTIALS, 5000L, InfoType.UK_NHS_NUMBER, 1L,
                InfoType.EMAIL_ADDRESS, 1L, InfoType.DATE_OF_BIRTH, 1L), Set.of("HEALTH"))).isEqualTo(100);
    }

    @Test
    void riskIsSensitivityTimesTheWorstExposure() {
        assertThat(RiskScore.of(ExposureKind.WORLD_READABLE, 70)).isEqualTo(63);
        assertThat(RiskScore.of(List.of(ExposureKind.STALE, ExposureKind.WORLD_WRITABLE), 70)).isEqualTo(70);
        assertThat(RiskScore.of(List.of(), 70)).isEqualTo(14);
        assertThat(RiskScore.of(List.of(ExposureKind.UNKNOWN), 70)).isEqualTo(35);
    }
}
