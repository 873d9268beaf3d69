package org.custodian.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.custodian.engine.Detector;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.detectors.BuiltInDetectors;

/**
 * Runs an engine over labelled documents and scores it per infoType.
 *
 * <p>A finding is a true positive when it overlaps a label of the same infoType (so a detector that
 * reports "Sort code 20-45-77 account 41234567" in one span or in two, or a name with or without
 * its title, is not penalised for where it draws the edges); otherwise it is a false positive. A
 * label is found when at least one finding of its infoType overlaps it. Precision is over findings,
 * recall over labels.
 */
public final class Evaluator {
    private final Engine engine;
    private final Set<InfoType> detected;

    public Evaluator(Engine engine) {
        this.engine = engine;
        Set<InfoType> types = new HashSet<>();
        for (Detector d : engine.detectors()) types.addAll(d.infoTypes());
        this.detected = Set.copyOf(types);
    }

    /** The engine the CLI runs by default: every built-in detector, findings at LIKELY or above. */
    public static Engine defaultEngine() {
        return Engine.builder().addAll(BuiltInDetectors.all()).minLikelihood(Likelihood.LIKELY).build();
    }

    /** The infoTypes some detector of the engine can report. */
    public Set<InfoType> detectedTypes() {
        return detected;
    }

    public Report evaluate(Iterable<LabelledDocument> docs) {
        Report report = new Report(detected);
        for (LabelledDocument doc : docs) {
            List<Finding> findings = engine.scan(doc.text());
            String kind = doc.kind();
            for (Label l : doc.labels()) {
                Score s = report.score(l.type());
                Score k = report.score(kind, l.type());
                s.labels++;
                k.labels++;
                boolean found = false;
                for (Finding f : findings) {
                    if (f.infoType().equals(l.type()) && l.overlaps(start(f), end(f))) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    s.found++;
                    k.found++;
                } else {
                    report.misses.add(new Miss(doc, l));
                }
            }
            for (Finding f : findings) {
                Score s = report.score(f.infoType());
                Score k = report.score(kind, f.infoType());
                s.findings++;
                k.findings++;
                boolean tp = false;
                for (Label l : doc.labels()) {
                    if (l.type().equals(f.infoType()) && l.overlaps(start(f), end(f))) {
                        tp = true;
                        break;
                    }
                }
                if (tp) {
                    s.truePositives++;
                    k.truePositives++;
                    continue;
                }
                String trap = "(unplanted text)";
                for (HardNegative n : doc.hardNegatives()) {
                    if (n.overlaps(start(f), end(f))) {
                        trap = n.category();
                        break;
                    }
                }
                report.falsePositives.add(new FalsePositive(doc, f, trap));
                report.trapHits.computeIfAbsent(f.infoType(), t -> new TreeMap<>()).merge(trap, 1, Integer::sum);
            }
            report.documents++;
        }
        return report;
    }

    static long start(Finding f) {
        return f.location().offset();
    }

    static long end(Finding f) {
        return f.location().offset() + f.location().length();
    }

    /** Counts for one infoType. */
    public static final class Score {
        int labels, found, findings, truePositives;

        public int labels() {
            return labels;
        }

        public int found() {
            return found;
        }

        public int findings() {
            return findings;
        }

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return findings - truePositives;
        }

        /** True positives over findings; 1 when there were no findings (nothing wrongly reported). */
        public double precision() {
            return findings == 0 ? 1.0 : (double) truePositives / findings;
        }

