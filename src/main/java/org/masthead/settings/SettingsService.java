package org.masthead.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.masthead.edition.EditionRule;
import org.masthead.platform.Database;

/**
 * Editorial settings, kept in the database and held in memory: every page reads them, and they change
 * rarely. A change made through this service applies at once; one made by another process (the command
 * line while the server runs) applies when the server next starts.
 */
public final class SettingsService {
    // Not a setting anyone changes: when the magazine was first served, kept beside the settings.
    private static final String FIRST_SERVED = "magazine.first-served";
    /**
     * Which magazine this is, whatever database or data directory it lives in: made the first time it is asked
     * for (by an export), and carried by the export to the magazine it is restored into, so that restoring a
     * later export of the same magazine updates it instead of being refused as another magazine's.
     */
    public static final String MAGAZINE_ID = "magazine.id";
    /**
     * When a restore last rewrote the magazine (never exported): what happened before it, such as an edition's
     * newsletter going out, happened on the server the export came from.
     */
    public static final String RESTORED_AT = "magazine.restored-at";

    private final Database db;
    private final SettingsStore store;
    private final AtomicReference<SiteSettings> current = new AtomicReference<>();
    /**
     * The table's rows as last read, with the count of commits that wrote it when they were read: every page
     * asks (whether mail is set up, for the subscribe form), and a read of the table per page was a tenth of
     * a search's time in the profile. A commit writing the table counts one more and forgets the copy.
     */
    private final AtomicReference<Stored> stored = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    private record Stored(long writes, Map<String, String> rows) {}

    /**
     * What some settings name elsewhere in the magazine (the menu's topics, the About page), so that a name
     * that names nothing is refused when it is typed instead of vanishing from the pages.
     */
    public interface References {
        /** Knows no topic and no page: every section is refused, and only the default pages are taken. */
        References NONE = new References() {
            @Override
            public java.util.Optional<String> topicNamed(String name) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean pageExists(String slug) {
                return false;
            }
        };

        /** The name of the topic so called, as the magazine spells it, if it has one. */
        java.util.Optional<String> topicNamed(String name);

        /** Whether a published page stands at this slug. */
        boolean pageExists(String slug);
    }

    private final References references;

    public SettingsService(Database db, SettingsStores stores) {
        this(db, stores, References.NONE);
    }

    public SettingsService(Database db, SettingsStores stores, References references) {
        this.db = db;
        this.store = stores.settings;
        this.references = references;
        db.afterEveryCommit(changes -> {
            if (changes.tables().contains("settings") || changes.tables().contains(org.masthead.platform.Changes.UNKNOWN_TABLE)) {
                forget();
                // The other servers of the magazine (on PostgreSQL) forget their copies too: see share().
                db.notices().send(CHANNEL, server);
            }
        });
    }

    /** Where the servers of one magazine tell each other that the settings changed. */
    static final String CHANNEL = "masthead_settings";
    /** This process, among those listening: it has forgotten its copy already. */
    private final String server = java.util.UUID.randomUUID().toString();
    /** False while changes another server makes may go unheard: the settings are then read for each use. */
    private volatile boolean keeping = true;

    /**
     * Hears the settings changes other servers of the magazine make, forgetting this server's copy, then running
     * {@code elsewhere} (the pages drawn with the old settings go too). While it cannot hear them, nothing is kept.
     */
    public void share(Runnable elsewhere) {
        db.notices().listen(CHANNEL, new org.masthead.platform.Notices.Listener() {
            @Override
            public void heard(String payload) {
                if (!payload.equals(server)) {
                    forget();
                    elsewhere.run();
                }
            }

            @Override
            public void deaf() {
                keeping = false;
                forget();
            }

            @Override
            public void listening() {
                keeping = true;
                forget();
            }
        });
    }

    public SiteSettings current() {
        SiteSettings settings = current.get();
        if (settings == null) {
            long before = writes.get();
            settings = load();
            if (writes.get() == before && keeping) {
                current.compareAndSet(null, settings);
            }
        }
        return settings;
    }

    /** Records that the magazine is being served; true only the first time it ever is. */
    public boolean markFirstServe(java.time.Instant now) {
        return store.putIfAbsent(FIRST_SERVED, now.toString());
    }

