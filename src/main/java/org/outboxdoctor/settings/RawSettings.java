package org.outboxdoctor.settings;

/**
 * The mail program's settings as a person gave them, in the wizard's fields or the command's flags: text, any of
 * it blank for "I don't know". {@link SettingsReader} turns it into {@link MailSettings}.
 *
 * @param email    the address that cannot send
 * @param username the login name, blank (or the address itself) for the default
 * @param server   the outgoing server, blank for {@code mail.<domain>}; may carry a scheme and a port
 * @param port     the port, blank for the one the server name carries, else 587
 * @param security {@code none}, {@code starttls}, {@code tls} (or a mail program's word for them), blank for the
 *                 port's own
 * @param auth     whether the mail program logs in to send
 * @param from     the address the mail program sends from, blank (or the address itself) when it is the same
 */
public record RawSettings(String email, String username, String server, String port, String security, boolean auth,
                          String from) {

    public RawSettings {
        email = blankIfNull(email);
        username = blankIfNull(username);
        server = blankIfNull(server);
        port = blankIfNull(port);
        security = blankIfNull(security);
        from = blankIfNull(from);
    }

    /** Settings that send from the address itself. */
    public RawSettings(String email, String username, String server, String port, String security, boolean auth) {
        this(email, username, server, port, security, auth, "");
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
