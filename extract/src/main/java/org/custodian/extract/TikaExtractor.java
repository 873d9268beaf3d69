package org.custodian.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;

/**
 * The {@link Extractor} on Apache Tika. Plain text is streamed without Tika; archives (zip, tar,
 * gzip/bzip2/xz, 7z) are walked here with commons-compress so that member names, depth and
 * decompression budgets are under our control; everything else (Office, OpenDocument, PDF, RTF,
 * HTML, XML, e-mail) is parsed by Tika on a parse thread whose text streams back through a small
 * bounded pipe, and whose embedded documents come back here as members. See docs/extraction.md.
 *
 * <p>Thread-safe: build one (building Tika's parsers takes about a second) and share it.
 */
public final class TikaExtractor implements Extractor {
    /** What every extraction shares: immutable or thread-safe. */
    record Shared(ExtractionLimits limits, Formats formats, MimeTypes mimeTypes, Detector detector, Parser parser,
                  ExecutorService executor) {
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Shared shared;

    public TikaExtractor() {
        this(ExtractionLimits.defaults());
    }

    public TikaExtractor(ExtractionLimits limits) {
        this(limits, null);
    }

    /** @param parser replaces Tika's parser for the parsed formats (tests use a deliberately hanging one) */
    TikaExtractor(ExtractionLimits limits, Parser parser) {
        Objects.requireNonNull(limits, "limits");
        TikaConfig config = TikaConfig.getDefaultConfig();
        AutoDetectParser autoDetect = new AutoDetectParser(config);
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "custodian-parse-" + THREADS.incrementAndGet());
            // an abandoned, hung parser must not keep the JVM alive
            thread.setDaemon(true);
            return thread;
        };
        this.shared = new Shared(limits, new Formats(config.getMediaTypeRegistry(), autoDetect),
                config.getMimeRepository(), config.getDetector(), parser == null ? autoDetect : parser,
                Executors.newCachedThreadPool(daemons));
    }

    public ExtractionLimits limits() {
        return shared.limits();
    }

    @Override
    public ExtractionResult extract(String path, InputStream in, PartHandler handler) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        try (Extraction extraction = new Extraction(shared, handler)) {
            return extraction.run(path, in);
        } catch (HandlerFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }
}
