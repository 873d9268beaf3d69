package org.custodian.corpus.tree;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.custodian.corpus.CorpusGenerator;
import org.custodian.corpus.CorpusTypes;
import org.custodian.corpus.Label;
import org.custodian.corpus.LabelledDocument;
import org.custodian.engine.InfoType;

/**
 * A deterministic file share in the shape of a council's or an insurer's: department folders
 * holding letters (txt, docx, odt, pdf, rtf, html), customer and payroll exports (csv, xlsx),
 * JSON logs, e-mails (some with attachments), configuration files with secrets, archives (zip,
 * tar.gz, 7z, a zip inside a zip), policy documents and logs with no personal data, images, and
 * near-misses (look-alike numbers that must not be reported). The text comes from
 * {@link CorpusGenerator}, so every planted value is synthetic and checksum-valid and its count is
 * known: {@value #MANIFEST} lists, per file and per archive member, how many values of each infoType
 * were planted.
 *
 * <p>Some files are exposed on purpose (on POSIX file systems): world-readable, group- or
 * world-writable, and stale (modified {@value #STALE_YEARS} years ago). The first files of every
 * tree show each format and exposure once, so even a small tree has them all.
 *
 * <p>Same seed and file count, same paths and the same bytes for the {@link Format#BYTE_STABLE}
 * formats (Office and PDF libraries stamp their own ids); modification times are relative to now.
 * Files are written in parallel: each depends only on the seed and its own index.
 */
public final class SampleTree {
    public static final String MANIFEST = "manifest.csv";
    public static final int STALE_YEARS = 8;
    /** The default size of {@code custodian demo}. */
    public static final int DEMO_FILES = 2_000;
    /** The size of the file-tree benchmark. */
    public static final int BENCHMARK_FILES = 20_000;

    /** What a folder holds: documents of one corpus kind, in one of a few formats. */
    private record Template(int weight, String folder, String stem, String kind, List<Format> formats) {
    }

    private static final String IMAGE = "image";
    private static final String BUNDLE = "bundle";

    private static final List<Template> TEMPLATES = List.of(
            new Template(6, "hr/payroll", "payroll-export", "csv-payroll", List.of(Format.CSV, Format.XLSX)),
            new Template(4, "hr/recruitment/right-to-work", "identity-checks", "csv-identity-checks", List.of(Format.XLSX, Format.CSV)),
            new Template(5, "hr/correspondence", "benefit-letter", "letter-dwp", List.of(Format.DOCX, Format.PDF, Format.TXT, Format.ODT)),
            new Template(4, "hr/casework", "case-notes", "notes", List.of(Format.DOCX, Format.TXT, Format.RTF)),
            new Template(4, "hr/mail", "message", "email", List.of(Format.EML)),
            new Template(5, "finance/bank", "account-letter", "letter-bank", List.of(Format.PDF, Format.DOCX, Format.RTF)),
            new Template(3, "finance/payments", "card-payments", "csv-customers", List.of(Format.XLSX, Format.CSV)),
            new Template(3, "finance/reference", "order-references", CorpusGenerator.NEAR_MISSES, List.of(Format.TXT, Format.DOCX, Format.PDF)),
            new Template(8, "customer-services/exports", "customer-export", "csv-customers", List.of(Format.CSV, Format.XLSX)),
            new Template(5, "customer-services/letters", "customer-letter", "letter-bank", List.of(Format.DOCX, Format.ODT, Format.HTML, Format.RTF)),
            new Template(8, "customer-services/mail", "enquiry", "email", List.of(Format.EML)),
            new Template(4, "customer-services/complaints", "complaint-notes", "notes", List.of(Format.TXT, Format.HTML, Format.DOCX)),
            new Template(6, "social-care/referrals", "nhs-referral", "letter-nhs", List.of(Format.PDF, Format.DOCX, Format.ODT, Format.RTF)),
            new Template(4, "social-care/clients", "client-list", "csv-patients", List.of(Format.CSV, Format.XLSX)),
            new Template(10, "it/logs", "access", "json-log", List.of(Format.NDJSON, Format.JSON)),
            new Template(8, "it/logs", "application", "app-log", List.of(Format.LOG)),
            new Template(3, "it/config", "settings", "config", List.of(Format.CONF)),
            new Template(10, "shared/policies", "policy", "prose", List.of(Format.DOCX, Format.PDF, Format.HTML, Format.TXT, Format.ODT)),
            new Template(3, "communications/images", "photo", IMAGE, List.of(Format.PNG)),
            new Template(4, "archive", "backup", BUNDLE, List.of(Format.ZIP, Format.TAR_GZ, Format.SEVEN_Z)));
    private static final int TOTAL_WEIGHT = TEMPLATES.stream().mapToInt(Template::weight).sum();

