package nl.leerlijn.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip of a few megabytes that unpacks to gigabytes: {@code word/media/zeros.bin}, that many megabytes of zeros, and
 * after it a {@code word/document.xml}, so only a reader that unpacks everything learns it is "a Word document". The
 * zeros are one deflated megabyte repeated: a full flush ends each megabyte on a byte boundary with no reference back, so
 * the copies form one valid deflate stream. That builds in well under a second, where deflating 2 GB takes half a minute.
 */
public final class ZipBomb {
    private static final int MEGABYTE = 1024 * 1024;

    private ZipBomb() {
    }

    /** @return the zip's bytes; its first entry unpacks to {@code megabytes} MB (2048 for 2 GB) */
    public static byte[] of(int megabytes) {
        Deflated zeros = zeros(megabytes);
        byte[] document = "<w:document/>".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(document);
        List<Entry> entries = List.of(new Entry("word/media/zeros.bin", 8, zeros.crc(), zeros.data(), (long) megabytes * MEGABYTE),
                new Entry("word/document.xml", 0, crc.getValue(), document, document.length));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add(zip.size());
            zip.writeBytes(entry.header(0x04034b50, -1));
            zip.writeBytes(entry.data());
        }
        int directory = zip.size();
        for (int i = 0; i < entries.size(); i++) {
            zip.writeBytes(entries.get(i).header(0x02014b50, offsets.get(i)));
        }
        int directorySize = zip.size() - directory;
        zip.writeBytes(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50).putShort((short) 0)
                .putShort((short) 0).putShort((short) entries.size()).putShort((short) entries.size()).putInt(directorySize)
                .putInt(directory).putShort((short) 0).array());
        return zip.toByteArray();
    }

    private record Deflated(byte[] data, long crc) {
    }

    private static Deflated zeros(int megabytes) {
        byte[] megabyte = new byte[MEGABYTE];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(megabyte);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            stream.writeBytes(block.toByteArray());
            crc.update(megabyte);
        }
        deflater.finish();
        while (!deflater.finished()) {
            stream.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new Deflated(stream.toByteArray(), crc.getValue());
    }

    /** One entry: a local header (offset -1) or a central directory header. */
    private record Entry(String name, int method, long crc, byte[] data, long size) {
        byte[] header(int signature, int offset) {
            byte[] name = this.name.getBytes(StandardCharsets.UTF_8);
            boolean central = offset >= 0;
            ByteBuffer header = ByteBuffer.allocate((central ? 46 : 30) + name.length).order(ByteOrder.LITTLE_ENDIAN).putInt(signature);
            if (central) {
                header.putShort((short) 20);
            }
            header.putShort((short) 20).putShort((short) 0x0800).putShort((short) method).putShort((short) 0).putShort((short) 0x5a21)
                    .putInt((int) crc).putInt(data.length).putInt((int) size).putShort((short) name.length).putShort((short) 0);
            if (central) {
                header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
            }
            return header.put(name).array();
        }
    }
}
