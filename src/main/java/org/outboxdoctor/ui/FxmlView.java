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
    /** Live check: password and authentication. */
    CHECK_PASSWORD("check-password.fxml"),
    /** Live check: the outgoing server's name. */
    CHECK_SERVER("check-server.fxml"),
    /** Live check: ports 25, 465, 587, 2525 and the user's own. */
    CHECK_PORT("check-port.fxml"),
    /** Live check: firewall and antivirus (certificates). */
    CHECK_FIREWALL("check-firewall.fxml"),
    /** Live check: account status and limits. */
    CHECK_ACCOUNT("check-account.fxml"),
    /** Live check: the public address on DNS blocklists. */
    CHECK_BLACKLIST("check-blacklist.fxml"),
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
