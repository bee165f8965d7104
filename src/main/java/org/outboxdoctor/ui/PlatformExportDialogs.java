package org.outboxdoctor.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's "Save settings file…" dialogs: they open in the user's documents folder, else the home folder. */
final class PlatformExportDialogs implements AppServices.ExportDialogs {

    @Override
    public Optional<Path> chooseFile(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.setInitialDirectory(start().toFile());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(start().toFile());
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static Path start() {
        return SaveFolder.initial(Path.of(System.getProperty("user.home")));
    }
}