    /** The first files of every tree: each format, an attachment, a zip in a zip and each exposure once. */
    private record Showcase(String kind, Format format, Exposure exposure, boolean stale) {
    }

    private static final List<Showcase> SHOWCASE = List.of(
            new Showcase("letter-nhs", Format.PDF, Exposure.WORLD_READABLE, false),
            new Showcase("letter-dwp", Format.DOCX, Exposure.NONE, true),
            new Showcase("letter-bank", Format.ODT, Exposure.NONE, false),
            new Showcase("letter-bank", Format.RTF, Exposure.NONE, false),
            new Showcase("letter-bank", Format.HTML, Exposure.NONE, false),
            new Showcase("letter-dwp", Format.TXT, Exposure.NONE, false),
            new Showcase("csv-customers", Format.CSV, Exposure.WORLD_WRITABLE, false),
            new Showcase("csv-payroll", Format.XLSX, Exposure.GROUP_WRITABLE, false),
            new Showcase("json-log", Format.JSON, Exposure.NONE, false),
            new Showcase("json-log", Format.NDJSON, Exposure.NONE, false),
            new Showcase("app-log", Format.LOG, Exposure.NONE, false),
            new Showcase("config", Format.CONF, Exposure.WORLD_READABLE, false),
            new Showcase("email", Format.EML, Exposure.NONE, false),
            new Showcase(BUNDLE, Format.ZIP, Exposure.NONE, true),
            new Showcase(BUNDLE, Format.TAR_GZ, Exposure.NONE, false),
            new Showcase(BUNDLE, Format.SEVEN_Z, Exposure.NONE, false),
            new Showcase(IMAGE, Format.PNG, Exposure.NONE, false),
            new Showcase("prose", Format.DOCX, Exposure.NONE, false),
            new Showcase(CorpusGenerator.NEAR_MISSES, Format.TXT, Exposure.NONE, false));

