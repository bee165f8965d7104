package org.outboxdoctor.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** What one `outbox-doctor` invocation printed and returned. */
public record CliRun(int exit, String out, String err) {

    public JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }

    public String verdict() {
        return json().get("verdict").getAsString();
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (JsonElement f : json().getAsJsonArray("findings")) {
            codes.add(f.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    public String topCode() {
        return codes().isEmpty() ? "" : codes().get(0);
    }

    public JsonObject finding(String code) {
        for (JsonElement f : json().getAsJsonArray("findings")) {
            if (f.getAsJsonObject().get("code").getAsString().equals(code)) {
                return f.getAsJsonObject();
            }
        }
        throw new AssertionError("no finding " + code + " in " + codes());
    }

    public JsonObject recommended() {
        JsonElement r = json().get("recommended");
        return r == null || r.isJsonNull() ? null : r.getAsJsonObject();
    }

    public int number(String field) {
        return json().get(field).getAsInt();
    }

    public JsonArray probes() {
        return json().getAsJsonArray("probes");
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n" + out + "\n" + err;
    }
}
