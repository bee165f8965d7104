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

    /** The wizard frame: the list of steps, the page area, Back / Next / Cancel and "Larger text". */
    WIZARD("wizard.fxml"),
    /** Step 1: what the app is for, the email address, the error the user saw. */
    WELCOME("welcome.fxml"),
    /** Step 2: the password (show/hide) and the user name. */
    ACCOUNT("account.fxml"),
    /** Step 3: what the mail program uses now: server, port, security, login; "I don't know" allowed. */
    SERVER("server.fxml"),
    /** Every live check: one page whose texts and rows come from its {@link LiveStep}. */
    LIVE_STEP("live-step.fxml"),
    /** The answer: findings, the settings to use, reports, run again. */
    RESULTS("results.fxml"),
    /** The practice scenario picker, opened from the Welcome page (not a step; see {@link PracticeMode}). */
    PRACTICE_PICKER("practice-picker.fxml");

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
