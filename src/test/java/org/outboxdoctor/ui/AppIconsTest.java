package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class AppIconsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void everyWindowIconSizeIsAPngResource() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resourceName(size))) {
                assertNotNull(in, "missing " + AppIcons.resourceName(size) + ": run icons/generate.sh");
                assertArrayEquals(PNG_SIGNATURE, in.readNBytes(PNG_SIGNATURE.length), AppIcons.resourceName(size));
            }
        }
    }
}
