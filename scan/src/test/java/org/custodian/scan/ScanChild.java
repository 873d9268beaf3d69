package org.custodian.scan;

import java.nio.file.Path;
import org.custodian.store.Store;

/**
 * A scan in its own JVM, for the resume test to kill with SIGKILL: {@code ScanChild <jdbcUrl> <root> <pauseMillis>}.
 * The pause after each file only paces the run so the parent can kill it midway; it prints
 * {@code started <id>} once the run exists.
 */
public final class ScanChild {
    private ScanChild() {
    }

    public static void main(String[] args) {
        ScanFixture fx = new ScanFixture(Store.open(args[0]));
        long pause = Long.parseLong(args[2]);
        fx.scan(ResumeTest.FINGERPRINT).run(ScanFixture.request(Path.of(args[1])), new ScanListener() {
            @Override
            public void started(long scanId, boolean resumed) {
                System.out.println("started " + scanId);
                System.out.flush();
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("finished");
    }
}
