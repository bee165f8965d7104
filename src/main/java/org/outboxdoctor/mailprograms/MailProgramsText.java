package org.outboxdoctor.mailprograms;

import java.util.Locale;

/** The plain text of `outbox-doctor mailprograms`: a short block per account, then a line per program note. */
public final class MailProgramsText {
    /** The lines under an account are indented here, as a properties file drops a text's leading spaces. */
    private static final String INDENT = "  ";

    private final MailProgramsTexts texts;

    public MailProgramsText(Locale locale) {
        this.texts = new MailProgramsTexts(locale);
    }

    public String render(MailProgramsScan scan) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        if (scan.accounts().isEmpty()) {
            out.append(texts.format("cli.nothingFound")).append(nl);
        }
        for (FoundAccount account : scan.accounts()) {
            out.append(texts.format(account.defaultProfile() ? "cli.account.default" : "cli.account",
                    account.address(), account.program().displayName(), account.profile())).append(nl);
            account.displayName().ifPresent(name -> out.append(INDENT).append(texts.format("cli.displayName", name)).append(nl));
            out.append(INDENT).append(account.outgoing().map(this::outgoing).orElse(texts.format("cli.outgoing.none"))).append(nl);
            account.incoming().ifPresent(in -> out.append(INDENT).append(texts.format("cli.incoming", in.server(),
                    in.type().toUpperCase(Locale.ROOT), port(in.port().orElse(null)),
                    security(in.security().orElse(null)))).append(nl));
            account.notes().forEach(note -> out.append(INDENT).append(texts.format("cli.note", note.text())).append(nl));
        }
        if (!scan.programNotes().isEmpty()) {
            out.append(nl);
        }
        for (ProgramNote note : scan.programNotes()) {
            String program = note.program().displayName();
            out.append(note.profile().isPresent()
                    ? texts.format("cli.programNote.profile", program, note.profile().get(), note.note().text())
                    : texts.format("cli.programNote", program, note.note().text())).append(nl);
        }
        out.append(nl).append(texts.format("cli.noPasswords")).append(nl);
        return out.toString();
    }

    private String outgoing(FoundAccount.Outgoing o) {
        String auth = texts.format("cli.auth." + o.authMethod().word());
        String login = !o.login() ? texts.format("cli.login.off")
                : o.username().map(user -> texts.format("cli.login.on", auth, user))
                        .orElse(texts.format("cli.login.onNoUser", auth));
        return texts.format("cli.outgoing", o.server(), port(o.port().orElse(null)),
                security(o.security().orElse(null)), login);
    }

    private String port(Integer port) {
        return port == null ? texts.format("cli.port.unknown") : port.toString();
    }

    private String security(ConnectionSecurity security) {
        return texts.format("cli.security." + (security == null ? "unknown" : security.word()));
    }
}
