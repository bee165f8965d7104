package org.outboxdoctor.mailprograms;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The `mailprograms --json` object. Its field names are API (documented in src/site/markdown/mailprograms.md): every
 * field is always there, null when the program did not say.
 */
public final class MailProgramsJson {
    public static final int VERSION = 1;

    private MailProgramsJson() {
    }

    public static String render(MailProgramsScan scan) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(tree(scan));
    }

    public static JsonObject tree(MailProgramsScan scan) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray accounts = new JsonArray();
        for (FoundAccount account : scan.accounts()) {
            JsonObject o = new JsonObject();
            o.addProperty("program", account.program().word());
            o.addProperty("profile", account.profile());
            o.addProperty("defaultProfile", account.defaultProfile());
            o.addProperty("address", account.address());
            o.addProperty("displayName", account.displayName().orElse(null));
            o.add("outgoing", account.outgoing().map(MailProgramsJson::outgoing).orElse(null));
            o.add("incoming", account.incoming().map(MailProgramsJson::incoming).orElse(null));
            o.add("notes", notes(account.notes()));
            accounts.add(o);
        }
        root.add("accounts", accounts);
        JsonArray programNotes = new JsonArray();
        for (ProgramNote note : scan.programNotes()) {
            JsonObject o = new JsonObject();
            o.addProperty("program", note.program().word());
            o.addProperty("profile", note.profile().orElse(null));
            o.addProperty("code", note.note().code().name());
            o.addProperty("text", note.note().text());
            programNotes.add(o);
        }
        root.add("programNotes", programNotes);
        return root;
    }

    private static JsonObject outgoing(FoundAccount.Outgoing outgoing) {
        JsonObject o = new JsonObject();
        o.addProperty("server", outgoing.server());
        o.addProperty("port", outgoing.port().orElse(null));
        o.addProperty("security", outgoing.security().map(ConnectionSecurity::word).orElse(null));
        o.addProperty("login", outgoing.login());
        o.addProperty("authMethod", outgoing.authMethod().word());
        o.addProperty("username", outgoing.username().orElse(null));
        return o;
    }

    private static JsonObject incoming(FoundAccount.Incoming incoming) {
        JsonObject o = new JsonObject();
        o.addProperty("type", incoming.type());
        o.addProperty("server", incoming.server());
        o.addProperty("port", incoming.port().orElse(null));
        o.addProperty("security", incoming.security().map(ConnectionSecurity::word).orElse(null));
        o.addProperty("username", incoming.username().orElse(null));
        return o;
    }

    private static JsonArray notes(List<Note> notes) {
        JsonArray array = new JsonArray();
        for (Note note : notes) {
            JsonObject o = new JsonObject();
            o.addProperty("code", note.code().name());
            o.addProperty("text", note.text());
            array.add(o);
        }
        return array;
    }
}
