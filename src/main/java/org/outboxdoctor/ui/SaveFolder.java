package org.outboxdoctor.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where "Save report…" opens: the user's documents folder, else the home folder. Never the working directory,
 * which for a double-clicked app is its install folder or wherever the launcher happened to start.
 */
final class SaveFolder {

    private static final String XDG_DOCUMENTS = "XDG_DOCUMENTS_DIR=";

    private SaveFolder() {
    }

    /** The documents folder under {@code home} (the desktop's own name for it on Linux), or {@code home}. */
    static Path initial(Path home) {
        return xdgDocuments(home).or(() -> Optional.of(home.resolve("Documents")))
                .filter(Files::isDirectory).orElse(home);
    }

    /** Linux desktops name the folder in ~/.config/user-dirs.dirs, in the user's language ("Dokumente"). */
    private static Optional<Path> xdgDocuments(Path home) {
        Path config = home.resolve(".config").resolve("user-dirs.dirs");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
            return lines.stream().map(String::strip).filter(line -> line.startsWith(XDG_DOCUMENTS)).findFirst()
                    .map(line -> line.substring(XDG_DOCUMENTS.length()).replace("\"", ""))
                    .map(value -> value.startsWith("$HOME/") ? home.resolve(value.substring("$HOME/".length()))
                            : Path.of(value))
                    .filter(Files::isDirectory);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable file: the usual folder will do
        }
    }
}