    /** Records, in the caller's transaction when there is one, that a restore rewrote the magazine at this time. */
    public void markRestored(java.time.Instant at) {
        store.put(RESTORED_AT, at.toString());
    }

    /** When a restore last rewrote the magazine, if one ever did. */
    public java.util.Optional<java.time.Instant> restoredAt() {
        return java.util.Optional.ofNullable(stored().get(RESTORED_AT)).map(java.time.Instant::parse);
    }

    /** This magazine's identity ({@link #MAGAZINE_ID}), made now if it has none yet. */
    public String magazineId() {
        store.putIfAbsent(MAGAZINE_ID, java.util.UUID.randomUUID().toString());
        return stored().get(MAGAZINE_ID);
    }

    /** This magazine's identity, if it was ever given one. */
    public java.util.Optional<String> storedMagazineId() {
        return java.util.Optional.ofNullable(stored().get(MAGAZINE_ID));
    }

    /** Forgets the settings held in memory, after something wrote the table directly (a restore). */
    public void reload() {
        forget();
    }

    private void forget() {
        writes.incrementAndGet();
        stored.set(null);
        current.set(null);
    }

    /** The rows, read again only after a write: one read that a write overtook is used but not kept. */
    private Map<String, String> stored() {
        Stored kept = stored.get();
        if (kept != null) {
            return kept.rows();
        }
        long before = writes.get();
        Map<String, String> rows = Map.copyOf(store.all());
        if (writes.get() == before && keeping) {
            stored.compareAndSet(null, new Stored(before, rows));
        }
        return rows;
    }

    public EditionRule editionRule() {
        return current().editionRule();
    }

    /** How the magazine sends email; not configured until a server and a sender are set. */
    public org.masthead.mail.MailSettings mail() {
        Map<Setting, String> values = all();
        return new org.masthead.mail.MailSettings(values.get(Setting.MAIL_HOST), Integer.parseInt(values.get(Setting.MAIL_PORT)),
                org.masthead.mail.MailSettings.Security.valueOf(values.get(Setting.MAIL_SECURITY).toUpperCase(java.util.Locale.ROOT)),
                values.get(Setting.MAIL_USER), values.get(Setting.MAIL_PASSWORD), values.get(Setting.MAIL_FROM));
    }

    /** How many newsletter emails a minute the magazine sends at most. */
    public int newsletterRate() {
        return Integer.parseInt(all().get(Setting.NEWSLETTER_RATE));
    }

    /** The day of the week and the hour (in the magazine's time zone) the weekly digest goes out. */
    public WeeklyHour digestAt() {
        Map<Setting, String> values = all();
        return new WeeklyHour(java.time.DayOfWeek.valueOf(values.get(Setting.NEWSLETTER_WEEKLY_DAY).toUpperCase(java.util.Locale.ROOT)),
                Integer.parseInt(values.get(Setting.NEWSLETTER_WEEKLY_HOUR)));
    }

