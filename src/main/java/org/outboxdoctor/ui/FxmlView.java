package org.outboxdoctor.ui;

import java.net.URL;

/**
 * Every FXML page of the desktop UI, one constant per file in {@code src/main/resources/org/outboxdoctor/ui/}.
 *
 * <p>Load a page only through {@link ViewFactory#load(FxmlView, Class)}. To add a page: add a constant here,
 * its FXML file (with {@code fx:controller}), its controller (constructor injection, no statics) and view model,
 * and register the controller's constructor in {@link ViewFactory}.
 */
public enum FxmlView {

    /** First window: what the app is for, the email address, "Check my email". */
    WELCOME("welcome.fxml");

    private final String fileName;

    FxmlView(String fileName) {
        this.fileName = fileName;
    }

    /** File name, relative to the {@code org/outboxdoctor/ui} resource folder. */
    public String fileName() {
        return fileName;
    }

    /** The FXML resource; fails loudly if the file is missing from the build. */
    public URL location() {
        URL url = FxmlView.class.getResource(fileName);
        if (url == null) {
            throw new IllegalStateException("FXML resource missing: org/outboxdoctor/ui/" + fileName);
        }
        return url;
    }
}
