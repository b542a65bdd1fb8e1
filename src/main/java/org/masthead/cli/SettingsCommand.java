package org.masthead.cli;

import java.util.Map;
import org.masthead.platform.Config;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show or change the magazine's editorial settings.",
            "  settings            lists every setting with its value and meaning",
            "  settings KEY        shows one",
            "  settings KEY VALUE  changes one (a running server applies it when it next starts)"})
final class SettingsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "a setting, such as share.networks")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "its new value")
    String value;

    private static String shown(Setting setting, String value) {
        return setting.isSecret() && !value.isEmpty() ? "(set, not shown)" : value;
    }

    @Override
    public void run() {
        var out = spec.commandLine().getOut();
        try (Masthead masthead = Masthead.open(data.config(Config.Overrides.none()))) {
            if (key == null) {
                for (Map.Entry<Setting, String> entry : masthead.settings().all().entrySet()) {
                    out.printf("%-24s %s%n%-24s   (%s)%n", entry.getKey().key(), shown(entry.getKey(), entry.getValue()), "",
                            entry.getKey().meaning());
                }
            } else if (value == null) {
                Setting setting = Setting.fromKey(key);
                out.println(shown(setting, masthead.settings().all().get(setting)));
            } else {
                Setting setting = Setting.fromKey(key);
                out.println(key + " = " + shown(setting, masthead.settings().set(setting, value)));
            }
        }
        out.flush();
    }
}
