package org.custodian.corpus.tree;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** Small PNGs: the binary files every share is full of, with no text to find. */
final class Images {
    private Images() {
    }

    static byte[] png(SplittableRandom r) throws IOException {
        int size = 32 + r.nextInt(33);
        int base = r.nextInt(0x1000000);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) image.setRGB(x, y, base ^ (x * 0x0803 + y * 0x030800));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this JVM");
        return out.toByteArray();
    }
}
