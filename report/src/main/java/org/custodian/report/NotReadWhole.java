package org.custodian.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Files a report must list as not clean (partly scanned, skipped), gathered while the files stream
 * past. Formats that list them after the findings keep at most {@code limit} of them, so a tree of a
 * million unreadable files cannot exhaust memory; the rest are counted and the report says where to
 * find them (the JSON and CSV formats list every file).
 */
final class NotReadWhole {
    record Entry(String path, FileStatus status, List<String> reasons) {
    }

    private final int limit;
    private final List<Entry> kept = new ArrayList<>();
    private long total;

    NotReadWhole(int limit) {
        this.limit = limit;
    }

    void offer(FileReport file) {
        FileStatus status = file.fileStatus();
        if (status.readWhole()) return;
        total++;
        if (kept.size() < limit) kept.add(new Entry(file.path(), status, file.reasons()));
    }

    List<Entry> kept() {
        return kept;
    }

    long total() {
        return total;
    }

    long leftOut() {
        return total - kept.size();
    }
}