    /** One line of the manifest: a file or an archive member, and the values planted in it. */
    public record Entry(String path, String kind, Format format, Map<InfoType, Integer> expected) {
        public int expectedTotal() {
            return expected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One file written to disk, with the manifest entries for it and its members. */
    public record WrittenFile(String path, Format format, long bytes, Exposure exposure, boolean stale, List<Entry> entries) {
    }

    /** What {@link #generate} wrote. */
    public record Summary(Path root, List<WrittenFile> files, Path manifest) {
        public long bytes() {
            return files.stream().mapToLong(WrittenFile::bytes).sum();
        }

        public Map<Format, Integer> filesByFormat() {
            Map<Format, Integer> counts = new EnumMap<>(Format.class);
            for (WrittenFile f : files) counts.merge(f.format(), 1, Integer::sum);
            return counts;
        }

        public long count(Exposure exposure) {
            return files.stream().filter(f -> f.exposure() == exposure).count();
        }

        public long stale() {
            return files.stream().filter(WrittenFile::stale).count();
        }

        /** Files and members holding at least one planted value. */
        public long entriesWithValues() {
            return files.stream().flatMap(f -> f.entries().stream()).filter(e -> e.expectedTotal() > 0).count();
        }

        /** Planted values per infoType over the whole tree, in the corpus's report order. */
        public Map<InfoType, Integer> expectedTotals() {
            Map<InfoType, Integer> totals = new LinkedHashMap<>();
            for (InfoType t : CorpusTypes.ALL) totals.put(t, 0);
            for (WrittenFile f : files) for (Entry e : f.entries()) e.expected().forEach((t, n) -> totals.merge(t, n, Integer::sum));
            return totals;
        }
    }

    private final Path root;
    private final long seed;
    private final Instant now;
    private final boolean posix;

    private SampleTree(Path root, long seed, Instant now) {
        this.root = root;
        this.seed = seed;
        this.now = now;
        this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Writes {@code files} files (plus {@value #MANIFEST}) under {@code dir}, creating it. Existing
     * files of the same names are overwritten; others are left alone.
     */
    public static Summary generate(Path dir, int files, long seed) throws IOException {
        if (files < 0) throw new IllegalArgumentException("files must be zero or more: " + files);
        Files.createDirectories(dir);
        SampleTree tree = new SampleTree(dir, seed, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<WrittenFile> written;
        try {
            written = IntStream.range(0, files).parallel().mapToObj(tree::write).sorted(Comparator.comparing(WrittenFile::path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path manifest = dir.resolve(MANIFEST);
        writeManifest(manifest, written);
        return new Summary(dir, written, manifest);
    }

    private WrittenFile write(int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        CorpusGenerator corpus = new CorpusGenerator(r.nextLong());
        Template template;
        Format format;
        Exposure exposure;
        boolean stale;
        if (index < SHOWCASE.size()) {
            Showcase s = SHOWCASE.get(index);
            template = templateFor(s.kind(), s.format());
            format = s.format();
            exposure = s.exposure();
            stale = s.stale();
        } else {
            template = pickTemplate(r);
            format = template.formats().get(r.nextInt(template.formats().size()));
            double x = r.nextDouble();
            exposure = x < 0.03 ? Exposure.WORLD_READABLE : x < 0.04 ? Exposure.GROUP_WRITABLE
                    : x < 0.045 ? Exposure.WORLD_WRITABLE : Exposure.NONE;
            stale = r.nextDouble() < 0.06;
        }
        String path = template.folder() + "/" + (2017 + r.nextInt(9)) + "/" + template.stem()
                + String.format("-%05d.", index) + format.extension();
        try {
            List<Entry> entries = new ArrayList<>();
            byte[] bytes = content(path, template, format, index < SHOWCASE.size(), r, corpus, entries);
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            if (posix) Files.setPosixFilePermissions(file, exposure.permissions());
            Duration age = stale
                    ? Duration.ofDays(365L * STALE_YEARS + 2 + r.nextInt(300))
                    : Duration.ofDays(r.nextInt(700)).plusSeconds(r.nextInt(86_400));
            Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
            return new WrittenFile(path, format, bytes.length, exposure, stale, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Template pickTemplate(SplittableRandom r) {
        int x = r.nextInt(TOTAL_WEIGHT);
        for (Template t : TEMPLATES) {
            x -= t.weight();
            if (x < 0) return t;
        }
        throw new AssertionError();
    }

    private static Template templateFor(String kind, Format format) {
        for (Template t : TEMPLATES) if (t.kind().equals(kind) && t.formats().contains(format)) return t;
        for (Template t : TEMPLATES) if (t.kind().equals(kind)) return t;
        throw new IllegalArgumentException("no folder holds " + kind);
    }

    /** The file's bytes; adds the manifest entries of the file and of everything inside it. */
    private byte[] content(String path, Template template, Format format, boolean showcase, SplittableRandom r,
                           CorpusGenerator corpus, List<Entry> entries) throws IOException {
        switch (format) {
            case PNG:
                entries.add(new Entry(path, IMAGE, format, Map.of()));
                return Images.png(r);
            case ZIP:
            case TAR_GZ:
            case SEVEN_Z: {
                entries.add(new Entry(path, BUNDLE, format, Map.of()));
                List<Archives.Member> members = members(path, 2 + r.nextInt(5), r, corpus, entries);
                if (format == Format.ZIP && (showcase || r.nextDouble() < 0.25)) {
                    String innerName = "older/backup-" + (2015 + r.nextInt(5)) + ".zip";
                    String innerPath = path + "!/" + innerName;
                    entries.add(new Entry(innerPath, BUNDLE, Format.ZIP, Map.of()));
                    members.add(new Archives.Member(innerName, Archives.zip(members(innerPath, 2 + r.nextInt(2), r, corpus, entries))));
                }
                return format == Format.ZIP ? Archives.zip(members)
                        : format == Format.TAR_GZ ? Archives.tarGz(members) : Archives.sevenZ(members);
            }
            case EML: {
                TitledDocument mail = titled(template, corpus.next(template.kind()));
                entries.add(entry(path, format, mail));
                if (!showcase && r.nextDouble() >= 0.35) return format.render(mail);
                Template attached = templateFor(r.nextInt(2) == 0 ? "csv-payroll" : "csv-customers", Format.CSV);
                Format attachedFormat = List.of(Format.CSV, Format.XLSX, Format.PDF).get(showcase ? 1 : r.nextInt(3));
                TitledDocument attachment = titled(attached, corpus.next(attached.kind()));
                String name = attached.stem() + "." + attachedFormat.extension();
                entries.add(entry(path + "!/" + name, attachedFormat, attachment));
                return TextRenderings.emailWithAttachment(mail, name, mediaType(attachedFormat),
                        attachedFormat.render(attachment), "=_custodian_" + Long.toHexString(r.nextLong()));
            }
            default: {
                TitledDocument doc = titled(template, corpus.next(template.kind()));
                entries.add(entry(path, format, doc));
                return format.render(doc);
            }
        }
    }

    /** Archive members: documents of every kind, drawn with the corpus's own weights. */
    private static List<Archives.Member> members(String archivePath, int count, SplittableRandom r, CorpusGenerator corpus,
                                                 List<Entry> entries) throws IOException {
        List<Archives.Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LabelledDocument doc = corpus.next();
            Template t = templateFor(doc.kind(), Format.TXT);
            Format f = t.formats().get(r.nextInt(t.formats().size()));
            String name = t.folder().substring(t.folder().lastIndexOf('/') + 1) + "/" + t.stem() + "-" + (i + 1) + "." + f.extension();
            TitledDocument titled = titled(t, doc);
            entries.add(entry(archivePath + "!/" + name, f, titled));
            members.add(new Archives.Member(name, f.render(titled)));
        }
        return members;
    }

    private static TitledDocument titled(Template t, LabelledDocument doc) {
        String words = t.stem().replace('-', ' ');
        return new TitledDocument(Character.toUpperCase(words.charAt(0)) + words.substring(1), doc);
    }

    private static Entry entry(String path, Format format, TitledDocument doc) {
        Map<InfoType, Integer> counts = new LinkedHashMap<>();
        for (Label l : doc.doc().labels()) counts.merge(l.type(), 1, Integer::sum);
        return new Entry(path, doc.doc().kind(), format, Map.copyOf(counts));
    }

    private static String mediaType(Format f) {
        switch (f) {
            case CSV: return "text/csv";
            case PDF: return "application/pdf";
            case XLSX: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default: throw new IllegalArgumentException("no attachment type for " + f);
        }
    }

    /**
     * path, kind, format, mode, stale, total, then one column per infoType. Members are named as
     * scans name them ({@code outer.zip!/inner/a.docx}); mode and stale belong to files only.
     */
    private static void writeManifest(Path manifest, List<WrittenFile> files) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            w.write("path,kind,format,mode,stale,total");
            for (InfoType t : CorpusTypes.ALL) w.write("," + t.name());
            w.write('\n');
            for (WrittenFile f : files) {
                for (Entry e : f.entries()) {
                    boolean isFile = e.path().equals(f.path());
                    w.write(e.path() + "," + e.kind() + "," + e.format().extension() + ","
                            + (isFile ? f.exposure().mode() : "") + "," + (isFile ? f.stale() : "") + "," + e.expectedTotal());
                    for (InfoType t : CorpusTypes.ALL) w.write("," + e.expected().getOrDefault(t, 0));
                    w.write('\n');
                }
            }
        }
    }
}
