package org.custodian.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of megabytes through a JVM with a 64 MB heap: if any path buffered a part whole, the
 * child JVM would die with OutOfMemoryError. The multi-GB run is the same command (docs/extraction.md).
 */
class BoundedMemoryTest {
    static String run(String megabytes, String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                StreamProof.class.getName(), megabytes, mode)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void threeHundredMegabytesOfLogStreamThroughASmallHeap() throws Exception {
        String output = run("300", "lines");
        assertThat(output).contains("status=SCANNED parts=1").contains("maxHeapMB=");
        long chars = Long.parseLong(output.replaceAll("(?s).*chars=(\\d+).*", "$1"));
        // £ is two bytes: a little fewer characters than bytes
        assertThat(chars).isBetween(290L << 20, 300L << 20);
    }

    @Test
    void oneLineWithNoLineBreakStreamsToo() throws Exception {
        assertThat(run("100", "single")).contains("status=SCANNED parts=1");
    }

    @Test
    void tikaParsedTextStreamsThroughThePipeNotABuffer() throws Exception {
        // 60 MB of XML holds ~52M characters; the default part limit cuts at 32M characters, which as
        // one Java string alone would need the whole 64 MB heap
        String output = run("60", "xml");
        assertThat(output).contains("status=PARTIAL parts=1 chars=33554432 read=33554432")
                .contains("code=size-limit");
    }
}
