package org.custodian.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private static String write(ScanSummary summary, Iterable<FileReport> files, HtmlReportWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(summary, files, out);
        return out.toString();
    }

    private static String sample() throws IOException {
        return write(SampleScan.summary(), SampleScan.FILES, new HtmlReportWriter());
    }

    @Test
    void hostileNamesAndEvidenceAreEscapedEverywhere() throws IOException {
        String html = sample();
        assertThat(html).doesNotContain("<script").doesNotContain("</script>").doesNotContain("<b>****</b>");
        assertThat(html).contains("/srv/share/&lt;script&gt;alert(1)&lt;/script&gt;.txt");
        assertThat(html).contains("&lt;b&gt;****&lt;/b&gt; &amp; &quot;**&quot;");
        assertThat(HtmlReportWriter.escape("<a href='x'>\"&\"</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }

    @Test
    void selfContainedWithNoScriptsAndNothingFetched() throws IOException {
        String html = sample();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
        assertThat(html.toLowerCase())
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("<img").doesNotContain("src=")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void tagsAreBalanced() throws IOException {
        String html = sample();
        List<String> open = new ArrayList<>();
        Matcher tag = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>").matcher(html);
        List<String> voids = List.of("meta", "br", "html");
        while (tag.find()) {
            String name = tag.group(2).toLowerCase();
            if (voids.contains(name)) continue;
            if (tag.group(1).isEmpty()) {
                open.add(name);
            } else {
                assertThat(open).as("closing %s at %d", name, tag.start()).isNotEmpty();
                assertThat(open.remove(open.size() - 1)).as("at %d", tag.start()).isEqualTo(name);
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void plainWordsForADataProtectionOfficer() throws IOException {
        String html = sample();
        assertThat(html).contains("Personal data scan report");
        assertThat(html).contains("<td>NHS number</td><td><code>UK_NHS_NUMBER</code></td><td class=\"n\">3</td>");
        assertThat(html).contains("National Insurance number").contains("very likely").contains("Special category: BIOMETRIC, HEALTH");
        assertThat(html).contains("inside export/a.docx, line 7, column 3");
        assertThat(html).contains("any local user can read it").contains("WORLD_READABLE");
        assertThat(html).contains("reviewed: not personal data (false positive)");
        assertThat(html).contains("Risk 92/100, very high");
        assertThat(html).contains("<p>Found: 3 \u00d7 NHS number, 1 \u00d7 Phone number.</p>");
        assertThat(html).contains("last changed 1 March 2019, 09:30 UTC, owner alice, permissions rw-r--r--");
    }

    @Test
    void riskiestFilesComeFirstAndCleanFilesAreOnlyCounted() throws IOException {
        String html = sample();
        int staff = html.indexOf("<h3>/srv/share/hr/staff list, 2024.csv</h3>");
        int bundle = html.indexOf("<h3>/srv/share/bundle.zip</h3>");
        int hostile = html.indexOf("<h3>/srv/share/&lt;script&gt;");
        assertThat(staff).isPositive().isLessThan(bundle);
        assertThat(bundle).isLessThan(hostile);
        assertThat(html).doesNotContain("<h3>/srv/share/readme.txt</h3>").doesNotContain("<h3>/srv/share/old.txt</h3>");
        assertThat(html).contains("2 other file(s) were read whole with nothing found");
    }

    @Test
    void filesNotReadWholeAreListedAsNotClean() throws IOException {
        String html = sample();
        assertThat(html).contains("<div class=\"verdict incomplete\">")
                .contains("2 file(s) could not be read in full and are NOT known to be clean")
                .contains("<a href=\"#not-clean\">");
        String list = html.substring(html.indexOf("<h2 id=\"not-clean\">"));
        assertThat(list).contains("/srv/share/bundle.zip").contains("Only partly scanned: NOT known to be clean")
                .contains("archive nested deeper than 10 levels")
                .contains("/srv/share/bin/blob.bin").contains("Not scanned: NOT known to be clean").contains("binary file with no text")
                .doesNotContain("staff list");
        // the skipped file has no findings and no exposures, yet gets its own marked section too, and no "risk 0"
        assertThat(html).contains("<section class=\"file notclean\">\n<h3>/srv/share/bin/blob.bin</h3>\n"
                + "<p><span class=\"risk r-unknown\">Risk unknown: not read in full</span>");
    }

    @Test
    void aCompleteCleanScanSaysSo() throws IOException {
        List<FileReport> files = List.of(SampleScan.CLEAN);
        String html = write(SampleScan.summaryOf(files), files, new HtmlReportWriter());
        assertThat(html).contains("<div class=\"verdict clean\">")
                .contains("Nothing found at or above the threshold, and every file was read in full.")
                .contains("None: every file was read in full.");
    }

    @Test
    void longFindingListsAreCutWithAPointerToTheFullReports() throws IOException {
        String html = write(SampleScan.summary(), SampleScan.FILES, new HtmlReportWriter(2));
        assertThat(html).contains("*** *** **19").contains("*** *** **27").doesNotContain("*** *** **35");
        assertThat(html).contains("and 2 more finding(s) in this file; the JSON and CSV reports list them all.");
    }
}
