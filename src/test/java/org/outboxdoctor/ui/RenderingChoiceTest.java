package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingChoiceTest {

    @TempDir
    Path dev;

    private final Properties properties = new Properties();

    @Test
    void linuxWithoutGraphicsDeviceGetsTheSoftwareRendererAndNoRegionCache() {
        assertTrue(RenderingChoice.apply("Linux", dev, properties));
        assertEquals("sw", properties.getProperty(RenderingChoice.PIPELINE_ORDER));
        assertEquals("true", properties.getProperty(RenderingChoice.DISABLE_REGION_CACHING));
    }

    @Test
    void emptyDriFolderIsNoGraphicsCard() throws IOException {
        Files.createDirectory(dev.resolve("dri"));
        assertTrue(RenderingChoice.apply("Linux", dev, properties));
    }

    @Test
    void driDeviceLeavesTheChoiceToJavaFx() throws IOException {
        Files.createFile(Files.createDirectory(dev.resolve("dri")).resolve("card0"));
        assertFalse(RenderingChoice.apply("Linux", dev, properties));
        assertTrue(properties.isEmpty());
    }

    @Test
    void nvidiaDeviceLeavesTheChoiceToJavaFx() throws IOException {
        Files.createFile(dev.resolve("nvidia0"));
        assertFalse(RenderingChoice.apply("Linux", dev, properties));
        assertTrue(properties.isEmpty());
    }

    @Test
    void aPipelineGivenOnTheCommandLineIsKept() {
        properties.setProperty(RenderingChoice.PIPELINE_ORDER, "es2");
        assertFalse(RenderingChoice.apply("Linux", dev, properties));
        assertEquals("es2", properties.getProperty(RenderingChoice.PIPELINE_ORDER));
        assertNull(properties.getProperty(RenderingChoice.DISABLE_REGION_CACHING));
    }

    @Test
    void regionCachingGivenOnTheCommandLineIsKept() {
        properties.setProperty(RenderingChoice.DISABLE_REGION_CACHING, "false");
        assertTrue(RenderingChoice.apply("Linux", dev, properties));
        assertEquals("false", properties.getProperty(RenderingChoice.DISABLE_REGION_CACHING));
    }

    @Test
    void otherSystemsKeepJavaFxsOwnChoice() {
        assertFalse(RenderingChoice.apply("Windows 11", dev, properties));
        assertFalse(RenderingChoice.apply("Mac OS X", dev, properties));
        assertTrue(properties.isEmpty());
    }
}
