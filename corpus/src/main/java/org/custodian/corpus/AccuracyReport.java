package org.custodian.corpus;

import java.util.List;
import java.util.Map;
import org.custodian.engine.InfoType;

/**
 * Prints precision and recall per infoType of the default engine (built-in detectors, threshold
 * LIKELY) on N generated documents of seed S and on the hand-written set.
 *
 * <pre>
 * mvn -q -o -pl engine,corpus -Paccuracy verify -DskipTests -Dcorpus.docs=2000 -Dcorpus.seed=20261124
 * </pre>
 * Add {@code -Dcorpus.byKind=true} for recall and precision per document kind where not perfect, and
 * {@code -Dcorpus.errors=20} to also print up to 20 misses and false positives per infoType
 * (synthetic values only, for detector authors).
 */
public final class AccuracyReport {
    private AccuracyReport() {
    }

    public static void main(String[] args) {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261124L;
        int errors = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Evaluator evaluator = new Evaluator(Evaluator.defaultEngine());

        long t0 = System.nanoTime();
        List<LabelledDocument> generated = new CorpusGenerator(seed).generate(docs);
        long chars = generated.stream().mapToLong(d -> d.text().length()).sum();
        Evaluator.Report g = evaluator.evaluate(generated);
        System.out.printf("Generated corpus: %d documents, seed %d, %.2f MB, %d labels, %d hard negatives (%.1f s)%n",
                docs, seed, chars / 1e6, generated.stream().mapToLong(d -> d.labels().size()).sum(),
                generated.stream().mapToLong(d -> d.hardNegatives().size()).sum(), (System.nanoTime() - t0) / 1e9);
        print(g, errors);
        String floors = floorLines("generated", g);

        List<LabelledDocument> hand;
        try {
            hand = Handwritten.loadFromClasspath();
        } catch (IllegalStateException e) {
            System.out.println("\nHand-written set: not on the class path (" + e.getMessage() + ")");
            return;
        }
        Evaluator.Report h = evaluator.evaluate(hand);
        System.out.printf("%nHand-written set: %d documents, %d labels, %d hard negatives%n", hand.size(),
                hand.stream().mapToLong(d -> d.labels().size()).sum(), hand.stream().mapToLong(d -> d.hardNegatives().size()).sum());
        print(h, errors);
        System.out.println("\nReached values as floor lines for accuracy-floors.properties (rounded down to 2 decimals):");
        System.out.print(floors + floorLines("handwritten", h));
    }

    private static String floorLines(String set, Evaluator.Report r) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<InfoType, Evaluator.Score> e : r.scores().entrySet()) {
            if (!r.measured(e.getKey())) continue;
            b.append(set).append('.').append(e.getKey()).append(".precision=").append(down2(e.getValue().precision())).append('\n');
            b.append(set).append('.').append(e.getKey()).append(".recall=").append(down2(e.getValue().recall())).append('\n');
        }
        return b.toString();
    }

    private static String down2(double x) {
        return String.format(java.util.Locale.ROOT, "%.2f", Math.floor(x * 100 + 1e-9) / 100);
    }

    private static void print(Evaluator.Report r, int errors) {
        System.out.print(Boolean.getBoolean("corpus.markdown") ? r.markdown() : r.table());
        if (!r.trapHits().isEmpty()) {
            System.out.println("False positives by planted trap:");
            for (Map.Entry<InfoType, Map<String, Integer>> e : r.trapHits().entrySet()) {
                System.out.println("  " + e.getKey() + ": " + e.getValue());
            }
        }
        if (Boolean.getBoolean("corpus.byKind")) {
            System.out.println("Imperfect infoType / document kind pairs (found/labels, true/all findings):");
            System.out.print(r.imperfectKinds());
        }
        if (errors <= 0) return;
        for (InfoType t : r.scores().keySet()) {
            List<Evaluator.Miss> ms = r.misses().stream().filter(m -> m.label().type().equals(t) && r.measured(t)).limit(errors).toList();
            List<Evaluator.FalsePositive> fs = r.falsePositives().stream().filter(f -> f.finding().infoType().equals(t)).limit(errors).toList();
            if (ms.isEmpty() && fs.isEmpty()) continue;
            System.out.println("-- " + t);
            for (Evaluator.Miss m : ms) System.out.println("   missed [" + m.value().replace("\n", "\\n") + "] in " + m.doc().kind() + context(m.doc().text(), m.label().start(), m.label().end()));
            for (Evaluator.FalsePositive f : fs) System.out.println("   false  [" + f.value().replace("\n", "\\n") + "] " + f.finding().likelihood() + " trap=" + f.trap() + " in " + f.doc().kind()
                    + context(f.doc().text(), (int) Evaluator.start(f.finding()), (int) Evaluator.end(f.finding())));
        }
    }

    private static String context(String text, int start, int end) {
        int a = Math.max(0, start - 40), b = Math.min(text.length(), end + 25);
        return "  ..." + text.substring(a, b).replace("\n", "\\n") + "...";
    }
}
