package org.custodian.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custodian.engine.InfoType;

/** Finding counts per infoType, listed the same way by every format. */
final class InfoTypeCounts {
    private InfoTypeCounts() {
    }

    /** Most frequent first, then by name. */
    static List<Map.Entry<InfoType, Long>> sorted(Map<InfoType, Long> counts) {
        List<Map.Entry<InfoType, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<InfoType, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries;
    }

    static List<Map.Entry<InfoType, Long>> of(List<ReportedFinding> findings) {
        Map<InfoType, Long> counts = new TreeMap<>();
        for (ReportedFinding f : findings) counts.merge(f.infoType(), 1L, Long::sum);
        return sorted(counts);
    }
}
