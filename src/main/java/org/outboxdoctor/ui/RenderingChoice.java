package org.outboxdoctor.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Chooses JavaFX's software renderer up front on a Linux computer that has no graphics card the app could use: a
 * virtual machine, a remote desktop, a container, CI's Xvfb. JavaFX would otherwise load the system's OpenGL
 * (Mesa's software OpenGL brings 44 MiB of LLVM with it), create a context, find that it is not a graphics card
 * and fall back to the software renderer anyway: 40-70 ms of every start spent on a foregone conclusion.
 *
 * <p>With the software renderer, JavaFX's cache of drawn backgrounds (a 2048 x 1024 bitmap, 8 MB on the Java heap)
 * is also turned off: it saves a graphics card work, but without one, drawing a background again costs about what
 * copying it from the cache does.
 *
 * <p>Without a graphics card means: no device under {@code /dev/dri} (how Linux offers every graphics card that
 * Mesa drives, Intel, AMD, virtio-gpu) and no {@code /dev/nvidia*} (NVIDIA's own driver). Anyone may still choose:
 * a {@code -Dprism.order} or {@code -Dprism.disableRegionCaching} given on the command line is left as it is.
 */
final class RenderingChoice {

    static final String PIPELINE_ORDER = "prism.order";
    static final String DISABLE_REGION_CACHING = "prism.disableRegionCaching";

    private RenderingChoice() {
    }

    /** Before the JavaFX toolkit starts: applies the choice to the system properties, which JavaFX reads once. */
    static void applyBeforeToolkitStarts() {
        apply(System.getProperty("os.name", ""), Path.of("/dev"), System.getProperties());
    }

    /**
     * Sets {@value #PIPELINE_ORDER} to {@code sw} (and turns region caching off) in {@code properties} when
     * {@code osName} is Linux, {@code dev} shows no graphics device and nobody chose a pipeline already.
     *
     * @return whether the software renderer was chosen here
     */
    static boolean apply(String osName, Path dev, Properties properties) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || properties.getProperty(PIPELINE_ORDER) != null
                || hasGraphicsDevice(dev)) {
            return false;
        }
        properties.setProperty(PIPELINE_ORDER, "sw");
        if (properties.getProperty(DISABLE_REGION_CACHING) == null) {
            properties.setProperty(DISABLE_REGION_CACHING, "true");
        }
        return true;
    }

    private static boolean hasGraphicsDevice(Path dev) {
        if (isNonEmptyDirectory(dev.resolve("dri"))) {
            return true;
        }
        try (DirectoryStream<Path> nvidia = Files.newDirectoryStream(dev, "nvidia*")) {
            return nvidia.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            // a /dev we cannot read tells us nothing: leave the choice to JavaFX
            return true;
        }
    }

    private static boolean isNonEmptyDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return entries.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            // there is something, but we may not look: assume a graphics card (JavaFX decides as it always does)
            return true;
        }
    }
}
