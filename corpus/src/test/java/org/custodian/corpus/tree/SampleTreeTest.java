package org.custodian.corpus.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custodian.engine.InfoType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTreeTest {
    private static final int FILES = 80;
    private static final long SEED = 20261124L;

    @TempDir
    static Path dir;
    private static SampleTree.Summary tree;

    @BeforeAll
    static void generate() throws IOException {
        tree = SampleTree.generate(dir.resolve("a"), FILES, SEED);
    }

    private static Path file(Format format) {
        return tree.files().stream().filter(f -> f.format() == format).findFirst()
                .map(f -> tree.root().resolve(f.path())).orElseThrow(() -> new AssertionError("no " + format));
    }

    private static List<String> filesOnDisk(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesTheRequestedNumberOfFilesAndAManifest() throws IOException {
        assertThat(tree.files()).hasSize(FILES);
        List<String> onDisk = filesOnDisk(tree.root());
        assertThat(onDisk).hasSize(FILES + 1).contains(SampleTree.MANIFEST);
        assertThat(onDisk).contains(tree.files().stream().map(SampleTree.WrittenFile::path).toArray(String[]::new));
        assertThat(tree.files().stream().map(SampleTree.WrittenFile::path))
                .anyMatch(p -> p.startsWith("hr/")).anyMatch(p -> p.startsWith("finance/"))
                .anyMatch(p -> p.startsWith("customer-services/")).anyMatch(p -> p.startsWith("it/logs/"));
    }

    @Test
    void sameSeedSameFilesAndSameBytesForTextFormats() throws IOException {
        SampleTree.Summary again = SampleTree.generate(dir.resolve("b"), FILES, SEED);
        assertThat(filesOnDisk(again.root())).isEqualTo(filesOnDisk(tree.root()));
        int compared = 0;
        for (SampleTree.WrittenFile f : tree.files()) {
            if (!Format.BYTE_STABLE.contains(f.format())) continue;
            assertThat(Files.readAllBytes(again.root().resolve(f.path())))
                    .as(f.path()).isEqualTo(Files.readAllBytes(tree.root().resolve(f.path())));
            compared++;
        }
        assertThat(compared).isGreaterThan(FILES / 4);
        assertThat(Files.readString(again.manifest())).isEqualTo(Files.readString(tree.manifest()));

        SampleTree.Summary other = SampleTree.generate(dir.resolve("c"), FILES, SEED + 1);
        assertThat(Files.readString(other.manifest())).isNotEqualTo(Files.readString(tree.manifest()));
    }

    @Test
    void everyPromisedFormatIsThere() {
        assertThat(tree.filesByFormat().keySet()).isEqualTo(EnumSet.allOf(Format.class));
    }

    @Test
    void plantsSyntheticValuesOfEveryKindAndCleanFiles() {
        assertThat(tree.expectedTotals()).allSatisfy((type, n) -> assertThat(n).as(type.name()).isPositive());
        assertThat(tree.files()).anyMatch(f -> f.entries().get(0).kind().equals("prose") && f.entries().get(0).expectedTotal() == 0);
        assertThat(tree.files()).anyMatch(f -> f.entries().get(0).kind().equals("near-misses") && f.entries().get(0).expectedTotal() == 0);
    }

    @Test
    void officeAndPdfFilesOpenWithTheirTextInside() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(file(Format.DOCX)));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).hasSizeGreaterThan(100);
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(file(Format.XLSX)))) {
            assertThat(xlsx.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(2);
            assertThat(xlsx.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isNotBlank();
        }
        try (PDDocument pdf = Loader.loadPDF(file(Format.PDF).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("NHS");
        }
        assertThat(zipEntries(Files.readAllBytes(file(Format.ODT))))
                .startsWith("mimetype").contains("content.xml", "META-INF/manifest.xml");
        assertThat(ImageIO.read(file(Format.PNG).toFile())).isNotNull();
        assertThat(Files.readString(file(Format.RTF))).startsWith("{\\rtf1");
        assertThat(Files.readString(file(Format.HTML))).contains("<html", "<p>");
    }

    @Test
    void archivesHoldDocumentsAndOneZipHoldsAnotherZip() throws IOException {
        SampleTree.WrittenFile zip = tree.files().stream()
                .filter(f -> f.entries().stream().anyMatch(e -> e.path().matches(".*\\.zip!/.*\\.zip!/.+")))
                .findFirst().orElseThrow();
        List<String> names = zipEntries(Files.readAllBytes(tree.root().resolve(zip.path())));
        assertThat(names).anyMatch(n -> n.endsWith(".zip"));
        assertThat(names).hasSize(zip.entries().stream().filter(e -> e.path().split("!/").length == 2).toList().size());

        List<String> tarNames = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(file(Format.TAR_GZ))))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) tarNames.add(e.getName());
        }
        assertThat(tarNames).isNotEmpty();

        List<String> sevenZNames = new ArrayList<>();
        try (SevenZFile sevenZ = SevenZFile.builder().setFile(file(Format.SEVEN_Z).toFile()).get()) {
            for (SevenZArchiveEntry e; (e = sevenZ.getNextEntry()) != null; ) {
                sevenZNames.add(e.getName());
                assertThat(sevenZ.getInputStream(e).readAllBytes()).hasSize((int) e.getSize());
            }
        }
        assertThat(sevenZNames).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void anEmailCarriesAnAttachmentListedInTheManifest() throws IOException {
        SampleTree.WrittenFile mail = tree.files().stream()
                .filter(f -> f.format() == Format.EML && f.entries().size() == 2).findFirst().orElseThrow();
        String eml = Files.readString(tree.root().resolve(mail.path()), StandardCharsets.UTF_8);
        String attachment = mail.entries().get(1).path().substring(mail.path().length() + 2);
        assertThat(eml).startsWith("From: ").contains("multipart/mixed", "filename=\"" + attachment + "\"");
    }

    @Test
    void exposuresAreSetOnDisk() throws IOException {
        Instant staleBefore = Instant.now().minus(Duration.ofDays(365L * SampleTree.STALE_YEARS));
        Set<Exposure> seen = EnumSet.noneOf(Exposure.class);
        for (SampleTree.WrittenFile f : tree.files()) {
            Path p = tree.root().resolve(f.path());
            Instant modified = Files.getLastModifiedTime(p).toInstant();
            if (f.stale()) assertThat(modified).as(f.path()).isBefore(staleBefore);
            else assertThat(modified).as(f.path()).isAfter(staleBefore);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(f.path()).isEqualTo(f.exposure().mode());
            }
            seen.add(f.exposure());
        }
        assertThat(seen).isEqualTo(EnumSet.allOf(Exposure.class));
        assertThat(tree.stale()).isPositive();
    }

    @Test
    void manifestCountsMatchThePlantedValues() throws IOException {
        List<String> lines = Files.readAllLines(tree.manifest());
        assertThat(lines.get(0)).startsWith("path,kind,format,mode,stale,total,UK_NHS_NUMBER,");
        int entries = tree.files().stream().mapToInt(f -> f.entries().size()).sum();
        assertThat(lines).hasSize(entries + 1);
        int nhsColumn = List.of(lines.get(0).split(",")).indexOf(InfoType.UK_NHS_NUMBER.name());
        int nhs = lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[nhsColumn])).sum();
        assertThat(nhs).isEqualTo(tree.expectedTotals().get(InfoType.UK_NHS_NUMBER));
        // a planted value is in the file as written: the PDF showcase letter names its NHS number
        assertThat(lines.stream().filter(l -> l.contains(".pdf,")).collect(Collectors.toList())).isNotEmpty();
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) names.add(e.getName());
        }
        return names;
    }
}
