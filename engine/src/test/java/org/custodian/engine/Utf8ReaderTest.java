package org.custodian.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII fast path must decode exactly as the JDK's decoder does, malformed input included. */
class Utf8ReaderTest {

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** Hands out bytes in pieces of random size, so sequences are cut at every place. */
    private static InputStream trickle(byte[] bytes, Random rnd, int maxPiece) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + rnd.nextInt(maxPiece)));
            }
        };
    }

    private static String readAll(Reader r, Random rnd, int maxAsk) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[maxAsk];
        while (true) {
            int ask = 1 + rnd.nextInt(maxAsk);
            int n = r.read(buf, 0, ask);
            if (n < 0) return sb.toString();
            assertThat(n).isPositive().isLessThanOrEqualTo(ask);
            sb.append(buf, 0, n);
        }
    }

    private static String reference(byte[] bytes) throws IOException {
        return readAll(new InputStreamReader(new ByteArrayInputStream(bytes), decoder()), new Random(1), 4096);
    }

    private static final byte[][] PIECES = {
            "a".getBytes(StandardCharsets.UTF_8), " 943 476 5919\n".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8), "Zoë".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xE2}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            {(byte) 0x80}, {(byte) 0xBF, (byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    };

    @Test
    void decodesLikeTheJdkWhateverTheReadSizes() throws IOException {
        Random rnd = new Random(20261124);
        for (int round = 0; round < 400; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int pieces = rnd.nextInt(200);
            for (int p = 0; p < pieces; p++) out.writeBytes(PIECES[rnd.nextInt(PIECES.length)]);
            byte[] bytes = out.toByteArray();
            String expected = reference(bytes);
            int maxPiece = 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 40000);
            int maxAsk = 1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 5000);
            String got = readAll(new StreamScanner.Utf8Reader(trickle(bytes, rnd, maxPiece), decoder()), rnd, maxAsk);
            assertThat(got).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void decodesLargeMixedInput() throws IOException {
        Random rnd = new Random(7);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (out.size() < 300_000) out.writeBytes(PIECES[rnd.nextInt(PIECES.length)]);
        byte[] bytes = out.toByteArray();
        String got = readAll(new StreamScanner.Utf8Reader(new ByteArrayInputStream(bytes), decoder()), rnd, 70_000);
        assertThat(got).isEqualTo(reference(bytes));
    }

    @Test
    void endsInsideASequence() throws IOException {
        for (byte[] tail : new byte[][] {{(byte) 0xE2}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}}) {
            byte[] bytes = new byte[tail.length + 2];
            bytes[0] = 'x';
            bytes[1] = 'y';
            System.arraycopy(tail, 0, bytes, 2, tail.length);
            String got = readAll(new StreamScanner.Utf8Reader(new ByteArrayInputStream(bytes), decoder()), new Random(3), 1);
            assertThat(got).isEqualTo(reference(bytes)).endsWith("\uFFFD");
        }
    }
}
