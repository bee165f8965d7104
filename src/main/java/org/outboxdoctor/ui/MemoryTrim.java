package org.outboxdoctor.ui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.management.ObjectName;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * Gives back, after each check, the memory the check used. A run leaves its garbage behind (the engine's
 * transcripts and sockets, a practice world's mail servers, the old answer's nodes), and the JVM grows its heap
 * rather than collect it while memory is free: over a long sitting the window's resident memory climbed by half
 * (installer/benchmark/long-sitting.sh) although what stays reachable stays the same. Once an answer is on
 * screen the user reads and the window is idle, so a full collection then costs nobody a pause they notice.
 *
 * <p>A collection alone hands little back: the JVM keeps up to 70 % of the heap free after it by default, and the C
 * library keeps freed native memory (JavaFX, fonts, the compilers) in its arenas. The installers' launchers set
 * both with options (installer/app-image.args); a plain {@code java -jar} gets the same here, where the JDK has the
 * management modules (the installers' smaller runtime has not, and needs nothing from here but the collection).
 */
final class MemoryTrim {

    private static final Logger LOG = Logger.getLogger(MemoryTrim.class.getName());
    /** The heap may keep at most this share free after a collection, and grows to keep at least the lower one. */
    static final String MIN_FREE = "10";
    static final String MAX_FREE = "20";

    private MemoryTrim() {
    }

    /** Collects (and trims) on {@code background} each time {@code session} publishes an answer. */
    static void afterEachRun(CheckSession session, Executor background) {
        boolean managed = ModuleLayer.boot().findModule("jdk.management").isPresent();
        if (managed) {
            background.execute(Managed::keepLittleHeapFree);
        }
        session.outcomeProperty().addListener((observable, before, now) -> {
            if (now != null) {
                background.execute(managed ? Managed::collectAndTrim : System::gc);
            }
        });
    }

    /** Only loaded where {@code jdk.management} is linked, so the installers' runtime never resolves it. */
    static final class Managed {

        private Managed() {
        }

        /** Sets the free-heap ratios unless the command line chose them (the launchers' options win). */
        static void keepLittleHeapFree() {
            try {
                HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                // lower the minimum first: the VM refuses a maximum below the current minimum
                for (List<String> flag : List.of(List.of("MinHeapFreeRatio", MIN_FREE), List.of("MaxHeapFreeRatio", MAX_FREE))) {
                    if (vm.getVMOption(flag.get(0)).getOrigin() == VMOption.Origin.DEFAULT) {
                        vm.setVMOption(flag.get(0), flag.get(1));
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the heap's free ratios stay as they are", e);
            }
        }

        /** A full collection, then the C library's free native memory back to the system. */
        static void collectAndTrim() {
            System.gc();
            try {
                // jcmd's System.trim_native_heap (JDK 17.0.9 and later; glibc only, a no-op message elsewhere)
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "systemTrimNativeHeap", new Object[0], new String[0]);
            } catch (Exception e) {
                LOG.log(Level.FINE, "native memory not trimmed", e);
            }
        }

        static String option(String name) {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
        }
    }
}
