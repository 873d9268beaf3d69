package org.custodian.corpus.tree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Zip, tar.gz and 7z archives of in-memory members, with fixed entry times so the bytes follow from the seed. */
final class Archives {
    /** One member of an archive; {@code name} may hold folders ({@code export/a.csv}). */
    record Member(String name, byte[] bytes) {
    }

    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 3, 1, 9, 30);
    static final Date FIXED_TIME_DATE = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));

    private Archives() {
    }

    static byte[] zip(List<Member> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Member m : members) putZipEntry(zip, m.name(), m.bytes(), false);
        }
        return out.toByteArray();
    }

    static void putZipEntry(ZipOutputStream zip, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME); // local time, not an instant: the DOS time field is then the same in every time zone
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            e.setMethod(ZipEntry.STORED);
            e.setSize(bytes.length);
            e.setCompressedSize(bytes.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    static byte[] tarGz(List<Member> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Member m : members) {
                TarArchiveEntry e = new TarArchiveEntry(m.name());
                e.setSize(m.bytes().length);
                e.setModTime(FIXED_TIME_DATE);
                e.setMode(0100640);
                tar.putArchiveEntry(e);
                tar.write(m.bytes());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    /** 7z with LZMA2, what 7-Zip writes by default. */
    static byte[] sevenZ(List<Member> members) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        long size;
        try (SevenZOutputFile sevenZ = new SevenZOutputFile(channel)) {
            sevenZ.setContentCompression(SevenZMethod.LZMA2);
            for (Member m : members) {
                SevenZArchiveEntry e = new SevenZArchiveEntry();
                e.setName(m.name());
                e.setSize(m.bytes().length);
                e.setLastModifiedDate(FIXED_TIME_DATE);
                sevenZ.putArchiveEntry(e);
                sevenZ.write(m.bytes());
                sevenZ.closeArchiveEntry();
            }
            sevenZ.finish();
            size = channel.size(); // closing the archive closes the channel
        }
        return Arrays.copyOf(channel.array(), (int) size);
    }
}
