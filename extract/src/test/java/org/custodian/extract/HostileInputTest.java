package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodian.extract.Fixtures.NAME;
import static org.custodian.extract.Fixtures.NHS;
import static org.custodian.extract.Fixtures.members;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

/** Each hostile case from issue 3 with its exact status and problem code. */
class HostileInputTest {
    static final TikaExtractor EXTRACTOR = TikaExtractorTest.EXTRACTOR;

    static Collected extract(String path, byte[] bytes) throws IOException {
        return Collected.extract(EXTRACTOR, path, bytes);
    }

    static void assertOutcome(Collected c, ExtractionStatus status, String path, String code) {
        assertThat(c.result.status()).as(c.result.toString()).isEqualTo(status);
        assertThat(c.result.problems()).as(c.result.toString())
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.code()).isEqualTo(code);
                })
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(code));
    }

    @Test
    void archivesNestedPastTheDepthLimitArePartialNeverSilentlyClean() throws IOException {
        byte[] level = Fixtures.zip("text-13.txt", Fixtures.utf8("level 13"));
        for (int n = 12; n >= 0; n--) {
            level = Fixtures.zip(members("text-" + n + ".txt", Fixtures.utf8("level " + n), "zip-" + (n + 1) + ".zip", level));
        }
        Collected c = extract("top.zip", level);
        StringBuilder deepest = new StringBuilder("top.zip");
        for (int n = 1; n <= 10; n++) {
            deepest.append("!/zip-").append(n).append(".zip");
        }
        assertOutcome(c, ExtractionStatus.PARTIAL, deepest + "!/zip-11.zip", ProblemCodes.DEPTH_LIMIT);
        assertThat(c.result.problems()).extracting(PartProblem::path)
                .containsExactlyInAnyOrder(deepest + "!/text-10.txt", deepest + "!/zip-11.zip");
        assertThat(c.texts).hasSize(10);
        assertThat(c.text(deepest.substring(0, deepest.lastIndexOf("!/")) + "!/text-9.txt")).isEqualTo("level 9");
        assertThat(c.parts.values()).allSatisfy(p -> assertThat(p.depth()).isLessThanOrEqualTo(10));
    }

    @Test
    void zipBombInsideAnArchiveIsCutAtTheCompressionRatio() throws IOException {
        byte[] bomb = Fixtures.zip(members("readme.txt", Fixtures.utf8(NHS), "bomb.txt", Fixtures.repeated('a', 20 << 20)));
        // incompressible company keeps the object as a whole under the ratio: the member's own ratio cuts it
        byte[] padding = text(new Random(11), 400_000);
        Collected c = extract("outer.tar.gz", Fixtures.tarGz(members("in/padding.txt", padding, "in/bomb.zip", bomb)));
        assertOutcome(c, ExtractionStatus.PARTIAL, "outer.tar.gz!/in/bomb.zip!/bomb.txt", ProblemCodes.EXPANSION_LIMIT);
        assertThat(c.text("outer.tar.gz!/in/bomb.zip!/readme.txt")).isEqualTo(NHS);
        assertThat(c.text("outer.tar.gz!/in/bomb.zip!/bomb.txt").length()).isLessThan(4 << 20);
    }

    @Test
    void recursiveBombIsStoppedByTheWholeObjectsRatio() throws IOException {
        // 42.zip in small: 8 × 8 × 8 copies of a 4 MB text, 2 GB in all, every member alone modest
        byte[] level = Fixtures.zip("a.txt", Fixtures.repeated('a', 4 << 20));
        for (int l = 0; l < 3; l++) {
            java.util.Map<String, byte[]> copies = new LinkedHashMap<>();
            for (int i = 0; i < 8; i++) {
                copies.put("copy-" + i + ".zip", level);
            }
            level = Fixtures.zip(copies);
        }
        long start = System.nanoTime();
        Collected c = extract("42.zip", level);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertOutcome(c, ExtractionStatus.PARTIAL, "42.zip", ProblemCodes.EXPANSION_LIMIT);
        assertThat(c.result.problems()).hasSizeLessThanOrEqualTo(3);
        assertThat(c.result.chars()).isLessThan(16 << 20);
    }

    @Test
    void controlCharactersInMemberNamesAreReplaced() throws IOException {
        Collected c = extract("names.zip", Fixtures.zip("evil\nname\u001b[31m.txt", Fixtures.utf8(NHS)));
        assertThat(c.texts.keySet()).containsExactly("names.zip!/evil?name?[31m.txt");
    }

    @Test
    void gzipBombIsCutAtTheCompressionRatio() throws IOException {
        Collected c = extract("app.log.gz", Fixtures.gzip(Fixtures.repeated('b', 20 << 20)));
        assertOutcome(c, ExtractionStatus.PARTIAL, "app.log.gz", ProblemCodes.EXPANSION_LIMIT);
    }

    @Test
    void expandedBytesBudgetCoversAllMembersTogether() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxExpandedBytes(1000));
        Random random = new Random(7);
        byte[] zip = Fixtures.zip(members("a.txt", text(random, 800), "b.txt", text(random, 800)));
        Collected c = Collected.extract(tight, "two.zip", zip);
        assertOutcome(c, ExtractionStatus.PARTIAL, "two.zip", ProblemCodes.EXPANSION_LIMIT);
        assertThat(c.text("two.zip!/a.txt")).hasSize(800);
    }

    @Test
    void tooManyMembersIsPartial() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxMembers(2));
        byte[] zip = Fixtures.zip(members("1.txt", Fixtures.utf8("one"), "2.txt", Fixtures.utf8("two"),
                "3.txt", Fixtures.utf8("three"), "4.txt", Fixtures.utf8("four")));
        Collected c = Collected.extract(tight, "many.zip", zip);
        assertOutcome(c, ExtractionStatus.PARTIAL, "many.zip", ProblemCodes.EMBEDDED_LIMIT);
        assertThat(c.texts.keySet()).containsExactly("many.zip!/1.txt", "many.zip!/2.txt");
    }

    @Test
    void billionLaughsXmlIsStoppedWithoutBlowingMemory() throws IOException {
        // the JDK's parser stops after 20 expansions; the few characters before the stop make it partial
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10));
            xml.append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        Collected c = extract("laughs.xml", Fixtures.utf8(xml.toString()));
        assertOutcome(c, ExtractionStatus.PARTIAL, "laughs.xml", ProblemCodes.XML_ENTITY_LIMIT);
        assertThat(c.result.chars()).isLessThan(1000);
    }

    @Test
    void corruptPdfIsSkippedWithAOneLineReasonAndNoContent() throws IOException {
        byte[] garbage = new byte[4000];
        new Random(1).nextBytes(garbage);
        byte[] pdf = concat(Fixtures.utf8("%PDF-1.7\n1 0 obj << /Secret (" + NHS + ") >>\n"), garbage);
        Collected c = extract("broken.pdf", pdf);
        assertOutcome(c, ExtractionStatus.SKIPPED, "broken.pdf", ProblemCodes.CORRUPT);
        assertReasonsAreOneLineWithoutContent(c);
    }

    @Test
    void truncatedDocxIsSkippedAsCorrupt() throws IOException {
        byte[] docx = Fixtures.docx("Dear " + NAME, NHS);
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        Collected c = extract("cut.docx", truncated);
        assertOutcome(c, ExtractionStatus.SKIPPED, "cut.docx", ProblemCodes.CORRUPT);
        assertReasonsAreOneLineWithoutContent(c);
    }

    @Test
    void corruptOle2OfficeFileIsSkippedAsCorrupt() throws IOException {
        byte[] ole2 = new byte[6000];
        new Random(9).nextBytes(ole2);
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Collected c = extract("ledger.xls", ole2);
        assertOutcome(c, ExtractionStatus.SKIPPED, "ledger.xls", ProblemCodes.CORRUPT);
        assertReasonsAreOneLineWithoutContent(c);
    }

    @Test
    void truncatedGzipIsPartialAfterTheTextBeforeTheCut() throws IOException {
        byte[] gz = Fixtures.gzip(text(new Random(13), 200_000));
        Collected c = extract("app.log.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        assertOutcome(c, ExtractionStatus.PARTIAL, "app.log.gz!/app.log", ProblemCodes.CORRUPT);
        assertThat(c.text("app.log.gz!/app.log").length()).isBetween(50_000, 200_000);
    }

    @Test
    void corruptMemberMakesItsArchivePartial() throws IOException {
        byte[] docx = Fixtures.docx("Dear " + NAME);
        byte[] zip = Fixtures.zip(members("good.txt", Fixtures.utf8(NHS),
                "bad.pdf", concat(Fixtures.utf8("%PDF-1.4\n"), Fixtures.repeated('x', 300)),
                "cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2)));
        Collected c = extract("mixed.zip", zip);
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(c.result.problems()).extracting(PartProblem::path, PartProblem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("mixed.zip!/bad.pdf", ProblemCodes.CORRUPT),
                        org.assertj.core.groups.Tuple.tuple("mixed.zip!/cut.docx", ProblemCodes.CORRUPT));
        assertThat(c.text("mixed.zip!/good.txt")).isEqualTo(NHS);
    }

    @Test
    void encryptedZipPdfAndOfficeAreReportedEncrypted() throws Exception {
        assertOutcome(extract("locked.zip", Fixtures.encryptedZip("secret.txt", Fixtures.utf8(NHS))),
                ExtractionStatus.SKIPPED, "locked.zip!/secret.txt", ProblemCodes.ENCRYPTED);
        assertOutcome(extract("locked.pdf", Fixtures.encryptedPdf(NHS)),
                ExtractionStatus.SKIPPED, "locked.pdf", ProblemCodes.ENCRYPTED);
        Collected docx = extract("locked.docx", Fixtures.encryptedDocx(NHS));
        assertOutcome(docx, ExtractionStatus.SKIPPED, "locked.docx", ProblemCodes.ENCRYPTED);
    }

    @Test
    void binaryFilesAreSkippedAsNoTextAndNeverClaimedInspected() throws IOException {
        Collected jpeg = extract("passport.jpg", Fixtures.jpeg());
        assertOutcome(jpeg, ExtractionStatus.SKIPPED, "passport.jpg", ProblemCodes.NO_TEXT);
        assertThat(jpeg.result.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.result.parts()).isZero();

        byte[] elf = new byte[5000];
        new Random(3).nextBytes(elf);
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        assertOutcome(extract("tool", elf), ExtractionStatus.SKIPPED, "tool", ProblemCodes.NO_TEXT);

        assertOutcome(extract("blank.pdf", Fixtures.pdf()), ExtractionStatus.SKIPPED, "blank.pdf", ProblemCodes.NO_TEXT);

        Collected mixed = extract("photos.zip", Fixtures.zip(members("a.jpg", Fixtures.jpeg(), "list.txt", Fixtures.utf8(NHS))));
        assertThat(mixed.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(mixed.texts.keySet()).containsExactly("photos.zip!/list.txt");
    }

    @Test
    void emptyFileIsScannedWithNoParts() throws IOException {
        Collected c = extract("empty.txt", new byte[0]);
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.parts()).isZero();
    }

    @Test
    void partLongerThanTheCharacterLimitIsCut() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxPartChars(50));
        Collected c = Collected.extract(tight, "long.docx", Fixtures.docx("x".repeat(200), NHS));
        assertOutcome(c, ExtractionStatus.PARTIAL, "long.docx", ProblemCodes.SIZE_LIMIT);
        assertThat(c.text("long.docx")).hasSize(50);
    }

    @Test
    void fileTooLargeToSpoolIsSkipped() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxSpoolBytes(200));
        Collected c = Collected.extract(tight, "big.pdf", Fixtures.pdf(NHS));
        assertOutcome(c, ExtractionStatus.SKIPPED, "big.pdf", ProblemCodes.SIZE_LIMIT);
        assertThat(c.result.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void zipTooLargeToSpoolIsStillWalkedAsAStream() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxSpoolBytes(300));
        Random random = new Random(5);
        byte[] zip = Fixtures.zip(members("a.txt", text(random, 2000), "dir/b.csv", Fixtures.utf8(NHS),
                "c.zip", Fixtures.zip("d.txt", Fixtures.utf8("inner " + NAME))));
        Collected c = Collected.extract(tight, "huge.zip", zip);
        assertThat(c.result.status()).as(c.result.toString()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(c.result.mediaType()).isEqualTo("application/zip");
        assertThat(c.text("huge.zip!/a.txt")).hasSize(2000);
        assertThat(c.text("huge.zip!/dir/b.csv")).isEqualTo(NHS);
        // the inner zip is over the limit too, and streamed the same way
        assertThat(c.text("huge.zip!/c.zip!/d.txt")).isEqualTo("inner " + NAME);
    }

    @Test
    void streamedZipStillReportsEncryptedMembers() throws IOException {
        TikaExtractor tight = new TikaExtractor(ExtractionLimits.defaults().withMaxSpoolBytes(10));
        Collected c = Collected.extract(tight, "locked.zip", Fixtures.encryptedZip("secret.txt", Fixtures.utf8(NHS)));
        assertOutcome(c, ExtractionStatus.SKIPPED, "locked.zip!/secret.txt", ProblemCodes.ENCRYPTED);
    }

    // ---- timeouts: a parser that hangs and ignores interruption stands in for a real one gone wrong ----

    static volatile boolean releaseHungParsers;

    @AfterAll
    static void release() {
        releaseHungParsers = true;
    }

    /** Writes some text, then hangs, ignoring interrupts (as a parser stuck in a loop would). */
    static final class HangingParser implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws org.xml.sax.SAXException {
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", NHS + " " + "y".repeat(20_000));
            while (!releaseHungParsers) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ignored) {
                    // a hung parser does not listen
                }
            }
            xhtml.endDocument();
        }
    }

    @Test
    void hungParserTimesOutAndIsAbandoned() throws IOException {
        TikaExtractor hanging = new TikaExtractor(ExtractionLimits.defaults().withParseTimeout(Duration.ofMillis(800)),
                new HangingParser());
        long start = System.nanoTime();
        Collected c = Collected.extract(hanging, "stuck.pdf", Fixtures.pdf(NHS));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertOutcome(c, ExtractionStatus.PARTIAL, "stuck.pdf", ProblemCodes.TIMEOUT);
        assertThat(c.text("stuck.pdf")).startsWith(NHS);
    }

    @Test
    void realParserOverItsTimeIsStoppedAndReported() throws IOException {
        TikaExtractor impatient = new TikaExtractor(ExtractionLimits.defaults().withParseTimeout(Duration.ofMillis(1)));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rows>");
        for (int i = 0; i < 50_000; i++) {
            xml.append("<row>").append(NHS).append("</row>");
        }
        Collected c = Collected.extract(impatient, "rows.xml", Fixtures.utf8(xml.append("</rows>").toString()));
        assertThat(c.result.status()).isIn(ExtractionStatus.PARTIAL, ExtractionStatus.SKIPPED);
        assertThat(c.result.problems()).extracting(PartProblem::path, PartProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rows.xml", ProblemCodes.TIMEOUT));
    }

    @Test
    void timeLeftForParsingIsSharedByAllPartsOfAnObject() throws IOException {
        TikaExtractor hanging = new TikaExtractor(ExtractionLimits.defaults().withParseTimeout(Duration.ofMillis(800)),
                new HangingParser());
        byte[] zip = Fixtures.zip(members("1.pdf", Fixtures.pdf("a"), "2.pdf", Fixtures.pdf("b"), "3.txt", Fixtures.utf8(NHS)));
        long start = System.nanoTime();
        Collected c = Collected.extract(hanging, "hung.zip", zip);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(c.result.status()).isEqualTo(ExtractionStatus.PARTIAL);
        assertThat(c.result.problems()).extracting(PartProblem::code).containsOnly(ProblemCodes.TIMEOUT);
        assertThat(c.text("hung.zip!/3.txt")).isEqualTo(NHS);
    }

    // ---- the caller's side ----

    @Test
    void handlerThatStopsEarlyStillGetsEmbeddedParts() throws Exception {
        byte[] outer = Fixtures.docxEmbedding("Outer " + "z".repeat(20_000), "inner.docx", Fixtures.docx("Inner " + NHS),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Map<String, String> firstChars = new LinkedHashMap<>();
        ExtractionResult result = EXTRACTOR.extract("outer.docx", new ByteArrayInputStream(outer), (part, text) -> {
            char[] five = new char[6];
            int n = text.read(five);
            firstChars.put(part.path(), new String(five, 0, Math.max(n, 0)));
        });
        assertThat(result.status()).isEqualTo(ExtractionStatus.SCANNED);
        assertThat(firstChars.values()).contains("Outer ", "Inner ");
    }

    @Test
    void handlerExceptionsPropagateUnchanged() {
        IOException stop = new IOException("handler says stop");
        assertThatThrownBy(() -> EXTRACTOR.extract("a.zip",
                new ByteArrayInputStream(Fixtures.zip("x.docx", Fixtures.docx(NHS))), (part, text) -> {
                    throw stop;
                })).isSameAs(stop);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> EXTRACTOR.extract("a.txt", new ByteArrayInputStream(Fixtures.utf8(NHS)), (part, text) -> {
            throw bug;
        })).isSameAs(bug);
    }

    @Test
    void failingSourceStreamIsThrownNotReportedAsCorrupt() {
        IOException diskError = new IOException("disk error");
        InputStream failing = new InputStream() {
            int left = 20_000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw diskError;
                }
                return 'a';
            }
        };
        assertThatThrownBy(() -> EXTRACTOR.extract("a.txt", failing, (part, text) -> text.transferTo(java.io.Writer.nullWriter())))
                .isSameAs(diskError);
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            jobs.add(() -> {
                String marker = "job " + n + " " + NHS;
                byte[] bytes = switch (n % 4) {
                    case 0 -> Fixtures.docx(marker);
                    case 1 -> Fixtures.pdf(marker);
                    case 2 -> Fixtures.zip("m.txt", Fixtures.utf8(marker));
                    default -> Fixtures.utf8(marker);
                };
                return extract("f" + n, bytes).all().strip();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("job " + i + " " + NHS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertReasonsAreOneLineWithoutContent(Collected c) {
        assertThat(c.result.problems()).allSatisfy(p -> {
            assertThat(p.reason()).isNotBlank().doesNotContain("\n").doesNotContain("943 476");
            assertThat(p.reason().length()).isLessThanOrEqualTo(200);
        });
    }

    static byte[] text(Random random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