        /** Labels found over labels; 1 when there was nothing to find. */
        public double recall() {
            return labels == 0 ? 1.0 : (double) found / labels;
        }
    }

    public record Miss(LabelledDocument doc, Label label) {
        public String value() {
            return doc.text().substring(label.start(), label.end());
        }
    }

    public record FalsePositive(LabelledDocument doc, Finding finding, String trap) {
        public String value() {
            return doc.text().substring((int) start(finding), (int) end(finding));
        }
    }

    /** The outcome of one evaluation. */
    public static final class Report {
        private final Set<InfoType> detected;
        private final Map<InfoType, Score> scores = new LinkedHashMap<>();
        final List<Miss> misses = new ArrayList<>();
        final List<FalsePositive> falsePositives = new ArrayList<>();
        final Map<InfoType, Map<String, Integer>> trapHits = new TreeMap<>();
        int documents;

        Report(Set<InfoType> detected) {
            this.detected = detected;
            for (InfoType t : CorpusTypes.ALL) scores.put(t, new Score());
        }

        final Map<String, Map<InfoType, Score>> byKind = new TreeMap<>();

        Score score(InfoType t) {
            return scores.computeIfAbsent(t, k -> new Score());
        }

        Score score(String kind, InfoType t) {
            return byKind.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(t, k -> new Score());
        }

        /** Scores per document kind and infoType. */
        public Map<String, Map<InfoType, Score>> byKind() {
            return byKind;
        }

        /** Where the misses and false positives are: one line per infoType and document kind that is not perfect. */
        public String imperfectKinds() {
            StringBuilder b = new StringBuilder();
            for (InfoType t : scores.keySet()) {
                if (!measured(t)) continue;
                for (Map.Entry<String, Map<InfoType, Score>> e : byKind.entrySet()) {
                    Score s = e.getValue().get(t);
                    if (s == null || (s.found == s.labels && s.truePositives == s.findings)) continue;
                    b.append(String.format(java.util.Locale.ROOT, "  %-30s %-36s recall %4d/%-5d precision %4d/%-5d%n",
                            t, e.getKey(), s.found, s.labels, s.truePositives, s.findings));
                }
            }
            return b.toString();
        }

        public Map<InfoType, Score> scores() {
            return scores;
        }

        public boolean measured(InfoType t) {
            return detected.contains(t);
        }

        public List<Miss> misses() {
            return misses;
        }

        public List<FalsePositive> falsePositives() {
            return falsePositives;
        }

        /** False positives per infoType and planted-trap category ("(unplanted text)" when none). */
        public Map<InfoType, Map<String, Integer>> trapHits() {
            return trapHits;
        }

        public int documents() {
            return documents;
        }

        /** A fixed-width table, one row per infoType, as printed by {@link AccuracyReport}. */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%-30s %7s %7s %8s %6s %6s %9s %7s%n", "infoType", "labels", "found", "findings",
                    "TP", "FP", "precision", "recall"));
            for (Map.Entry<InfoType, Score> e : scores.entrySet()) {
                Score s = e.getValue();
                if (!measured(e.getKey())) {
                    b.append(String.format("%-30s %7d %7s %8s %6s %6s %9s %7s%n", e.getKey(), s.labels, "-", "-", "-", "-",
                            "not yet", "measured (no detector)"));
                    continue;
                }
                b.append(String.format("%-30s %7d %7d %8d %6d %6d %9.4f %7.4f%n", e.getKey(), s.labels, s.found,
                        s.findings, s.truePositives, s.falsePositives(), floor4(s.precision()), floor4(s.recall())));
            }
            return b.toString();
        }

        /** The same table in Markdown, for docs/accuracy.md. */
        public String markdown() {
            StringBuilder b = new StringBuilder("| infoType | labels | found | findings | false pos. | precision | recall |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (Map.Entry<InfoType, Score> e : scores.entrySet()) {
                Score s = e.getValue();
                if (!measured(e.getKey())) {
                    b.append(String.format("| %s | %d | | | | not yet measured | (no detector) |%n", e.getKey(), s.labels));
                    continue;
                }
                b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %.4f | %.4f |%n", e.getKey(), s.labels,
                        s.found, s.findings, s.falsePositives(), floor4(s.precision()), floor4(s.recall())));
            }
            return b.toString();
        }

        /** Rounded down, so a printed 0.9800 never hides 0.97996. */
        static double floor4(double x) {
            return Math.floor(x * 10000) / 10000;
        }
    }
}
