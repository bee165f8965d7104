package org.outboxdoctor.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes every hand-over file into one folder.
 *
 * <p>The folder is created when missing. Files with the four names below are replaced (they are this program's
 * own earlier export); no other file in the folder is touched. Each file is written to a temporary file first and
 * then moved into place, so a half-written file never carries the name. Without an incoming server only steps.txt
 * is written, and a profile, autoconfig file or QR code left by an earlier export is removed (and said so), because
 * its settings may no longer be the ones that work.
 */
public final class SettingsExport {
    public static final String PROFILE = "outbox-doctor.mobileconfig";
    public static final String AUTOCONFIG = ThunderbirdAutoconfig.FILE_NAME;
    public static final String QR_CODE = "thunderbird-android-qr.png";
    public static final String STEPS = "steps.txt";

    private SettingsExport() {
    }

    /**
     * Writes outbox-doctor.mobileconfig, config-v1.1.xml, thunderbird-android-qr.png and steps.txt into {@code dir}.
     *
     * @throws IOException when the folder cannot be made or written, or one of the names is taken by a folder
     */
    public static ExportResult writeAll(HandOver handOver, Path dir) throws IOException {
        Files.createDirectories(dir);
        ExportTexts texts = ExportTexts.get();
        Map<String, Function<HandOver, byte[]>> needIncoming = new LinkedHashMap<>();
        needIncoming.put(PROFILE, AppleProfile::bytes);
        needIncoming.put(AUTOCONFIG, ThunderbirdAutoconfig::bytes);
        needIncoming.put(QR_CODE, ThunderbirdAndroidQr::png);
        List<Path> written = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, Function<HandOver, byte[]>> file : needIncoming.entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (handOver.incoming().isPresent()) {
                written.add(write(target, file.getValue().apply(handOver)));
            } else {
                notes.add(texts.format("file.skipped.noIncoming", file.getKey()));
                if (Files.isRegularFile(target)) {
                    Files.delete(target);
                    notes.add(texts.format("file.removedStale", file.getKey()));
                }
            }
        }
        written.add(write(dir.resolve(STEPS), SetupSteps.text(handOver).getBytes(StandardCharsets.UTF_8)));
        return new ExportResult(dir, written, notes);
    }

    /** One hand-over file: its usual name and its content. */
    public record File(String name, byte[] content) {
    }

    /**
     * The one file for the person who uses {@code program}: the profile for Apple Mail and iPhone / iPad, the
     * autoconfig file for Thunderbird, the QR code for Thunderbird for Android, and steps.txt for the others and
     * for "I don't know" ({@code null}), and whenever the incoming server is not known.
     */
    public static File fileFor(MailProgram program, HandOver handOver) {
        if (handOver.incoming().isPresent() && program != null) {
            switch (program) {
                case APPLE_MAIL, IPHONE_IPAD_MAIL -> {
                    return new File(PROFILE, AppleProfile.bytes(handOver));
                }
                case THUNDERBIRD -> {
                    return new File(AUTOCONFIG, ThunderbirdAutoconfig.bytes(handOver));
                }
                case THUNDERBIRD_ANDROID -> {
                    return new File(QR_CODE, ThunderbirdAndroidQr.png(handOver));
                }
                default -> {
                }
            }
        }
        return new File(STEPS, SetupSteps.text(handOver).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@link #fileFor} as {@code target} (replacing a file of that name, never half-written). */
    public static Path writeOne(MailProgram program, HandOver handOver, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return write(target.toAbsolutePath(), fileFor(program, handOver).content());
    }

    private static Path write(Path target, byte[] content) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder, so the file of that name cannot be written");
        }
        Path temporary = Files.createTempFile(target.getParent(), ".outbox-doctor-", ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