    /** Every setting with its value, in a fixed order. */
    public Map<Setting, String> all() {
        Map<String, String> stored = stored();
        Map<Setting, String> values = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            values.put(setting, stored.getOrDefault(setting.key(), setting.defaultValue()));
        }
        return values;
    }

    /**
     * Changes settings from the admin screen: admins only; every value is checked first and then all are
     * stored together, or none. A secret left empty keeps its stored value.
     */
    public void change(org.masthead.common.Actor actor, Map<Setting, String> values, org.masthead.audit.AuditLog audit) {
        if (!actor.atLeast(org.masthead.common.Role.ADMIN)) {
            throw new org.masthead.common.Forbidden("only an admin changes the magazine's settings");
        }
        Map<Setting, String> given = new LinkedHashMap<>(values);
        given.entrySet().removeIf(entry -> entry.getKey().isSecret() && (entry.getValue() == null || entry.getValue().isEmpty()));
        db.write(h -> {
            List<String> changed = store(given);
            if (!changed.isEmpty()) {
                audit.record(actor, "settings.changed", "settings", null, String.join(", ", changed));
            }
            return null;
        });
    }

    /**
     * Checks every value, then stores those that differ from what is stored, all together or none; returns the keys
     * it changed. For a use case that asked its own policy first (the newsletter's letter design, which editors
     * change) and records the change in the audit log in the same transaction.
     */
    public List<String> store(Map<Setting, String> values) {
        Map<Setting, String> checked = checked(values);
        List<String> changed = db.write(h -> {
            Map<Setting, String> before = all();
            List<String> keys = new java.util.ArrayList<>();
            checked.forEach((setting, value) -> {
                if (!value.equals(before.get(setting))) {
                    store.put(setting.key(), value);
                    keys.add(setting.key());
                }
            });
            return keys;
        });
        current.set(null);
        return changed;
    }

    /** The values as they would be stored, or an {@code Invalid} naming the first setting at fault (by its key). */
    public Map<Setting, String> checked(Map<Setting, String> values) {
        Map<Setting, String> checked = new LinkedHashMap<>();
        for (var entry : values.entrySet()) {
            try {
                checked.put(entry.getKey(), referencesChecked(entry.getKey(), entry.getKey().normalize(entry.getValue())));
            } catch (org.masthead.common.Invalid e) {
                throw new org.masthead.common.Invalid(entry.getKey().key(), e.getMessage());
            }
        }
        return checked;
    }

    /**
     * A value naming topics or a page, refused when one it names does not exist; the topics as the magazine
     * spells them. A page left at its default ({@code about}) is taken even before it is written.
     */
    private String referencesChecked(Setting setting, String value) {
        switch (setting) {
            case SITE_SECTIONS -> {
                List<String> known = new java.util.ArrayList<>();
                List<String> unknown = new java.util.ArrayList<>();
                for (String name : Setting.lines(value)) {
                    references.topicNamed(name).ifPresentOrElse(known::add, () -> unknown.add("no topic is called '" + name + "'"));
                }
                if (!unknown.isEmpty()) {
                    throw new org.masthead.common.Invalid(String.join("; ", unknown)
                            + " (sections are chosen among the magazine's topics, one name per line)");
                }
                return String.join("\n", known.stream().distinct().toList());
            }
            case ABOUT_PAGE, DONATE_PAGE -> {
                if (!value.isEmpty() && !value.equals(setting.defaultValue()) && !references.pageExists(value)) {
                    throw new org.masthead.common.Invalid("no published page has the address /" + value
                            + "/ (see Pages for the addresses of the magazine's pages)");
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    /**
     * Gives a setting its first value (an import naming a magazine that has no name yet): stored only when the
     * magazine never stored one, so nothing an editor chose is overwritten. A value that cannot be kept as it is
     * is cut to fit; true when it was stored.
     */
    public boolean setIfUnset(Setting setting, String value) {
        String fitted = value == null ? "" : value.strip();
        if (fitted.isEmpty() || stored().containsKey(setting.key())) {
            return false;
        }
        int limit = setting == Setting.SITE_TITLE ? 120 : 200;
        if (fitted.length() > limit) {
            fitted = fitted.substring(0, limit - 1).strip() + "…";
        }
        boolean stored = store.putIfAbsent(setting.key(), setting.normalize(fitted));
        current.set(null);
        return stored;
    }

    /** Checks and stores a value; returns it as stored. */
    public String set(Setting setting, String value) {
        String normalized = checked(java.util.Collections.singletonMap(setting, value)).get(setting);
        store.put(setting.key(), normalized);
        current.set(null);
        return normalized;
    }

    private SiteSettings load() {
        Map<Setting, String> values = all();
        return new SiteSettings(
                values.get(Setting.SITE_TITLE),
                values.get(Setting.SITE_TAGLINE),
                values.get(Setting.SITE_LANGUAGE),
                Setting.shareNetworks(values.get(Setting.SHARE_NETWORKS)),
                new EditionRule(Boolean.parseBoolean(values.get(Setting.WEEKEND_EDITIONS)), values.get(Setting.WEEKEND_LABEL)),
                Setting.lines(values.get(Setting.SITE_SECTIONS)), values.get(Setting.ABOUT_PAGE), values.get(Setting.DONATE_PAGE));
    }
}
